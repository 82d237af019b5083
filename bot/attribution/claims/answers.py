"""An answer set off by a comma at the end of a sentence: "…, which Tehran denies", "…, a charge the Kremlin
rejects", "…, a claim denied by the rebels". A reporter often puts one side's claim and the other side's answer in
one sentence; the answer is a claim of its own, by its own speaker, about the clause before the comma (and that
clause, not the answer, is what the first side said). Where the clause is itself a claim ("Ukraine accused Russia
of shelling the plant, an allegation Moscow dismissed"), the answer is about what that claim says."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.attribution import cues
from bot.attribution.claims.content_of import content_of
from bot.attribution.claims.speaker_of import speaker_of
from bot.attribution.claims.tokens import Found, trimmed
from bot.attribution.claims.words import SUBJECT_DEPS
from bot.attribution.parties import word_set
from bot.domain import Claim

# Verbs that answer what was just said: a denial, a dispute, a confirmation.
ANSWERING_LEMMAS = frozenset({"deny", "reject", "dispute", "dismiss", "refute", "contest", "confirm", "contradict"})
# What the answer calls the clause it answers: "a charge the Kremlin rejects".
ANSWERED_NOUNS = word_set(
    """charge charges claim claims accusation accusations allegation allegations assertion account version figure
    figures"""
)
_ARTICLES = frozenset({"a", "an", "the"})
# How far the words of an answer may run: "a claim that officials in the regional government have denied".
_MOST_ANSWER_TOKENS = 12
# Words that may close the sentence after the answering verb: "…, which Tehran denies vehemently."
_MOST_CLOSING_TOKENS = 4
# Tags the answering verb may have (the tagger may take "rejects" in "a charge the Kremlin rejects" for a noun).
_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "VBN", "NNS"})


@dataclass(frozen=True)
class _Answer:
    speaker: tuple[int, int]
    cue: tuple[int, int]  # the answering verb last ("has repeatedly denied")

    @property
    def verb(self) -> int:
        return self.cue[1] - 1


def answer_after(doc: Any, comma: int) -> int | None:
    """The answering verb of an answer that opens at token `comma`, if one does."""
    answer = _answer_at(doc, comma)
    return answer.verb if answer is not None else None


def answer_claim(doc: Any, verb: Any) -> Found | None:
    """The answer whose verb is `verb`: its speaker, and what the clause before the comma says as its content."""
    if cues.verb_lemma(verb.text) not in ANSWERING_LEMMAS:
        return None
    start = max(verb.sent.start, verb.i - _MOST_ANSWER_TOKENS - 1)
    for comma in range(verb.i - 2, start - 1, -1):
        answer = _answer_at(doc, comma)
        if answer is not None and answer.verb == verb.i:
            content = _what_is_answered(doc, comma)
            return None if content is None else Found(answer.speaker, answer.cue, content)
    return None


def is_answer(claim: Claim) -> bool:
    """Whether a claim is such an answer: its answering verb comes after its content."""
    cue = claim.cue_span
    words = claim.cue.split()
    return cue is not None and cue.start > claim.content_span.end and cues.verb_lemma(words[-1]) in ANSWERING_LEMMAS


def is_answer_to(answer: Claim, claim: Claim) -> bool:
    """Whether `answer` is an answer set off after `claim` ("…, a charge Moscow rejects"): it has the same content."""
    return answer is not claim and is_answer(answer) and answer.content_span == claim.content_span


def told_at(claim: Claim) -> int:
    """Where a claim is told in the text: at its content, but an answer at its verb, after what it answers."""
    return claim.cue_span.start if is_answer(claim) and claim.cue_span is not None else claim.content_span.start


def _answer_at(doc: Any, comma: int) -> _Answer | None:
    """The answer opening at token `comma`: ", which X denies", ", a charge (that) X rejects", ", a claim denied by
    X", each closing its sentence."""
    if doc[comma].text != ",":
        return None
    end = doc[comma].sent.end
    index = comma + 1
    if index < end and doc[index].lower_ == "which":
        index += 1
    elif index + 1 < end and doc[index].lower_ in _ARTICLES and doc[index + 1].lower_ in ANSWERED_NOUNS:
        index += 2
        passive = _passive_answer(doc, index, end)
        if passive is not None:
            return passive
        if index < end and doc[index].lower_ in ("that", "which"):
            index += 1
    else:
        return None
    subject_start = index
    while index < end and index - comma <= _MOST_ANSWER_TOKENS:
        token = doc[index]
        if _answering(token):
            cue_start = index
            while cue_start > subject_start and doc[cue_start - 1].tag_ in ("RB", "VBZ", "VBP", "VBD", "MD"):
                cue_start -= 1  # "which Baku has repeatedly denied"
            speaker = trimmed(doc, subject_start, cue_start)
            if speaker is None or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[speaker[0] : speaker[1]]):
                return None
            return _Answer(speaker, (cue_start, index + 1)) if _closes_sentence(doc, index + 1) else None
        if (token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBZ", "VBP", "VBD", "MD")) or token.is_punct:
            return None
        index += 1
    return None


def _passive_answer(doc: Any, index: int, end: int) -> _Answer | None:
    """ "a claim denied by the rebels": the answer's verb, then its speaker after "by"."""
    if index + 2 >= end or not _answering(doc[index]) or doc[index + 1].lower_ != "by":
        return None
    speaker_end = index + 2
    while speaker_end < end and not (doc[speaker_end].is_punct or doc[speaker_end].is_space):
        speaker_end += 1
    speaker = trimmed(doc, index + 2, speaker_end)
    if speaker is None or speaker_end - index > _MOST_ANSWER_TOKENS or not _closes_sentence(doc, speaker_end):
        return None
    return _Answer(speaker, (index, index + 1))


def _answering(token: Any) -> bool:
    return cues.verb_lemma(token.text) in ANSWERING_LEMMAS and token.tag_ in _VERB_TAGS


def _closes_sentence(doc: Any, index: int) -> bool:
    """Whether only a few words without a verb of their own stand between token `index` and the sentence's end."""
    rest = [t for t in doc[index : doc[index - 1].sent.end] if not (t.is_punct or t.is_space)]
    return len(rest) <= _MOST_CLOSING_TOKENS and not any(t.pos_ in ("VERB", "AUX") for t in rest)


def _what_is_answered(doc: Any, comma: int) -> tuple[int, int] | None:
    """What the clause ending at the comma says: the clause itself, from its subject (past a "that"), or from the
    sentence's start when it is the sentence; what a claim says when the clause is one ("accused Russia of …")."""
    clause = doc[comma - 1]
    while not (clause.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in clause.children)):
        if clause.head is clause:
            return None
        clause = clause.head
    while clause.dep_ == "ccomp" and cues.verb_lemma(clause.head.text) is not None and clause.head.i < clause.i:
        clause = clause.head  # "Zúñiga stated that the president had asked him to …": what Zúñiga stated
    lemma = cues.verb_lemma(clause.text)
    if lemma is not None:
        # "“…,” he said, a claim …" is read with its quote elsewhere; "Ukraine accused Russia of shelling the plant"
        # is answered in what it accuses Russia of.
        speaker = speaker_of(clause)
        said = content_of(doc, clause, lemma, speaker) if speaker is not None and clause.i < comma - 3 else None
        return trimmed(doc, said[0], min(said[1], comma)) if said is not None else None
    start = clause.sent.start if clause.dep_ == "ROOT" else clause.left_edge.i
    while start < comma and (doc[start].dep_ == "mark" or doc[start].is_punct or doc[start].is_space):
        start += 1
    return trimmed(doc, start, comma)
