"""The claim extractor: parses texts in batches, runs every construction over each parse and turns what they
find into claims with character spans, within their paragraph, grown to whole quotes, without duplicates and
without claims nested in another's words."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.attribution import cues, speakers
from bot.attribution.claims.answers import answer_claim, is_answer
from bot.attribution.claims.colon_quotes import colon_quote_claim
from bot.attribution.claims.content_of import after_dateline
from bot.attribution.claims.headline_claims import bylined_quotes, headline_claims, headline_verb_claim
from bot.attribution.claims.noun_claims import (
    according_to_claim,
    findings_claim,
    in_view_claim,
    noun_claim,
    viewpoint_claim,
)
from bot.attribution.claims.quote_spans import as_dash_dialogue, grow_to_quotes, quotes_run_on, starts_in
from bot.attribution.claims.speaker_of import mistagged_verb_subject
from bot.attribution.claims.tokens import Found, char_span, subtree, trimmed
from bot.attribution.claims.verb_claims import (
    impression_claim,
    opening_participle_claim,
    reported_unnamed,
    stance_claim,
    verb_claim,
)
from bot.attribution.claims.words import BELIEF_ADJECTIVES, STANCE_TOPICS
from bot.attribution.quotes import Quote, find_quotes, paragraph_spans
from bot.attribution.relays import attributes_afterwards
from bot.domain import Claim, Span

# Components of the English pipeline the extractor does not read; skipping them saves about a fifth of the time.
UNUSED_PIPES = ("lemmatizer",)
BATCH_SIZE = 32
_STANCE_WORDS = frozenset().union(*STANCE_TOPICS.values(), BELIEF_ADJECTIVES)
# "Editor's note: …" is the outlet's standing note on the article (a correction, a disclaimer, a verdict on
# someone), not part of what it reports; the summary must not turn it into a claim.
# The note runs over lines that wrap mid-sentence, up to a blank line or a line that ends a sentence.
_EDITORS_NOTE = re.compile(
    r"^[ \t]*editor[’']?s[’']? note[ \t]*:(?:[^\n]*[^\s.!?”\"][ \t]*\n(?![^\S\n]*\n))*[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


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
        from bot.nlp import prepared_doc

        disable = [name for name in UNUSED_PIPES if name in self.nlp.pipe_names]
        prepared = (prepared_doc(self.nlp, text) for text in texts)
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
            claim = as_dash_dialogue(text, grow_to_quotes(text, claim, quotes, sentence_end))
            if not _only_a_relative(claim.content):
                claims.append(
                    claim
                )  # (not "…, according to what was reported by the agency": the words are the sentence's)
        claims.extend(headline_claims(text, paragraphs))
        if paragraphs and not any(c.cue_span and c.cue_span.start < paragraphs[0].end for c in claims):
            claims.extend(headline_verb_claim(text, doc, paragraphs[0]))
        claims.extend(bylined_quotes(text))
        notes = [Span(*note.span()) for note in _EDITORS_NOTE.finditer(text)]
        claims = [c for c in claims if not any(starts_in(c, note) for note in notes)]
        return _unnested(_deduplicated(quotes_run_on(text, claims, paragraphs, quotes)))


# Content that only points at words said elsewhere in the sentence.
_ONLY_A_RELATIVE = frozenset({"what", "which", "whatever"})


def _only_a_relative(content: str) -> bool:
    """ "what", "whose words" (of "Wójcik, whose words are cited by Polish media"): words that only point at
    words said elsewhere in the sentence."""
    words = content.strip().lower().split()
    return (len(words) == 1 and words[0] in _ONLY_A_RELATIVE) or (len(words) == 2 and words[0] == "whose")


def _candidates(doc: Any) -> list[Found]:
    """Every construction tried at every token, in one pass over the parse (each pass costs as much as the rules)."""
    found = []
    for token in doc:
        if token.lower_ in cues.SOURCE_PREPOSITIONS:
            candidate = according_to_claim(doc, token)
        elif token.lower_ in cues.VIEW_PREPOSITIONS and token.dep_ == "prep":
            candidate = viewpoint_claim(doc, token)
        elif token.lower_ in cues.FINDINGS_PREPOSITIONS and token.dep_ == "prep":
            candidate = findings_claim(doc, token) or in_view_claim(doc, token)
        elif token.lower_ == "reportedly" and token.dep_ == "advmod":
            candidate = reported_unnamed(doc, token)
        elif token.pos_ in ("VERB", "AUX") or mistagged_verb_subject(token) is not None:
            candidate = answer_claim(doc, token) or verb_claim(doc, token) or opening_participle_claim(doc, token)
            candidate = candidate or impression_claim(doc, token)
            if candidate is None and token.lower_ in _STANCE_WORDS:
                candidate = stance_claim(doc, token)  # "they are convinced that …", parsed as a passive
        elif token.pos_ == "PROPN":
            candidate = opening_participle_claim(doc, token)
        elif token.pos_ == "NOUN":
            candidate = answer_claim(doc, token) or noun_claim(doc, token)
        elif token.pos_ == "ADJ" and token.lower_ in _STANCE_WORDS:
            candidate = stance_claim(doc, token)
        elif token.text == ":":
            candidate = colon_quote_claim(doc, token)
        else:
            continue
        if candidate is not None:
            found.append(candidate)
    return found


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
    found: Found,
    entities: Sequence[Any] | None,
    earlier_speakers: Sequence[tuple[int, str]] = (),
) -> Claim:
    """Token ranges to character spans; the speaker is resolved against `entities` unless they are None."""
    cue = char_span(doc, found.cue)
    content = char_span(doc, found.content)
    if found.speaker is not None and found.speaker[0] < found.speaker[1] - 1:
        # "BELGRADE/ZAGREB - Serbia accused …": the parse hangs the dateline on the subject.
        after = after_dateline(doc, found.speaker[0])
        if after < found.speaker[1]:
            found = replace(found, speaker=(after, found.speaker[1]))
    if found.speaker is None:
        speaker_name, speaker_span = "", None
    elif entities is None:
        speaker_span = char_span(doc, found.speaker)
        speaker_name = text[speaker_span.start : speaker_span.end]
    else:
        # The span stays on the phrase as written ("he", "who"), the name goes in `speaker`: PolNeAR marks the
        # source where the sentence names it, and pointing the span at the resolved mention scored worse on dev
        # (speaker accuracy 0.934 as written, 0.921 for relative pronouns' antecedents, 0.897 for any antecedent
        # in the same sentence).
        speaker_name = speakers.resolve(doc, *found.speaker, entities, earlier_speakers)
        speaker_span = char_span(doc, found.speaker)
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


def _baseline_claims(doc: Any) -> Iterator[Found]:
    """The reference point: the subject of a reporting verb and its clausal complement, nothing else."""
    for token in doc:
        if token.pos_ != "VERB" or cues.verb_lemma(token.text) not in cues.SPEECH_VERBS:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if subject is None or clause is None:
            continue
        content = trimmed(doc, *subtree(clause))
        if content is not None:
            yield Found(subtree(subject), (token.i, token.i + 1), content)


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
    """One claim per content span (the first construction wins), ordered by position in the text; an answer to
    another claim ("…, which local officials disputed") has the same content and stays."""
    seen: dict[tuple[int, int, bool], Claim] = {}
    for claim in claims:
        key = (claim.content_span.start, claim.content_span.end, is_answer(claim))
        if key not in seen:
            seen[key] = claim
    return sorted(seen.values(), key=lambda c: (c.content_span.start, c.cue_span.start if c.cue_span else 0))
