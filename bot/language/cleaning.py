"""Remove what carries no language before detection: markup, URLs, e-mail addresses, handles and numbers.

A pasted message is often a link plus a few words, or an article full of figures and addresses; n-gram
detectors read `https://www.lemonde.fr/...` or `2024-09-19` as text in some language and drift towards it.
"""

from __future__ import annotations

import html
import re

_MARKUP = re.compile(r"<[^>\n]{0,500}>")
_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+", re.IGNORECASE)
_BARE_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,6}\b(?:/\S*)?")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_NUMBER = re.compile(r"[+-]?\d[\d.,:/'’%°-]*")
_SPACE = re.compile(r"\s+")


def strip_noise(text: str) -> str:
    """The text with markup, URLs, e-mails, @handles and numbers removed and whitespace collapsed.

    Hashtags keep their word (`#Արցախ` is Armenian); only the `#` goes, as punctuation does in the detectors.
    """
    text = html.unescape(_MARKUP.sub(" ", text))
    for pattern in (_URL, _EMAIL, _BARE_DOMAIN, _HANDLE, _NUMBER):
        text = pattern.sub(" ", text)
    return _SPACE.sub(" ", text.replace("#", " ")).strip()
