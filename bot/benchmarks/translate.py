"""`attribot bench translate`: the default backend against the plain transformers baseline a typical bot uses.

Both run a random-weight MarianMTModel with the real opus-mt base shape (6+6 layers, d_model 512, FFN 2048,
8 heads) and the real opus-mt vocabulary from `--tokenizer-dir`; output length is pinned to 1.2 × the input
tokens, so the work done does not depend on the weights. Each backend runs in its own process (clean peak
memory), over the same French news sentences, greedy and beam 4, one sentence at a time and in the bot's batch
size, on `--threads` threads. The headline compares the bot's own settings (beam and batch size).

Run it on an otherwise idle machine: when other processes hold the cores, every parallel operation waits for
its second thread to be scheduled, and PyTorch (hundreds of small operations per decoding step) slows down
several times more than CTranslate2, which inflates the speedup. `--threads 1` avoids that on a busy host.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

from bot.benchmarks.random_marian import OPUS_MT_BASE, TINY, build_random_marian, train_tokenizer
from bot.benchmarks.translate_worker import MODEL_ID, Job
from bot.config import Settings
from bot.errors import BadInput

TARGET_SPEEDUP = 4.0
TARGET_MEMORY_RATIO = 0.5
SMOKE_SENTENCES = 3


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument(
        "--tokenizer-dir", type=Path, help="an opus-mt tokenizer (source.spm, target.spm, vocab.json …)"
    )
    parser.add_argument("--sentences", type=int, default=200, help="how many of the 200 sentences to use")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads per backend (default 2)")
    parser.add_argument("--work-dir", type=Path, help="keep the built model here and reuse it next time")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of results")
    parser.add_argument("--smoke", action="store_true", help="tiny model, a few sentences: checks it runs")


def main(args: argparse.Namespace, settings: Settings) -> int:
    sentences = load_sentences()
    if args.smoke:
        sentences = sentences[:SMOKE_SENTENCES]
    elif args.tokenizer_dir is None:
        raise BadInput("--tokenizer-dir is required (an opus-mt tokenizer folder), or use --smoke.")
    else:
        sentences = sentences[: max(1, args.sentences)]
    with tempfile.TemporaryDirectory(prefix="attribot-bench-") as scratch:
        work = args.work_dir or Path(scratch)
        prepared = prepare_model(work, args.tokenizer_dir, smoke=args.smoke)
        configs = [(beam, batch) for beam in (settings.beam_size, 1) for batch in (1, settings.batch_size)]
        configs = list(dict.fromkeys(configs))
        runs = {
            backend: run_worker(Job(backend, work / "models", sentences, configs, args.threads))
            for backend in ("baseline", "attribot")
        }
    report = summarize(runs, settings, len(sentences), args.threads, prepared)
    print_table(report, file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(report))
    return 0


def load_sentences() -> list[str]:
    text = resources.files("bot.benchmarks").joinpath("data/fr_news_sentences.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def prepare_model(work: Path, tokenizer_dir: Path | None, *, smoke: bool) -> dict[str, Any]:
    """Build the random model and its CTranslate2 int8 conversion under `work/models`, unless already there."""
    from bot.translation.catalog import Catalog, Route
    from bot.translation.store import ModelStore

    models = work / "models"
    settings = Settings(models_dir=models, offline=True)
    store = ModelStore(settings, Catalog.from_routes([Route("fr", "en", MODEL_ID, "benchmark")]))
    architecture = TINY if smoke else OPUS_MT_BASE
    started = time.perf_counter()
    if not store.is_downloaded(MODEL_ID):
        if smoke:
            tokenizer_dir = work / "tokenizer"
            from bot.benchmarks.random_marian import write_tokenizer_files

            write_tokenizer_files(train_tokenizer(load_sentences(), work / "spm"), tokenizer_dir)
        else:
            assert tokenizer_dir is not None
            if not (tokenizer_dir / "vocab.json").is_file():
                raise BadInput(f"{tokenizer_dir} has no vocab.json: is it an opus-mt tokenizer folder?")
            tokenizer_dir = tokenizer_dir
        build_random_marian(tokenizer_dir, store.hf_dir(MODEL_ID), architecture)
    if not store.is_converted(MODEL_ID):
        store.convert(MODEL_ID)
    return {
        "model": f"random {architecture.name} Marian ({architecture.layers}+{architecture.layers} layers, "
        f"d_model {architecture.d_model}, FFN {architecture.ffn}, {architecture.heads} heads)",
        "prepare_s": round(time.perf_counter() - started, 1),
        "baseline_disk_mb": round(_size_mb(store.hf_dir(MODEL_ID)), 1),
        "attribot_disk_mb": round(_size_mb(store.ct2_dir(MODEL_ID)), 1),
    }


def run_worker(job: Job) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-m", "bot.benchmarks.translate_worker"],
        input=job.to_json(),
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{job.backend} benchmark failed:\n{completed.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def summarize(
    runs: dict[str, dict[str, Any]], settings: Settings, sentences: int, threads: int, prepared: dict[str, Any]
) -> dict[str, Any]:
    baseline, attribot = runs["baseline"], runs["attribot"]
    headline = (settings.beam_size, settings.batch_size)
    base = _config(baseline, headline)
    fast = _config(attribot, headline)
    speedup = fast["tokens_per_s"] / base["tokens_per_s"] if base["tokens_per_s"] else 0.0
    memory_ratio = attribot["peak_rss_mb"] / baseline["peak_rss_mb"]
    return {
        "backend": "ctranslate2 int8 (attribot Translator)",
        "baseline": "transformers fp32 generate",
        "baseline_tokens_per_s": round(base["tokens_per_s"], 1),
        "attribot_tokens_per_s": round(fast["tokens_per_s"], 1),
        "speedup": round(speedup, 2),
        "baseline_peak_rss_mb": round(baseline["peak_rss_mb"], 1),
        "attribot_peak_rss_mb": round(attribot["peak_rss_mb"], 1),
        "memory_ratio": round(memory_ratio, 2),
        "baseline_load_s": round(baseline["load_s"], 2),
        "attribot_load_s": round(attribot["load_s"], 2),
        "baseline_latency_ms": round(_config(baseline, (settings.beam_size, 1))["latency_ms"], 1),
        "attribot_latency_ms": round(_config(attribot, (settings.beam_size, 1))["latency_ms"], 1),
        "meets_targets": speedup >= TARGET_SPEEDUP and memory_ratio <= TARGET_MEMORY_RATIO,
        "beam": settings.beam_size,
        "batch_size": settings.batch_size,
        "sentences": sentences,
        "threads": threads,
        **prepared,
        "configs": [
            {
                "beam": b["beam"],
                "batch": b["batch"],
                "baseline_tokens_per_s": round(b["tokens_per_s"], 1),
                "attribot_tokens_per_s": round(a["tokens_per_s"], 1),
                "baseline_latency_ms": round(b["latency_ms"], 1),
                "attribot_latency_ms": round(a["latency_ms"], 1),
                "speedup": round(a["tokens_per_s"] / b["tokens_per_s"], 2) if b["tokens_per_s"] else 0.0,
            }
            for b, a in zip(baseline["configs"], attribot["configs"], strict=True)
        ],
    }


def print_table(report: dict[str, Any], file: Any) -> None:
    print(
        f"{report['model']}, {report['sentences']} French news sentences, {report['threads']} threads",
        file=file,
    )
    print(
        f"{'beam':>4} {'batch':>5}  {'baseline tok/s':>14} {'attribot tok/s':>14} {'speedup':>7}"
        f"  {'baseline ms/sent':>16} {'attribot ms/sent':>16}",
        file=file,
    )
    for c in report["configs"]:
        print(
            f"{c['beam']:>4} {c['batch']:>5}  {c['baseline_tokens_per_s']:>14} {c['attribot_tokens_per_s']:>14}"
            f" {c['speedup']:>6}×  {c['baseline_latency_ms']:>16} {c['attribot_latency_ms']:>16}",
            file=file,
        )
    print(
        f"peak RSS: baseline {report['baseline_peak_rss_mb']} MB, attribot {report['attribot_peak_rss_mb']} MB "
        f"(×{report['memory_ratio']}); load: {report['baseline_load_s']} s vs {report['attribot_load_s']} s; "
        f"on disk: {report['baseline_disk_mb']} MB vs {report['attribot_disk_mb']} MB",
        file=file,
    )
    verdict = "met" if report["meets_targets"] else "NOT met"
    print(
        f"targets (≥{TARGET_SPEEDUP}× tokens/s, ≤{TARGET_MEMORY_RATIO}× peak memory at beam {report['beam']}, "
        f"batch {report['batch_size']}): {verdict}",
        file=file,
    )


def _config(run: dict[str, Any], key: tuple[int, int]) -> dict[str, Any]:
    return next(c for c in run["configs"] if (c["beam"], c["batch"]) == key)


def _size_mb(directory: Path) -> float:
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file()) / 2**20
