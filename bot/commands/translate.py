"""`attribot translate --from LANG [--to LANG]`: stdin to stdout, through the same translator the bot uses."""

from __future__ import annotations

import argparse
import sys

from bot.config import Settings
from bot.errors import BadInput


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("--from", dest="source", required=True, metavar="LANG", help="language of the input")
    parser.add_argument("--to", dest="target", default="en", metavar="LANG", help="output language (default en)")


def main(args: argparse.Namespace, settings: Settings) -> int:
    from bot.translation import Translator

    text = sys.stdin.read()
    if not text.strip():
        raise BadInput("Nothing to translate: standard input is empty.")
    if len(text) > settings.max_input_chars:
        raise BadInput(
            f"The input is {len(text):,} characters; the limit is {settings.max_input_chars:,} "
            "(ATTRIBOT_MAX_INPUT_CHARS)."
        )
    translator = Translator(settings)
    source, target = args.source.lower(), args.target.lower()
    sys.stdout.write(translator.translate(text, source, target).text + "\n")
    return 0
