"""Bytes → text for pages, files and piped input, refusing binary data.

Web pages often lie about or omit their charset, so the order follows what browsers do: a byte-order mark,
then the charset the server declared, then one declared inside the document (`<meta charset>`, `<?xml
encoding?>`), then charset-normalizer's statistical guess. Binary data (NUL bytes, or bytes no charset
explains) is refused with a message, since feeding it to the extractor would only produce noise.
"""

from __future__ import annotations

import codecs
import re

from bot.errors import BadInput

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# How far into a document a declared charset is looked for; HTML requires it in the first 1024 bytes, but real
# pages put long <head> content first, so allow more.
_DECLARATION_WINDOW = 8192

# Broken sequences tolerated in a document that otherwise decodes in its charset (or one per 1000 bytes).
_TOLERATED_ERRORS = 3

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)""",
    re.IGNORECASE,
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.-]+)["']""", re.IGNORECASE)


def decode_bytes(data: bytes, declared_charset: str | None = None, *, what: str = "The input") -> str:
    """Decode `data` to text; `declared_charset` is what a Content-Type header said, if anything.

    Raises BadInput when the data is binary (contains NUL bytes or fits no charset).
    """
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, bom_encoding, what)
    if b"\x00" in data:
        raise BadInput(f"{what} looks like a binary file, not text.")
    declared = [_known_encoding(declared_charset), _known_encoding(declared_charset_in(data))]
    for encoding in dict.fromkeys(c for c in declared if c):
        text = _mostly(data, encoding)
        if text is not None:
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess(data, what)


def _mostly(data: bytes, encoding: str) -> str | None:
    """`data` decoded in its declared charset, with a few broken bytes replaced as browsers do (a page declared
    UTF-8 with one bad byte stays UTF-8 instead of being guessed as something else); None when it does not fit.
    """
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, errors="replace")
    return text if text.count("\ufffd") <= max(_TOLERATED_ERRORS, len(data) // 1000) else None


def declared_charset_in(data: bytes) -> str | None:
    """The charset a document declares about itself (`<meta charset>` or an XML declaration), if any."""
    head = data[:_DECLARATION_WINDOW]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def _known_encoding(name: str | None) -> str | None:
    """Python's codec name for a declared charset, or None when Python has no such codec.

    Following the WHATWG encoding standard, pages labelled latin-1/ascii are decoded as windows-1252, and a
    document that calls itself UTF-16 while having no BOM (so was read as ASCII-compatible bytes) is UTF-8.
    """
    if not name:
        return None
    try:
        canonical = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    if canonical in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if canonical.startswith("utf-16") or canonical.startswith("utf-32"):
        return "utf-8"
    return canonical


def _guess(data: bytes, what: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BadInput(f"{what} is not readable text (it may be a binary file).")
    return str(best)


def _strict(data: bytes, encoding: str, what: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise BadInput(f"{what} is not readable text (it may be a binary file).") from None
