"""Language detection: which language an article is in, so the right translation model is used.

`LanguageDetector().detect(text)` → `bot.domain.Language`; `language_name("hy")` → "Armenian" for messages.
"""

from __future__ import annotations

from bot.language.detector import LanguageDetector
from bot.language.names import language_name

__all__ = ["LanguageDetector", "language_name"]
