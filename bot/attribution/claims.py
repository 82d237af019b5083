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
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from bot.attribution import cues, speakers
from bot.attribution.datelines import dateline_at
from bot.attribution.parties import word_set
from bot.attribution.quotes import Quote, find_quotes, paragraph_spans
from bot.attribution.relays import attributes_afterwards
from bot.domain import Claim, Span

# Components of the English pipeline the extractor does not read; skipping them saves about a fifth of the time.
UNUSED_PIPES = ("lemmatizer",)
BATCH_SIZE = 32

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
_CITING = frozenset({"citing", "quoting"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "oprd", "attr", "acomp", "obj", "pcomp"})
_INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acomp", "advmod"})
# Adjectives whose subject does what the verb after them says: "was able to tout", "are more likely to say"
# (not the "it" of "It is worth noting that …").
_CONTROL_ADJECTIVES = frozenset(
    {"able", "unable", "willing", "unwilling", "eager", "quick", "ready", "keen", "reluctant", "careful"}
    | {"determined", "anxious", "happy", "glad", "proud", "prepared", "afraid", "loath", "hesitant", "slow"}
    | {"free", "likely", "unlikely", "inclined", "apt", "sure", "certain"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Words that may stand between a subject and its verb ("DuVernay both documents", "Smith also says").
_BETWEEN_SUBJECT_AND_VERB = frozenset({"both", "also", "now", "still", "even", "only", "often", "again"})
# Passive verbs of perceiving whose subject speaks in the verb after them ("can be heard yelling that …").
_PERCEIVED = frozenset({"heard", "seen", "overheard", "filmed", "recorded", "caught", "spotted", "taped", "videotaped"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
# Prepositions whose object is what was said even when it is a speech noun: "called for a plan", "asked about".
_CONTENT_PREPOSITIONS = frozenset({"for", "about", "against", "of"})
# Prepositions of when: after an object ("criticized the governor during a rally") they say when, not what.
_TIME_PREPOSITIONS = frozenset({"during", "since", "throughout", "amid", "until", "after", "before"})
# Prepositions of the circumstances of saying ("admitted under questioning", "insisted despite the evidence").
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"under", "despite"})
# Verbs whose that-clause is a consequence, not something said or thought: "this means that …", "ensure that …".
_NOT_REPORTING = frozenset(
    {"mean", "means", "meant", "meaning", "ensure", "ensures", "ensured", "ensuring"}
    | {"be", "is", "are", "was", "were", "been", "being"}  # "there was no evidence that …": the noun reports
)
# Verbs whose agentless passive still attributes a view or a charge to someone unnamed ("is expected to").
_SOURCELESS_PASSIVES = frozenset(
    {"expect", "criticize", "criticise", "accuse", "blame", "believe", "think", "rumor", "allege", "estimate"}
    | {"predict", "regard", "dub", "consider", "report", "say", "label", "describe"}
)
_SENTENCE_END = frozenset({".", "!", "?"})
# Verbs of telling whose "to" phrase after the object says whom it was told to ("disclosed them to the AP").
_TOLD_TO = word_set(
    """disclose reveal explain say announce report describe confirm admit mention suggest propose outline detail
    recommend repeat recount express voice write tweet deliver present send"""
)
_REACTION_PREPOSITIONS = {
    "add": frozenset({"to"}),
    "respond": frozenset({"on"}),
    "reply": frozenset({"on"}),
}
# Prepositions that only place a statement in time, place or channel: "said in Tel Aviv", "wrote during the night".
_SETTING_PREPOSITIONS = frozenset({"in", "from", "during", "at", "after", "before", "via", "through", "since", "until"})
# Verbs whose subject holds the doubt or concern it puts forward: "raised questions about", "has concerns about".
_VOICING_FORMS = word_set(
    """raise raises raised raising express expresses expressed expressing voice voices voiced voicing pose poses
    posed posing share shares shared sharing air airs aired airing have has had having"""
)
# Adjectives of a stance taken about something: "worried about", "optimistic about", "upfront about" (not
# "passionate", which is how authors' bios begin: "I'm passionate about writing …").
_STANCE_ADJECTIVES = word_set(
    """concerned worried optimistic pessimistic nervous anxious angry upset excited enthusiastic confident
    skeptical sceptical serious honest upfront candid coy shy clear adamant hopeful doubtful unhappy
    happy frustrated furious"""
)
# What else introduces the topic of a stance: "critical of", "unhappy with", "confident in".
_STANCE_TOPICS = {
    "about": _STANCE_ADJECTIVES,
    "of": word_set("critical skeptical sceptical wary supportive enamored enamoured fond appreciative"),
    "with": word_set("unhappy pleased displeased dissatisfied"),
    "in": word_set("confident"),
}
# Stances that also hold a that-clause as their belief: "are convinced that the president could have …" (not
# "sure", which is mostly "make sure that", nor "confident", mostly the speaker's own "I can be confident that").
_BELIEF_ADJECTIVES = word_set("convinced hopeful aware unaware concerned adamant upset optimistic worried")
_STANCE_WORDS = frozenset().union(*_STANCE_TOPICS.values(), _BELIEF_ADJECTIVES)
# Nouns whose "about" phrase is the subject they cover, not a view held: "an interview about his policies".
# Nouns, beyond roles and bodies, for who or what a participle may describe as speaking: "voters saying …",
# "911 calls saying …", "an item suggesting …".
_SPEAKING_NOUNS = word_set(
    """people person voter supporter member staff resident protester critic activist donor citizen worker
    american democrat republican population share proportion percent majority minority couple gunman man men
    woman women fan caller call pac item evidence"""
)
_SENDING_FORMS = word_set("send sends sent sending email emails emailed emailing mail mailed write wrote written")
# Occasions for speaking: a participle hung on one speaks for whoever held it ("a speech attacking …").
_OCCASIONS = cues.DOCUMENT_NOUNS | word_set("speech speeches conference address remarks interview rally appearance")
_WHAT_IT_IS_ABOUT = cues.DOCUMENT_NOUNS | {"interview", "interviews", "article", "speech", "book", "story", "show"}
# Verbs whose "to" phrase is whom the words were for ("shouted to the crowd"), unlike "referring to the plan".
_SAID_TO_SOMEONE = frozenset(
    {"say", "shout", "yell", "scream", "chant", "exclaim", "whisper", "explain", "announce", "declare", "complain"}
)
# What a phrase about the act of saying hangs on its verb: where, when, how, in answer to what.
_ABOUT_THE_SAYING = frozenset({"prep", "npadvmod", "advmod", "punct"})
# Verbs that take the addressee as object: "told reporters that …" — the addressee is not the content.
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "remind", "assure", "brief", "notify"})
# Verbs that report only in one construction (`_phrasal_cue`); forms, since the lemmatizer stays switched off.
_SEE_FORMS = frozenset({"see", "sees", "saw", "seen", "seeing"})
_BACK_FORMS = frozenset({"back", "backs", "backed", "backing"})
_TALK_FORMS = frozenset({"talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "spoken", "speaking"})
_SEEK_FORMS = frozenset({"seek", "seeks", "sought", "seeking"})
_FEEL_FORMS = frozenset({"feel", "feels", "felt", "feeling"})
_VOTE_FORMS = frozenset({"vote", "votes", "voted", "voting"})
_MAKE_FORMS = frozenset({"make", "makes", "made", "making"})
_PUT_FORMS = frozenset({"put", "puts", "putting"})
_PHRASAL_FORMS = (
    _SEE_FORMS | _BACK_FORMS | _TALK_FORMS | _SEEK_FORMS | _FEEL_FORMS | _VOTE_FORMS | _MAKE_FORMS | _PUT_FORMS
)
# What can be told rather than told to: "told the truth", "told a different story".
_TOLD_CONTENT = frozenset(
    {"story", "stories", "truth", "lie", "lies", "joke", "jokes", "tale", "tales", "version", "secret", "news"}
)
# Subjects that never name a source ("there is", "this shows", "what happened"); "you" in news is the reader.
_EXPLETIVES = frozenset({"there", "this", "that", "what", "which", "you"})
# Verbs that attribute only with a clause: "the poll shows that …" does, "the video shows a crowd" does not.
_EVIDENCE_ONLY = cues.EVIDENCE_VERBS - cues.SPEECH_VERBS - cues.BELIEF_VERBS
_HEADLINE = re.compile(r"[ \t]*[\"“]?([A-Z][^\n:]{1,60}?)[ \t]*:[ \t]+(\S[^\n]*)")
_MAX_HEADLINE_SPEAKER_WORDS = 5
# A speaker's label in a transcript: a name in capitals and a colon ("PENCE:", "JAKE TAPPER:").
_TRANSCRIPT_LABEL = re.compile(r"[A-Z][A-Z.' -]*:")
# Lower-case words inside names ("Charles de Gaulle", "Ursula von der Leyen"); any other makes a phrase, not a name.
_NAME_PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "di", "dos", "du", "la", "le", "van", "von", "bin", "al"}
)
# ‘“…” ― Sonya Herridge’, ‘"…" -- Jane Doe, a nurse from Ohio’: any quote marks, since a paragraph-long quote
# is sometimes opened with a closing mark; the signature (a capitalised name or @handle, then an optional
# description after a comma) must end the line, so a dash inside running narrative is not a signature.
_BYLINED_QUOTE = re.compile(
    r"[^\S\n]*(?P<quote>[\"“”«„].*[\"”“»])[^\S\n]*(?P<dash>[―—–]|--)[^\S\n]*"
    r"(?P<name>(?:@\w+|[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,4}))(?:,[^\n]{0,150})?[^\S\n.]*\.?[^\S\n]*"
)
# "Editor's note: …" is the outlet's standing note on the article (a correction, a disclaimer, a verdict on
# someone), not part of what it reports; the summary must not turn it into a claim.
# The note runs over lines that wrap mid-sentence, up to a blank line or a line that ends a sentence.
_EDITORS_NOTE = re.compile(
    r"^[ \t]*editor[’']?s[’']? note[ \t]*:(?:[^\n]*[^\s.!?”\"][ \t]*\n(?![^\S\n]*\n))*[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\S+")
_MAX_HEADLINE_WORDS = 20
_MAX_NAME_AFTER_QUOTE = 12
_MAX_DESCRIBED_NAME_AFTER_QUOTE = 24
_MAX_CUE_CLAUSE_WORDS = 8
# Words right after a cue clause that go on to tell what happened or what it was about, not who spoke.
_NARRATING_AFTER_CUE = frozenset({"after", "when", "before", "while", "because", "since", "until", "about"})
_QUOTE_MARKS = "\"“”«»„'’‘"
_TITLE_OPENERS = frozenset({"on", "in", "of", "from", "at", "for", "with", "by", "the", "a", "an"})
# A short phrase after a closing quote that ends the sentence ("… a tax increase” for the top bracket.").
_COMPLETING_PHRASE = re.compile(r"([ \t]+[^\s,;:.!?\"“”«»'‘’(\[][^,;:.!?\n\"“”«»‘’]{0,40}?)[.!?]")
_DASHES = frozenset({"--", "—", "–", "-", "―"})
# Verbs of seeming (`_impression`) and what completes them: "seemed to …", "appears weak", "seemed a shove away".
_IMPRESSION_FORMS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
_IMPRESSION_COMPLEMENTS = frozenset({"xcomp", "acomp", "oprd", "attr", "ccomp"})
_IMPRESSION_ENDS = frozenset({",", ";", ":", "(", *_DASHES})
_INTENT_ADJECTIVES = word_set("set poised ready determined eager willing intent keen prepared bent")
# Speech set off by dashes: a line opening with a dash, and a dash (after a comma or a stop) closing it before its cue.
_DASH_OPENING = re.compile(r"[ \t]*[—–-][ \t]*")
_DASH_CLOSING = re.compile(r"[,.!?]?[ \t]*[—–-][ \t]+\w")
# Headline verbs are read in the present tense third person ("Calls", "Rules", "Shows"): a base form or a plural
# ("Plan", "Claims") is as often a noun. Verbs of mind are left out: "Trump Plans …" reports, it does not quote.
_HEADLINE_VERBS = cues.SPEECH_VERBS | cues.EVIDENCE_VERBS
_TOLL_PARTICIPLES = word_set("killing wounding injuring leaving destroying damaging displacing")
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
_HEADLINE_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "with", "new"})
# Verbs that give their object a name or description ("called Clinton an ISIS co-founder"), which the parse may
# read as an apposition.
_NAMING_VERBS = frozenset({"call", "name", "dub", "label", "brand", "describe", "characterize", "deem", "regard"})
# What is found in the sense of come upon (`_comes_upon`).
_COME_UPON = word_set("way ways job jobs work time money solution balance path route it them posts posting")
# What is recalled in the sense of withdrawn, not remembered: "recalled its ambassador", "recalls 80,000 cars".
_WITHDRAWN = word_set(
    """ambassador ambassadors envoy envoys diplomat diplomats staff troops vehicle vehicles car cars truck trucks
    product products unit units model models device devices batch batches"""
)


@dataclass(frozen=True)
class _Found:
    """A claim in token ranges ([start, end) into the Doc) before it becomes character spans."""

    speaker: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]


@dataclass(frozen=True)
class ParsedText:
    """A text, its spaCy Doc (tagger, parser and NER run; lemmas not) and the claims found in it."""

    text: str
    doc: Any
    claims: tuple[Claim, ...]


class ClaimExtractor:
    """Finds attributed claims in English text. Safe to share between threads: it keeps no per-call state."""

    def __init__(self, nlp: Any | None = None, *, baseline: bool = False) -> None:
        self._nlp = nlp
        self._lock = threading.Lock()
        self.baseline = baseline

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    from bot.nlp import load_english

                    self._nlp = load_english()
        return self._nlp

    def extract(self, text: str) -> list[Claim]:
        return self.extract_many([text])[0]

    def extract_many(self, texts: Sequence[str]) -> list[list[Claim]]:
        """Claims for each text; the texts are parsed in batches, which is several times faster than one by one."""
        return [list(parsed.claims) for parsed in self.parse_many(texts)]

    def parse(self, text: str) -> ParsedText:
        return self.parse_many([text])[0]

    def parse_many(self, texts: Sequence[str]) -> list[ParsedText]:
        """Claims for each text together with its parse, so later stages (sides) read the same Doc instead of
        parsing the text again; the parse is most of the cost of both."""
        disable = [name for name in UNUSED_PIPES if name in self.nlp.pipe_names]
        prepared = (_with_paragraph_starts(self.nlp.make_doc(text)) for text in texts)
        docs = self.nlp.pipe(prepared, batch_size=BATCH_SIZE, disable=disable)
        return [ParsedText(text, doc, tuple(self._claims(text, doc))) for text, doc in zip(texts, docs, strict=True)]

    def _claims(self, text: str, doc: Any) -> list[Claim]:
        if self.baseline:
            found = list(_baseline_claims(doc))
            return [_to_claim(text, doc, f, None) for f in found]
        quotes = find_quotes(text)
        paragraphs = paragraph_spans(text)
        found = _candidates(doc)
        # Names inside quotation marks are what speakers talk about, not who is speaking.
        entities = tuple(e for e in doc.ents if not _quoted(Span(e.start_char, e.end_char), quotes))
        claims = []
        earlier_speakers: list[tuple[int, str]] = []  # people quoted so far: (token index, resolved name)
        for candidate in found:
            claim = _within_paragraph(text, _to_claim(text, doc, candidate, entities, earlier_speakers), paragraphs)
            if claim is None or _quoted(claim.cue_span, quotes):
                continue  # "I think" inside somebody's quote belongs to that quote, not to a new claim
            if candidate.speaker is not None and _names_person(doc, candidate.speaker, claim):
                earlier_speakers.append((candidate.speaker[0], claim.speaker))
            sentence_end = doc[candidate.cue[0]].sent.end_char
            claims.append(_as_dash_dialogue(text, _grow_to_quotes(text, claim, quotes, sentence_end)))
        claims.extend(_headline_claims(text, paragraphs))
        if paragraphs and not any(c.cue_span and c.cue_span.start < paragraphs[0].end for c in claims):
            claims.extend(_headline_verb_claim(text, doc, paragraphs[0]))
        claims.extend(_bylined_quotes(text))
        notes = [Span(*note.span()) for note in _EDITORS_NOTE.finditer(text)]
        claims = [c for c in claims if not any(_starts_in(c, note) for note in notes)]
        return _unnested(_deduplicated(_quotes_run_on(text, claims, paragraphs, quotes)))


