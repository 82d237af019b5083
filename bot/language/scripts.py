"""Which writing system a text is in, and the language when the writing system alone names it.

Armenian, Georgian, Greek, Hangul or Thai letters each belong to one living language of any size, so
counting letters per Unicode script settles those texts exactly and instantly; statistical detectors are
needed only for scripts shared by many languages (Latin, Cyrillic, Arabic, Devanagari). langdetect has no
Armenian or Georgian profile at all and would otherwise answer with whatever profile shares most n-grams.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex

# Scripts whose letters name one language (ISO 639-1) among the languages a news article is written in.
SCRIPT_LANGUAGES: dict[str, str] = {
    "Armenian": "hy",
    "Georgian": "ka",
    "Greek": "el",
    "Hebrew": "he",
    "Hangul": "ko",
    "Thai": "th",
    "Lao": "lo",
    "Khmer": "km",
    "Myanmar": "my",
    "Tibetan": "bo",
    "Ethiopic": "am",
    "Sinhala": "si",
    "Bengali": "bn",
    "Gujarati": "gu",
    "Gurmukhi": "pa",
    "Oriya": "or",
    "Tamil": "ta",
    "Telugu": "te",
    "Kannada": "kn",
    "Malayalam": "ml",
    "Thaana": "dv",
}
# Scripts shared by many languages: the statistical detectors decide among them.
SHARED_SCRIPTS = ("Latin", "Cyrillic", "Arabic", "Devanagari", "Syriac", "Mongolian")
KANA = ("Hiragana", "Katakana")
HAN = "Han"
# Japanese prose is a third to a half kana; Chinese has none. A tenth lets a Chinese text quote a katakana
# name without becoming Japanese, while kanji-heavy Japanese headlines still have more.
KANA_SHARE_FOR_JAPANESE = 0.1
# A Georgian or Armenian sentence citing an English title can have more Latin letters than its own; beside
# Latin (the script of quoted names and titles everywhere), this share of a one-language script decides.
OWN_SCRIPT_SHARE_BESIDE_LATIN = 0.3


@dataclass(frozen=True)
class ScriptCensus:
    """Letters per script. `dominant` is the script with most letters, with Han and kana counted together."""

    counts: Counter[str]

    @property
    def letters(self) -> int:
        return sum(self.counts.values())

    @property
    def dominant(self) -> str | None:
        if not self.counts:
            return None
        merged = Counter({name: n for name, n in self.counts.items() if name not in KANA})
        kana = sum(self.counts[name] for name in KANA)
        if kana:
            merged[HAN] += kana
        return max(sorted(merged), key=lambda name: merged[name])

    def share(self, script: str) -> float:
        """A script's share of all letters (Han including kana), 0 when there are none."""
        if not self.letters:
            return 0.0
        count = self.counts[script]
        if script == HAN:
            count += sum(self.counts[name] for name in KANA)
        return count / self.letters


@cache
def _script_pattern(script: str) -> regex.Pattern[str]:
    return regex.compile(rf"\p{{Script={script}}}")


def census(text: str) -> ScriptCensus:
    """Count the letters of each script that matters for language identification."""
    names = (*SCRIPT_LANGUAGES, *SHARED_SCRIPTS, *KANA, HAN)
    counts: Counter[str] = Counter()
    for name in names:
        found = len(_script_pattern(name).findall(text))
        if found:
            counts[name] = found
    return ScriptCensus(counts)


def language_of_script(found: ScriptCensus) -> str | None:
    """The language the dominant script names by itself; None when the script is shared by many languages."""
    script = found.dominant
    if script is None:
        return None
    if script == "Latin":
        own = [name for name in found.counts if name in SCRIPT_LANGUAGES]
        if own:
            name = max(sorted(own), key=lambda candidate: found.counts[candidate])
            if found.share(name) >= OWN_SCRIPT_SHARE_BESIDE_LATIN:
                return SCRIPT_LANGUAGES[name]
        return None
    if script == HAN:
        han_and_kana = found.counts[HAN] + sum(found.counts[name] for name in KANA)
        kana_share = sum(found.counts[name] for name in KANA) / han_and_kana
        return "ja" if kana_share >= KANA_SHARE_FOR_JAPANESE else "zh"
    return SCRIPT_LANGUAGES.get(script)


def script_confidence(found: ScriptCensus, language: str) -> float:
    """How much of the text the script answer explains: the named script's share of the letters, plus the
    Latin letters of quoted names and titles when the answer came from beside them."""
    if found.dominant != "Latin":
        return found.share(found.dominant or "")
    own = sum(found.share(name) for name, code in SCRIPT_LANGUAGES.items() if code == language)
    return own + found.share("Latin")
