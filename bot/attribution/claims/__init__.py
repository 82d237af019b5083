"""Who said what: attributed statements found in English text with a dependency parse, a cue lexicon and quotes.

Constructions, each a small function over the spaCy parse that proposes a `_Found` (token ranges for speaker, cue
and content):
- reporting verbs with a subject or a passive agent: "X said (that) …", "…, X said", "X accused Y of …",
  "X urged Y to …", "X wants …", "it was announced by X that …", "X is quoted as saying …";
- "according to X, …";
- noun cues with a clause or a topic: "X's claim that …", "Clinton's comments on …", "questions about …";
- adjectives of a stance: "X was worried about …";
- headline and transcript forms: "X: …" at the start of a paragraph (also ‘"X: …’ in a quoted transcript; in a
  dialogue a speaker's turn runs on to the next speaker's label), and
  a headline's "X Urges Y …" that the tagger misreads (title case and dropped articles turn verbs into nouns);
- bylined quotes: a line that is a quotation signed with a dash, ‘“…” — Name, description’ (vox pops,
  epigraphs, embedded posts).
Speakers come from the parse, corrected where news style misleads it: the name between a closing quote and its verb
(‘…,” Flynn, a surrogate, said on “Fox and Friends”’), a name right before its verb that the parser hung on an
earlier noun, and a dateline ("WASHINGTON -- President Obama … said"); a question put by someone unnamed ("Asked
about the meeting, she said …") is a claim without a speaker, not one of hers. Content that overlaps a quotation
grows to the whole quote, so multi-sentence and multi-paragraph quotes come out whole, and a quote interrupted by
its cue (‘"A," he said, "B."’) becomes one claim. A cue inside another claim's content is part of that claim
("Merrill says Machado promised …" is Merrill's claim, not Machado's), unless the outer source is named after the
words it passes on ("…, Reuters reports"), which may be an outlet relaying them (`relays`). Pronoun and description
speakers are resolved to a named mention (`speakers.resolve`); the speaker span stays on the phrase as written in
that sentence, which is where PolNeAR-style annotations put the source.

The modules, in the order a claim is found:
- `extractor`: the `ClaimExtractor`, which runs the constructions over each parse and assembles the claims;
- `verb_claims`, `noun_claims`, `headline_claims`, `answers`: the constructions (`answers`: "…, which Tehran
  denies", an answer set off after the clause it answers, which is its content);
- `speaker_of`, `content_of`: who speaks for a cue verb and what its content is;
- `quote_spans`: claims in character spans, grown to the quotes around them;
- `tokens`, `words`: readings of the parse and word lists the others share.
"""

from bot.attribution.claims.extractor import ClaimExtractor, ParsedText

__all__ = ["ClaimExtractor", "ParsedText"]
