"""English names of languages for messages ("Detected: Armenian"), from the ISO 639 data in pycountry."""

from __future__ import annotations

import re
from functools import cache

import pycountry

# ISO 639 names carry qualifiers a reader does not need: "Modern Greek (1453-)", "Malay (macrolanguage)".
_QUALIFIER = re.compile(r"\s*\([^)]*\)")


@cache
def language_name(code: str) -> str:
    """The English name of an ISO 639-1 (or 639-3) code; the code itself when ISO 639 does not know it."""
    key = code.strip().lower()
    field = "alpha_2" if len(key) == 2 else "alpha_3"
    entry = pycountry.languages.get(**{field: key}) if len(key) in (2, 3) else None
    if entry is None:
        return code
    name: str = getattr(entry, "common_name", None) or entry.name
    return _QUALIFIER.sub("", name).strip()
