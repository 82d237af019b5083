"""`attribot eval summary`: claims, sides and neutral summaries scored on multi-side English articles.

Each document is `docs/<name>.txt` with `gold/<name>.json` (format in /work/shared/eval/README.md), plus the
project's worked example (the seed article and its gold, written from seed-expected.md). Texts go through the
same cleaning as pasted text and then the English stages only (claims → sides → summary; no translation).

Scores, as the README defines them: a gold claim is *found* when a predicted claim's content overlaps its
anchor; its *side is right* when the predicted side name equals, contains or is contained in (as whole words,
not only generic words) the gold side's name or an alias. The summary checks are the product's promises:
relaying outlets never named as sides, no loaded verbs outside quotes, every quote verbatim in the source,
every gold side covered, and the length."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.attribution.parties import word_set
from bot.config import REPO_ROOT, Settings
from bot.domain import Claim, Span, Summary, SummaryLength
from bot.errors import BadInput

DEFAULT_SIDES_DIR = Path("/work/shared/eval/sides")
DEFAULT_SEED = Path("/work/shared/examples/seed-karabakh.txt")
DEFAULT_SEED_GOLD = REPO_ROOT / "tests" / "data" / "seed-karabakh.gold.json"
# Words that alone do not make two side names the same side ("government" matches every government).
GENERIC_WORDS = word_set(
    """
    the a an of and for in on at to s government governments officials official party parties state states
    group groups people sources source other ministry forces president house national united
    """
)


@dataclass(frozen=True)
class GoldSide:
    name: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldClaim:
    side: str
    anchor: Span


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text: str
    sides: tuple[GoldSide, ...]
    conduits: tuple[str, ...]
    claims: tuple[GoldClaim, ...]


@dataclass(frozen=True)
class DocumentScore:
    name: str
    gold_claims: int
    found: int
    right_side: int
    conduits_as_sides: int
    loaded_verbs: int
    framing_words: int
    quotes: int
    quotes_verbatim: int
    words: int
    characters: int
    gold_sides: int
    sides_covered: int
    summary: str

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def names_match(predicted: str, gold: str) -> bool:
    """Whole-word equality or containment either way, where the shared words are not all generic."""
    left, right = _tokens(predicted), _tokens(gold)
    shorter, longer = (left, right) if len(left) <= len(right) else (right, left)
    if not shorter or not set(shorter) - GENERIC_WORDS:
        return False
    return any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def side_matches(predicted: str | None, gold: GoldSide) -> bool:
    return predicted is not None and any(names_match(predicted, name) for name in gold.names)


def _tokens(name: str) -> list[str]:
    return re.findall(r"\w+", name.lower())


def load_gold(text_path: Path, gold_path: Path) -> GoldDocument:
    from bot.sources.load import article_from_text

    text = article_from_text(text_path.read_text(encoding="utf-8"), Settings()).text
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    claims = []
    for claim in data["claims"]:
        anchor = " ".join(claim["anchor"].split())
        start = text.find(anchor)
        if start < 0:
            raise BadInput(f"{gold_path.name}: anchor not in the text: {anchor!r}")
        claims.append(GoldClaim(side=claim["side"], anchor=Span(start, start + len(anchor))))
    return GoldDocument(
        name=text_path.stem,
        text=text,
        sides=tuple(GoldSide(s["name"], tuple(s.get("aliases", ()))) for s in data["sides"]),
        conduits=tuple(data.get("conduits", ())),
        claims=tuple(claims),
    )


def score_document(document: GoldDocument, claims: Sequence[Claim], summary: Summary, rendered: str) -> DocumentScore:
    from bot.summary.neutral import has_framing, loaded_verbs_outside_quotes, quoted_strings

    sides_by_name = {side.name: side for side in document.sides}
    found = right = 0
    for gold in document.claims:
        overlapping = [c for c in claims if c.content_span.overlaps(gold.anchor)]
        if not overlapping:
            continue
        found += 1
        # A relaying outlet's claim has no side by design; the relayed claim inside it carries the side.
        sided = [c for c in overlapping if c.side is not None] or overlapping
        best = max(sided, key=lambda c: _overlap(c.content_span, gold.anchor))
        if side_matches(best.side, sides_by_name[gold.side]):
            right += 1
    predicted_sides = {c.side for c in claims if c.side}
    conduits_as_sides = sum(
        1 for conduit in document.conduits if any(names_match(side, conduit) for side in predicted_sides)
    )
    flat_source = " ".join(document.text.split())
    quotes = quoted_strings(rendered)
    verbatim = sum(1 for quote in quotes if " ".join(quote.split()) in flat_source)
    summary_sides = [side.name for side in summary.sides]
    gold_with_claims = [s for s in document.sides if any(c.side == s.name for c in document.claims)]
    covered = sum(1 for gold in gold_with_claims if any(side_matches(name, gold) for name in summary_sides))
    return DocumentScore(
        name=document.name,
        gold_claims=len(document.claims),
        found=found,
        right_side=right,
        conduits_as_sides=conduits_as_sides,
        loaded_verbs=len(loaded_verbs_outside_quotes(rendered)),
        framing_words=int(has_framing(rendered)),
        quotes=len(quotes),
        quotes_verbatim=verbatim,
        words=summary.word_count,
        characters=len(rendered),
        gold_sides=len(gold_with_claims),
        sides_covered=covered,
        summary=rendered,
    )


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def evaluate(documents: Sequence[GoldDocument], length: SummaryLength) -> list[DocumentScore]:
    from bot.attribution.claims import ClaimExtractor
    from bot.attribution.sides import assign_sides
    from bot.summary import summarize
    from bot.summary.render import render_text

    extractor = ClaimExtractor()
    scores = []
    for document in documents:
        claims = extractor.extract(document.text)
        assignment = assign_sides(document.text, claims)
        summary = summarize(document.text, assignment, length)
        scores.append(score_document(document, assignment.claims, summary, render_text(summary)))
    return scores


def totals(scores: Sequence[DocumentScore]) -> dict[str, Any]:
    def total(field: str) -> int:
        return sum(int(getattr(score, field)) for score in scores)

    def share(part: int, whole: int) -> float:
        return round(part / whole, 3) if whole else 1.0

    return {
        "documents": len(scores),
        "claims_found": share(total("found"), total("gold_claims")),
        "side_right_of_found": share(total("right_side"), total("found")),
        "conduits_named_as_sides": total("conduits_as_sides"),
        "loaded_verbs_outside_quotes": total("loaded_verbs"),
        "summaries_with_framing_words": total("framing_words"),
        "quotes_verbatim": share(total("quotes_verbatim"), total("quotes")),
        "words_per_summary": round(total("words") / max(len(scores), 1), 1),
        "max_characters": max((score.characters for score in scores), default=0),
        "gold_sides_covered": share(total("sides_covered"), total("gold_sides")),
    }


def collect(sides_dir: Path, seed: Path | None, seed_gold: Path) -> list[GoldDocument]:
    documents = []
    if seed is not None:
        if not seed.is_file() or not seed_gold.is_file():
            raise BadInput(f"The seed example or its gold is missing: {seed}, {seed_gold}")
        documents.append(load_gold(seed, seed_gold))
    gold_dir, docs_dir = sides_dir / "gold", sides_dir / "docs"
    if not gold_dir.is_dir() or not docs_dir.is_dir():
        raise BadInput(f"{sides_dir} must hold docs/ and gold/ (see /work/shared/eval/README.md)")
    for gold_path in sorted(gold_dir.glob("*.json")):
        text_path = docs_dir / f"{gold_path.stem}.txt"
        if text_path.is_file():
            documents.append(load_gold(text_path, gold_path))
    return documents


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("--sides-dir", type=Path, default=DEFAULT_SIDES_DIR, help="folder with docs/ and gold/")
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="the worked example's text")
    parser.add_argument("--seed-gold", type=Path, default=DEFAULT_SEED_GOLD, help="the worked example's gold")
    parser.add_argument("--no-seed", action="store_true", help="score the sides folder only")
    parser.add_argument(
        "--length", choices=[length.value for length in SummaryLength], default=SummaryLength.NORMAL.value
    )
    parser.add_argument("--show", action="store_true", help="print each document's summary")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")


def main(args: argparse.Namespace, settings: Settings) -> int:
    documents = collect(args.sides_dir, None if args.no_seed else args.seed, args.seed_gold)
    scores = evaluate(documents, SummaryLength(args.length))
    summary = totals(scores)
    if args.json:
        print(json.dumps({"totals": summary, "documents": [s.to_json() for s in scores]}, indent=2))
        return 0
    columns = ("found", "side ok", "conduits", "loaded", "quotes", "words", "sides")
    print(f"{'document':26}" + "".join(f"{column:>10}" for column in columns))
    for s in scores:
        cells = (
            f"{s.found}/{s.gold_claims}",
            f"{s.right_side}/{s.found}",
            str(s.conduits_as_sides),
            str(s.loaded_verbs),
            f"{s.quotes_verbatim}/{s.quotes}",
            str(s.words),
            f"{s.sides_covered}/{s.gold_sides}",
        )
        print(f"{s.name:26}" + "".join(f"{cell:>10}" for cell in cells))
        if args.show:
            print("\n" + s.summary + "\n")
    for key, value in summary.items():
        print(f"{key}: {value}")
    return 0
