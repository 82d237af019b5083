"""The cue lexicon's word forms: lemmas of inflected cue verbs and the past of their participles."""

from __future__ import annotations

import pytest

from bot.attribution.cues import active_past, past_tense, verb_lemma


@pytest.mark.parametrize(
    ("participle", "past"),
    [
        ("calling", "called"),
        ("saying", "said"),
        ("telling", "told"),
        ("writing", "wrote"),
        ("denying", "denied"),
        ("urging", "urged"),
        ("accusing", "accused"),
        ("admitting", "admitted"),
        ("citing", "cited"),
        ("said", None),
        ("running", None),
    ],
)
def test_the_past_of_a_cue_participle(participle: str, past: str | None) -> None:
    assert past_tense(participle) == past


@pytest.mark.parametrize(("form", "lemma"), [("urged", "urge"), ("said", "say"), ("denies", "deny"), ("ran", None)])
def test_the_lemma_of_a_cue_verb_form(form: str, lemma: str | None) -> None:
    assert verb_lemma(form) == lemma


@pytest.mark.parametrize(("participle", "past"), [("announced", "announced"), ("written", "wrote"), ("told", "told")])
def test_a_passive_participle_is_told_in_the_simple_past(participle: str, past: str) -> None:
    assert active_past(participle) == past


@pytest.mark.parametrize(("infinitive", "past"), [("accuse", "accused"), ("admit", "admitted"), ("deny", "denied")])
def test_the_past_of_a_cue_infinitive(infinitive: str, past: str) -> None:
    assert past_tense(infinitive) == past
