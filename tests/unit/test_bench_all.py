"""`attribot bench all`: the README tables, one row per figure, each with the command that reproduces it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot import cli
from bot.benchmarks import all as bench_all

REPORTS: dict[str, dict[str, Any]] = {
    "bench translate": {
        "beam": 4, "batch_size": 16, "backend": "ctranslate2 int8", "attribot_tokens_per_s": 400.0, "speedup": 5.0,
        "baseline_tokens_per_s": 80.0, "attribot_latency_ms": 90.0, "baseline_latency_ms": 400.0,
        "attribot_peak_rss_mb": 300.0, "memory_ratio": 0.4, "baseline_peak_rss_mb": 750.0, "attribot_load_s": 0.2,
        "baseline_load_s": 1.5,
    },
    "bench pipeline": {
        "article_words": 826, "p50_s": 3.1, "p95_s": 3.4, "cold_start_s": 9.0,
        "stages": {"detect": 0.05, "translate": 2.5, "claims": 0.4},
    },
    "bench load": {
        "requests": 50, "workers": 2, "answered": 50, "p50_s": 30.0, "p95_s": 60.0, "peak_rss_mb": 900.0,
        "long_requests": 2, "short_answered_before_first_long": 20, "short_p50_s": 25.0, "long_p50_s": 50.0,
    },
    "eval extraction": {"pages": 181, "f1": 0.971, "precision": 0.967, "recall": 0.976, "accuracy": 0.398},
    "eval langid": {
        "lingua_mode": "low accuracy",
        "summary": {
            "sentences": {"mean_best": 0.996, "mean_all": 0.955},
            "word-pairs": {"mean_best": 0.94, "mean_all": 0.84},
        },
        "per_language": {"sentences": {"hy": 1.0, "az": 0.996, "ka": 0.999}},
    },
    "eval attribution": {
        "documents": 84, "words_per_cpu_second": 6000.0, "speaker_accuracy": 0.95,
        "content": {"0.3": {"f1": 0.8, "precision": 0.8, "recall": 0.8}, "0.7": {"f1": 0.6}},
    },
    "eval summary": {
        "totals": {
            "documents": 7, "claims_found": 0.93, "side_right_of_found": 0.82, "gold_sides_covered": 1.0,
            "conduits_named_as_sides": 0, "loaded_verbs_outside_quotes": 0, "quotes_verbatim": 1.0,
            "words_per_summary": 107.0,
        }
    },
}  # fmt: skip


def test_tables_have_a_row_per_figure_with_its_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "eval").mkdir()
    ran: list[list[str]] = []

    def fake_run(command: list[str]) -> dict[str, Any]:
        ran.append(command)
        return REPORTS[" ".join(command[:2])]

    monkeypatch.setattr(bench_all, "_run", fake_run)
    assert cli.main(["bench", "all", "--shared", str(tmp_path), "--skip", "eval langid"]) == 0
    out = capsys.readouterr().out
    assert [" ".join(c[:2]) for c in ran] == [name for name in REPORTS if name != "eval langid"]
    assert "### Performance" in out and "### Quality" in out
    assert "| 400.0 target tokens/s, 5.0× baseline |" in out.replace(
        "| Translation, beam 4, batch 16 — ctranslate2 int8 ", ""
    )
    assert "F1 0.971 (P 0.967, R 0.976, exact 0.398)" in out
    assert "`attribot eval attribution " in out and "Language ID" not in out
    table_rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line]
    assert all(line.count("|") == 5 for line in table_rows)


def test_langid_rows_name_the_hard_languages() -> None:
    [sentences, pairs] = bench_all._langid_rows(REPORTS["eval langid"])
    assert "hy 1.000, az 0.996, ka 0.999" in sentences[1]
    assert "lingua low accuracy" in sentences[0] and "lingua low accuracy" in pairs[0]


def test_langid_runs_in_the_bots_default_mode_and_in_high_accuracy(tmp_path: Path) -> None:
    commands = [m.command for m in bench_all.measurements(tmp_path) if m.command[:2] == ["eval", "langid"]]
    assert len(commands) == 2
    assert "--high-accuracy" not in commands[0] and "--high-accuracy" in commands[1]


def test_needs_the_shared_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", "all", "--shared", str(tmp_path)]) == 2
    assert "--shared" in capsys.readouterr().err
