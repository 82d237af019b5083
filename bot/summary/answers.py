"""Answers that only point at what they answer ("Hyundai denied this", "Baku rejected the accusation").

Read after the claim it answers, such an answer is clear ("Armenia says …; Azerbaijan denies this"); on its own
side's line, which may come before the line of the side it answers, "this" could be anything. There the summary
says what is denied: the deed of an accusation ("accused Hyundai of ignoring the warnings" → "denied ignoring
the warnings"), else whose account it is ("denied the account by Maria Delgado").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.attribution.cues import verb_lemma
from bot.domain import Claim

POINTERS = frozenset(
    {
        "this",
        "that",
        "it",
        "these",
        "them",
        "so",
        "the accusation",
        "the accusations",
        "the allegation",
        "the allegations",
        "the claim",
        "the claims",
        "the charge",
        "the charges",
        "the report",
        "the reports",
        "the figures",
        "the numbers",
        "the statement",
        "the remarks",
        "the comments",
        "the findings",
        "the account",
        "such claims",
        "these claims",
    }
)
DENIAL_LEMMAS = frozenset({"deny", "reject", "dismiss", "dispute", "refute"})
# "Hyundai of ignoring the warnings for two years": whom an accusation is against, and the deed it names.
ACCUSED_OF = re.compile(r"^(?P<accused>[^,;:]+?)\s+of\s+(?P<deed>\w+ing\b.*)$", re.DOTALL)


def is_pointer_answer(claim: Claim) -> bool:
    """A denial whose content only points back ("denied this", "rejected the accusation")."""
    lemmas = {verb_lemma(word) for word in claim.cue.lower().split()}
    return bool(lemmas & DENIAL_LEMMAS) and _pointer(claim) in POINTERS


def answered_claim(answer: Claim, claims: Sequence[Claim], text: str) -> Claim | None:
    """The claim of another side a pointer answer answers: an accusation in its paragraph or the one before, else
    one earlier in the story ("Pakistan's military denied the charge" two paragraphs after India accused it),
    else the nearest claim of another side in those two paragraphs."""
    at = answer.cue_span.start if answer.cue_span is not None else answer.content_span.start
    paragraph = text.rfind("\n\n", 0, at)
    window_start = max(text.rfind("\n\n", 0, paragraph), 0) if paragraph > 0 else 0
    earlier = [claim for claim in claims if claim.side != answer.side and claim.content_span.end <= at]
    before = [claim for claim in earlier if window_start <= claim.content_span.start]
    accusations = [claim for claim in earlier if accused_deed(claim) is not None]
    near = [claim for claim in accusations if claim in before]
    pool = near or accusations or before
    return max(pool, key=lambda claim: claim.content_span.start) if pool else None


def what_is_denied(answer: Claim, answered: Claim, speaker: str) -> str:
    """ "ignoring the warnings for two years" for "accused Hyundai of ignoring the warnings …"; else what the
    answer called it, by whom ("the report by the New York Times", "the account by Maria Delgado")."""
    deed = accused_deed(answered)
    if deed is not None:
        return deed
    pointer = _pointer(answer)
    noun = pointer if pointer.startswith("the ") else "the account"
    return f"{noun} by {speaker}"


def _pointer(claim: Claim) -> str:
    """A claim's content as the pointer table writes it: lower case, single spaces, no closing punctuation."""
    return " ".join(claim.content.lower().strip(" .,;:").split())


def accused_deed(claim: Claim) -> str | None:
    """The deed an "accused X of …" claim names, else None."""
    if not any(verb_lemma(word) == "accuse" for word in claim.cue.lower().split()):
        return None
    match = ACCUSED_OF.match(claim.content.strip())
    return match.group("deed").rstrip(" .,;") if match else None
