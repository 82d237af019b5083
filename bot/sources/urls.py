"""Links in a chat message: what the bot offers to summarize when someone posts a message with links."""

from __future__ import annotations

import re

_URL = re.compile(r"\bhttps?://[^\s<>\"'`«»“”‘’]+", re.IGNORECASE)
_TRAILING = ".,;:!?…"
_PAIRS = {")": "(", "]": "[", "}": "{"}


def find_urls(text: str) -> list[str]:
    """The http(s) URLs in `text`, in order of appearance, without duplicates and without the punctuation of
    the sentence around them ("see https://x.org/a." → "https://x.org/a"; a closing bracket stays only when
    the URL opened it, as in Wikipedia links).
    """
    found: list[str] = []
    for match in _URL.finditer(text):
        url = _trim(match.group(0))
        if "://" in url and url.split("://", 1)[1] and url not in found:
            found.append(url)
    return found


def _trim(url: str) -> str:
    while url:
        last = url[-1]
        if last in _TRAILING or (last in _PAIRS and url.count(last) > url.count(_PAIRS[last])):
            url = url[:-1]
        else:
            break
    return url
