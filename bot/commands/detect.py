"""`attribot detect`: one text per stdin line → one JSON line per input, `{"lang": "hy", "confidence": 0.97}`.

`lang` is an ISO 639-1 code, or null when the line is blank, too short or too ambiguous to tell. Each answer
is written and flushed as soon as its line is read, so another program can talk to the command through a pipe.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TextIO

from bot.config import Settings
from bot.domain import Language


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.epilog = 'Example: echo "Բարև ձեզ, ինչպես եք" | attribot detect  →  {"lang": "hy", "confidence": 1.0}'


def main(args: argparse.Namespace, settings: Settings) -> int:
    from bot.language import LanguageDetector

    detector = LanguageDetector(high_accuracy=settings.langid_high_accuracy)
    write_lines(map(detector.detect, read_lines(sys.stdin)), sys.stdout)
    return 0


def read_lines(stream: TextIO) -> Iterable[str]:
    for line in stream:
        yield line.rstrip("\r\n")


def to_json(language: Language) -> str:
    return json.dumps({"lang": language.code, "confidence": language.confidence})


def write_lines(languages: Iterable[Language], out: TextIO) -> None:
    for language in languages:
        out.write(to_json(language) + "\n")
        out.flush()
