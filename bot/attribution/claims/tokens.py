"""Small readings of the parse shared by the constructions: token ranges and their trimming, the quotation
marks around a token, and the `Found` record a construction proposes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.attribution import cues
from bot.attribution.claims.words import CITING, SUBJECT_DEPS
from bot.attribution.parties import word_set
from bot.domain import Span

_SENTENCE_END = frozenset({".", "!", "?"})
# Nouns, beyond roles and bodies, for who or what a participle may describe as speaking: "voters saying …",
# "911 calls saying …", "an item suggesting …".
_SPEAKING_NOUNS = word_set(
    """people person voter supporter member staff resident protester critic activist donor citizen worker
    american democrat republican population share proportion percent majority minority couple gunman man men
    woman women fan caller call pac item evidence"""
)


@dataclass(frozen=True)
class Found:
    """A claim in token ranges ([start, end) into the Doc) before it becomes character spans."""

    speaker: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]


def char_span(doc: Any, tokens: tuple[int, int]) -> Span:
    first, last = doc[tokens[0]], doc[tokens[1] - 1]
    return Span(first.idx, last.idx + len(last.text))


# Signs that belong to the word before them: a figure's unit.
KEPT_AT_END = frozenset({"%", "‰"})


def trimmed(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """Token range without punctuation and whitespace at its edges (closing quote marks are kept, and so are the
    per cent sign of "above 10%" and a bracket the range opened), nor a conjunction left dangling at its end
    ("denied sending troops and", cut before the next cue)."""
    while start < end and (doc[start].is_space or (doc[start].is_punct and not doc[start].is_quote)):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or (doc[end - 1].is_punct and not doc[end - 1].is_quote and doc[end - 1].text not in KEPT_AT_END)
        or doc[end - 1].dep_ == "cc"
    ):
        end -= 1
    opened = sum(t.text == "(" for t in doc[start:end]) - sum(t.text == ")" for t in doc[start:end])
    if opened > 0 and end < len(doc) and doc[end].text == ")":
        end += 1  # "… Renaissance Dam (GERD)": the bracket the words opened
    return (start, end) if start < end else None


def subtree(token: Any) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def stray_object(token: Any) -> bool:
    """ "Lawyers for women who say a drug gave them cancer told a jury …": the parse made "cancer" a second
    subject of "told", though it is the object that ends the clause right before it. A second subject that
    follows another subject's phrase, one with a clause in it, with nothing between them is such a stray."""
    if token.dep_ != "nsubj" or token.pos_ != "NOUN" or token.left_edge.i == 0:
        return False
    before = token.doc[token.left_edge.i - 1]
    return before.pos_ in ("NOUN", "PROPN", "PRON") and any(
        any(t.pos_ == "VERB" for t in c.subtree)  # the clause that lost its object
        for c in subjects_ending_at(token.head, before.i)
    )


def subjects_ending_at(verb: Any, index: int) -> list[Any]:
    """The verb's subjects whose phrase ends at token `index`: where the parser gave a verb two subjects, the one
    right before the other (a stray object, a role before a name)."""
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.right_edge.i == index]


def name_end(doc: Any, start: int, stop: int) -> int:
    """Where a name of proper nouns and abbreviated titles ("Col. Steven H. Warren") from `start` ends, by `stop`."""
    end = start
    while end < stop and (doc[end].pos_ == "PROPN" or _is_abbreviated_title(doc[end])):
        end += 1
    return end


def _is_abbreviated_title(token: Any) -> bool:
    """ "Mr.", "Col.", "Gov.": a short capitalised word with a full stop, part of a name."""
    return token.text.endswith(".") and token.text[:1].isupper() and len(token.text) <= 5


def after_quote(doc: Any, index: int) -> bool:
    """Whether a closing quote mark (a comma between allowed) stands right before token `index`."""
    before = quote_before(doc, index)
    return before is not None and not opens_quote(doc, before)


def opens_quote(doc: Any, index: int) -> bool:
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