def _quotes_run_on(text: str, claims: list[Claim], paragraphs: Sequence[Span], quotes: Sequence[Quote]) -> list[Claim]:
    """‘“I'm in disbelief,” he said. “I wish everyone could read them.”¶“Don't wait until …”’: a paragraph that
    is only a quote, with no cue of its own, goes on with the quote that closed the paragraph before it."""
    cues_at = [c.cue_span.start for c in claims if c.cue_span is not None]
    quote_ends = {q.span.start: q.span.end for q in quotes}

    def only_a_quote(paragraph: Span) -> bool:
        words = text[paragraph.start : paragraph.end]
        end = quote_ends.get(paragraph.start + len(words) - len(words.lstrip()))
        return (
            end is not None
            and text[end : paragraph.end].strip() in ("", ".")
            and not any(paragraph.start <= at < paragraph.end for at in cues_at)
        )

    grown = []
    for claim in claims:
        span = claim.content_span
        index = next((i for i, p in enumerate(paragraphs) if p.start <= span.end <= p.end), None)
        if index is None or not claim.quote or not _ends_paragraph(text, claim, paragraphs[index].end):
            grown.append(claim)
            continue
        end = span.end
        while index + 1 < len(paragraphs) and only_a_quote(paragraphs[index + 1]):
            index += 1
            end = paragraphs[index].end
            if text[end - 1] == ".":
                end -= 1
        grown.append(replace(claim, content=text[span.start : end], content_span=Span(span.start, end)))
    return grown


def _ends_paragraph(text: str, claim: Claim, paragraph_end: int) -> bool:
    """Whether the claim's words close their paragraph, but for its own cue (‘“We will see,” the mayor said.’)."""
    end = claim.content_span.end
    if claim.cue_span is not None and claim.cue_span.start >= end:
        clause_start, clause_end = _cue_clause(claim, claim.cue_span)
        if _only_punctuation(text[end:clause_start]):
            end = clause_end
    return not text[end:paragraph_end].strip(" .")


def _starts_in(claim: Claim, span: Span) -> bool:
    start = claim.cue_span.start if claim.cue_span is not None else claim.content_span.start
    return span.start <= start < span.end


def _as_dash_dialogue(text: str, claim: Claim) -> Claim:
    """ "— Kyiv is playing with fire, — said Maria Zakharova.": speech set off by dashes, as Russian, Ukrainian,
    Bulgarian and other news write it (and translation keeps), is a direct quote like one in quote marks."""
    start, end = claim.content_span.start, claim.content_span.end
    line_start = text.rfind("\n", 0, start) + 1
    if claim.quote or not _DASH_OPENING.fullmatch(text, line_start, start) or not _DASH_CLOSING.match(text, end):
        return claim
    return replace(claim, quote=True)


def _candidates(doc: Any) -> list[_Found]:
    """Every construction tried at every token, in one pass over the parse (each pass costs as much as the rules)."""
    found = []
    for token in doc:
        if token.lower_ in cues.SOURCE_PREPOSITIONS:
            candidate = _according_to_claim(doc, token)
        elif token.lower_ in cues.FINDINGS_PREPOSITIONS and token.dep_ == "prep":
            candidate = _findings_claim(doc, token)
        elif token.lower_ == "reportedly" and token.dep_ == "advmod":
            candidate = _reported_unnamed(doc, token)
        elif token.pos_ in ("VERB", "AUX") or _mistagged_verb_subject(token) is not None:
            candidate = _verb_claim(doc, token) or _opening_participle_claim(doc, token) or _impression(doc, token)
            if candidate is None and token.lower_ in _STANCE_WORDS:
                candidate = _stance_claim(doc, token)  # "they are convinced that …", parsed as a passive
        elif token.pos_ == "PROPN":
            candidate = _opening_participle_claim(doc, token)
        elif token.pos_ == "NOUN":
            candidate = _noun_claim(doc, token)
        elif token.pos_ == "ADJ" and token.lower_ in _STANCE_WORDS:
            candidate = _stance_claim(doc, token)
        else:
            continue
        if candidate is not None:
            found.append(candidate)
    return found


def _stance_claim(doc: Any, adjective: Any) -> _Found | None:
    """ "They are very worried about the direction of the economy", "he was upfront about his plans": a stance
    someone takes about something is attributed to them, like a verb of thinking."""
    if adjective.dep_ != "acomp":
        return None
    word = adjective.lower_
    topic = next((c for c in adjective.children if c.dep_ == "prep" and word in _STANCE_TOPICS.get(c.lower_, ())), None)
    belief = next((c for c in adjective.children if c.dep_ == "ccomp" and word in _BELIEF_ADJECTIVES), None)
    subject = next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
    if (topic is None and belief is None) or subject is None or subject.lower_ in _EXPLETIVES:
        return None
    content = _trimmed(doc, *(_prep_object(topic) if topic is not None else _subtree(belief)))
    if content is None:
        return None
    copula = adjective.head if adjective.head.i < adjective.i and adjective.head.pos_ == "AUX" else adjective
    auxiliaries = [c.i for c in copula.children if c.dep_ == "aux" and subject.i < c.i < copula.i]
    start = min([copula.i, *auxiliaries])  # "was very worried", "has been critical"
    return _Found(speakers.speaker_tokens(subject), (start, adjective.i + 1), content)


def _mistagged_verb_subject(token: Any) -> Any:
    """ "Trump claims that he should be the exception", "The campaign plans to employ Mr. Obama": the tagger
    took a verb in -s for a plural noun, but the parse gave it a subject and a clause, as it gives verbs. The
    subject is its nsubj, or the noun before it that the parse made its compound (it read "Trump claims that …"
    as the noun phrase "Trump claims"); None when the token is no such verb."""
    if token.tag_ != "NNS" or not token.text.islower() or cues.verb_lemma(token.text) is None:
        return None
    # A that-clause the parse hung on the "noun" as a complement counts when nothing else heads the sentence.
    noun_complement = token.dep_ == "ROOT" and any(c.dep_ == "acl" and _has_that(c) for c in token.children)
    if not noun_complement and not any(child.dep_ in ("ccomp", "xcomp") for child in token.children):
        return None
    return next(
        (c for c in token.children if c.dep_ == "nsubj" or (c.dep_ == "compound" and c.i < token.i)),
        None,
    )


def _with_paragraph_starts(doc: Any) -> Any:
    """Mark each paragraph's first token as a sentence start; the parser keeps preset boundaries, so a caption
    or a headline without a full stop is never parsed into the sentence of the next paragraph."""
    after_break = False
    for token in doc:
        if after_break:
            token.is_sent_start = True
        after_break = token.is_space and token.text.count("\n") >= 2
    return doc


def _names_person(doc: Any, speaker: tuple[int, int], claim: Claim) -> bool:
    """Whether a claim's speaker is a person, named ("Mr Farage"), resolved from he/she, or one definite person
    described by a role ("The head of mission of Onde Solidali, Giulia Ferraris", a name the tagger took for an
    organisation): whom a "she said" right after refers to."""
    if not claim.speaker:
        return False
    phrase = doc[speaker[0] : speaker[1]]
    if phrase.text.lower() in speakers.PERSON_PRONOUNS:
        return bool(claim.speaker != phrase.text)
    root = phrase.root
    named_after = any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in phrase if t.head.i >= root.i)
    role = root.lower_ in cues.PERSON_ROLES or named_after
    # "The President of the Cauvery Delta Farmers' Federation S. Ranganathan": the role may be capitalised
    described = role and root.tag_ in ("NN", "NNP") and doc[speaker[0]].lower_ == "the"
    return described or speakers.is_person_name(doc, *speaker, claim.speaker)


def _to_claim(
    text: str,
    doc: Any,
    found: _Found,
    entities: Sequence[Any] | None,
    earlier_speakers: Sequence[tuple[int, str]] = (),
) -> Claim:
    """Token ranges to character spans; the speaker is resolved against `entities` unless they are None."""
    cue = _char_span(doc, found.cue)
    content = _char_span(doc, found.content)
    if found.speaker is not None and found.speaker[0] < found.speaker[1] - 1:
        # "BELGRADE/ZAGREB - Serbia accused …": the parse hangs the dateline on the subject.
        after = _after_dateline(doc, found.speaker[0])
        if after < found.speaker[1]:
            found = replace(found, speaker=(after, found.speaker[1]))
    if found.speaker is None:
        speaker_name, speaker_span = "", None
    elif entities is None:
        speaker_span = _char_span(doc, found.speaker)
        speaker_name = text[speaker_span.start : speaker_span.end]
    else:
        # The span stays on the phrase as written ("he", "who"), the name goes in `speaker`: PolNeAR marks the
        # source where the sentence names it, and pointing the span at the resolved mention scored worse on dev
        # (speaker accuracy 0.934 as written, 0.921 for relative pronouns' antecedents, 0.897 for any antecedent
        # in the same sentence).
        speaker_name = speakers.resolve(doc, *found.speaker, entities, earlier_speakers)
        speaker_span = _char_span(doc, found.speaker)
    return Claim(
        speaker=speaker_name,
        speaker_span=speaker_span,
        cue=text[cue.start : cue.end],
        cue_span=cue,
        content=text[content.start : content.end],
        content_span=content,
        quote=False,
    )


def _quoted(span: Span | None, quotes: Sequence[Quote]) -> bool:
    return span is not None and any(q.span.start < span.start and span.end < q.span.end for q in quotes)


def _within_paragraph(text: str, claim: Claim, paragraphs: Sequence[Span]) -> Claim | None:
    """Content cut to the cue's paragraph: a parse can run a sentence over a paragraph break (quotes re-grow it)."""
    anchor = claim.cue_span or claim.content_span
    paragraph = next((p for p in paragraphs if p.start <= anchor.start < p.end), None)
    content = claim.content_span
    if paragraph is None or (paragraph.start <= content.start and content.end <= paragraph.end):
        return claim
    if content.start >= paragraph.end:
        return claim  # a quote opening the next paragraph ("he said:" ↵ "…"), found on purpose
    start, end = max(content.start, paragraph.start), min(content.end, paragraph.end)
    if start >= end:
        return None
    cut = Span(start, start + len(text[start:end].rstrip()))
    return replace(claim, content=text[cut.start : cut.end], content_span=cut)


def _char_span(doc: Any, tokens: tuple[int, int]) -> Span:
    first, last = doc[tokens[0]], doc[tokens[1] - 1]
    return Span(first.idx, last.idx + len(last.text))


