"""`attribot models list | fetch | convert`: what routes exist, and getting their weights ready ahead of time.

Downloading on first use works, but a bot that has to fetch 300 MB while a user waits makes a poor first
impression, and a server without internet needs the weights put in place beforehand.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from bot.config import Settings
from bot.errors import BadInput, ModelUnavailable
from bot.translation.catalog import Catalog, Route, load_catalog

DIRECTIONS = ("into-en", "from-en")


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    action = command[-1]
    if action in ("fetch", "convert"):
        parser.add_argument("languages", nargs="+", metavar="LANG", help="ISO 639-1 codes, e.g. fr ru uk")
    parser.add_argument(
        "--direction",
        choices=DIRECTIONS,
        default=None,
        help="only routes into English or only out of it (default: both)",
    )


def main(args: argparse.Namespace, settings: Settings) -> int:
    from bot.translation.store import ModelStore

    catalog = load_catalog(settings.catalog_path)
    store = ModelStore(settings, catalog)
    action = args.command_path[-1]
    if action == "list":
        routes = [r for r in catalog.routes if args.direction in (None, r.direction)]
        sys.stdout.write(format_routes(routes, store.is_downloaded, store.is_converted))
        return 0
    routes = select_routes(catalog, args.languages, args.direction)
    models = list(dict.fromkeys(r.model for r in routes))
    if action == "fetch":
        if settings.offline:
            raise ModelUnavailable("ATTRIBOT_OFFLINE is set, so nothing can be downloaded; unset it first.")
        for model in models:
            if store.is_downloaded(model):
                print(f"{model}: already downloaded")
                continue
            print(f"{model}: downloading into {store.hf_dir(model)} …", flush=True)
            store.download(model)
        if settings.backend == "ctranslate2":
            languages = " ".join(args.languages)
            print(f"Convert them now with `attribot models convert {languages}`, or let first use do it.")
        return 0
    for model in models:
        if not store.is_downloaded(model):
            raise ModelUnavailable(f"{model} is not downloaded; run `{store.fetch_command(model)}` first.")
        print(f"{model}: converting to {store.ct2_dir(model)} …", flush=True)
        store.convert(model)
    return 0


def select_routes(catalog: Catalog, languages: Sequence[str], direction: str | None) -> list[Route]:
    unknown = [code for code in languages if not catalog.routes_for([code], direction)]
    if unknown:
        known = " ".join(sorted({r.language for r in catalog.routes}))
        raise BadInput(f"No translation route for {', '.join(unknown)}. Known languages: {known}")
    return catalog.routes_for(languages, direction)


def format_routes(
    routes: Sequence[Route],
    downloaded: Callable[[str], bool],
    converted: Callable[[str], bool],
) -> str:
    """A plain-text table: one route per line, with where its weights stand on this machine."""
    header = ("DIRECTION", "LANG", "MODEL", "DOWNLOADED", "CT2", "SCORE")
    rows = [header]
    for route in sorted(routes, key=lambda r: (DIRECTIONS.index(r.direction), r.language)):
        score = route.score + ("  [weak]" if route.weak else "")
        rows.append(
            (
                route.direction,
                route.language + (f" {route.target_token}" if route.target_token else ""),
                route.model,
                "yes" if downloaded(route.model) else "no",
                "yes" if converted(route.model) else "no",
                score,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1] for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines) + "\n"
