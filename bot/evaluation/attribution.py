"""`attribot eval attribution DIR`: claim extraction scored against PolNeAR's brat annotations.

DIR holds `text/<name>.txt` and `attributions/<name>_<annotator>.ann`; where a text has several annotators the
first file in sorted order is the gold. Scoring follows /work/shared/eval/README.md: predicted claims are matched
one-to-one to gold attributions by the character intersection-over-union of their content (greedy, highest IoU
first; a discontinuous gold span counts as the union of its pieces), giving content precision, recall and F1 at
IoU ≥ 0.3 and ≥ 0.7; speaker accuracy is the share of matched pairs (at 0.3) whose predicted speaker span
overlaps the gold Source. Pairs whose gold attribution has no Source are left out of that share, since no
predicted span could overlap it. The annotated data is only read here, never shipped or learned from.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.domain import Claim, Span
from bot.errors import BadInput

THRESHOLDS = (0.3, 0.7)
SPEAKER_THRESHOLD = 0.3


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: its content pieces and its source pieces (empty when it has no source)."""

    content: tuple[Span, ...]
    source: tuple[Span, ...]


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True)
class Counts:
    """Tallies over documents; precision/recall/F1 are derived so counts can simply be added up."""

    predicted: int
    gold: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def parse_brat_spans(field: str) -> tuple[Span, ...]:
    """`10 20;25 30` → two spans (brat writes discontinuous spans with semicolons)."""
    spans = []
    for piece in field.split(";"):
        start, end = piece.split()
        spans.append(Span(int(start), int(end)))
    return tuple(spans)


def parse_ann(content: str) -> tuple[GoldAttribution, ...]:
    """The attributions of one .ann file: each event (`E…`) with a Content argument."""
    entities: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[dict[str, str]] = []
    for line in content.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            kind, _, spans = parts[1].partition(" ")
            entities[parts[0]] = (kind, parse_brat_spans(spans))
        elif parts[0].startswith("E"):
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    attributions = []
    for event in events:
        roles: dict[str, tuple[Span, ...]] = {}
        for role, ref in event.items():
            if ref in entities:
                roles[role] = entities[ref][1]
        if "Content" in roles:
            attributions.append(GoldAttribution(roles["Content"], roles.get("Source", ())))
    return tuple(attributions)


def load_gold(directory: Path) -> list[GoldDocument]:
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise BadInput(f"{directory} has no text/ and attributions/ folders (expected a PolNeAR split).")
    documents = []
    for text_path in sorted(text_dir.glob("*.txt")):
        annotations = sorted(ann_dir.glob(f"{text_path.stem}_*.ann"))
        if not annotations:
            continue
        with text_path.open(encoding="utf-8", newline="") as handle:  # offsets count \r\n as two characters
            text = handle.read()
        gold = parse_ann(annotations[0].read_text(encoding="utf-8"))
        documents.append(GoldDocument(text_path.stem, text, gold))
    if not documents:
        raise BadInput(f"{directory} has no annotated texts.")
    return documents


def _chars(spans: Iterable[Span]) -> set[int]:
    chars: set[int] = set()
    for span in spans:
        chars.update(range(span.start, span.end))
    return chars


def match(predicted: Sequence[Claim], gold: Sequence[GoldAttribution], threshold: float) -> list[tuple[int, int]]:
    """One-to-one greedy matching by content IoU, highest first; returns (predicted index, gold index) pairs."""
    predicted_chars = [_chars([claim.content_span]) for claim in predicted]
    gold_chars = [_chars(attribution.content) for attribution in gold]
    candidates = []
    for i, p in enumerate(predicted_chars):
        for j, g in enumerate(gold_chars):
            inter = len(p & g)
            if inter:
                iou = inter / len(p | g)
                if iou >= threshold:
                    candidates.append((iou, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


@dataclass(frozen=True)
class Report:
    documents: int
    words: int
    seconds: float
    cpu_seconds: float
    counts: dict[float, Counts]
    speaker_pairs: int
    speaker_correct: int

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_pairs if self.speaker_pairs else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def words_per_cpu_second(self) -> float:
        """Speed that other processes on the machine do not skew (run with one thread for a one-core figure)."""
        return self.words / self.cpu_seconds if self.cpu_seconds else 0.0

    def to_json(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "words_per_second": round(self.words_per_second, 1),
            "cpu_seconds": round(self.cpu_seconds, 3),
            "words_per_cpu_second": round(self.words_per_cpu_second, 1),
            "content": {
                str(t): {
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4),
                    "predicted": c.predicted,
                    "gold": c.gold,
                    "matched": c.matched,
                }
                for t, c in self.counts.items()
            },
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_pairs": self.speaker_pairs,
        }


def score(
    documents: Sequence[GoldDocument],
    predictions: Sequence[Sequence[Claim]],
    seconds: float,
    cpu_seconds: float = 0.0,
) -> Report:
    counts = {t: Counts(0, 0, 0) for t in THRESHOLDS}
    speaker_pairs = speaker_correct = 0
    for document, claims in zip(documents, predictions, strict=True):
        for threshold in THRESHOLDS:
            pairs = match(claims, document.attributions, threshold)
            old = counts[threshold]
            counts[threshold] = Counts(
                old.predicted + len(claims), old.gold + len(document.attributions), old.matched + len(pairs)
            )
            if threshold != SPEAKER_THRESHOLD:
                continue
            for i, j in pairs:
                source = document.attributions[j].source
                if not source:
                    continue
                speaker_pairs += 1
                span = claims[i].speaker_span
                if span is not None and any(span.overlaps(s) for s in source):
                    speaker_correct += 1
    words = sum(len(d.text.split()) for d in documents)
    return Report(len(documents), words, seconds, cpu_seconds, counts, speaker_pairs, speaker_correct)


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("directory", type=Path, help="a PolNeAR split: folder with text/ and attributions/")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="score the plain 'subject of a reporting verb + its clausal complement' baseline instead",
    )


def main(args: argparse.Namespace, settings: Settings) -> int:
    from bot.attribution.claims import ClaimExtractor

    documents = load_gold(args.directory)
    extractor = ClaimExtractor(baseline=args.baseline)
    extractor.extract("Warm-up: the model loads before the clock starts, she said.")
    start, cpu_start = time.perf_counter(), time.process_time()
    predictions = extractor.extract_many([d.text for d in documents])
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    report = score(documents, predictions, wall, cpu)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
        return 0
    print(
        f"{report.documents} documents, {report.words} words, {report.words_per_second:.0f} words/s "
        f"({report.words_per_cpu_second:.0f} words per CPU second)"
    )
    for threshold, c in report.counts.items():
        print(
            f"content IoU≥{threshold}: P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
            f"({c.matched} matched / {c.predicted} predicted / {c.gold} gold)"
        )
    print(f"speaker accuracy: {report.speaker_accuracy:.3f} ({report.speaker_correct}/{report.speaker_pairs})")
    return 0