def _trimmed(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """Token range without punctuation and whitespace at its edges (closing quote marks are kept), nor a
    conjunction left dangling at its end ("denied sending troops and", cut before the next cue)."""
    while start < end and (doc[start].is_space or (doc[start].is_punct and not doc[start].is_quote)):
        start += 1
    while end > start and (
        doc[end - 1].is_space or (doc[end - 1].is_punct and not doc[end - 1].is_quote) or doc[end - 1].dep_ == "cc"
    ):
        end -= 1
    return (start, end) if start < end else None


def _subtree(token: Any) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


# --- reporting verbs ---------------------------------------------------------------------------------------


def _verb_claim(doc: Any, token: Any) -> _Found | None:
    """A reporting verb with its speaker and what it reports."""
    if token.tag_ == "MD":
        return None
    lemma = cues.verb_lemma(token.text)
    if lemma is None and _quote_after(doc, _cue_range(doc, token)[1], colon_only=True) is not None:
        lemma = "say"  # "Obama continued: “…”", "the sign read: “…”": a colon and a quote make any verb a cue
    cue_noun = _quoted_cue_noun(doc, token) if lemma is None else None
    if cue_noun is not None:
        lemma = "say"
    if lemma is None and (_tags_a_quote(doc, token) or _introduces_a_quote(doc, token)):
        lemma = "say"
    if lemma is None and _takes_that_clause(token):
        lemma = "say"
    if lemma is None and _characterizes_in_quotes(doc, token):
        lemma = "say"
    if lemma is None:
        lemma = _phrasal_cue(token)
    if lemma is None or (lemma == "recall" and _withdraws(token)) or (lemma == "find" and _comes_upon(token)):
        return None
    if _failed_to(token) or _cites_for(token) or _compared_figures(token):
        return None
    outer = _saying_in_statement(token)
    if outer is not None:
        # "said in a statement which he issued on Monday that …": the parse hangs what was said on "issued".
        speaker = _speaker_of(outer)
        content = _content_of(doc, token, lemma, speaker) if speaker is not None else None
        return None if speaker is None or content is None else _Found(speaker, _cue_range(doc, outer), content)
    cue = _cue_range(doc, token) if cue_noun is None else (_cue_range(doc, token)[0], cue_noun[0])
    opening = _opening_inverted_tag(doc, token, lemma)
    if opening is not None:
        return _Found(opening[0], cue, opening[1])
    inverted = _inverted_speaker(token, lemma)
    if inverted is not None:
        said = _trimmed(doc, _after_dateline(doc, token.sent.start), token.i - 1)
        if said is not None:
            return _Found(inverted, cue, said)
    as_stated = _as_stated_by(token, lemma) or _aside_read_as_main_clause(token, lemma)
    if as_stated is not None:
        return _Found(as_stated[0], cue, as_stated[1])
    speaker = _speaker_of(token)
    citing = _citing(token)
    cited = _cited_source(token, citing)
    if cited is not None and speaker is not None and doc[speaker[0] - 1].text == ",":
        # "Two soldiers were wounded, APA reports citing the Defense Ministry": the agency relays what the
        # ministry said, which is the sentence before the agency's name.
        relayed = _trimmed(doc, _after_dateline(doc, token.sent.start), speaker[0] - 1)
        if relayed is not None:
            return _Found(_subtree(cited), cue, relayed)
    if speaker is None and _asked_of(token):
        # "Asked about the meeting, she said …": a question put by someone unnamed (PolNeAR marks no source).
        content = _content_of(doc, token, lemma, (token.i, token.i))
        return None if content is None else _Found(None, cue, content)
    if speaker is None and lemma == "ask" and any(c.dep_ == "nsubjpass" for c in token.children):
        # "Blumenthal was asked, “If you had known …?”", "he was asked what happened to the black vote": the
        # question, put by someone unnamed; the one asked said nothing (yet).
        quote = _quote_after(doc, _cue_range(doc, token)[1], colon_only=False)
        content = (quote, quote + 1) if quote is not None else _content_of(doc, token, lemma, (token.i, token.i))
        first = doc[content[0]] if content is not None else None
        questions = first is not None and (
            quote is not None or first.lower_ in ("if", "whether") or first.tag_ in ("WP", "WRB", "WDT")
        )
        return _Found(None, cue, content) if content is not None and questions else None
    if speaker is None and _unattributed_passive(token, lemma):
        # "Obama's veto is expected to come Friday, but Republicans seem confident …": up to the next clause.
        # From its subject: not "When PolitiFact examined the statement, it was labeled …", nor a leading "And".
        subject = next(c for c in token.children if c.dep_ == "nsubjpass")
        return _Found(None, cue, _trimmed(doc, subject.left_edge.i, _before_own_clause(token)) or cue)
    if speaker is None:
        return None
    content = _content_of(doc, token, lemma, speaker) if cue_noun is None else None
    if cue_noun is not None:
        after = cue_noun[1]
    elif content is not None:
        after = content[1]
    else:
        after = _colon_or_end(doc, cue[1], max(token.right_edge.i, token.i) + 1)
    quote = _quote_after(doc, after, colon_only=True)
    if quote is None and content is None:
        # "“Why not?” Vitter asked. “Neither do I.”": the quote the cue closes, before the one that follows.
        quote = _quote_before(doc, min(token.i, _subject_start(doc, speaker)))
    if quote is None and content is None:
        quote = _quote_after(doc, after, colon_only=False)
    if quote is None and content is None:
        # "Ryan said, “Sure. I get that.”": the parse hangs the quote's first word on the verb.
        quote = _quote_after(doc, max(cue[1], speaker[1]), colon_only=False)
    if quote is None and content is None:
        content = _paragraph_after_colon(doc, after)  # "The governor added:" and his words, unquoted, below
    clause = (min(cue[0], speaker[0]), max(cue[1], speaker[1]))
    if quote is None and content is not None and _quote_opens_after_comma(doc, content, clause):
        # "When Clinton noted that …, Trump boasted, “That makes me smart.”": the parse hung the cue inside the
        # sentence before it, but the quote it introduces is what was said.
        quote = clause[1] + 1
    if quote is None and content is not None and _set_off_after_cue(doc, cue, content):
        # "“What does that mean?” Mr. Trump asked, repeating a broadside - that …": the words the cue closes,
        # not a clause the parse hung on it past a comma or a dash.
        quote = _tagged_quote_before(doc, min(token.i, _subject_start(doc, speaker)))
    if quote is None and content is not None and lemma in cues.SPEECH_VERBS and _only_a_topic(doc, token, content):
        # "“Who do they think they are?” Trump said of Apple": the quote, not the phrase about the verb; without
        # a quote, a phrase of place or time ("said in Tel Aviv", "reported from Midway") reports nothing.
        quote = _quote_before(doc, min(token.i, _subject_start(doc, speaker)))
        if quote is None:
            after_comma = _quote_after(doc, content[1], colon_only=False)  # "said last week in Tel Aviv, “…”"
            quote = after_comma if after_comma is not None and after_comma > content[1] else None
        if quote is None and doc[content[0]].lower_ in _SETTING_PREPOSITIONS:
            return None
    if quote is not None:
        content = (quote, quote + 1)  # "scolded him: “…”", "said:" + a quote: the quote is the content
    elif content is not None:
        content = _before_next_cue(doc, token, _after_time_of_saying(doc, cue, content))
    if content is None:
        return None
    if cited is not None and speaker[1] <= token.i:
        # "Khovar reported, citing the border troops command, that a guard died": the command said it, and
        # the agency relays it (`relays.RELAY_CITING` lists it).
        if citing is not None and content[0] <= citing.i:
            content = _trimmed(doc, citing.right_edge.i + 1, content[1]) or content
        return _Found(_subtree(cited), cue, content)
    return _Found(speaker, cue, content)


def _set_off_after_cue(doc: Any, cue: tuple[int, int], content: tuple[int, int]) -> bool:
    """Whether the content found after the cue stands past a comma or a dash, with no quote after the cue."""
    if content[0] < cue[1] or any(_opens_quote(doc, t.i) for t in doc[cue[1] : doc[cue[1] - 1].sent.end]):
        return False  # ‘“A,” Tester said, referring to the excuse, “B.”’: the cue's own words follow
    return any(t.text in (",", *_DASHES) for t in doc[cue[1] : content[0]])


def _tagged_quote_before(doc: Any, index: int) -> int | None:
    """‘“…,” he said’, ‘“…?” he asked’: a quote closed by a comma, a question or an exclamation right before
    `index` (the cue clause), not one that ended the sentence before."""
    closing = _quote_before(doc, index)
    if closing is None or closing == 0:
        return None
    return closing if doc[closing - 1].text in (",", "?", "!") or doc[closing + 1].text == "," else None


def _saying_in_statement(verb: Any) -> Any:
    """The cue of "said in a statement which he issued on Monday that …" for "issued": a verb in a relative
    clause of the statement a cue was given in, where the parse hangs the clause said."""
    statement = verb.head
    if verb.dep_ != "relcl" or statement.lower_ not in cues.NOUN_CUES or statement.dep_ != "pobj":
        return None
    outer = statement.head.head
    return outer if statement.head.dep_ == "prep" and cues.verb_lemma(outer.text) is not None else None


def _opening_inverted_tag(doc: Any, verb: Any, lemma: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Said Ellis: “I don't get the sense …”": a sentence opened by its cue, then the speaker's name and a colon
    or comma before the quote. The parser reads "Said" as part of the name. The name and the quote, if so."""
    if lemma not in cues.SPEECH_VERBS or verb.i != verb.sent.start or not verb.is_title:
        return None
    end = _name_end(doc, verb.i + 1, min(verb.i + 5, len(doc)))
    if end == verb.i + 1 or end + 1 >= len(doc) or doc[end].text not in (":", ",") or not _opens_quote(doc, end + 1):
        return None
    return (verb.i + 1, end), (end + 1, end + 2)


def _inverted_speaker(verb: Any, lemma: str) -> tuple[int, int] | None:
    """ "The nurses will strike if …, declared on Monday the nursing union SATSE.": a translation from Spanish
    or Italian keeps the speaker after its verb, with the time between. The parser reads such a speaker as the
    verb's object, an apposition to the date or an adverb, so it is read from the words: after a cue of saying
    that follows a comma and has no subject of its own, a time phrase, then a noun phrase closing the sentence
    that names someone (a name, a role, a group). Its token range, if so."""
    doc = verb.doc
    if lemma not in cues.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or doc[verb.i - 1].text != ",":
        return None  # not ", citing the many Americans who …": a participle's object is what it cites
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    start, end = _past_time_and_setting(doc, verb.i + 1, verb.sent.end), verb.sent.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    phrase = doc[start:end]
    if start == verb.i + 1 or not phrase or any(t.pos_ in ("VERB", "AUX", "PRON") for t in phrase):
        return None  # no time between: "…, declared a state of emergency" is the government's act
    names = any(t.pos_ == "PROPN" or t.lower_ in cues.PERSON_ROLES | cues.GROUP_NOUNS for t in phrase)
    return (start, end) if names and phrase[0].pos_ in ("DET", "PROPN", "ADJ", "NOUN") else None


def _as_stated_by(verb: Any, lemma: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "As stated the Chairman of the Board of Naftogaz Oleksiy Chernenko in the conversation with journalists,
    the Ukrainian side «will not sign …»", "As noted he …, the troops …": a translation from Russian or Ukrainian
    ("Как заявил …") keeps the speaker after the verb of an "as" clause, and what was said is the sentence the
    clause opens. The speaker's and the content's token ranges, if so."""
    doc = verb.doc
    opens = verb.i > 0 and doc[verb.i - 1].lower_ == "as" and doc[verb.i - 1].dep_ == "mark"
    if not opens or lemma not in cues.SPEECH_VERBS or verb.dep_ != "advcl" or verb.head.i <= verb.i:
        return None
    comma = next((t.i for t in doc[verb.i + 1 : verb.head.i] if t.text == ","), None)
    if comma is None:
        return None
    start = _past_time_and_setting(doc, verb.i + 1, comma)  # "As said to the journalists on Monday the leader …"
    end = next((t.i for t in doc[start + 1 : comma] if t.dep_ == "prep" and t.head == verb), comma)
    phrase = doc[start:end]
    if not phrase or phrase[0].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ"):
        return None  # "As noted above, …", "As reported by Reuters, …"
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    said = _trimmed(doc, comma + 1, verb.head.right_edge.i + 1)
    return None if said is None else ((start, end), said)


def _aside_read_as_main_clause(verb: Any, lemma: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get …": the parse may take
    the aside's "as" for a preposition, its speaker for the object, and the cue for the main verb with the
    sentence's subject. The speaker's and the content's token ranges, if so: the sentence is what was said."""
    if lemma not in cues.ASIDE_VERBS or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i), None)
    subject = _nearest_subject(verb)
    if as_ is None or subject is None or not (subject.i < as_.i and verb.doc[as_.i - 1].text == ","):
        return None
    speaker = next((c for c in as_.children if c.dep_ == "pobj"), None)
    if speaker is None or speaker.right_edge.i + 1 != verb.i:
        return None
    said = _trimmed(verb.doc, subject.left_edge.i, verb.right_edge.i + 1)
    return None if said is None else (speakers.speaker_tokens(speaker), said)


def _past_time_and_setting(doc: Any, start: int, end: int) -> int:
    """Past what a translation puts between a verb and the speaker after it, in any order: when ("on Monday"),
    where and to whom ("in a note", "to the journalists")."""
    while (past := _past_time(doc, _past_setting(doc, start, end), end)) > start:
        start = past
    return start


def _past_time(doc: Any, start: int, end: int) -> int:
    """Past a time phrase the tagger may leave untagged ("declared yesterday the union")."""
    while start < end and (doc[start].ent_type_ in ("DATE", "TIME") or doc[start].lower_ in _TIME_WORDS):
        if _past_setting(doc, start, end) > start:
            break  # "in a statement", not "in March"
        start += 1
    return start


def _past_setting(doc: Any, start: int, end: int) -> int:
    """Past where and to whom words were said, which a translation puts between an inverted verb and its speaker:
    "declared in a note the minister …", "said to the journalists on Monday the leader …"."""
    while start < end and doc[start].lower_ in _SETTING_OPENERS:
        noun = next((t for t in doc[start + 1 : min(end, start + 4)] if t.pos_ == "NOUN"), None)
        if noun is None or noun.lower_ not in _SETTINGS:
            break
        start = noun.i + 1
    return start


def _opening_participle_claim(doc: Any, token: Any) -> _Found | None:
    """ "Accusing Kyiv of shelling the plant, Moscow called for …", "Claiming the criticism is designed to
    pressure moderators, Trump told Fox …": a cue in -ing opening the sentence speaks for the subject of the
    clause after its comma. The parse often misses this (it tags a capitalised "Accusing" as a name, or hangs
    "Claiming" on a verb inside its own phrase), so it is read from the words: what follows the cue up to the
    comma is what was said."""
    if not (token.is_sent_start and token.text[:1].isupper() and token.lower_.endswith("ing")):
        return None
    if cues.verb_lemma(token.lower_) in (None, "regard"):
        return None  # "Regarding the push to …, he said": a preposition in all but form
    sentence = token.sent
    comma = next((t.i for t in doc[token.i + 1 : sentence.end] if t.text == ","), None)
    if comma is None or comma == token.i + 1:
        return None
    # The main clause's subject opens right after the comma (the parse may not make its verb the root).
    subject = next((t for t in doc[comma + 1 : sentence.end] if t.dep_ == "nsubj" and t.head.i > t.i), None)
    if subject is None or subject.left_edge.i != comma + 1:
        return None
    content = _trimmed(doc, token.i + 1, comma)
    if content is None or doc[content[0]].pos_ in ("ADP", "PART"):
        return None  # "Responding to this criticism", "Writing for a panel", "Lashing out": a topic, not words
    return _Found(speakers.speaker_tokens(subject), (token.i, token.i + 1), content)


def _impression(doc: Any, verb: Any) -> _Found | None:
    """ "Trump's supporters seemed equally unperturbed", "Enthusiasm for Clinton appears to have plummeted": an
    impression the writer attributes to no one. It is a claim without a speaker (PolNeAR marks it as the
    writer's), which replies leave out; the clause, subject included, is what it says. "Appeared on Fox News" is
    no impression, and "seemed to blame the network" is the subject's own claim (`_verb_claim`)."""
    if verb.lower_ not in _IMPRESSION_FORMS:
        return None
    complements = [c for c in verb.children if c.dep_ in _IMPRESSION_COMPLEMENTS or c.lower_ == "like"]
    if not complements or any(c.dep_ == "xcomp" and cues.verb_lemma(c.text) is not None for c in complements):
        return None
    if any(c.lower_ in _INTENT_ADJECTIVES for c in complements):
        return None  # "appears set to veto", "seems determined to run": the subject's intention, not an impression
    subject = _subject_before(verb)
    if subject is None or subject.lower_ == "what":
        return None  # "what appeared to be a reference to Trump": a hedge inside a noun phrase
    start = subject.left_edge.i if verb.dep_ != "relcl" else verb.left_edge.i
    end = _clause_end(doc, verb, max(c.right_edge.i for c in complements) + 1)
    content = _trimmed(doc, start, end)
    if content is None or any(_reports(t) for t in doc[start:end] if t.i != verb.i):
        return None  # "Ryan seems to feel the case will …", "he appeared to say …": the subject's own claim
    if any(
        t.dep_ == "prep" and t.lower_ == "to" and t.head.i in (verb.i, *(c.i for c in complements))
        for t in doc[start:end]
    ):
        return None  # "Nothing about it seems credible to me": the view of whom it seems so to, not the writer's
    return _Found(None, (verb.i, verb.i + 1), content)


def _reported_unnamed(doc: Any, adverb: Any) -> _Found | None:
    """ "The Club for Growth is reportedly spending $1.5 million on ads": a report from no one named, which
    replies leave out like an impression; the clause, subject included, is what it says."""
    verb = adverb.head
    subject = _subject_before(verb)
    if subject is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    content = _trimmed(doc, subject.left_edge.i, _clause_end(doc, verb, verb.right_edge.i + 1))
    return None if content is None else _Found(None, (adverb.i, adverb.i + 1), content)


def _subject_before(verb: Any) -> Any:
    """The subject standing before a verb, or None."""
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i), None)


def _clause_end(doc: Any, verb: Any, end: int) -> int:
    """ "… appeared to be locked in a close race, with the new survey finding …": a claim no one is named for
    ends at the first comma, colon, bracket or dash after its verb, before `end`."""
    return next((t.i for t in doc[verb.i + 1 : end] if t.text in _IMPRESSION_ENDS), end)


def _reports(token: Any) -> bool:
    """Whether a token is a verb that may report (a lexicon cue or a cue only in some constructions)."""
    return token.pos_ == "VERB" and (cues.verb_lemma(token.text) is not None or token.lower_ in _PHRASAL_FORMS)


def _cited_source(verb: Any, participle: Any) -> Any:
    """The source a report cites through its "citing" participle (`_citing`): "APA reports citing the ministry",
    "TASS reported, quoting a source", "Khovar reported, citing the border troops command, that …", where the
    parse hangs "citing" on the reported clause; None when the verb is no report or cites no one."""
    if participle is None or cues.verb_lemma(verb.text) != "report":
        return None
    return next((c for c in participle.children if c.dep_ == "dobj"), None)


def _citing(verb: Any) -> Any:
    """The "citing"/"quoting" participle after a cue verb, on the verb or on its reported clause."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    candidates = [*verb.children, *(c for clause in clauses for c in clause.children if c.i < clause.i)]
    return next((c for c in candidates if c.lower_ in _CITING and c.i > verb.i), None)


def _cites_for(verb: Any) -> bool:
    """ "citing" in "Trend reports, citing the ministry": the report's source, not a claim of its own (but in
    "called Clinton a champion, citing her work" the reasons given)."""
    if verb.lower_ not in _CITING:
        return False
    report = verb.head.head if verb.head.dep_ == "ccomp" and verb.head.i > verb.i else verb.head
    return bool(verb.i > report.i and cues.verb_lemma(report.text) == "report")


def _failed_to(verb: Any) -> bool:
    """ "Negotiators failed to agree on the money", "failed to mention the deficit": what was not said or
    agreed is no claim."""
    return bool(verb.dep_ == "xcomp" and verb.head.lower_ in ("fail", "fails", "failed", "failing"))


def _withdraws(verb: Any) -> bool:
    """ "Niger recalled its ambassador", "Hyundai recalls 80,000 vehicles": recalling someone or a number of
    things is taking them back, which reports nothing."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lower_ in _WITHDRAWN or any(c.dep_ == "nummod" for c in o.children) for o in objects)


