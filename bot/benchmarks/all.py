"""`attribot bench all`: every benchmark and evaluation, and the README's Performance and Quality tables.

Each figure comes from the same command a reader would run to check it (run here as a subprocess with `--json`),
so the published table and the commands beside it cannot drift apart. Data paths come from `--shared`, the folder
with the evaluation sets and the opus-mt tokenizer files.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.errors import BadInput

Report = dict[str, Any]


@dataclass(frozen=True)
class Measurement:
    """One command and the table rows (label, value, anchor) it yields."""

    section: str
    command: list[str]
    rows: Callable[[Report], list[tuple[str, str, str]]]


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("--shared", type=Path, required=True, help="folder with eval/ and models/ (../shared)")
    parser.add_argument("--skip", default="", help="comma-separated commands to leave out, e.g. 'eval langid'")


def main(args: argparse.Namespace, settings: Settings) -> int:
    shared: Path = args.shared
    if not (shared / "eval").is_dir():
        raise BadInput(f"{shared} has no eval/ folder: pass the shared data folder with --shared.")
    skipped = {part.strip() for part in args.skip.split(",") if part.strip()}
    tables: dict[str, list[tuple[str, str, str, str]]] = {}
    for measurement in measurements(shared):
        name = " ".join(measurement.command[:2])
        if name in skipped:
            continue
        print(f"running attribot {' '.join(measurement.command)} …", file=sys.stderr, flush=True)
        report = _run(measurement.command)
        shown = "attribot " + " ".join(measurement.command)
        for label, value, anchor in measurement.rows(report):
            tables.setdefault(measurement.section, []).append((label, value, anchor, shown))
    print(f"Measured {time.strftime('%Y-%m-%d')} on {_machine()}.\n")
    for section, rows in tables.items():
        print(f"### {section}\n")
        print("| Figure | attribot | Anchor | Command |")
        print("|---|---|---|---|")
        for label, value, anchor, shown in rows:
            print(f"| {label} | {value} | {anchor} | `{shown}` |")
        print()
    return 0


def measurements(shared: Path) -> list[Measurement]:
    tokenizer = str(shared / "models" / "opus-mt-tc-big-fr-en-tokenizer")
    evals = shared / "eval"
    return [
        Measurement("Performance", ["bench", "translate", "--tokenizer-dir", tokenizer, "--json"], _translate_rows),
        Measurement("Performance", ["bench", "pipeline", "--tokenizer-dir", tokenizer, "--json"], _pipeline_rows),
        Measurement("Performance", ["bench", "load", "--tokenizer-dir", tokenizer, "--json"], _load_rows),
        Measurement(
            "Quality", ["eval", "extraction", str(evals / "extraction" / "scrapinghub"), "--json"], _extraction_rows
        ),
        Measurement(
            "Quality", ["eval", "langid", str(evals / "langid" / "lingua"), "--jobs", "2", "--json"], _langid_rows
        ),
        Measurement(
            "Quality",
            ["eval", "langid", str(evals / "langid" / "lingua"), "--high-accuracy", "--jobs", "2", "--json"],
            _langid_rows,
        ),
        Measurement(
            "Quality",
            ["eval", "attribution", str(evals / "attribution" / "polnear" / "dev"), "--json"],
            _attribution_rows,
        ),
        Measurement(
            "Quality",
            [
                "eval",
                "summary",
                "--sides-dir",
                str(evals / "sides"),
                "--seed",
                str(shared / "examples" / "seed-karabakh.txt"),
                "--json",
            ],
            _summary_rows,
        ),
    ]


def _run(command: list[str]) -> Report:
    """The command's JSON report: its last line for benchmarks, the whole output for evaluations."""
    completed = subprocess.run(  # noqa: S603 - our own interpreter and arguments, no shell
        [sys.executable, "-m", "bot", *command], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise RuntimeError(f"attribot {' '.join(command)} failed:\n{completed.stderr[-4000:]}")
    output = completed.stdout.strip()
    try:
        report: Report = json.loads(output)
    except json.JSONDecodeError:
        report = json.loads(output.splitlines()[-1])
    return report


def _translate_rows(r: Report) -> list[tuple[str, str, str]]:
    return [
        (
            f"Translation, beam {r['beam']}, batch {r['batch_size']} — {r['backend']}",
            f"{r['attribot_tokens_per_s']} target tokens/s, {r['speedup']}× baseline",
            f"transformers fp32: {r['baseline_tokens_per_s']} tokens/s",
        ),
        (
            "Translation latency, one sentence",
            f"{r['attribot_latency_ms']} ms",
            f"transformers fp32: {r['baseline_latency_ms']} ms",
        ),
        (
            "Translation peak memory",
            f"{r['attribot_peak_rss_mb']} MB ({r['memory_ratio']}× baseline)",
            f"transformers fp32: {r['baseline_peak_rss_mb']} MB",
        ),
        ("Model load time", f"{r['attribot_load_s']} s", f"transformers fp32: {r['baseline_load_s']} s"),
    ]


def _pipeline_rows(r: Report) -> list[tuple[str, str, str]]:
    stages = ", ".join(f"{stage} {seconds:g}" for stage, seconds in r["stages"].items())
    return [
        (f"{r['article_words']}-word French article, end to end", f"p50 {r['p50_s']} s, p95 {r['p95_s']} s",
         "target p50 ≤ 5 s"),
        ("Per stage (p50, s)", stages, ""),
        ("Cold start: process start to first summary", f"{r['cold_start_s']} s", "target ≤ 15 s"),
    ]  # fmt: skip


def _load_rows(r: Report) -> list[tuple[str, str, str]]:
    return [
        (
            f"Bot under {r['requests']} simultaneous chats ({r['workers']} workers)",
            f"{r['answered']}/{r['requests']} answered, p50 {r['p50_s']} s, p95 {r['p95_s']} s, peak RSS "
            f"{r['peak_rss_mb']} MB",
            "every request answered",
        ),
        (
            f"Short articles behind {r['long_requests']} × 5,000-word ones",
            f"{r['short_answered_before_first_long']} answered before the first long one finished "
            f"(short p50 {r['short_p50_s']} s, long p50 {r['long_p50_s']} s)",
            "short requests not stuck",
        ),
    ]


def _extraction_rows(r: Report) -> list[tuple[str, str, str]]:
    return [
        (
            f"Article extraction ({r['pages']} pages)",
            f"F1 {r['f1']:.3f} (P {r['precision']:.3f}, R {r['recall']:.3f}, exact {r['accuracy']:.3f})",
            "trafilatura 0.958, newspaper4k 0.949, readability 0.922 (published)",
        )
    ]


def _langid_rows(r: Report) -> list[tuple[str, str, str]]:
    sentences, pairs = r["summary"]["sentences"], r["summary"]["word-pairs"]
    per_language = r["per_language"]["sentences"]
    hard = ", ".join(f"{code} {per_language[code]:.3f}" for code in ("hy", "az", "ka") if code in per_language)
    return [
        (
            f"Language ID, sentences (lingua {r['lingua_mode']})",
            f"40 best {sentences['mean_best']:.3f}; all {len(per_language)} {sentences['mean_all']:.3f}; {hard}",
            "lingua 0.96, langdetect 0.98 on its languages (published means)",
        ),
        (
            f"Language ID, word pairs, headline-length (lingua {r['lingua_mode']})",
            f"40 best {pairs['mean_best']:.3f}; all {len(per_language)} {pairs['mean_all']:.3f}",
            "",
        ),
    ]


def _attribution_rows(r: Report) -> list[tuple[str, str, str]]:
    loose, strict = r["content"]["0.3"], r["content"]["0.7"]
    return [
        (
            f"Claims, PolNeAR dev ({r['documents']} texts), content IoU ≥ 0.3",
            f"F1 {loose['f1']:.3f} (P {loose['precision']:.3f}, R {loose['recall']:.3f})",
            "subject + complement baseline F1 0.45 (P 0.67, R 0.34)",
        ),
        ("Claims, content IoU ≥ 0.7", f"F1 {strict['f1']:.3f}", ""),
        ("Speaker accuracy (matched claims)", f"{r['speaker_accuracy']:.3f}", "baseline 0.92"),
        ("Claims stage speed", f"{r['words_per_cpu_second']:.0f} words per CPU second", "target ≥ 5,000"),
    ]


def _summary_rows(r: Report) -> list[tuple[str, str, str]]:
    t = r["totals"]
    return [
        (
            f"Summaries ({t['documents']} multi-side articles)",
            f"claims found {t['claims_found']:.2f}, right side {t['side_right_of_found']:.2f}, gold sides covered "
            f"{t['gold_sides_covered']:.2f}",
            "",
        ),
        (
            "Neutrality",
            f"outlets as sides {t['conduits_named_as_sides']}, loaded verbs outside quotes "
            f"{t['loaded_verbs_outside_quotes']}, quotes verbatim {t['quotes_verbatim']:.0%}",
            "must be 0, 0, 100 %",
        ),
        ("Summary length", f"{t['words_per_summary']:.0f} words on average", "about 120"),
    ]


def _machine() -> str:
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPU cores, Python {platform.python_version()}"
    )
