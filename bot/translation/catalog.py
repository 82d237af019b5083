"""Which model translates which language pair: the routes in `models/catalog.toml`.

Each route names one Hugging Face model id, the `>>xxx<<` token a multi-target model needs, and the published
score the model was chosen by, so `attribot models list` can show why a route is what it is.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.config import catalog_path

ENGLISH = "en"
WEAK_BLEU = 15.0
"""Below this published BLEU a route's output is a rough gist at best; `attribot models list` flags it."""

_FIRST_BLEU = re.compile(r"BLEU (\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class Route:
    source: str
    target: str
    model: str
    score: str
    target_token: str | None = None

    @property
    def direction(self) -> str:
        return "into-en" if self.target == ENGLISH else "from-en"

    @property
    def language(self) -> str:
        """The non-English side of the route."""
        return self.source if self.target == ENGLISH else self.target

    @property
    def bleu(self) -> float | None:
        """The first BLEU figure in `score`, the one the route was chosen by."""
        match = _FIRST_BLEU.search(self.score)
        return float(match.group(1)) if match else None

    @property
    def weak(self) -> bool:
        return self.bleu is not None and self.bleu < WEAK_BLEU


class CatalogError(ValueError):
    """The catalog file is malformed; the message says where."""


@dataclass(frozen=True)
class Catalog:
    routes: tuple[Route, ...]

    def __post_init__(self) -> None:
        seen: set[tuple[str, str]] = set()
        for route in self.routes:
            pair = (route.source, route.target)
            if pair in seen:
                raise CatalogError(f"two routes for {route.source}→{route.target}")
            seen.add(pair)

    @classmethod
    def from_routes(cls, routes: Iterable[Route]) -> Catalog:
        return cls(tuple(routes))

    def route(self, source: str, target: str) -> Route | None:
        return next((r for r in self.routes if r.source == source and r.target == target), None)

    def source_languages(self) -> list[str]:
        return sorted({r.source for r in self.routes} | {ENGLISH})

    def target_languages(self) -> list[str]:
        return sorted({r.target for r in self.routes} | {ENGLISH})

    def routes_for(self, languages: Iterable[str], direction: str | None = None) -> list[Route]:
        """Routes touching the given languages, in one direction ("into-en", "from-en") or both."""
        wanted = set(languages)
        return [r for r in self.routes if r.language in wanted and (direction is None or r.direction == direction)]

    def models(self) -> list[str]:
        return sorted({r.model for r in self.routes})


def parse_catalog(text: str) -> Catalog:
    """Read the TOML catalog: `[[route]]` tables: source, target, model, score, optional target_token."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"catalog is not valid TOML: {error}") from None
    routes = []
    for index, entry in enumerate(data.get("route", [])):
        try:
            routes.append(
                Route(
                    source=str(entry["source"]),
                    target=str(entry["target"]),
                    model=str(entry["model"]),
                    score=str(entry["score"]),
                    target_token=entry.get("target_token") or None,
                )
            )
        except KeyError as error:
            raise CatalogError(f"route #{index + 1} lacks {error.args[0]!r}") from None
    return Catalog.from_routes(routes)


@cache
def load_catalog(path: Path | None = None) -> Catalog:
    """The catalog at `path` (default: `bot.config.catalog_path()`), read once per process."""
    return parse_catalog((path or catalog_path()).read_text(encoding="utf-8"))