def _comes_upon(verb: Any) -> bool:
    """ "found ways to press his agenda", "finds itself at the center of the crisis", "found the posting": finding
    a way, oneself or a thing reports no finding (unlike "the poll found Clinton ahead", "found no record")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lower_ in _COME_UPON or o.lower_.endswith(("self", "selves")) for o in objects)


def _compared_figures(verb: Any) -> bool:
    """ "Trump has won 758 delegates, compared to Cruz's 538": a participle setting figures side by side is the
    writer's comparison, not a claim (a speaker who "compared Trump to Wilson" makes one)."""
    return bool(
        verb.lower_ == "compared" and verb.tag_ == "VBN" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


def _subject_start(doc: Any, speaker: tuple[int, int]) -> int:
    """Where the subject phrase begins: before the noun a named speaker is in apposition to ("Her niece, state
    Del. Marcia Price, shouted"), so that a quote just before the phrase is found."""
    head = next((t for t in doc[speaker[0] : speaker[1]] if not speaker[0] <= t.head.i < speaker[1]), None)
    if head is not None and head.dep_ == "appos" and head.head.i < speaker[0]:
        return int(head.head.left_edge.i)
    return speaker[0]


def _before_next_cue(doc: Any, verb: Any, content: tuple[int, int]) -> tuple[int, int] | None:
    """ "said his attacks have given him momentum and said that Trump …", "insisted that …, claiming that …": the
    parse often hangs the speaker's next cue inside the first one's clause; the first claim ends where the next
    begins, which is then a claim of its own. A verb of the same form with no subject of its own after "and", or
    a participle after a comma, is such a cue ("would stop and ask questions" keeps its "ask")."""
    start, end = content
    parallel = _parallel_report(verb, first=True) is not None  # "Karnataka said – …, Tamil Nadu said – …"
    for token in doc[start + 1 : end]:
        if _continues_cue(token, verb):
            return _trimmed(doc, start, token.i - 1)
        if _contrasting_report(token) and token.left_edge.i > start:
            return _trimmed(doc, start, token.left_edge.i)
        if (joined := _joined_report(token, verb)) is not None and joined > start + 1:
            return _trimmed(doc, start, joined)
        if token.text == ";" and _opens_clause(doc, token.i + 1, end):
            return _trimmed(doc, start, token.i)
        if _trailing_consequence(token, end) and token.left_edge.i > start + 3:
            return _trimmed(doc, start, token.left_edge.i)
        if parallel and token.i != verb.i and (comma := _parallel_report(token)) is not None and comma > start + 1:
            return _trimmed(doc, start, comma)
    return content


def _parallel_report(token: Any, *, first: bool = False) -> int | None:
    """ "Karnataka said – no water to give, Tamil Nadu said – order of Supreme Court is being violated": a
    speaker's own "X said –", as translated headlines set two sides side by side (the second one after a
    comma). Where the comma before the second stands, if so; for the `first`, where its subject starts."""
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if subject is None or cues.verb_lemma(token.lower_) is None or token.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.i + 1].text
    if after not in _DASHES and after != ":":
        return None
    if first:
        return int(subject.left_edge.i)
    comma = subject.left_edge.i - 1
    return comma if comma > 0 and token.doc[comma].text == "," else None


def _trailing_consequence(token: Any, end: int) -> bool:
    """ "… violates EU law, dealing a blow to the governing party": a participle after a comma that closes the
    reported clause tells what the ruling or statement did, in the reporter's words; one that tells the toll of
    what was reported ("attacked a patrol, killing one officer") is part of the report."""
    return bool(
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.lower_ not in _TOLL_PARTICIPLES
        and token.i > token.head.i
        and token.doc[token.i - 1].text == ","
        and token.right_edge.i + 1 >= end
        and token.head.dep_ == "ccomp"
    )


def _after_time_of_saying(doc: Any, cue: tuple[int, int], content: tuple[int, int]) -> tuple[int, int]:
    """ "Hyundai said on Tuesday it would recall …": a time right after the cue, before the reported clause's
    subject, tells when it was said; the parse hangs it on the clause."""
    first = doc[content[0]]
    if content[0] != cue[1] or not speakers.is_time_phrase(first) or first.head.i < first.i:
        return content
    after = first.right_edge.i + 1
    if after < content[1] and doc[after].dep_ in _SUBJECT_DEPS and doc[after].head == first.head:
        return after, content[1]
    return content


def _joined_report(token: Any, verb: Any) -> int | None:
    """ "Republicans said they are convinced the department mishandled it and Democrats accused the GOP of …":
    another speaker's report joined by "and"/"but", which the parse hangs inside the first one's clause. Where
    the conjunction before it stands, if so."""
    if token.pos_ != "VERB" or token.i <= verb.i + 1 or cues.verb_lemma(token.text) not in cues.SPEECH_VERBS:
        return None
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return None  # "said witnesses saw a gun and that one was found nearby": a second thing said
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None and token.tag_ in ("VBD", "VBZ", "VBP") and token.doc[token.i - 1].dep_ == "conj":
        subject = token.doc[token.i - 1]  # the parse made "Democrats" another object of the first clause
    if subject is None or subject.pos_ == "PRON" or subject.left_edge.i < 1:
        return None
    # The clause may open before its subject: "…, and when pressed on why, the mother of three said …".
    left = min(subject.left_edge.i, token.left_edge.i)
    joint = next((t for t in (token.doc[left], token.doc[left - 1]) if t.lower_ in ("and", "but")), None)
    return None if joint is None else int(joint.i)


def _opens_clause(doc: Any, index: int, end: int) -> bool:
    """Whether a clause with a subject of its own starts at `index` ("…; they only learned on Friday …")."""
    return index < end and any(
        token.dep_ in _SUBJECT_DEPS and token.i < token.head.i < end for token in doc[index : index + 3]
    )


def _contrasting_report(token: Any) -> bool:
    """ "… it had shot down 30 drones, while Moscow said its forces had struck …", "… was smart, although he
    again refused to pledge …": a report set against the first (another speaker's, or the same speaker's next),
    which the parse hangs inside it. It is a claim of its own, and not part of the first."""
    return (
        token.dep_ == "advcl"
        and token.pos_ == "VERB"
        and token.i > token.head.i
        and cues.verb_lemma(token.text) in cues.SPEECH_VERBS
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in token.children)
        and any(c.dep_ in _SUBJECT_DEPS for c in token.children)
    )


def _continues_cue(token: Any, verb: Any) -> bool:
    """Whether `token` is the same speaker's next cue after `verb` (see `_before_next_cue`)."""
    if token.i <= verb.i or token.pos_ != "VERB" or cues.verb_lemma(token.text) is None:
        return False
    if any(c.dep_ in _SUBJECT_DEPS for c in token.children) or _parallel_stance(token, verb):
        return False
    before = token.nbor(-1)
    # The tagger often reads the second of two present-tense verbs as a bare form ("call them … and describe").
    same_form = token.tag_ == verb.tag_ or {token.tag_, verb.tag_} == {"VB", "VBP"}
    coordinated = token.dep_ == "conj" and same_form and before.lower_ in ("and", "but")
    participle = token.tag_ == "VBG" and before.text == "," and token.dep_ in ("advcl", "conj")
    return coordinated or participle


def _parallel_stance(token: Any, verb: Any) -> bool:
    """ "The White House said Biden supported stronger border security but opposed the bill": a second stance
    joined to the reported subject's own stance, in its form, is still what was reported of that subject. A
    pronoun subject may be the speaker ("acknowledged that even she found it confusing and called …")."""
    head = token.head
    return bool(
        token.dep_ == "conj"
        and head.i != verb.i
        and head.tag_ == token.tag_
        and cues.verb_lemma(head.text) is not None
        and any(c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON" for c in head.children)
    )


def _phrasal_cue(verb: Any) -> str | None:
    """Verbs that report a view only in one construction: "sees Cruz as a uniter" (not "saw him there"), "is
    backing Clinton" (not "backed down"), "talked about immigration" (not "talked for an hour"), "seeks to
    prevent" (not "seeks shelter"), "feel the system is rigged", "would vote for", "made it clear that"."""
    word = verb.lower_
    if word not in _PHRASAL_FORMS or verb.pos_ != "VERB":
        return None  # most verbs: decided before looking at their children
    children = list(verb.children)
    deps = {c.dep_ for c in children}
    preps = {c.lower_ for c in children if c.dep_ == "prep"}
    if word in _SEE_FORMS:
        objects = [c for c in children if c.dep_ == "dobj"]
        if "as" in preps or any(g.dep_ == "prep" and g.lower_ == "as" for o in objects for g in o.children):
            return "regard"
    if word in _BACK_FORMS and "dobj" in deps and "prt" not in deps:
        return "support"
    if word in _TALK_FORMS and ("about" in preps or (word.startswith(("spo", "spe")) and "of" in preps)):
        return "discuss"  # "spoke of the legacy of racism", not "talked of" (rare) nor "spoke to reporters"
    if word in _PUT_FORMS and _puts_it(verb):
        return "say"
    if word in _SEEK_FORMS and "xcomp" in deps:
        return "intend"
    if word in _FEEL_FORMS and "ccomp" in deps:
        return "think"
    if word in _VOTE_FORMS and preps & {"for", "against"}:
        return "support"
    if word in _MAKE_FORMS and any(c.dep_ == "ccomp" and c.lower_ == "clear" for c in children):
        return "say"
    return None


_MOST_WORDS_BEFORE_COLON = 8
# More tokens than the longest dateline has ("OSTRAVA, Czech Republic, Oct 3 (Wire) - " has 12).
_MOST_DATELINE_TOKENS = 40
# What a source gives, named in its place: "according to information of the police", "Kyodo News Agency report".
_SOURCE_MATERIAL = frozenset({"information", "data", "words", "report", "reports", "figures", "estimates"})
# Where and to whom words were said ("in a note", "to the journalists", "at the press conference").
_SETTING_OPENERS = frozenset({"in", "to", "at", "during", "before", "for"})
_SETTINGS = cues.NOUN_CUES | word_set(
    "journalists reporters press media correspondent correspondents conference briefing interview conversation"
    " meeting note"
)
# Words of a time phrase the tagger may leave untagged ("declared yesterday the union").
_TIME_WORDS = frozenset(
    {"on", "in", "this", "last", "yesterday", "today", "tonight", "morning", "afternoon", "evening"}
)


def _quoted_cue_noun(doc: Any, verb: Any) -> tuple[int, int] | None:
    """ "released the following statement: “…”", "posted a message: “…”": the object names an utterance and a
    colon hands over its words, so the verb reports them whatever it is. Where the noun ends and the colon is,
    if so: the parse hangs the quote inside the object or the verb, with a phrase or two between ("a message on
    Twitter: “…”")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i and child.lower_ in cues.NOUN_CUES:
            end = min(verb.right_edge.i + 1, child.i + _MOST_WORDS_BEFORE_COLON)
            colon = _colon_or_end(doc, child.i + 1, end)
            if colon < end and _quote_after(doc, colon, colon_only=True) is not None:
                return child.i + 1, colon
    return None


def _characterizes_in_quotes(doc: Any, verb: Any) -> bool:
    """ "has been pounding Trump as a “con artist”", "has gone after Trump as a “human leech”": whatever the
    verb, casting someone as a quoted label is saying so."""
    if verb.pos_ != "VERB":
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > verb.i:
            targets = [c for c in verb.children if c.dep_ in ("dobj", "prep") and verb.i < c.i < child.i]
            label = range(child.i + 1, min(child.i + 4, len(doc)))  # "as “…”", "as a “…”", not "as part of a “…”"
            if targets and any(_opens_quote(doc, i) for i in label):
                return True
    return False


def _takes_that_clause(verb: Any) -> bool:
    """ "Trump charges that …", "she posited that …": a verb with a subject and a that-clause after it reports
    what someone says or thinks, whether or not the lexicon lists it (PolNeAR dev F1 +0.003, train +0.004)."""
    if verb.pos_ != "VERB" or not verb.is_alpha or verb.lower_ in _NOT_REPORTING:
        return False
    return any(child.dep_ == "ccomp" and child.i > verb.i and _has_that(child) for child in verb.children)


def _only_a_topic(doc: Any, verb: Any, content: tuple[int, int]) -> bool:
    """Whether what the parse gives a verb is only a phrase about it ("said of Apple", "wrote on Twitter"), not
    what it points at ("referring to the president", "known as Guccifer")."""
    first = doc[content[0]]
    addressee = first.lower_ == "to" and cues.verb_lemma(verb.text) in _SAID_TO_SOMEONE
    if first.dep_ != "prep" or first.head != verb or (first.lower_ in ("to", "as") and not addressee):
        return False
    if first.right_edge.i + 1 >= content[1]:
        return True
    # "said in Iowa earlier this year in response to a voter's question": where, when and why, one after another
    # ("spoke at the White House about rights …" has a topic; "lashed out at Turkey" a target).
    hung = [c for c in verb.children if content[0] <= c.i < content[1]]
    setting = all(c.dep_ in _ABOUT_THE_SAYING and (c.dep_ != "prep" or c.lower_ in _SETTING_PREPOSITIONS) for c in hung)
    return setting and not any(c.dep_ == "prt" for c in verb.children)


def _speaker_of(verb: Any) -> tuple[int, int] | None:
    """The subject (or passive agent) of a cue verb, inherited from the governing verb for "…, adding that";
    the name between a closing quote and its verb wins over a parse that put the subject elsewhere."""
    # A participle goes with the outermost such cue ("The ministry stated that drones attacked the plant, calling
    # it terrorism": the ministry is calling it so, not the drones); a conjunct with the one it is joined to.
    previous_cues = [a for a in verb.ancestors if cues.verb_lemma(a.text) and _continues_cue(verb, a)]
    previous_cue = (previous_cues[-1] if verb.tag_ == "VBG" else previous_cues[0]) if previous_cues else None
    if previous_cue is not None:
        return _speaker_of(previous_cue)  # "He said … and said that …": the parse hung the second inside the first
    after_quote = _name_after_quote(verb) or _name_after_cue_after_quote(verb) or _described_name_after_quote(verb)
    parsed = _parsed_speaker(verb) or _subject_of_participle_before_quote(verb)
    if after_quote is None or parsed is None:
        return after_quote or parsed
    # The parse agrees, or found a subject nearer the verb ("… election system and he, once again, pledged").
    return parsed if after_quote[0] <= parsed[0] < verb.i else after_quote


def _nearest_subject(verb: Any) -> Any:
    """The verb's subject; where the parser gave it two ("the reasons that Trump refuses", "The Latest: Trump
    urges"), the one that is not a relativizer and stands nearest the verb."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        subjects = [c for c in [_mistagged_verb_subject(verb)] if c is not None]
    if len(subjects) > 1:
        real = [c for c in subjects if c.tag_ not in ("WDT", "WP")] or subjects
        return min(real, key=lambda c: abs(verb.i - c.i))
    return subjects[0] if subjects else None


def _has_not_is(verb: Any) -> bool:
    """ "he's predicted big wins": the tagger reads "'s" before a participle as "is", but a participle with an
    object of its own is active, and "'s" is "has"."""
    auxiliary = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
    return auxiliary and any(c.dep_ == "dobj" for c in verb.children)


def _unattributed_passive(verb: Any, lemma: str) -> bool:
    """ "About one in nine voters is expected to be Latino", "peacekeepers have been accused of …": a view or a
    charge in the passive with nobody named holding it (PolNeAR marks these with no source)."""
    return (
        lemma in _SOURCELESS_PASSIVES
        and not _has_not_is(verb)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
    )


def _asked_of(verb: Any) -> bool:
    """A past participle opening a clause without a subject of its own ("Asked about …, she said")."""
    return bool(verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children))


