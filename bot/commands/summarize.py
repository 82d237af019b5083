"""`attribot summarize SOURCE`: the bot's reply for a link, a file or stdin text, printed as text, HTML or
JSON."""

from __future__ import annotations

import argparse
import json

from bot.config import Settings
from bot.domain import SummaryLength
from bot.errors import BadInput

FORMATS = ("text", "html", "json")


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("source", metavar="SOURCE", help="http(s) link, file path, or - to read stdin")
    parser.add_argument("--to", default="en", metavar="LANG", help="language of the summary (ISO 639-1, default en)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default text)")
    parser.add_argument(
        "--length",
        choices=[length.value for length in SummaryLength],
        default=None,
        help="summary length (default: ATTRIBOT_SUMMARY_LENGTH)",
    )
    parser.add_argument("--lang", default=None, metavar="CODE", help="the article's language, skipping detection")


def main(args: argparse.Namespace, settings: Settings) -> int:
    from bot.pipeline import Pipeline, Request
    from bot.sources import parse_source
    from bot.summary.render import render_html, summary_to_json

    request = Request(
        source=parse_source(args.source),
        reply_language=language_code(args.to, "--to"),
        length=SummaryLength(args.length or settings.summary_length),
        language_override=language_code(args.lang, "--lang") if args.lang else None,
    )
    result = Pipeline(settings).run(request)
    if args.format == "json":
        print(json.dumps(summary_to_json(result), ensure_ascii=False, indent=2))
    elif args.format == "html":
        print(render_html(result.translated_summary or result.summary))
    else:
        print(result.rendered)
    return 0


def language_code(value: str, option: str) -> str:
    """A two-letter ISO 639-1 code, lower-cased; anything else is a one-line error naming the option."""
    import pycountry

    code = value.strip().lower()
    if len(code) != 2 or pycountry.languages.get(alpha_2=code) is None:
        raise BadInput(f"{option} takes a two-letter language code such as en, fr or hy, not {value!r}.")
    return code
