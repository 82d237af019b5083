"""`attribot bench translate --smoke`: the whole benchmark machinery (model build, CTranslate2 conversion, one
subprocess per backend, report) on a tiny model, checked through its JSON line."""

from __future__ import annotations

import json

import pytest

from bot import cli

KEYS = {
    "baseline_tokens_per_s",
    "attribot_tokens_per_s",
    "speedup",
    "baseline_peak_rss_mb",
    "attribot_peak_rss_mb",
    "backend",
    "baseline_load_s",
    "attribot_load_s",
    "configs",
}


@pytest.mark.slow
def test_smoke_bench_reports_both_backends(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ATTRIBOT_BATCH_SIZE", "2")
    assert cli.main(["bench", "translate", "--smoke", "--threads", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report.keys() >= KEYS
    assert report["baseline_tokens_per_s"] > 0 and report["attribot_tokens_per_s"] > 0
    assert report["speedup"] == pytest.approx(
        report["attribot_tokens_per_s"] / report["baseline_tokens_per_s"], rel=0.05
    )
    assert report["attribot_peak_rss_mb"] > 0 and report["baseline_peak_rss_mb"] > 0
    assert {(c["beam"], c["batch"]) for c in report["configs"]} == {(4, 1), (4, 2), (1, 1), (1, 2)}
    for config in report["configs"]:  # both credited with the same output, so tokens/s compares wall times
        time_ratio = config["baseline_latency_ms"] / config["attribot_latency_ms"]
        assert config["speedup"] == pytest.approx(time_ratio, rel=0.1)


def test_full_bench_needs_a_tokenizer(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", "translate"]) == 2
    assert "--tokenizer-dir" in capsys.readouterr().err