def _name_after_quote(verb: Any) -> tuple[int, int] | None:
    """‘…,” Flynn, a top Trump surrogate, said’: the words between a closing quote and the verb are the
    speaker, however the parser (misled by quoted titles nearby) attached them."""
    doc = verb.doc
    start = _after_closing_quote(doc, verb.i, _MAX_NAME_AFTER_QUOTE)
    if start is None or start == verb.i:
        return None
    region = [token for token in doc[start : verb.i] if not token.is_punct]
    # A capitalised "verb" here is a name the tagger misread (‘…,” Tulsa police Chief Chuck Jordan said’).
    named = {t.i for t in region if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "VERB" and t.is_title)}
    if any(t.tag_ in ("WDT", "WP") or (t.pos_ in ("VERB", "AUX") and t.i not in named) for t in region):
        return None  # ‘his "Keepin' It Real" radio program who said’: a relative clause, not a name
    heads = [t for t in region if t.i in named and not start <= t.head.i < verb.i]
    if len(heads) != 1 or heads[0].ent_type_ in _TIME_LABELS:
        return None
    return speakers.speaker_tokens(heads[0])


def _subject_of_participle_before_quote(verb: Any) -> tuple[int, int] | None:
    """ "Flea shared the news on social media, writing “Feels great to …”": a participle after a comma, right
    before the quote it introduces, is what the sentence's subject did; the parser, thrown by the quote, hangs
    the participle anywhere."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != "," or not _opens_quote(doc, verb.i + 1):
        return None
    root = verb.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root.i < verb.i else None
    return None if subject is None or subject.i > verb.i else speakers.speaker_tokens(subject)


def _described_name_after_quote(verb: Any) -> tuple[int, int] | None:
    """‘“…,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said’: a name, then a description between
    commas, between a closing quote and the verb; the parser, lost in the description, may hang the verb on the
    quote's own clause and give it the quote's "I". The name, if so."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    start = _after_closing_quote(doc, verb.i, _MAX_DESCRIBED_NAME_AFTER_QUOTE)
    if start is None or any(t.tag_ in ("WDT", "WP") for t in doc[start : verb.i]):
        return None  # "…,” a man who said": a relative clause, not a name and its description
    end = _name_end(doc, start, verb.i)
    named = any(t.pos_ == "PROPN" for t in doc[start:end])
    return (start, end) if named and end < verb.i - 1 and doc[end].text == "," else None


def _after_closing_quote(doc: Any, index: int, longest: int) -> int | None:
    """Where the words between a closing quote and token `index` start, when no more than `longest` tokens and no
    line break or sentence stop stand between them."""
    start = index
    while start > 0 and not doc[start - 1].is_quote and index - start <= longest:
        if doc[start - 1].is_space or doc[start - 1].text in ".!?;:":
            return None
        start -= 1
    if start == 0 or not doc[start - 1].is_quote or _opens_quote(doc, start - 1):
        return None
    return start


def _name_end(doc: Any, start: int, stop: int) -> int:
    """Where a name of proper nouns and abbreviated titles ("Col. Steven H. Warren") from `start` ends, by `stop`."""
    end = start
    while end < stop and (doc[end].pos_ == "PROPN" or _is_abbreviated_title(doc[end])):
        end += 1
    return end


def _is_abbreviated_title(token: Any) -> bool:
    """ "Mr.", "Col.", "Gov.": a short capitalised word with a full stop, part of a name."""
    return token.text.endswith(".") and token.text[:1].isupper() and len(token.text) <= 5


def _name_after_cue_after_quote(verb: Any) -> tuple[int, int] | None:
    """‘“…,” recalled Mr. Rhodes.’: a cue right after a closing quote, then a name that closes the sentence; the
    parser, taking the verb for "remembered", made the name its object."""
    doc = verb.doc
    if verb.i < 2 or not doc[verb.i - 1].is_quote or _opens_quote(doc, verb.i - 1) or doc[verb.i - 2].text != ",":
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    name = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if name is None or not (name.i + 1 == len(doc) or doc[name.right_edge.i + 1].is_punct):
        return None
    return speakers.speaker_tokens(name)


def _name_next_to_verb(subject: Any, verb: Any) -> Any:
    """ "To understand the real Dred Scott, Chief Justice Roberts said, …": a name the parser made an apposition
    of an earlier noun, though it stands right before the verb without a comma, is the verb's subject. So is
    the name after a dateline ("WASHINGTON -- President Obama … said")."""
    doc = subject.doc
    if subject.is_upper and len(subject) > 1 and subject.i + 1 < len(doc) and doc[subject.i + 1].text in _DASHES:
        named = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
        if named is not None:
            return named
    for child in subject.children:
        if child.dep_ == "appos" and child.right_edge.i == verb.i - 1 and child.pos_ == "PROPN":
            between = subject.doc[subject.i + 1 : child.left_edge.i]
            if any(token.text == "," for token in between):
                return child
    return subject


def _tags_a_quote(doc: Any, verb: Any) -> bool:
    """ "“We will win,” Trump continued.": a word tagged as a verb, standing with its subject between a closing
    quote and the end of the sentence (or the quote's second half), tags that quote whatever the verb (not a
    byline's dash, which the tagger sometimes calls a verb)."""
    if verb.pos_ != "VERB" or not verb.is_alpha:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") and c.i > verb.i for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    start = min(verb.i, subject.left_edge.i)
    end = max(verb.i, subject.right_edge.i) + 1
    if not _after_quote(doc, start):
        return False
    # ‘“Honestly,” he continued, “we may be …”’: the verb interrupts the quote it tags.
    resumed = end + 1 < len(doc) and doc[end].text == "," and _opens_quote(doc, end + 1)
    return resumed or end >= len(doc) or doc[end].text in (".", ";", "\n")


def _introduces_a_quote(doc: Any, verb: Any) -> bool:
    """ "She continued, “For us, …”": a sentence of only a subject and a verb, then a comma and a quote, hands
    the quote over whatever the verb."""
    if verb.pos_ != "VERB" or not verb.is_alpha or verb.i + 2 >= len(doc):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != verb.sent.start or subject.right_edge.i >= verb.i:
        return False
    between = doc[subject.right_edge.i + 1 : verb.i]
    if any(not (t.dep_ in ("advmod", "aux", "neg") and t.head == verb) for t in between):
        return False
    return doc[verb.i + 1].text == "," and _opens_quote(doc, verb.i + 2)


def _after_quote(doc: Any, index: int) -> bool:
    """Whether a closing quote mark (a comma between allowed) stands right before token `index`."""
    before = _quote_before(doc, index)
    return before is not None and not _opens_quote(doc, before)


def _opens_quote(doc: Any, index: int) -> bool:
    """Whether the quote mark at `index` opens a quotation (curly “, or a straight one followed by a word)."""
    mark = doc[index].text
    if mark in ("“", "‘", "«", "``"):
        return True
    return (
        mark in ('"', "'", "''")
        and index + 1 < len(doc)
        and not doc[index + 1].is_punct
        and doc[index].whitespace_ == ""
    )


