"""`attribot fetch URL [--json]`: fetch a link the way the bot does and show the extracted article."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from bot.config import Settings
from bot.domain import Article, Source, SourceKind


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("url", metavar="URL", help="http(s) link of the page")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def main(args: argparse.Namespace, settings: Settings) -> int:
    from bot.sources import load_source
    from bot.sources.fetch import check_scheme

    check_scheme(args.url)
    article = load_source(Source(SourceKind.URL, args.url), settings)
    print(json.dumps(asdict(article), ensure_ascii=False) if args.json else render(article))
    return 0


def render(article: Article) -> str:
    """Metadata lines, a blank line, then the text."""
    fields = (
        ("title", article.title),
        ("site", article.site),
        ("author", article.author),
        ("date", article.date),
        ("language", article.language_hint),
        ("url", article.url),
        ("words", str(article.word_count)),
    )
    header = "\n".join(f"{name + ':':<10}{value}" for name, value in fields if value)
    return f"{header}\n\n{article.text}"
