"""`attribot eval extraction DIR`: article extraction scored like the Article Extraction Benchmark.

DIR holds `html/<id>.html.gz` and `ground-truth.json` (`{id: {"articleBody": ..., "url": ...}}`), the layout
of scrapinghub/article-extraction-benchmark. The metric reproduces that project's `evaluate.py` exactly, so
our numbers compare with its published table: `\\w+` word tokens, shingles of 4 consecutive tokens (a text
shorter than 4 tokens is one shorter shingle), TP/FP/FN over the shingle multisets of each page normalised by
their sum, precision averaged over pages that predicted something or should have (tp + fp > 0), recall over
pages with tp + fn > 0, F1 of the two means, and accuracy = share of pages whose token sequence equals the
truth.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.errors import BadInput

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class PageScore:
    """One page's normalised shingle counts (tp + fp + fn = 1 unless both texts are empty) and exact match."""

    page_id: str
    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.fp, self.fn, self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.fp, self.fn, self.fn)


@dataclass(frozen=True)
class ExtractionScores:
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: tuple[PageScore, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "pages": len(self.pages),
            "f1": round(self.f1, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "accuracy": round(self.accuracy, 4),
        }


def tokenize(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    tokens = tokenize(text)
    found: Counter[tuple[str, ...]] = Counter()
    for start in range(max(1, len(tokens) - size + 1)):
        shingle = tuple(tokens[start : start + size])
        if shingle:
            found[shingle] += 1
    return found


def score_page(page_id: str, true: str | None, predicted: str | None) -> PageScore:
    """Shingle TP/FP/FN of one page, normalised so that long pages do not outweigh short ones."""
    true_shingles, predicted_shingles = shingles(true), shingles(predicted)
    tp = fp = fn = 0.0
    for key in true_shingles.keys() | predicted_shingles.keys():
        true_count, predicted_count = true_shingles[key], predicted_shingles[key]
        tp += min(true_count, predicted_count)
        fp += max(0, predicted_count - true_count)
        fn += max(0, true_count - predicted_count)
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(page_id, tp, fp, fn, exact=tokenize(true) == tokenize(predicted))


def aggregate(pages: Iterable[PageScore]) -> ExtractionScores:
    scored = tuple(pages)
    if not scored:
        raise BadInput("There are no pages to score.")
    precisions = [p.precision for p in scored if p.tp + p.fp > 0]
    recalls = [p.recall for p in scored if p.tp + p.fn > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    accuracy = statistics.mean(float(p.exact) for p in scored)
    return ExtractionScores(precision, recall, f1, accuracy, scored)


def _ratio(tp: float, fp: float, fn: float, wrong: float) -> float:
    """The benchmark's precision/recall with its edge cases: nothing wrong at all → 1, nothing right → 0."""
    if fp == fn == 0:
        return 1.0
    if tp == wrong == 0:
        return 0.0
    return tp / (tp + wrong)


Extractor = Callable[[str, str | None], str]


def evaluate(directory: Path, extractor: Extractor, limit: int | None = None) -> ExtractionScores:
    """Run `extractor(html, url) -> text` over the benchmark in `directory` and score it."""
    truth = _load_truth(directory)
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    pages = []
    for page_id in ids:
        html = _read_page(directory, page_id)
        entry = truth[page_id]
        predicted = extractor(html, entry.get("url"))
        pages.append(score_page(page_id, entry.get("articleBody", ""), predicted))
    return aggregate(pages)


def product_extractor(html: str, url: str | None) -> str:
    """What the bot itself would extract from the page: trafilatura, fallback and boilerplate cleaning."""
    from bot.errors import NothingToSummarize
    from bot.sources.extract import extract_article

    try:
        return extract_article(html, url).text
    except NothingToSummarize:
        return ""


def _load_truth(directory: Path) -> dict[str, dict[str, str]]:
    path = directory / "ground-truth.json"
    if not path.is_file():
        raise BadInput(f"{path} does not exist; DIR must hold ground-truth.json and html/<id>.html.gz.")
    with path.open(encoding="utf-8") as handle:
        truth: dict[str, dict[str, str]] = json.load(handle)
    return truth


def _read_page(directory: Path, page_id: str) -> str:
    from bot.sources.decode import decode_bytes

    path = directory / "html" / f"{page_id}.html.gz"
    try:
        data = gzip.decompress(path.read_bytes())
    except OSError as error:
        raise BadInput(f"Cannot read {path}: {error}") from None
    return decode_bytes(data, what=str(path))


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("directory", type=Path, metavar="DIR", help="benchmark folder (ground-truth.json, html/)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="score only the first N pages")
    parser.add_argument("--worst", type=int, default=10, metavar="N", help="pages listed by --verbose")
    parser.add_argument(
        "--verbose",
        dest="list_worst",
        action="store_true",
        help="also list the worst pages by F1 (precision, recall, id)",
    )


def main(args: argparse.Namespace, settings: Settings) -> int:
    if args.limit is not None and args.limit < 1:
        raise BadInput("--limit must be at least 1.")
    scores = evaluate(args.directory, product_extractor, args.limit)
    worst = sorted(scores.pages, key=_page_f1)[: args.worst] if args.list_worst else []
    if args.json:
        report = scores.to_json()
        if args.list_worst:
            report["worst"] = [_page_json(p) for p in worst]
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"pages      {len(scores.pages)}")
    print(f"F1         {scores.f1:.3f}")
    print(f"precision  {scores.precision:.3f}")
    print(f"recall     {scores.recall:.3f}")
    print(f"accuracy   {scores.accuracy:.3f}")
    if worst:
        print("worst pages (F1 precision recall id):")
        for page in worst:
            print(f"  {_page_f1(page):.3f} {page.precision:.3f} {page.recall:.3f} {page.page_id}")
    return 0


def _page_f1(page: PageScore) -> float:
    p, r = page.precision, page.recall
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _page_json(page: PageScore) -> dict[str, object]:
    return {
        "id": page.page_id,
        "f1": round(_page_f1(page), 4),
        "precision": round(page.precision, 4),
        "recall": round(page.recall, 4),
    }