def _parsed_speaker(verb: Any) -> tuple[int, int] | None:
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lower_ in cues.DOCUMENT_NOUNS:
        return _document_author(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i and verb.head.dep_ != "ROOT":
        # (A noun at the root is a parse gone wrong, such as a dateline taken for the sentence's head.)
        if verb.head.lower_ in _OCCASIONS:
            # "gave a speech attacking …", "his speech defending …", "said at a news conference announcing …":
            # whoever held it, if the sentence says so.
            occasion = verb.head
            if occasion.dep_ == "pobj" and occasion.head.head.pos_ in ("VERB", "AUX"):
                return _parsed_speaker(occasion.head.head)  # "she said at a news conference announcing that …"
            held = occasion.dep_ == "dobj" or any(c.dep_ == "poss" for c in occasion.children)
            return _document_author(occasion) if held else None
        sender = _sender_to(verb.head)
        if sender is not None:
            return _parsed_speaker(sender)  # "emailed supporters saying …": the message says it, not the supporters
        if _can_speak(verb.head):
            return speakers.speaker_tokens(verb.head)  # "a super PAC backing Mr. Cruz", "voters saying …"
    current = verb
    adjunct = False  # whether the cue hangs on the clause as a phrase of its own ("After saying …, she was …")
    for _ in range(4):
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None:
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return speakers.speaker_tokens(objects[0])
        subject = _nearest_subject(current)
        if subject is not None:
            passive_speaks = current is not verb and (adjunct or _reports_the_passive_subject(current))
            if subject.dep_ == "nsubjpass" and not passive_speaks and not _has_not_is(current):
                return None  # "he was asked", "it is expected": the subject did not say anything
            if subject.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                return subject.i, subject.i + 1  # "Clinton, who said …": resolved to the noun it refers to
            if subject.lower_ in _EXPLETIVES or subject.tag_ in ("WDT", "WP") or _clausal(subject):
                return None
            return speakers.speaker_tokens(_name_next_to_verb(subject, current))
        if current is verb and (orphan := _orphaned_name(verb)) is not None:
            return speakers.speaker_tokens(orphan)
        if current is verb and (misread := _misread_as_relative(verb)) is not None:
            start, end = speakers.speaker_tokens(misread)
            return start, min(end, verb.i)
        if current.dep_ not in _INHERIT_DEPS or current.head is current:
            return None
        if current.dep_ == "acomp" and current.lower_ not in _CONTROL_ADJECTIVES:
            return None  # "It is worth noting that …": nobody notes; "I'm passionate about writing": a bio
        if current.dep_ == "advmod" and not any(c.dep_ == "prep" for c in current.children):
            return None  # "stopped short of calling" passes the subject on; "It is too soon to say" does not
        if current is verb and _asked_of(verb):
            return None  # "Asked about the meeting, she said …": she was asked; she did not ask
        direct_objects = (c for c in current.head.children if c.dep_ == "dobj")
        if current.dep_ == "xcomp" and (controller := next(direct_objects, None)) is not None:
            # "forced Stumpf to admit that …", "led the journalist to fear …": the object, not the subject, speaks
            # (but in "took several days to determine", "used blunt language to denounce" nobody in the object).
            causes = current is verb and current.head.lower_ in cues.CAUSING_VERB_FORMS
            return speakers.speaker_tokens(controller) if causes else None
        adjunct = adjunct or (current.dep_ == "pcomp" and current.head.dep_ == "prep")
        current = current.head
    return None


def _sender_to(addressee: Any) -> Any:
    """The verb by which something was sent or said to `addressee` ("emailed supporters", "sent a letter to
    Senate leaders", "told reporters"), if any."""
    head = addressee.head
    if addressee.dep_ == "pobj" and head.lower_ == "to":
        head = head.head.head if head.head.dep_ == "dobj" else head.head  # "sent [a letter] to Senate leaders"
    elif addressee.dep_ not in ("dobj", "dative"):
        return None
    sends = head.pos_ == "VERB" and (head.lower_ in _SENDING_FORMS or cues.verb_lemma(head.text) in _ADDRESSEE_VERBS)
    return head if sends else None


def _can_speak(noun: Any) -> bool:
    """Whether a noun names someone who can say or back something (a person, a group, a poll), as a name does;
    not a thing ("signs calling …", "a policy urging …")."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    word = noun.lower_
    singular = word[:-1] if word.endswith("s") else word
    return bool({word, singular} & (cues.GROUP_NOUNS | cues.PERSON_ROLES | cues.EVIDENCE_SOURCES | _SPEAKING_NOUNS))


def _clausal(subject: Any) -> bool:
    """A subject that is itself a clause ("Voting early helps"), not a name the tagger took for a verb
    ("Spotify, which filed the complaint, welcomed the ruling")."""
    if subject.pos_ != "VERB":
        return False
    name = subject.text[:1].isupper() and all(c.dep_ in ("relcl", "punct", "appos") for c in subject.children)
    return not name


def _orphaned_name(verb: Any) -> Any:
    """ "With her film, DuVernay both documents …", "…, Obama and Clinton call them …": a finite verb the parse
    left without a subject, right after a name it hung elsewhere. The name (the first of several) is the subject."""
    if verb.tag_ not in ("VBZ", "VBP", "VBD") or verb.i == 0:
        return None
    index = verb.i - 1
    while index > 0 and verb.doc[index].lower_ in _BETWEEN_SUBJECT_AND_VERB:
        index -= 1
    name = verb.doc[index]
    if verb.dep_ != "ROOT":
        # "… mishandled the investigation and Democrats accused the GOP of …": the parse made the second
        # clause's subject another object of the first and hung its verb on the cue before.
        after_and = verb.doc[name.left_edge.i - 1].lower_ in ("and", "but")
        return name if verb.dep_ == "ccomp" and name.dep_ == "conj" and name.pos_ == "PROPN" and after_and else None
    if name.text == "," and index > 0:
        name = _described_name(verb.doc[index - 1]) or name
    if name.pos_ != "PROPN" or name.dep_ == "compound":
        return None
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.head.i < name.i:
        name = name.head
    opened = name.left_edge.i == 0 or verb.doc[name.left_edge.i - 1].text in (",", "\n")
    return name if opened and name.dep_ not in _SUBJECT_DEPS else None


def _described_name(last: Any) -> Any:
    """ "On Dec. 2, Col. Steven Warren, a military spokesman in Baghdad, said …": the parse hung the name and its
    description on the date before them. The name the description ending at `last` belongs to."""
    for ancestor in [last, *last.ancestors]:
        if ancestor.dep_ == "appos" and ancestor.right_edge.i == last.i and ancestor.head.pos_ == "PROPN":
            return ancestor.head
    return None


def _misread_as_relative(verb: Any) -> Any:
    """ "Cooper, the governor's opponent in the election, called Friday for …", "One of the doctors who signed
    the letter called him a quack": the parse read the sentence's verb as a participle describing the noun
    before it ("the election called …"). With an object of its own it is active, and its subject is the noun
    the description belongs to, or the noun heading a sentence left without a verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "agent" for c in verb.children):
        return None
    if not any(c.dep_ in ("dobj", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return None
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    for ancestor in verb.ancestors:
        if ancestor.dep_ == "appos" and after_comma:
            return ancestor.head
        if ancestor.dep_ == "ROOT":
            return ancestor if ancestor.pos_ in ("NOUN", "PROPN", "NUM") else None
    return None


def _document_author(document: Any) -> tuple[int, int] | None:
    """Who speaks through a statement, a letter, a paper that "calls", "welcomes", "opposes": whoever issued
    or filed it ("the Council issued a statement calling …"), else the document itself ("In a statement
    announcing the pick, …")."""
    owner = next((c for c in document.children if c.dep_ == "poss"), None)
    if owner is not None and owner.tag_ != "WP$":
        return speakers.speaker_tokens(owner)  # "his 30-minute speech defending …"
    if document.dep_ == "dobj" and document.head.pos_ == "VERB":
        subject = _nearest_subject(document.head)
        if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ in _EXPLETIVES:
            return None
        return speakers.speaker_tokens(subject)
    return speakers.speaker_tokens(document)


def _reports_the_passive_subject(verb: Any) -> bool:
    """ "was quoted as saying", "can be heard yelling", "was seen shouting": passives whose subject is the one
    speaking in the verb they govern."""
    return bool(verb.lower_.startswith("quot") or verb.lower_ in _PERCEIVED)


def _cue_range(doc: Any, verb: Any) -> tuple[int, int]:
    """The verb with its particle and auxiliaries ("has said", "called for", "pointed out"), and the negated verb
    it completes when that is no cue of its own ("is not going to vote"), or the verb a "short of" phrase hangs
    on ("stopped short of blaming"), without which the claim would say the opposite."""
    start, end = verb.i, verb.i + 1
    head = verb.head
    negated = any(c.dep_ == "neg" for c in head.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "xcomp" and head.i < verb.i and negated and infinitive and cues.verb_lemma(head.text) is None:
        start = _cue_range(doc, head)[0]
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ == "advmod" and head.head.head.i < verb.i:
        start = _cue_range(doc, head.head.head)[0]  # "stopped short of blaming": the same reversal
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < verb.i and child.i >= start - 3:
            start = min(start, child.i)
        if child.dep_ == "prt" and child.i == end:
            end = child.i + 1
    return start, end


def _content_of(doc: Any, verb: Any, lemma: str, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """What a cue verb reports: its clause, else its objects, else (passive) its subject, else the clause the cue
    interrupts or follows."""
    children = [c for c in verb.children if not (speaker[0] <= c.i < speaker[1])]
    clauses = [
        c
        for c in children
        if c.dep_ in _CLAUSE_DEPS or _is_for_clause(c) or _is_that_clause(verb, c) or _told_to_do(lemma, verb, c)
    ]
    if any(c.text not in _DASHES for c in clauses):
        # "WASHINGTON ― This spring, …, Manafort told friends that …": the parse may make a dateline's dash a
        # clause of the cue; what was said is the other clause.
        clauses = [c for c in clauses if c.text not in _DASHES]
    clauses = _one_side_of_the_cue(doc, verb, speaker, clauses)
    questions = [c for c in children if lemma == "ask" and c.i > verb.i and _is_question_clause(c)]
    clauses += [c for c in questions if c not in clauses]
    clauses += [clause for c in children if (clause := _clause_in_setting(c)) is not None]
    addressed = _addressed_before_infinitive(verb)
    if addressed is not None and addressed[1] not in clauses:
        clauses.append(addressed[1])
    if lemma in _EVIDENCE_ONLY and not any(c.dep_ == "ccomp" for c in clauses) and not _reports_findings(doc, speaker):
        return None
    if clauses:
        start = min(c.left_edge.i for c in clauses)
        end = max(c.right_edge.i + 1 for c in clauses)
        if start < speaker[0] < end and all(c.i < speaker[0] for c in clauses) and _after_quote(doc, speaker[0]):
            end = speaker[0]  # ‘“…,” Flynn, a surrogate, said’: the parse hung the speaker inside the quote
        if lemma not in _ADDRESSEE_VERBS and not questions:
            # "urged the population not to rush", "accused X of Y": the object belongs to the content; whom
            # a question was put to ("asked the students if …") does not.
            for child in children:
                if child.dep_ in ("dobj", "dative") and child.i > verb.i and child.i < start:
                    start = child.left_edge.i
        if addressed is not None and addressed[1].left_edge.i == start:
            start = addressed[0].i
        end = _past_reason(verb, _past_content_conjunct(verb, clauses, end))
        return _trimmed(doc, _after_dateline(doc, start), end)
    objects = [
        c
        for c in children
        if c.dep_ in _OBJECT_DEPS and c.i > verb.i and not _is_setting(c) and not _how_not_what(lemma, c)
    ]
    if _puts_it(verb):
        objects = []  # "As the memo put it, …": "it" stands for the words, which are elsewhere
    if lemma == "ask":
        # "“But why?” she asked him": whom, not what.
        objects = [c for c in objects if c.pos_ != "PRON" or c.left_edge.i != c.right_edge.i]
    if lemma in _ADDRESSEE_VERBS:
        # "he told me on Friday", "“…,” Ramos told AFP": whom, not what — unless it is a story or the truth.
        objects = [c for c in objects if not _only_whom(c)]
    told = (
        next((c for obj in objects if (c := _told_clause(obj)) is not None), None)
        if lemma in _ADDRESSEE_VERBS
        else None
    )
    if told is not None:
        return _trimmed(doc, *_subtree(told))  # "told a briefing that the Philippines would file …"
    if len(objects) > 1 and _to_whom(lemma, objects[-1]) and any(c.dep_ == "dobj" for c in objects):
        objects = objects[:-1]  # "disclosed them to the AP": what, not to whom
    if objects:
        start = min(c.left_edge.i for c in objects)
        end = max(c.right_edge.i + 1 for c in objects)
        end = _before_aside(doc, verb, start, _past_content_conjunct(verb, objects, end))
        return _trimmed(doc, start, end)
    fronted = next((c for c in children if c.dep_ == "dep" and c.i < speaker[0] and _comma_after(c)), None)
    if fronted is not None:
        return _trimmed(doc, *_subtree(fronted))  # "People like Scott, he said.": words the parser could not place
    interrupted = _interrupted_clause(verb, speaker)
    if interrupted is not None:
        return _trimmed(doc, *interrupted)
    passive_subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None:
        return _trimmed(doc, *_subtree(passive_subject))  # "Clinton was endorsed by the Times"
    if _quote_after(doc, verb.right_edge.i + 1, colon_only=True) is not None:
        return None  # "…, telling Breitbart London: “…”": the quote, which the caller takes
    if verb.dep_ == "parataxis" or (verb.dep_ in ("ccomp", "advcl") and verb.head.i < verb.i) or _as_aside(verb):
        # "Lenox was a juggernaut, Mr. Clarke said, until …", "All of this, he said, could …": the governing
        # clause is the content, running around the cue when the cue sits in the middle.
        head = verb.head
        if head.dep_ in _SUBJECT_DEPS and head.head.pos_ in ("VERB", "AUX") and head.head.i > verb.i:
            head = head.head  # "The difference now, he told me, is that …": the parse hung the cue on the subject
        start, end = head.left_edge.i, head.right_edge.i + 1
        if _interrupts_its_clause(doc, verb, speaker):
            # "Though that transition was seamless, he said, replacing Clinton would be …": the parse hung the
            # first half on the cue; what was said is the whole sentence the cue interrupts.
            return _trimmed(doc, start, end)
        cue_start, cue_end = min(verb.left_edge.i, speaker[0]), max(verb.right_edge.i + 1, speaker[1])
        if cue_end >= end - 1:
            end = cue_start
        elif cue_start <= start + 1 or _as_aside(verb):
            start = cue_end
        return _trimmed(doc, start, end)
    return None


def _interrupts_its_clause(doc: Any, verb: Any, speaker: tuple[int, int]) -> bool:
    """Whether the cue stands between commas inside the clause it reports (", he said, "), the parse having made
    it a parenthetical of that clause's verb."""
    if verb.dep_ != "parataxis" or verb.head.i < verb.i:
        return False
    if verb.head.dep_ == "relcl" or verb.head.left_edge.tag_ in ("WRB", "WDT", "WP"):
        return False  # "the good old days when, he said, protesters …": the clause describes a noun outside it
    after = [c.right_edge.i + 1 for c in verb.children if c.i > verb.i and c.dep_ != "punct"]
    start, end = min(speaker[0], verb.i), max(speaker[1], verb.i + 1, *after)
    return bool(start > 0 and end < len(doc) and doc[start - 1].text == "," and doc[end].text == ",")


def _addressed_before_infinitive(verb: Any) -> tuple[Any, Any] | None:
    """ "called on the United States to attack …", "has called for the secretary to release …": who is called on
    to act is part of what was called for, particle and all (as in "called for new elections"); the parser hangs
    the infinitive on the cue, after a phrase. Only right after the verb: "called for calm on Friday to avoid
    …" is another thing. The preposition and the infinitive, if so."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "for") or prep.i != verb.i + 1:
            continue
        for clause in verb.children:
            to = clause.left_edge
            if clause.dep_ in ("xcomp", "advcl") and to.i == prep.right_edge.i + 1 and to.lower_ == "to":
                return prep, clause
    return None


def _one_side_of_the_cue(doc: Any, verb: Any, speaker: tuple[int, int], clauses: list[Any]) -> list[Any]:
    """Which of the clauses the parse hung on a cue were said, when some stand before its speaker: a cue reports
    one clause, and the parse often hangs the sentence's setting on it too."""
    before = [c for c in clauses if c.i < verb.i]
    after = [c for c in clauses if c.i > verb.i]
    if not before:
        return clauses
    that_clause_after = any(c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark" for c in after)
    if _after_quote(doc, speaker[0]):
        # "“Labels are for soup cans,” he told a crowd that the organisers estimated at 3,000": the quote was
        # said; a "that" clause after the cue is the parse misreading a relative clause.
        return before if that_clause_after else clauses
    closed_before = speaker[0] > 0 and doc[speaker[0] - 1].text in (":", ";")
    negated = any(c.dep_ == "neg" for c in verb.children)
    if that_clause_after or closed_before or negated:
        # "Writing for a panel that agreed Pence won, Barabak noted that the way Pence …" (with a "that" clause
        # after the cue, what comes before the speaker is the setting); "… set off partisan fireworks:
        # Republicans said they're convinced …", "… were with donors; campaign says schedule ‘cherry-picked’" (a
        # colon or semicolon closes the sentence before); "…, the moderators didn't ask her about it" (words
        # before a denied cue report nothing).
        return after
    return clauses


def _after_dateline(doc: Any, start: int) -> int:
    """ "WASHINGTON ― Trump's obsession … is an insult, lawmakers said": the dateline opening the article's first
    sentence is where it was written, not what was said. Only the line around `start` is read: this runs for
    every candidate claim, and the whole text of a parse is rebuilt each time it is asked for."""
    if start >= len(doc):
        return start
    line_start = next(
        (i for i in range(start, max(start - _MOST_DATELINE_TOKENS, 0) - 1, -1) if i == 0 or _ends_line(doc[i - 1])),
        None,
    )
    if line_start is None:
        return start  # further into its line than any dateline runs
    window = doc[line_start : line_start + 2 * _MOST_DATELINE_TOKENS]
    dateline = dateline_at(window.text, doc[start].idx - window.start_char)
    if dateline is None:
        return start
    end = window.start_char + dateline.span.end
    after = next((token.i for token in doc[start:] if token.idx >= end), start)
    return after if after < len(doc) - 1 else start


def _ends_line(token: Any) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def _past_content_conjunct(verb: Any, heads: Sequence[Any], end: int) -> int:
    """ "wants to double the police, hire more teachers and build a hospital", "has mentioned raising the wage and
    forcing companies to …": the parse hangs the rest of what was said on the cue verb. A conjunct with no
    subject of its own, in a form the cue cannot take but the content has, continues the content."""
    forms = {_verb_form(head) for head in heads}
    for conjunct in verb.children:
        if conjunct.dep_ != "conj" or conjunct.i < end or conjunct.pos_ != "VERB":
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in conjunct.children) or cues.verb_lemma(conjunct.text) is not None:
            continue
        form = _verb_form(conjunct)
        if form is not None and form in forms and form != _verb_form(verb):
            end = max(end, _before_own_clause(conjunct))
    return end


def _past_reason(verb: Any, end: int) -> int:
    """ "Gowdy said that claim smacked of hypocrisy, because Democrats have …": the parse hangs the reason on the
    cue, but it is the speaker's argument, part of what was said."""
    for child in verb.children:
        because = any(c.dep_ == "mark" and c.lower_ == "because" for c in child.children)
        if child.dep_ == "advcl" and because and child.left_edge.i in (end, end + 1):
            return int(child.right_edge.i) + 1
    return end


def _before_own_clause(conjunct: Any) -> int:
    """Where a conjunct of the content ends: before a clause hung on it that has a subject or cue of its own
    ("fix the … system and he, once again, pledged …"), which is a claim of its own."""
    doc = conjunct.doc
    for token in doc[conjunct.i + 1 : conjunct.right_edge.i + 1]:
        if token.lower_ == "with" and doc[token.i - 1].text == "," and (token.head == conjunct or _absolute(token)):
            return int(token.i) - 1  # "…, with both Obama and his wife expected to visit": the reporter's addition
        own_subject = any(c.dep_ in _SUBJECT_DEPS for c in token.children)
        if token.dep_ == "conj" and token.pos_ == "VERB" and (own_subject or cues.verb_lemma(token.text)):
            end = token.left_edge.i
            while end > conjunct.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                end -= 1
            return int(end)
    return int(conjunct.right_edge.i) + 1


def _absolute(with_: Any) -> bool:
    """ "with Obama expected to visit", "with prices rising": "with" and a noun doing something, a clause of its own
    without a finite verb."""
    return any(
        c.dep_ == "pcomp" or (c.dep_ == "pobj" and any(g.pos_ == "VERB" for g in c.children)) for c in with_.children
    )


def _verb_form(token: Any) -> str | None:
    """The inflection a verb phrase starts with, so conjuncts can be matched: "-ing" ("raising the wage", which
    the parse may read as a noun with a participle before it) or the bare infinitive ("to meet", "exceed")."""
    first = token.doc[token.left_edge.i] if token.pos_ == "NOUN" else token
    if first.tag_ == "VBG":
        return "ing"
    if token.tag_ in ("VB", "VBP") and token.pos_ == "VERB":
        return "bare"
    return None


def _interrupted_clause(verb: Any, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """ "These workers, the chief executive explained, were well paid", "Hawaii, as one adviser pointed out, does
    not get …": the cue interrupts the clause it reports, and the parse splits that clause into a phrase before
    the cue and a predicate after it, both hung on the cue. The clause runs from the one to the other."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.i < speaker[0] and _fronted_subject(c)), None)
    if subject is None:
        return None
    for predicate in verb.children:
        opened_by_comma = doc[predicate.left_edge.i - 1].text == ","
        if predicate.i > verb.i and opened_by_comma and _bare_predicate(predicate):
            return subject.left_edge.i, verb.right_edge.i + 1
    return None


def _fronted_subject(phrase: Any) -> bool:
    """A noun phrase set off by a comma before the cue that the parse did not make the cue's speaker."""
    return bool(
        phrase.dep_ in ("nsubj", "npadvmod", "dep")
        and phrase.pos_ in ("NOUN", "PROPN", "PRON")
        and _comma_after(phrase)
    )


def _bare_predicate(clause: Any) -> bool:
    """A finite verb phrase with no subject or conjunction of its own ("were well paid", "normally does not get …")."""
    return bool(
        clause.dep_ in ("conj", "advcl", "ccomp", "parataxis", "dep")
        and clause.pos_ in ("VERB", "AUX")
        and clause.tag_ not in ("VBG", "VBN", "TO")
        and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("mark", "cc") for c in clause.children)
    )


def _as_aside(verb: Any) -> bool:
    """ "As many tax experts have pointed out, Mr. Trump is free to …", "Yet, as Mr. Bown observed, …", "As
    the memo put it, …": the clause the aside opens is what they said."""
    return bool(
        verb.dep_ == "advcl"
        and verb.head.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and (_puts_it(verb) or cues.verb_lemma(verb.text) in cues.ASIDE_VERBS)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ != "it" for c in verb.children)
    )


def _puts_it(verb: Any) -> bool:
    """ "As Ms. Simonyan put it, …", "To put it bluntly, …": "put it" as a manner of saying (after "as", or with
    an adverb of manner), not "put it on the table"."""
    if verb.lower_ not in _PUT_FORMS or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return False
    as_aside = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    return as_aside or any(c.lower_ in ("bluntly", "simply", "succinctly", "best") for c in verb.children)


def _told_clause(obj: Any) -> Any:
    """ "told a briefing that the Philippines would file a note": the parse reads the that-clause as a relative
    clause of whom it was told to, but a clause with a subject of its own after "that" is what was told."""
    for clause in obj.children:
        that = clause.left_edge
        subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS and c.i > that.i]
        if clause.dep_ == "relcl" and that.lower_ == "that" and that.dep_ == "mark" and subjects:
            return clause
    return None


def _only_whom(obj: Any) -> bool:
    """The object of "told" that only says whom ("told AFP", "told reporters on Monday"), where the parse hung no
    clause or topic on it ("told a meeting of leaders that …", "reminded voters of …" keep theirs)."""
    if obj.dep_ not in ("dobj", "dative") or obj.lower_ in _TOLD_CONTENT:
        return False
    return not any(
        t.pos_ in ("VERB", "AUX") or (t.head.i == obj.i and t.dep_ == "prep" and t.lower_ in ("of", "about"))
        for t in obj.subtree
    )


def _before_aside(doc: Any, verb: Any, start: int, end: int) -> int:
    """ "likened RT to the BBC, which receives some government funding", "proposed a no-fly zone, an approach
    several Republicans also favor": an aside after a comma is the reporter's description of what the
    speaker named, not part of what was said."""
    naming = cues.verb_lemma(verb.text) in _NAMING_VERBS  # "called Clinton, his rival, an ISIS co-founder"
    for i in range(start + 1, end - 1):
        aside = doc[i + 1].head
        if doc[i].text == "," and doc[i + 1].lower_ in ("which", "who") and aside.dep_ == "relcl":
            # ‘accused Rafael Cruz, who was born in Cuba, of associating with …’: an aside in the middle stays.
            after = aside.right_edge.i + 1
            resumed = after + 1 < end and doc[after].text == "," and doc[after + 1].lower_ in _CONTENT_PREPOSITIONS
            return end if resumed else i
        if _closing_dash(doc, i, end):
            return i  # "thanked Trump for backing his priority - delaying a planned end to …"
        if doc[i].text == "," and not naming and any(_closing_description(t, i, end) for t in doc[i + 1 : end]):
            return i  # "is endorsing Trump's campaign, the latest chapter in a rocky relationship"
    return end


def _closing_dash(doc: Any, index: int, end: int) -> bool:
    """A spaced dash that sets off the reporter's gloss to the end of the content; not a pair of dashes around an
    aside ("a referendum — “No to Free Lawyers” — for June 5") nor "– and not the federal government"."""
    if doc[index].text not in _DASHES or not doc[index - 1].whitespace_:
        return False
    paired = any(t.text in _DASHES for t in doc[index + 1 : end])
    return not paired and doc[index + 1].dep_ not in ("cc", "neg", "preconj")


def _closing_description(token: Any, comma: int, end: int) -> bool:
    """A phrase in apposition after `comma` that closes the content and describes rather than names ("the latest
    chapter in …", "a claim not recognized internationally"; not "his rival, Hillary Clinton")."""
    return bool(
        token.dep_ == "appos"
        and token.head.i < comma
        and token.right_edge.i + 1 >= end
        and token.pos_ == "NOUN"
        and token.doc[comma + 1].tag_ == "DT"
    )


def _comma_after(phrase: Any) -> bool:
    following = phrase.right_edge.i + 1
    return bool(following < len(phrase.doc) and phrase.doc[following].text == ",")


def _reports_findings(doc: Any, speaker: tuple[int, int]) -> bool:
    """ "The video shows a crowd" reports nothing, but "the poll shows Sanders ahead" reports a finding."""
    return any(doc[i].lower_ in cues.EVIDENCE_SOURCES for i in range(*speaker))


def _told_to_do(lemma: str, verb: Any, child: Any) -> bool:
    """ "tells his supporters at a rally to “go to your place and vote”": the parser, thrown by the quote mark,
    reads what they were told to do as an adverbial clause (of purpose) after whom."""
    if lemma not in _ADDRESSEE_VERBS or child.dep_ != "advcl" or child.i < verb.i:
        return False
    told = any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)
    return told and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)


