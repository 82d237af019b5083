"""`attribot bench pipeline --smoke`: every stage on the standard French article, a fresh process for the cold
start, and the report's JSON keys that other tools read."""

from __future__ import annotations

import json

import pytest

from bot import cli
from bot.benchmarks.pipeline import reference_translations

STAGES = {"fetch", "detect", "translate", "claims", "sides", "summary", "render"}


@pytest.mark.slow
def test_smoke_bench_times_every_stage(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", "pipeline", "--smoke", "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report.keys() >= {"p50_s", "p95_s", "cold_start_s", "stages"}
    assert set(report["stages"]) >= STAGES
    assert 0 < report["p50_s"] <= report["p95_s"]
    assert sum(report["stages"].values()) <= report["p95_s"] * 1.05
    assert report["cold_start_s"] > report["p50_s"]
    assert report["article_words"] > 800
    # The later stages ran on the reference English, not on random-weight word salad.
    assert {"Egypt", "Ethiopia", "Sudan"} <= set(report["summary_sides"])


def test_every_french_sentence_has_its_reference_translation() -> None:
    reference = reference_translations()
    assert len(reference) == 38
    rejected = "Ethiopia immediately rejected the accusations."
    assert reference["L'Éthiopie a aussitôt rejeté ces accusations."] == rejected


def test_full_bench_needs_a_tokenizer(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", "pipeline"]) == 2
    assert "--tokenizer-dir" in capsys.readouterr().err
