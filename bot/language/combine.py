"""Merge the detectors' votes into one answer.

Each detector gives a probability per language it knows. A language's score is the weighted mean of the
probabilities given by the detectors that *know* it, so a language only one detector knows (Kazakh for
lingua, Uzbek for fastText) is judged by that detector alone instead of being outvoted by detectors that
cannot name it.

lingua weighs most: on the lingua test data it is the most accurate alone (sentences and word pairs).
langdetect and fastText are n-gram counters whose estimates settle only after a few dozen letters, so their
weight grows with the text's length up to `FULL_WEIGHT_LETTERS`. Below `LANGDETECT_MIN_LETTERS` langdetect is
not asked at all: its weight there is small, its sampling runs to the iteration limit on such text (most of
the time spent on word pairs), and leaving it out changed no accuracy on the test data.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from bot.language.voters import Distribution

LINGUA_WEIGHT = 2.0
NGRAM_WEIGHT = 1.0
FULL_WEIGHT_LETTERS = 150
LANGDETECT_MIN_LETTERS = 30

# Letters whose alphabets belong to one language among those detected. Azerbaijani's schwa is absent from
# Turkish, yet lingua and langdetect both read Azerbaijani sentences as Turkish when they share most words.
EXCLUSIVE_LETTERS: dict[str, frozenset[str]] = {"ə": frozenset({"az"})}
# Words that must contain such a letter, as a share and a count: a Turkish or English text naming "Əliyev"
# stays as it is. Nine in ten Azerbaijani test sentences have a schwa in at least a fifth of their words.
EXCLUSIVE_WORD_SHARE = 0.2
EXCLUSIVE_MIN_WORDS = 2
# Below that share, one common word with the letter still decides between close relatives ("Breakfast Time
# verilişi isə …" is Azerbaijani, not Turkish): a lowercase word, since names ("Əliyev") are what other
# languages borrow, and only when one of the detectors' two leading guesses is a language the letter's own one
# is mistaken for (English titles in an Azerbaijani sentence can push an unrelated language to the top).
EXCLUSIVE_NEIGHBOURS: dict[str, frozenset[str]] = {"ə": frozenset({"tr", "tk", "uz", "tt", "ba", "kk", "ky", "crh"})}


@dataclass(frozen=True)
class Vote:
    """One detector's opinion: probabilities per language, the languages it can name, and its weight."""

    probabilities: Distribution
    known: Collection[str]
    weight: float


def ngram_weight(letters: int) -> float:
    """Weight of an n-gram detector's vote on a text with this many letters."""
    return NGRAM_WEIGHT * min(1.0, letters / FULL_WEIGHT_LETTERS)


def scores(votes: list[Vote]) -> dict[str, float]:
    """Weighted mean probability per language over the detectors that know it."""
    candidates = sorted({code for vote in votes for code in vote.probabilities})
    merged: dict[str, float] = {}
    for code in candidates:
        said = sum(vote.weight * vote.probabilities.get(code, 0.0) for vote in votes)
        knowing = sum(vote.weight for vote in votes if code in vote.known)
        if knowing > 0:
            merged[code] = said / knowing
    return merged


def allowed_by_letters(text: str, leaders: Collection[str] = ()) -> frozenset[str] | None:
    """Languages the text's exclusive letters leave possible, or None when the letters exclude nothing.
    `leaders` are the detectors' own leading guesses."""
    words = text.split()
    if not words:
        return None
    for letter, languages in EXCLUSIVE_LETTERS.items():
        having = sum(letter in word.lower() for word in words)
        if having >= EXCLUSIVE_MIN_WORDS and having / len(words) >= EXCLUSIVE_WORD_SHARE:
            return languages
        common = any(letter in word and not word[:1].isupper() for word in words)
        if common and not EXCLUSIVE_NEIGHBOURS.get(letter, frozenset()).isdisjoint(leaders):
            return languages
    return None


def leaders(merged: Mapping[str, float], count: int = 2) -> tuple[str, ...]:
    """The `count` highest-scoring languages, best first (ties by code)."""
    return tuple(sorted(merged, key=lambda c: (-merged[c], c))[:count])


def best(merged: Mapping[str, float], allowed: frozenset[str] | None = None) -> tuple[str | None, float]:
    """The highest-scoring language (ties by code, for determinism) and its score.

    When letters restrict the candidates, the score is renormalised over the candidates left: the excluded
    ones were ruled out by spelling, not by the detectors' doubt.
    """
    if allowed is not None:
        kept = {code: score for code, score in merged.items() if code in allowed}
        total = sum(kept.values())
        if not kept or total <= 0:
            return min(allowed), 1.0
        code = min(kept, key=lambda c: (-kept[c], c))
        return code, kept[code] / total
    if not merged:
        return None, 0.0
    code = min(merged, key=lambda c: (-merged[c], c))
    return code, merged[code]
