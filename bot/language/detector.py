"""`LanguageDetector.detect(text) -> Language`: writing system first, then three statistical detectors.

Order of decisions:
1. Strip what carries no language (URLs, e-mails, numbers, markup). Fewer than `MIN_LETTERS` letters left
   (`MIN_SYLLABOGRAMS` Han or Hangul characters): undetermined.
2. A script that names one language (Armenian, Georgian, Greek, Hangul, kana, Thai …) decides it outright.
3. Otherwise lingua, fastText and (from `LANGDETECT_MIN_LETTERS` letters on) langdetect vote (see
   `combine`); letters exclusive to one language's alphabet (Azerbaijani ə) rule out languages that lack them.
4. A winner whose score is below `MIN_CONFIDENCE` is reported undetermined, with that score.

Every step is deterministic (langdetect's sampling is seeded per call), and the detector keeps no state
between calls, so one instance serves all worker threads. The models load on first use, or with `load()`.
"""

from __future__ import annotations

from bot.domain import Language
from bot.language import voters
from bot.language.cleaning import strip_noise
from bot.language.combine import (
    LANGDETECT_MIN_LETTERS,
    LINGUA_WEIGHT,
    Vote,
    allowed_by_letters,
    best,
    leaders,
    ngram_weight,
    scores,
)
from bot.language.scripts import HAN, census, language_of_script, script_confidence

MIN_LETTERS = 3
# A Han or Hangul character is a syllable or a word, not a letter: two already make a word ("浙江").
MIN_SYLLABOGRAMS = 2
SYLLABIC_SCRIPTS = frozenset({HAN, "Hangul"})
MIN_CONFIDENCE = 0.3
# Enough text to decide on; the detectors' time grows with length, an article's language does not change.
MAX_CHARS = 3000


class LanguageDetector:
    def __init__(self, *, high_accuracy: bool = True) -> None:
        """`high_accuracy=False` runs lingua in its low-accuracy mode: about 100 MB instead of about 1.3 GB
        with every language loaded, at a cost in accuracy on texts shorter than about 120 characters."""
        self.high_accuracy = high_accuracy

    def load(self) -> None:
        """Load every model now, so the first request does not wait for it."""
        voters.load_all(high_accuracy=self.high_accuracy)

    def detect(self, text: str) -> Language:
        cleaned = strip_noise(text)[:MAX_CHARS]
        letters = census(cleaned)
        minimum = MIN_SYLLABOGRAMS if letters.dominant in SYLLABIC_SCRIPTS else MIN_LETTERS
        if letters.letters < minimum:
            return Language(None, 0.0)

        by_script = language_of_script(letters)
        if by_script is not None:
            return Language(by_script, _rounded(script_confidence(letters, by_script)))

        votes = self._votes(cleaned, letters.letters)
        merged = scores(votes)
        code, confidence = best(merged, allowed_by_letters(cleaned, leaders(merged)))
        if confidence < MIN_CONFIDENCE:
            return Language(None, _rounded(confidence))
        return Language(code, _rounded(confidence))

    def _votes(self, text: str, letters: int) -> list[Vote]:
        ngram = ngram_weight(letters)
        lingua = voters.lingua_vote(text, high_accuracy=self.high_accuracy)
        votes = [
            Vote(lingua, voters.lingua_languages(), LINGUA_WEIGHT),
            Vote(voters.fasttext_vote(text), voters.fasttext_languages(), ngram),
        ]
        if letters >= LANGDETECT_MIN_LETTERS:
            votes.append(Vote(voters.langdetect_vote(text), voters.langdetect_languages(), ngram))
        return votes


def _rounded(confidence: float) -> float:
    """Three decimals: enough for a threshold, and equal floats across platforms' summation order."""
    return round(min(max(confidence, 0.0), 1.0), 3)
