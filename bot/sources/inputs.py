"""What the user asked us to read: a link, a file, or text on stdin, told apart before anything is fetched."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import BinaryIO, TextIO

from bot.domain import Source, SourceKind
from bot.errors import BadInput, RefusedSource
from bot.sources.decode import decode_bytes
from bot.sources.fetch import ALLOWED_SCHEMES

# "scheme:" per RFC 3986; a Windows drive letter ("C:") is one letter, so needs two or more here.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")


def parse_source(arg: str, stdin: TextIO | BinaryIO | None = None) -> Source:
    """`-` → the text on stdin; an http(s) URL → URL; an existing file → FILE.

    Other URL schemes (file:, ftp:, javascript:, data: …) are refused; anything else is a path that does not
    exist, reported as such.
    """
    if arg == "-":
        return Source(SourceKind.TEXT, read_stdin(stdin if stdin is not None else sys.stdin.buffer))
    scheme = _SCHEME.match(arg.strip())
    if scheme and scheme.group(1).lower() in ALLOWED_SCHEMES:
        return Source(SourceKind.URL, arg.strip())
    path = Path(arg).expanduser()
    if path.is_file():
        return Source(SourceKind.FILE, str(path))
    if path.exists():
        raise BadInput(f"{arg} is not a file.")
    if scheme:
        raise RefusedSource(f"I only read http and https links, not {scheme.group(1).lower()}: links.")
    raise BadInput(f"{arg} is neither a web address (http:// or https://) nor an existing file.")


def read_stdin(stream: TextIO | BinaryIO) -> str:
    """All of stdin as text; a binary stream is decoded like a file (and refused when it is not text)."""
    data = stream.read()
    if isinstance(data, bytes):
        return decode_bytes(data, what="The input")
    return data
