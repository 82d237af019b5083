"""Answers that only point back ("denied this"): what they answer, and how the reply says what they deny."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.domain import Claim, Span
from bot.summary.answers import answered_claim, is_pointer_answer, what_is_denied
from tests.support import summary as support


def claim_in(text: str, speaker: str, cue: str, content: str, side: str) -> Claim:
    return replace(support.claim_in(text, speaker, cue, content), side=side)


@pytest.mark.parametrize(
    ("cue", "content", "points_back"),
    [
        ("denied", "this", True),
        ("flatly rejected", "the accusation.", True),
        ("dismissed", "the claims", True),
        ("disputed", "the figures", True),
        ("denied", "ignoring the warnings", False),
        ("said", "this", False),
    ],
)
def test_a_pointer_answer_is_a_denial_that_only_points_back(cue: str, content: str, points_back: bool) -> None:
    claim = Claim("Hyundai", None, cue, None, content, Span(0, len(content)), False, "Hyundai")
    assert is_pointer_answer(claim) is points_back


TEXT = (
    "Hyundai said it would recall 80,000 cars.\n\n"
    "Maria Delgado accused Hyundai of ignoring the warnings. Maria Delgado said they knew. Hyundai denied this.\n\n"
    "Hyundai denied it again."
)


def test_the_answered_claim_is_the_accusation_of_another_side_nearby() -> None:
    recall = claim_in(TEXT, "Hyundai", "said", "it would recall 80,000 cars", "Hyundai")
    accusation = claim_in(TEXT, "Maria Delgado", "accused", "Hyundai of ignoring the warnings", "Maria Delgado")
    knew = claim_in(TEXT, "Maria Delgado", "said", "they knew", "Maria Delgado")
    denial = claim_in(TEXT, "Hyundai", "denied", "this", "Hyundai")
    assert answered_claim(denial, [recall, accusation, knew, denial], TEXT) is accusation
    assert what_is_denied(denial, accusation, "Maria Delgado") == "ignoring the warnings"
    # Without an accusation, the nearest claim of another side before it; never its own side's or a later one.
    assert answered_claim(denial, [recall, knew, denial], TEXT) is knew
    assert what_is_denied(denial, knew, "Maria Delgado") == "the account by Maria Delgado"
    assert answered_claim(denial, [recall, denial], TEXT) is None


def test_a_pointer_noun_is_kept_when_telling_whose_it_is() -> None:
    text = "The Times reported that he wore a wire. Rosenstein denied the report."
    report = claim_in(text, "The Times", "reported", "that he wore a wire", "New York Times")
    denial = claim_in(text, "Rosenstein", "denied", "the report", "Rod Rosenstein")
    assert answered_claim(denial, [report, denial], text) is report
    assert what_is_denied(denial, report, "the New York Times") == "the report by the New York Times"


def test_an_accusation_earlier_in_the_story_is_what_the_charge_is() -> None:
    """The denial comes two paragraphs after India's accusation; an Indian officer's quote lies in between."""
    text = (
        "India accused Pakistan of violating a ceasefire.\n\n"
        '"Pakistan army initiated an unprovoked violation," an Indian army spokesman said.\n\n'
        "Pakistan's military denied the charge."
    )
    accusation = claim_in(text, "India", "accused", "Pakistan of violating a ceasefire", "India")
    quote = claim_in(
        text, "an Indian army spokesman", "said", '"Pakistan army initiated an unprovoked violation,"', "India"
    )
    denial = claim_in(text, "Pakistan's military", "denied", "the charge", "Pakistan")
    assert answered_claim(denial, [accusation, quote, denial], text) is accusation
    assert what_is_denied(denial, accusation, "India") == "violating a ceasefire"
