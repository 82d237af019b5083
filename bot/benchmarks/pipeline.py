"""`attribot bench pipeline`: how long a user waits for the summary of a standard 800-word foreign article.

The article (`data/article-fr.txt`) goes through every stage the bot runs — source cleaning, detection,
translation, claims, sides, summary, rendering — with the translation stage on a random-weight model of the real
opus-mt base shape and vocabulary (see `bench translate`), decoding to a fixed 1.2 × input length so the work does
not depend on the weights. Random weights produce word salad, on which the claims stage would have nothing to
parse, so each decoded sentence is then replaced by its reference English (`data/article-fr.en.txt`, one line per
source sentence): the translation costs what a real model costs and the later stages see real news English.
Warm runs give p50/p95 and per-stage times; the cold start is a fresh process from launch to its first summary,
imports and model loading included.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.domain import Source, SourceKind
from bot.errors import BadInput
from bot.translation.backends.base import DecodingOptions, Hypothesis, TranslationModel

TARGET_P50_S = 5.0
TARGET_COLD_START_S = 15.0


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("--tokenizer-dir", type=Path, help="an opus-mt tokenizer folder (source.spm, vocab.json …)")
    parser.add_argument("--runs", type=int, default=5, help="warm runs (default 5)")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads for translation (default 2)")
    parser.add_argument("--work-dir", type=Path, help="keep the built model here and reuse it next time")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of results")
    parser.add_argument("--smoke", action="store_true", help="tiny model, one run: checks it runs")
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)


def main(args: argparse.Namespace, settings: Settings) -> int:
    if args.once:
        run_once(args.work_dir, args.threads, settings)
        return 0
    if args.tokenizer_dir is None and not args.smoke:
        raise BadInput("--tokenizer-dir is required (an opus-mt tokenizer folder), or use --smoke.")
    with tempfile.TemporaryDirectory(prefix="attribot-bench-") as scratch:
        work = args.work_dir or Path(scratch)
        from bot.benchmarks.translate import prepare_model

        prepare_model(work, args.tokenizer_dir, smoke=args.smoke)
        runs = 1 if args.smoke else max(1, args.runs)
        report = measure(work, args.threads, runs, settings)
        report["cold_start_s"] = round(cold_start(work, args.threads), 2)
    report["meets_targets"] = report["p50_s"] <= TARGET_P50_S and report["cold_start_s"] <= TARGET_COLD_START_S
    print_table(report, file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(report))
    return 0


def article_text() -> str:
    return resources.files("bot.benchmarks").joinpath("data/article-fr.txt").read_text(encoding="utf-8")


def reference_translations() -> dict[str, str]:
    """Each sentence of the French article (as the translator segments it) → its English reference."""
    from bot.translation.segmentation import blocks, sentences

    french = article_text()
    source = [french[span.start : span.end] for block in blocks(french) for span in sentences(french, block.span, "fr")]
    data = resources.files("bot.benchmarks").joinpath("data/article-fr.en.txt").read_text(encoding="utf-8")
    english = data.splitlines()
    if len(source) != len(english):
        raise RuntimeError(f"article-fr.en.txt has {len(english)} lines for {len(source)} French sentences")
    return dict(zip(source, english, strict=True))


class ReferenceOutput:
    """Decodes with the wrapped model (paying its full cost), then answers with the reference translation."""

    def __init__(self, inner: TranslationModel, reference: dict[str, str]) -> None:
        self.inner = inner
        self.reference = reference

    @property
    def name(self) -> str:
        return self.inner.name

    def count_tokens(self, sentences: Sequence[str]) -> list[int]:
        return self.inner.count_tokens(sentences)

    def translate_batch(
        self, sentences: Sequence[str], *, target_token: str | None, options: DecodingOptions
    ) -> list[Hypothesis]:
        decoded = self.inner.translate_batch(sentences, target_token=target_token, options=options)
        return [
            Hypothesis(self.reference.get(sentence, hypothesis.text), hypothesis.tokens)
            for sentence, hypothesis in zip(sentences, decoded, strict=True)
        ]


def build_pipeline(work: Path, threads: int, settings: Settings) -> Any:
    """The real pipeline with the benchmark model as the only translation route (French → English)."""
    from bot.benchmarks.translate_worker import MODEL_ID, fixed_length
    from bot.pipeline import Pipeline
    from bot.translation import Translator
    from bot.translation.catalog import Catalog, Route
    from bot.translation.store import ModelStore

    catalog = Catalog.from_routes([Route("fr", "en", MODEL_ID, "benchmark")])
    tuned = settings.with_overrides(models_dir=work / "models", offline=True, threads=threads, backend="ctranslate2")
    store = ModelStore(tuned, catalog)
    reference = reference_translations()
    translator = Translator(
        tuned,
        loader=lambda model_id: ReferenceOutput(store.load(model_id), reference),
        catalog=catalog,
        decoding=fixed_length(tuned.beam_size),
    )
    return Pipeline(tuned, translator=translator)


def run_once(work: Path, threads: int, settings: Settings) -> dict[str, float]:
    from bot.pipeline import Request

    pipeline = build_pipeline(work, threads, settings)
    result = pipeline.run(Request(Source(SourceKind.TEXT, article_text())))
    return dict(result.stage_seconds)


def measure(work: Path, threads: int, runs: int, settings: Settings) -> dict[str, Any]:
    from bot.pipeline import Request

    pipeline = build_pipeline(work, threads, settings)
    request = Request(Source(SourceKind.TEXT, article_text()))
    pipeline.run(request)  # loads every model once; the bot pays this at start, not per request
    totals: list[float] = []
    stages: dict[str, list[float]] = {}
    for _ in range(runs):
        start = time.perf_counter()
        result = pipeline.run(request)
        totals.append(time.perf_counter() - start)
        for stage, seconds in result.stage_seconds.items():
            stages.setdefault(stage, []).append(seconds)
    return {
        "article_words": len(article_text().split()),
        "runs": runs,
        "threads": threads,
        "p50_s": round(statistics.median(totals), 3),
        "p95_s": round(_percentile(totals, 0.95), 3),
        "stages": {stage: round(statistics.median(values), 3) for stage, values in stages.items()},
        "summary_words": result.summary.word_count,
        "summary_sides": [side.name for side in result.summary.sides],
    }


def cold_start(work: Path, threads: int) -> float:
    """Seconds from launching a fresh interpreter to its first summary (the model is already on disk)."""
    command = [sys.executable, "-m", "bot", "bench", "pipeline", "--once"]
    command += ["--work-dir", str(work), "--threads", str(threads)]
    start = time.perf_counter()
    completed = subprocess.run(  # noqa: S603 - our own interpreter and arguments, no shell
        command,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        raise RuntimeError(f"cold-start run failed:\n{completed.stderr[-4000:]}")
    return elapsed


def print_table(report: dict[str, Any], file: Any) -> None:
    print(
        f"{report['article_words']}-word French article, {report['runs']} warm runs, {report['threads']} threads",
        file=file,
    )
    print(f"p50 {report['p50_s']} s, p95 {report['p95_s']} s, cold start {report['cold_start_s']} s", file=file)
    for stage, seconds in report["stages"].items():
        print(f"  {stage:<18} {seconds:>7.3f} s", file=file)
    verdict = "met" if report["meets_targets"] else "NOT met"
    print(f"targets (p50 ≤ {TARGET_P50_S:g} s, cold start ≤ {TARGET_COLD_START_S:g} s): {verdict}", file=file)


def _percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: with 5 runs p95 is the slowest run, which is what a user may hit."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return ordered[rank]