def _is_for_clause(child: Any) -> bool:
    """ "calling for the United States to step up …": the parser reads "for X to do" as an adverbial clause."""
    return child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children)


def _is_that_clause(verb: Any, child: Any) -> bool:
    """ "tweeted in the early morning hours that Machado was …": after a phrase, the parser may read the
    reported clause as an adverbial one (or, in "Trump charges that …" read as a noun phrase, as a noun's)."""
    if child.i < verb.i:
        return False
    if child.dep_ == "acl":
        return bool(verb.tag_ == "NNS" and child.left_edge.lower_ == "that")
    if child.dep_ != "advcl":
        return False
    if child.left_edge.lower_ == "that":
        return True
    # "said after the convention he would not accept …": a clause with its own subject and no conjunction
    # is what was said, too; "when he ran", "should Trump win" are the time or the condition of saying it.
    marked = any(c.dep_ == "mark" for c in child.children)
    has_subject = any(c.dep_ in _SUBJECT_DEPS for c in child.children)
    opener = child.left_edge  # not "when", "should", "(", nor a participle
    tells_when = opener.tag_ in ("VBG", "WRB", "MD") or opener.pos_ in ("AUX", "PUNCT")
    return has_subject and not marked and not tells_when


def _is_question_clause(child: Any) -> bool:
    """ "asked the students if they were …": the parser reads an indirect question after an object as adverbial."""
    return child.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children
    )


def _clause_in_setting(child: Any) -> Any:
    """ "argued in the brief that the policy hurts the economy": the parser may hang the reported clause on the
    noun of a phrase of place or time, which takes no such clause."""
    if child.dep_ != "prep" or child.lower_ not in _SETTING_PREPOSITIONS:
        return None
    place = next((c for c in child.children if c.dep_ == "pobj"), None)
    if place is None:
        return None
    nouns = [place, *(c for c in place.children if c.dep_ == "appos")]  # "at a Manchester, N.H., diner that …"
    clauses = (c for noun in nouns for c in noun.children if c.dep_ in ("acl", "relcl") and c.left_edge.tag_ == "IN")
    return next((c for c in clauses if c.left_edge.lower_ == "that"), None)


def _quote_after(doc: Any, index: int, colon_only: bool) -> int | None:
    """The opening quote mark that follows `index` after a colon (or a comma), possibly in the next paragraph.
    Without a colon, a quote after a full stop or in the next paragraph is not this verb's ("…, Mic reported.
    ¶ “Enthusiasm is off the chart,” an analyst told the site.")."""
    seen_colon = False
    before = index - 1
    while before >= 0 and doc[before].is_space and "\n" not in doc[before].text:
        before -= 1
    ended = before >= 0 and (doc[before].text in _SENTENCE_END or "\n" in doc[before].text)
    while index < len(doc) and (doc[index].is_space or doc[index].text in (":", ",", "—")):
        seen_colon = seen_colon or doc[index].text == ":"
        ended = ended or "\n" in doc[index].text
        index += 1
    if index < len(doc) and doc[index].is_quote and (seen_colon or not (colon_only or ended)):
        return int(index)
    return None