def can_speak(noun: Any) -> bool:
    """Whether a noun names someone who can say or back something (a person, a group, a poll), as a name does;
    not a thing ("signs calling …", "a policy urging …")."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    word = noun.lower_
    singular = word[:-1] if word.endswith("s") else word
    return bool({word, singular} & (cues.GROUP_NOUNS | cues.PERSON_ROLES | cues.EVIDENCE_SOURCES | _SPEAKING_NOUNS))


def quote_after(doc: Any, index: int, colon_only: bool) -> int | None:
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


def colon_or_end(doc: Any, start: int, end: int) -> int:
    """ "responded, with a smile: “…”": the parse hangs the quote on the phrase before the colon, which is not
    content; the colon is where the words begin."""
    return next((i for i in range(start, end) if doc[i].text == ":"), end)


def quote_before(doc: Any, index: int) -> int | None:
    """The closing quote mark just before `index` (a comma between them allowed), in the same paragraph."""
    index -= 1
    while index >= 0 and ((doc[index].is_space and "\n" not in doc[index].text) or doc[index].text == ","):
        index -= 1
    return int(index) if index >= 0 and doc[index].is_quote else None


def prep_object(preposition: Any) -> tuple[int, int]:
    """The object of a preposition, without the preposition ("comments on [the shooting]")."""
    objects = [c for c in preposition.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return subtree(preposition)
    return objects[0].left_edge.i, preposition.right_edge.i + 1


def has_mark(clause: Any, word: str) -> bool:
    """Whether the clause is introduced by `word` as its conjunction ("that …", "as …")."""
    return any(c.dep_ == "mark" and c.lower_ == word for c in clause.children)


def has_that(clause: Any) -> bool:
    return has_mark(clause, "that")


def states_something(clause: Any) -> bool:
    """A clause that states something: opened by "that" or with a subject of its own."""
    return has_that(clause) or any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def object_read_as_subject(verb: Any) -> tuple[Any, Any] | None:
    """'China opposed the "transit" of Lai through the United States, a spokesperson for the office said.': the
    parse made the object of what was said the subject of the closing cue, and the speaker after the comma an
    apposition inside it. The misread subject and the speaker, if so."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = verb.doc
    if not all(t.is_punct or t.is_space for t in doc[verb.i + 1 : verb.sent.end]):
        return None  # only a tag closing its sentence
    # what was said ends where the misread subject begins: a clause of the cue's, or the clause the parse hung
    # the cue on ("China opposed [the stopover …, a spokesperson] said")
    said = any(c.dep_ == "ccomp" and c.right_edge.i + 1 == subject.left_edge.i for c in verb.children)
    governing = verb.head
    hung = verb.dep_ == "ccomp" and governing.i < subject.left_edge.i
    if not (said or (hung and "," not in [t.text for t in doc[governing.i : subject.left_edge.i]])):
        return None
    for token in subject.subtree:
        closing = token.right_edge.i == verb.i - 1 and doc[token.left_edge.i - 1].text == ","
        if token.dep_ == "appos" and closing and can_speak(token):
            return subject, token
    return None


def closing_tag_hung_on_the_verb(verb: Any) -> bool:
    """ "The government ordered the ship to Ravenna, far from where it picked up 37 migrants off Libya, the charity
    SOS Mediterranee said on Saturday.": a tag closing the sentence, which the parse hung on the sentence's verb as
    a second verb or a clause of its own without a subject (nor an "and" or "as" before it), its speaker on a noun
    before."""
    if verb.dep_ not in ("conj", "advcl") or verb.head.i > verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    if verb.dep_ == "conj" and (
        any(c.dep_ == "cc" for c in verb.head.children) or any(c.dep_ == "cc" for c in verb.children)
    ):
        return False
    doc = verb.doc
    citing = {t.i for c in verb.children if citing_a_source(c) for t in c.subtree}  # ", citing survivors"
    after = [t for t in doc[verb.i + 1 : verb.sent.end] if not (t.is_punct or t.is_space or t.i in citing)]
    return all(t.head.i == verb.i or t.head in after for t in after) and not any(t.dep_ == "dobj" for t in after)


def citing_a_source(token: Any) -> bool:
    """ "citing survivors", "quoting officials": whom a speaker took the words from, part of the tag."""
    return bool(token.dep_ == "advcl" and token.lower_ in CITING)
