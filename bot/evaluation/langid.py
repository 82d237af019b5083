"""`attribot eval langid DIR`: language identification accuracy on the lingua test data, speed and memory.

DIR holds `language-testdata/{sentences,word-pairs,single-words}/<iso639-1>.txt` (one text per line). A text
counts as right only when the detector names its language; undetermined counts as wrong.

Summaries, all reproducible from the per-language table:
- mean over all languages in the data;
- mean over the languages langdetect has a profile for (the set its published 98 % refers to);
- mean over the 40 languages with the highest sentence accuracy (ties broken by code), for sentences and for
  word pairs over those same 40 languages. This is a best-case figure by construction; the all-language mean
  is the honest overall number.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from bot.config import Settings
from bot.errors import BadInput

SETS = ("sentences", "word-pairs", "single-words")
DEFAULT_SETS = ("sentences", "word-pairs")
BEST_COUNT = 40
RANKING_SET = "sentences"
LATENCY_RUNS = 50
PARAGRAPH_SENTENCES = 6


@dataclass(frozen=True)
class SetSummary:
    texts: int
    mean_all: float
    mean_langdetect_languages: float
    mean_best: float
    seconds: float


@dataclass(frozen=True)
class Performance:
    load_seconds: float
    rss_after_load_mb: float
    rss_after_run_mb: float
    paragraph_chars: int
    paragraph_latency_ms: float


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("data_dir", metavar="DIR", type=Path, help="folder holding language-testdata/")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="first N lines per language")
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS), help=f"comma-separated, from {', '.join(SETS)}")
    parser.add_argument("--languages", default="", help="comma-separated ISO 639-1 codes (default: all)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (each loads its own models)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--low-accuracy",
        action="store_true",
        help="lingua's low-accuracy mode (less memory, weaker on short text)",
    )
    mode.add_argument("--high-accuracy", action="store_true", help="lingua's high-accuracy mode (about 1.3 GB)")


def main(args: argparse.Namespace, settings: Settings) -> int:
    sets = _parse_sets(args.sets)
    if args.limit is not None and args.limit < 1:
        raise BadInput("--limit must be at least 1.")
    if args.jobs < 1:
        raise BadInput("--jobs must be at least 1.")
    root = _testdata_root(args.data_dir)
    wanted = {code.strip() for code in args.languages.split(",") if code.strip()}
    # By default the mode the bot itself runs in (ATTRIBOT_LANGID_HIGH_ACCURACY), so the figure is what users get.
    high_accuracy = args.high_accuracy or (settings.langid_high_accuracy and not args.low_accuracy)

    performance = measure_performance(root, high_accuracy)
    accuracy: dict[str, dict[str, float]] = {}
    seconds: dict[str, float] = {}
    texts: dict[str, int] = {}
    for name in sets:
        data = load_set(root / name, args.limit, wanted)
        started = time.perf_counter()
        accuracy[name] = evaluate(data, high_accuracy, args.jobs)
        seconds[name] = time.perf_counter() - started
        texts[name] = sum(len(lines) for lines in data.values())
    performance = _with_final_rss(performance)

    from bot.language.voters import langdetect_languages

    ranking = accuracy.get(RANKING_SET) or accuracy[sets[0]]
    best = best_languages(ranking, BEST_COUNT)
    summaries = {
        name: summarise(per_language, best, langdetect_languages(), texts[name], seconds[name])
        for name, per_language in accuracy.items()
    }
    report = {
        "command": _command_line(args),
        "lingua_mode": "high accuracy" if high_accuracy else "low accuracy",
        "best_languages": {"ranked_by": RANKING_SET if RANKING_SET in accuracy else sets[0], "codes": best},
        "summary": {name: asdict(summary) for name, summary in summaries.items()},
        "per_language": accuracy,
        "performance": asdict(performance),
    }
    print(json.dumps(report, indent=2) if args.json else render(report, summaries, accuracy, best, performance))
    return 0


def _parse_sets(raw: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in raw.split(",") if part.strip())
    unknown = [name for name in chosen if name not in SETS]
    if not chosen or unknown:
        raise BadInput(f"--sets takes {', '.join(SETS)}; got {raw!r}.")
    return chosen


def _testdata_root(data_dir: Path) -> Path:
    for candidate in (data_dir / "language-testdata", data_dir):
        if (candidate / "sentences").is_dir():
            return candidate
    raise BadInput(f"{data_dir} has no language-testdata/sentences folder (the lingua test data).")


def load_set(folder: Path, limit: int | None, wanted: set[str]) -> dict[str, list[str]]:
    """Lines per language code from `<code>.txt` files, blank lines skipped."""
    if not folder.is_dir():
        raise BadInput(f"{folder} does not exist.")
    data: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.txt")):
        if wanted and path.stem not in wanted:
            continue
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        data[path.stem] = lines[:limit]
    if not data:
        raise BadInput(f"{folder} has no <language>.txt files" + (" for those languages." if wanted else "."))
    return data


def evaluate(data: Mapping[str, list[str]], high_accuracy: bool, jobs: int) -> dict[str, float]:
    """Accuracy per language, computed in `jobs` processes (one language per task)."""
    tasks = [(code, lines, high_accuracy) for code, lines in data.items()]
    if jobs == 1:
        return dict(map(_language_accuracy, tasks))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return dict(pool.map(_language_accuracy, tasks))


def _language_accuracy(task: tuple[str, list[str], bool]) -> tuple[str, float]:
    from bot.language import LanguageDetector

    code, lines, high_accuracy = task
    return code, accuracy_of(LanguageDetector(high_accuracy=high_accuracy).detect, code, lines)


def accuracy_of(detect: Callable[[str], object], code: str, lines: Iterable[str]) -> float:
    texts = list(lines)
    right = sum(getattr(detect(text), "code", None) == code for text in texts)
    return right / len(texts) if texts else 0.0


def best_languages(accuracy: Mapping[str, float], count: int) -> list[str]:
    """The `count` languages with the highest accuracy; equal accuracies in code order."""
    return sorted(accuracy, key=lambda code: (-accuracy[code], code))[:count]


def summarise(
    accuracy: Mapping[str, float], best: list[str], langdetect: Iterable[str], texts: int, seconds: float
) -> SetSummary:
    known = [value for code, value in accuracy.items() if code in set(langdetect)]
    chosen = [accuracy[code] for code in best if code in accuracy]
    return SetSummary(
        texts=texts,
        mean_all=_mean(accuracy.values()),
        mean_langdetect_languages=_mean(known),
        mean_best=_mean(chosen),
        seconds=round(seconds, 1),
    )


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return round(statistics.fmean(items), 4) if items else 0.0


def measure_performance(root: Path, high_accuracy: bool) -> Performance:
    """Load time and memory of a fresh detector, and its latency on a typical news paragraph."""
    import psutil

    from bot.language import LanguageDetector

    process = psutil.Process()
    before = process.memory_info().rss
    detector = LanguageDetector(high_accuracy=high_accuracy)
    started = time.perf_counter()
    detector.load()
    paragraph = typical_paragraph(root / "sentences")
    detector.detect(paragraph)
    load_seconds = time.perf_counter() - started
    rss_after_load = process.memory_info().rss
    timings = []
    for _ in range(LATENCY_RUNS):
        started = time.perf_counter()
        detector.detect(paragraph)
        timings.append(time.perf_counter() - started)
    return Performance(
        load_seconds=round(load_seconds, 3),
        rss_after_load_mb=round((rss_after_load - before) / 2**20, 1),
        rss_after_run_mb=0.0,
        paragraph_chars=len(paragraph),
        paragraph_latency_ms=round(statistics.median(timings) * 1000, 2),
    )


def typical_paragraph(sentences: Path) -> str:
    """Six test sentences joined, the size of a news paragraph (600-900 characters): English when the data
    has it, as Latin script takes the full voting path, unlike scripts that decide alone."""
    texts = load_set(sentences, PARAGRAPH_SENTENCES, set())
    return " ".join(texts.get("en") or texts[min(texts)])


def _with_final_rss(performance: Performance) -> Performance:
    import psutil

    rss = psutil.Process().memory_info().rss / 2**20
    return Performance(**{**asdict(performance), "rss_after_run_mb": round(rss, 1)})


def _command_line(args: argparse.Namespace) -> str:
    parts = ["attribot eval langid", str(args.data_dir)]
    if args.limit is not None:
        parts.append(f"--limit {args.limit}")
    if args.sets != ",".join(DEFAULT_SETS):
        parts.append(f"--sets {args.sets}")
    if args.languages:
        parts.append(f"--languages {args.languages}")
    if args.low_accuracy:
        parts.append("--low-accuracy")
    if args.high_accuracy:
        parts.append("--high-accuracy")
    return " ".join(parts)


def render(
    report: Mapping[str, object],
    summaries: Mapping[str, SetSummary],
    accuracy: Mapping[str, Mapping[str, float]],
    best: list[str],
    performance: Performance,
) -> str:
    names = list(accuracy)
    codes = sorted({code for per_language in accuracy.values() for code in per_language})
    lines = [f"command: {report['command']}", "", "lang  " + "  ".join(f"{name:>12}" for name in names)]
    for code in codes:
        mark = "*" if code in best else " "
        cells = "  ".join(f"{accuracy[name].get(code, float('nan')):>12.3f}" for name in names)
        lines.append(f"{code:<4}{mark} {cells}")
    lines += ["", f"* = the {len(best)} languages with the highest {RANKING_SET} accuracy (ties by code)", ""]
    rows = (
        ("mean, all languages", "mean_all"),
        ("mean, langdetect's languages", "mean_langdetect_languages"),
        (f"mean, {len(best)} best (*)", "mean_best"),
        ("texts", "texts"),
        ("seconds", "seconds"),
    )
    lines.append(f"{'':<30}" + "  ".join(f"{name:>12}" for name in names))
    for label, field in rows:
        lines.append(f"{label:<30}" + "  ".join(f"{getattr(summaries[name], field):>12}" for name in names))
    lines += [
        "",
        f"load: {performance.load_seconds} s, +{performance.rss_after_load_mb} MiB RSS after load and one "
        f"detection; process RSS after the run {performance.rss_after_run_mb} MiB",
        f"detect() on a {performance.paragraph_chars}-character paragraph: "
        f"{performance.paragraph_latency_ms} ms (median of {LATENCY_RUNS})",
    ]
    return "\n".join(lines)