def _quote_opens_after_comma(doc: Any, content: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether a comma and an opening quote follow the cue clause (its speaker and cue), while the content the
    parse found starts before it with words of the narrative: not a quote the cue interrupts (‘“A,” he said,
    “B.”’), nor a sentence it interrupts between commas (‘A downturn, he said, “could be a good time …”’)."""
    start, end = clause
    if not (content[0] < end - 1 and end + 1 < len(doc)) or doc[content[0]].is_quote:
        return False
    if start > 0 and doc[start - 1].text == ",":
        return False
    return bool(doc[end].text == "," and doc[end + 1].is_quote and doc[end + 1].tag_ == "``")


def _paragraph_after_colon(doc: Any, index: int) -> tuple[int, int] | None:
    """The paragraph after a colon that ends the cue's own paragraph ("The governor added:¶It's typical of …"),
    the words set apart as the speaker's without quotation marks."""
    if index >= len(doc) or doc[index].text != ":":
        return None
    space_after = index + 1 < len(doc) and doc[index + 1].is_space
    if not (_ends_line(doc[index]) or (space_after and _ends_line(doc[index + 1]))):
        return None
    start = index + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = start
    while end < len(doc) and not _ends_line(doc[end]):
        end += 1
    return _trimmed(doc, start, min(end + 1, len(doc))) if start < len(doc) else None


def _colon_or_end(doc: Any, start: int, end: int) -> int:
    """ "responded, with a smile: “…”": the parse hangs the quote on the phrase before the colon, which is not
    content; the colon is where the words begin."""
    return next((i for i in range(start, end) if doc[i].text == ":"), end)


def _quote_before(doc: Any, index: int) -> int | None:
    """The closing quote mark just before `index` (a comma between them allowed), in the same paragraph."""
    index -= 1
    while index >= 0 and ((doc[index].is_space and "\n" not in doc[index].text) or doc[index].text == ","):
        index -= 1
    return int(index) if index >= 0 and doc[index].is_quote else None


def _to_whom(lemma: str, phrase: Any) -> bool:
    """ "disclosed them to the AP", "explained the plan to reporters": a "to" phrase after the object of a verb
    of telling names whom it was told to (unlike "likened RT to the BBC", "pledged support to Kyiv")."""
    if phrase.dep_ != "prep" or phrase.lower_ != "to" or lemma not in _TOLD_TO:
        return False
    whom = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    return whom is not None and (whom.pos_ == "PRON" or _can_speak(whom))  # not "closeness to party elites"


def _how_not_what(lemma: str, phrase: Any) -> bool:
    """ "is adding to her delegate lead", "responded on Twitter": with these cues the phrase tells what grew, or
    where someone reacted, not what they said."""
    return phrase.dep_ == "prep" and phrase.lower_ in _REACTION_PREPOSITIONS.get(lemma, ())


def _is_setting(token: Any) -> bool:
    """Prepositional phrases that set time or channel ("on Wednesday", "in a statement", "during the debate",
    ", with jabs that …"), not content."""
    if token.dep_ != "prep":
        return False
    if token.lower_ in _TIME_PREPOSITIONS or token.lower_ in _CIRCUMSTANCE_PREPOSITIONS or _after_comma(token):
        return True
    objects = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        # "rated 32% of claims as “false”", "31 incidents out of more than a billion ballots": where the parser
        # gives a preposition words but no object, they are still words of the content.
        return not any(True for _ in token.children)
    obj = objects[0]
    channel = token.lower_ not in _CONTENT_PREPOSITIONS and obj.lower_ in cues.NOUN_CUES
    return obj.ent_type_ in _TIME_LABELS or channel


def _after_comma(token: Any) -> bool:
    """ ", with jabs that …", ", including …" hung on the verb after its object: the reporter's aside, unless the
    comma only closes an apposition or a relative clause ("accused the North's leader, Kim Jong Un, of …",
    "accused Rafael Cruz, who was born in Cuba, of …")."""
    comma = token.nbor(-1)
    if comma.text != "," or comma.i == 0:
        return False
    closed = comma.nbor(-1)
    closes = ("appos", "relcl") if token.lower_ in _CONTENT_PREPOSITIONS else ("appos",)
    return not any(t.dep_ in closes and t.right_edge.i == closed.i for t in [closed, *closed.ancestors])


# --- "according to X" ---------------------------------------------------------------------------------------


def _according_to_claim(doc: Any, token: Any) -> _Found | None:
    """ "According to X, …": the rest of the sentence is what X says."""
    preposition = next((c for c in token.children if c.lower_ == "to"), None)
    if preposition is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        preposition = doc[token.i + 1]
    if preposition is None:
        return None
    source = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = (token.i, max(source.right_edge.i + 1, preposition.i + 1))
    sentence = token.sent
    before = _trimmed(doc, sentence.start, phrase[0])
    after = _trimmed(doc, phrase[1], sentence.end)
    parts = [p for p in (before, after) if p is not None]
    if not parts:
        return None
    content = (min(p[0] for p in parts), max(p[1] for p in parts))
    return _Found(_source_behind(source), (token.i, preposition.i + 1), content)


def _findings_claim(doc: Any, token: Any) -> _Found | None:
    """ "In the previous poll, Clinton led Trump by 5 points": a poll or a study named before the clause, set
    off by a comma, is the source of what the clause says."""
    clause = token.head
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.lower_ not in cues.EVIDENCE_SOURCES or clause.pos_ not in ("VERB", "AUX"):
        return None
    if cues.verb_lemma(clause.text) is not None:
        return None  # "In a survey, Working America found …": the clause has a speaker of its own
    comma = source.right_edge.i + 1
    if token.i > clause.i or comma >= len(doc) or doc[comma].text != ",":
        return None
    if any(t.dep_ not in ("cc", "advmod", "punct") for t in doc[clause.left_edge.i : token.i]):
        return None  # "…, and even the central bank, in a report issued this month, have contested …"
    content = _trimmed(doc, comma + 1, clause.right_edge.i + 1)
    return None if content is None else _Found(speakers.speaker_tokens(source), (token.i, token.i + 1), content)


def _source_behind(source: Any) -> tuple[int, int]:
    """ "according to a speech Mrs. Clinton delivered": the speaker of a statement, report or speech described
    by who made it is that maker; otherwise the phrase itself ("according to the ministry")."""
    if source.lower_ in cues.NOUN_CUES:
        for clause in source.children:
            maker = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause.dep_ == "relcl" else None
            if maker is not None and maker.pos_ != "PRON":
                return speakers.speaker_tokens(maker)
    if source.lower_ in _SOURCE_MATERIAL:
        # "according to information of the police", "according to data of the ministry" (a translation's words
        # for "according to the police"); "according to Kyodo News Agency report": who gave it.
        of = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        giver = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if giver is not None:
            # to the end of the phrase: the parse may hang the rest of the giver's description on the material
            # ("the words of the deputy prime minister for reintegration Andrei Ciobanu")
            start, end = speakers.speaker_tokens(giver)
            return start, max(end, source.right_edge.i + 1)
        named = [c for c in source.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named and not any(c.dep_ in ("det", "poss") for c in source.children):
            return min(c.left_edge.i for c in named), source.i
    return speakers.speaker_tokens(source)


# --- noun cues ------------------------------------------------------------------------------------------------


def _noun_claim(doc: Any, token: Any) -> _Found | None:
    """A noun cue with its owner and its clause or topic."""
    if token.lower_ not in cues.NOUN_CUES:
        return None
    clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp") and _has_that(c)), None)
    that_clause = _that_clause_after(doc, token) if clause is None else None
    if that_clause is not None:
        speaker = _noun_speaker(token)
        return None if speaker is None else _Found(speaker, (token.i, token.i + 1), that_clause)
    if clause is not None:
        speaker = _noun_speaker(token)
    else:
        # "Clinton's comments on the shooting", "his promises to cut taxes": an owner and a topic.
        clause = next((c for c in token.children if _is_topic(c) and c.i > token.i), None)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        speaker = speakers.speaker_tokens(owner) if owner is not None and clause is not None else None
        about = clause is not None and clause.lower_ == "about" and token.lower_ not in _WHAT_IT_IS_ABOUT
        if speaker is None and about:
            # "raised questions about the foundation", "faced questions about their health": what is questioned
            # or feared is attributed even where nobody owns the noun (PolNeAR marks it so). Whoever raises or
            # voices it holds it; whoever faces it does not, and the claim has no speaker (the reply skips it).
            content = _trimmed(doc, *_prep_object(clause))
            voiced = token.dep_ == "dobj" and token.head.lower_ in _VOICING_FORMS
            speaker = _noun_speaker(token) if voiced else None
            return None if content is None else _Found(speaker, (token.i, token.i + 1), content)
    if speaker is None or clause is None:
        return None
    content = _trimmed(doc, *(_subtree(clause) if clause.dep_ != "prep" else _prep_object(clause)))
    return None if content is None else _Found(speaker, (token.i, token.i + 1), content)


def _that_clause_after(doc: Any, noun: Any) -> tuple[int, int] | None:
    """ "Trump's statement earlier this year that women … should be punished", "budget hawks' warnings that they
    would skyrocket": a "that" clause right after the noun (a time phrase between allowed) that the parser hung
    elsewhere. From "that" to the end of the clause's verb phrase."""
    index = noun.i + 1
    while index < len(doc) and index - noun.i <= 4 and doc[index].lower_ != "that":
        if not (doc[index].ent_type_ in _TIME_LABELS or doc[index].dep_ in ("advmod", "npadvmod", "det")):
            return None
        index += 1
    if index >= len(doc) or doc[index].lower_ != "that" or doc[index].dep_ != "mark":
        return None  # not "attacks that helped Republicans", "an interview that day": a relative, a determiner
    sentence_end = doc[index].sent.end
    subject = next(
        (t for t in doc[index + 1 : min(index + 8, sentence_end)] if t.dep_ in _SUBJECT_DEPS and t.head.i > index), None
    )
    if subject is None:
        return None
    return _trimmed(doc, index, min(subject.head.right_edge.i + 1, sentence_end))


def _is_topic(child: Any) -> bool:
    if child.dep_ == "acl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ == "prep" and child.lower_ in cues.TOPIC_PREPOSITIONS


def _prep_object(preposition: Any) -> tuple[int, int]:
    """The object of a preposition, without the preposition ("comments on [the shooting]")."""
    objects = [c for c in preposition.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return _subtree(preposition)
    return objects[0].left_edge.i, preposition.right_edge.i + 1


def _has_that(clause: Any) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _noun_speaker(noun: Any) -> tuple[int, int] | None:
    """ "Trump's claim", "a New York Times report", "the claim by Trump", or the subject of "X made the claim"."""
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    if named:
        return named[0].left_edge.i, noun.i
    for child in noun.children:
        if child.dep_ == "poss":
            return speakers.speaker_tokens(child)
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (objects[0].ent_type_ or objects[0].pos_ == "PROPN"):
                return speakers.speaker_tokens(objects[0])
    if noun.dep_ in ("dobj", "pobj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in _EXPLETIVES:
            return speakers.speaker_tokens(subject)
    return None


# --- headlines and transcripts ----------------------------------------------------------------------------------


def _headline_claims(text: str, paragraphs: Sequence[Span]) -> Iterator[Claim]:
    """ "Pence: Gennifer Flowers Won't Be at Debate", "WALLACE: Let's start …" — a short name, a colon, a text."""
    transcript = _is_transcript(text, paragraphs)
    for index, paragraph in enumerate(paragraphs):
        match = _HEADLINE.match(text, paragraph.start, paragraph.end)
        if match is None:
            continue
        name = match.group(1)
        words = name.split()
        if len(words) > _MAX_HEADLINE_SPEAKER_WORDS or not words[-1][:1].isupper():
            continue
        if any(word.islower() and word not in _NAME_PARTICLES for word in words):
            continue  # "Little Relief for Refugees: …": a subheading, not a name
        if name.lower() in cues.NOT_SPEAKER_LABELS or name.lower() in cues.HEADLINE_KICKERS:
            continue  # "Photo: AP", "Update: …", "The Latest: …"
        if not any(ch.isalpha() for ch in match.group(2)):
            continue  # "Clinton: 2,316.": a tally, not words
        speaker = Span(match.start(1), match.end(1))
        colon = text.index(":", match.end(1))
        end = _turn_end(text, paragraphs, index) if transcript and name.isupper() else paragraph.end
        content = Span(match.start(2), end)
        content = Span(content.start, content.start + len(text[content.start : content.end].rstrip()))
        yield _claim_at(text, speaker, Span(colon, colon + 1), content, quote=False)


def _is_transcript(text: str, paragraphs: Sequence[Span]) -> bool:
    """Whether the text gives a dialogue: paragraphs opened by two speakers' labels or more ("WALLACE:",
    "PENCE:"), not one capitalised kicker ("FIX IS IN: …")."""
    labels = {
        match.group().rstrip(":")
        for paragraph in paragraphs
        if (match := _TRANSCRIPT_LABEL.match(text[paragraph.start : paragraph.end].lstrip('"“ '))) is not None
    }
    return len(labels) >= 2


def _turn_end(text: str, paragraphs: Sequence[Span], index: int) -> int:
    """Where a transcript speaker's turn ("PENCE: Well, look, …") ends: their paragraphs run on until the next
    speaker's label or a note in brackets ("(CROSSTALK)")."""
    end = paragraphs[index].end
    for paragraph in paragraphs[index + 1 :]:
        opening = text[paragraph.start : paragraph.end].lstrip('"“ ')
        if opening.startswith(("(", "[")) or _TRANSCRIPT_LABEL.match(opening):
            break
        end = paragraph.end
    return end


def _headline_verb_claim(text: str, doc: Any, paragraph: Span) -> Iterator[Claim]:
    """ "Former DNC Chairman Calls for Clinton Contingency Plan": the words before the first reporting verb in
    the -s form are the speaker, the words after it the content. Only for a short first paragraph in which the
    parse found nothing, which is where a headline sits and where the tagger fails on it, and only where the
    parse gave the word no subject (where it did, the rules above have already judged the clause). The
    headline is its first line up to a semicolon (a subtitle follows), read after a kicker ("The Latest:")."""
    line = _LINE.search(text, paragraph.start, paragraph.end)
    if line is None:
        return
    headline = line.group().split(";")[0]
    kicker = headline.rfind(": ") + 1  # 0 when there is none
    words = list(_WORD.finditer(text, line.start() + kicker, line.start() + len(headline)))
    if len(words) < 3 or len(words) > _MAX_HEADLINE_WORDS:
        return
    for index, word in enumerate(words[1:-1], start=1):
        lower = word.group().lower()
        lemma = cues.verb_lemma(lower)
        if lemma not in _HEADLINE_VERBS or lemma in cues.HEADLINE_NOUNS or lower == lemma or not lower.endswith("s"):
            continue
        following = words[index + 1].group().lower()
        if lemma == "recall" and (following in _WITHDRAWN or following[:1].isdigit()):
            return  # "Carmaker recalls 80,000 vehicles"
        parsed = doc.char_span(word.start(), word.end())
        if parsed is not None and any(c.dep_ in _SUBJECT_DEPS for c in parsed.root.children):
            return
        previous = words[index - 1].group()
        if previous.endswith(("'s", "’s", ",", ":")) or previous.lower() in _HEADLINE_FUNCTION_WORDS:
            return  # "Trump's Remarks …", "… , Says", "The Charges …": not a subject and its verb
        last = words[-1]
        content = Span(words[index + 1].start(), last.start() + len(last.group().rstrip(".")))
        speaker = Span(words[0].start(), words[index - 1].end())
        yield _claim_at(text, speaker, Span(word.start(), word.end()), content, quote=False)
        return


def _bylined_quotes(text: str) -> Iterator[Claim]:
    """A line that is one quotation signed with a dash: the quote is the content, the name the speaker. Lines,
    not paragraphs, because collections of such quotes often put one per line."""
    for line in _LINE.finditer(text):
        match = _BYLINED_QUOTE.fullmatch(text, line.start(), line.end())
        if match is None:
            continue
        speaker = Span(match.start("name"), match.start("name") + len(match.group("name").rstrip(".")))
        cue = Span(match.start("dash"), match.end("dash"))
        yield _claim_at(text, speaker, cue, Span(match.start("quote"), match.end("quote")), quote=True)


def _claim_at(text: str, speaker: Span, cue: Span, content: Span, *, quote: bool) -> Claim:
    """A claim found on the text itself (no parse): every field is the text under its span."""
    return Claim(
        speaker=text[speaker.start : speaker.end],
        speaker_span=speaker,
        cue=text[cue.start : cue.end],
        cue_span=cue,
        content=text[content.start : content.end],
        content_span=content,
        quote=quote,
    )


# --- quotes ------------------------------------------------------------------------------------------------------


def _grow_to_quotes(text: str, claim: Claim, quotes: Sequence[Quote], sentence_end: int) -> Claim:
    """Content touching a quote covers the whole quote; a quote interrupted by its cue is joined to its rest."""
    content = claim.content_span
    touched = [q.span for q in quotes if q.span.overlaps(content)]
    if not touched:
        return claim
    start = min(content.start, *(s.start for s in touched))
    end = max(content.end, *(s.end for s in touched))
    continuation = _continuation(text, claim, end, quotes, sentence_end)
    if continuation is not None:
        end = continuation.end
    opening = _opening_half(text, claim, start, quotes)
    if opening is not None:
        start = opening.start
    grown = Span(start, end)
    quote = _is_direct(text, claim, grown, quotes)
    return replace(claim, content=text[grown.start : grown.end], content_span=grown, quote=quote)


def _is_direct(text: str, claim: Claim, content: Span, quotes: Sequence[Quote]) -> bool:
    """Direct speech: every word of the content is inside quotation marks, except the cue clause that may
    interrupt it; words with a few scare-quoted terms ("had “restored its sovereignty”") are indirect."""
    quoted = [q.span for q in quotes if content.start <= q.span.start and q.span.end <= content.end]
    allowed = [s for s in (claim.speaker_span, claim.cue_span) if s is not None] + quoted
    cue = claim.cue_span
    if cue is not None:
        # ‘"A," said Jane Doe, an economist. "B."’: the cue clause between the two halves, description and all.
        allowed += [Span(a.end, b.start) for a, b in pairwise(quoted) if a.end <= cue.start and cue.end <= b.start]
    return bool(quoted) and all(
        not text[i].isalnum() or any(s.start <= i < s.end for s in allowed) for i in range(content.start, content.end)
    )


def _continuation(text: str, claim: Claim, end: int, quotes: Sequence[Quote], sentence_end: int) -> Span | None:
    """The second half of ‘"A," he said, "B."’ or ‘"A," he said. "B."’: a quote in the same paragraph right
    after the cue clause, which ends its own sentence (a quote followed by more narrative is a new claim)."""
    cue = claim.cue_span
    if cue is None or end > cue.start:
        return None
    clause_start, clause_end = _cue_clause(claim, cue)
    following = next((q.span for q in quotes if q.span.start >= cue.end and not _is_title(text, q.span)), None)
    if following is None or "\n" in text[end : following.start] or not _only_punctuation(text[end:clause_start]):
        return None
    if sentence_end > following.start and _only_punctuation(text[following.start : sentence_end]):
        sentence_end = following.start  # the parser ended the sentence after the next quote's opening ''
    # ‘“A,” said Jane Doe, an economist at …. “B.”’ joins; ‘“A,” he said after the witness failed to show up.
    # “B.”’ has told what happened in between.
    narrated = _WORD.findall(text[clause_end:sentence_end].lower())[:1] in ([w] for w in _NARRATING_AFTER_CUE)
    adjacent = (
        _only_punctuation(text[clause_end : following.start])
        or (
            following.start >= sentence_end and not narrated and _only_punctuation(text[sentence_end : following.start])
        )
        or _rest_of_cue_clause(text[clause_end : following.start], following.start < sentence_end)
    )
    rest = text[following.end :].lstrip(" \t")
    closes_sentence = (
        not rest or rest[0] in "\r\n" or text[following.start : following.end].rstrip("”\"'»’")[-1:] in ".?!"
    )
    if adjacent and not closes_sentence and (tail := _completing_phrase(text, following.end)) is not None:
        return Span(following.start, tail)  # ‘“… It's just a tax increase” for the top income bracket.’
    return following if adjacent and closes_sentence else None


def _completing_phrase(text: str, start: int) -> int | None:
    """Where a few words that finish the quote's sentence end (‘… a tax increase” for the top bracket.’), if
    that is all that follows it: no new quote, no cue, no clause of narrative."""
    match = _COMPLETING_PHRASE.match(text, start)
    if match is None:
        return None
    words = _WORD.findall(match.group(1))
    if any(cues.verb_lemma(word) is not None or word.lower() in _NARRATING_AFTER_CUE for word in words):
        return None
    return match.end(1)


def _is_title(text: str, quote: Span) -> bool:
    """A quoted name in the cue clause (‘said on “Meet the Press.”’, ‘on CNN’s “State of the Union” Sunday’): a
    quote after a preposition, an article or a possessive names a show or a book, it does not resume the words."""
    before = _WORD.findall(text[max(0, quote.start - 30) : quote.start])
    word = before[-1].lower() if before else ""
    return word in _TITLE_OPENERS or word.endswith(("’s", "'s"))


def _cue_clause(claim: Claim, cue: Span) -> tuple[int, int]:
    """Where the cue and its speaker stand together ("the minister said", "said Colonel X")."""
    speaker = claim.speaker_span or cue
    return min(cue.start, speaker.start), max(cue.end, speaker.end)


def _opening_half(text: str, claim: Claim, start: int, quotes: Sequence[Quote]) -> Span | None:
    """The first half of ‘"A," he continued, "B."’ when the parse gave the cue only the second: a quote closed
    by a comma right before the cue clause."""
    cue = claim.cue_span
    if cue is None or start < cue.end:
        return None
    clause_start, clause_end = _cue_clause(claim, cue)
    if not _only_punctuation(text[clause_end:start]) or text[start] not in _QUOTE_MARKS:
        return None  # only a quote right after the cue clause is a second half
    before = next((q.span for q in reversed(quotes) if q.span.end <= clause_start), None)
    if before is None or not _only_punctuation(text[before.end : clause_start]):
        return None
    closed_by_comma = "," in text[before.start : clause_start][-4:]
    # A first half opens its sentence; a title in quotes ("author of “America's Constitution,” put it") does not.
    opens_sentence = text[: before.start].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?")
    return before if closed_by_comma and opens_sentence and "\n" not in text[before.end : start] else None


def _rest_of_cue_clause(gap: str, same_sentence: bool) -> bool:
    """‘"A," Schiff told Capital Download on Wednesday, "but B."’: whom and when, closed by a comma, between the
    cue and the quote's second half in the same sentence (‘"A," Trump said, adding later, "B."’ has a cue of its
    own for it)."""
    words = _WORD.findall(gap)
    if not same_sentence or not gap.rstrip().endswith(",") or not 0 < len(words) <= _MAX_CUE_CLAUSE_WORDS:
        return False
    return not any(mark in gap for mark in _QUOTE_MARKS) and not any(cues.verb_lemma(w.strip(",")) for w in words)


def _only_punctuation(gap: str) -> bool:
    return len(gap) <= 4 and all(not ch.isalnum() and ch not in "\r\n" for ch in gap)


# --- baseline and clean-up ---------------------------------------------------------------------------------------


def _baseline_claims(doc: Any) -> Iterator[_Found]:
    """The reference point: the subject of a reporting verb and its clausal complement, nothing else."""
    for token in doc:
        if token.pos_ != "VERB" or cues.verb_lemma(token.text) not in cues.SPEECH_VERBS:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if subject is None or clause is None:
            continue
        content = _trimmed(doc, *_subtree(clause))
        if content is not None:
            yield _Found(_subtree(subject), (token.i, token.i + 1), content)


def _unnested(claims: list[Claim]) -> list[Claim]:
    """Only claims made in the article's own voice: a cue inside another claim's content ("Merrill says Machado
    promised to keep supporting Clinton") is part of what that speaker said, not a statement the article
    attributes, and the summary must not credit Machado on Merrill's word. A speaker's own "he said" inside their
    words ("Aliyev …, adding that he said …") credits nobody else and stays. (PolNeAR dev: F1 0.713 → 0.739,
    most of it precision, since its annotators mark such nested cues only sometimes.)"""

    # A source named after the words it passes on ("…, Reuters reports") may be an outlet relaying them.
    afterwards = {id(claim) for claim in claims if attributes_afterwards(claim)}

    def words_of(outer: Claim, cue: Span) -> bool:
        if not (outer.content_span.start <= cue.start and cue.end <= outer.content_span.end):
            return False
        if id(outer) not in afterwards:
            return True
        # Where its cue interrupts them ("CNN, Cruz said, called the move …"), what follows the cue is its own
        # (not the aside between the halves of a quote: ‘“A,” he said, referring to …. “B.”’).
        if outer.quote or outer.cue_span is None or outer.cue_span.end > cue.start or outer.speaker_span is None:
            return False
        aside = min(outer.speaker_span.start, outer.cue_span.start) - outer.content_span.start
        return outer.content[:aside].rstrip().endswith(",") and not outer.cue.lower().startswith("according")

    def reported_within(claim: Claim) -> bool:
        cue = claim.cue_span
        says = cues.verb_lemma((claim.cue.split() or [""])[-1]) == "say"
        return cue is not None and any(
            outer.content_span != claim.content_span
            and words_of(outer, cue)
            and not (says and outer.speaker == claim.speaker)
            for outer in claims
        )

    return [claim for claim in claims if not reported_within(claim)]


def _deduplicated(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per content span (the first construction wins), ordered by position in the text."""
    seen: dict[tuple[int, int], Claim] = {}
    for claim in claims:
        key = (claim.content_span.start, claim.content_span.end)
        if key not in seen:
            seen[key] = claim
    return sorted(seen.values(), key=lambda c: (c.content_span.start, c.cue_span.start if c.cue_span else 0))
