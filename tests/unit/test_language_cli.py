"""`attribot detect` and `attribot eval langid` through the real command line entry point."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.evaluation.langid import best_languages, summarise

ARMENIAN = "Արտաքին գործերի նախարարը հայտարարել է, որ բանակցությունները կշարունակվեն Ժնևում։"
FRENCH = "Le gouvernement a annoncé mardi une nouvelle réforme des retraites."
GERMAN = "Die Bundesregierung hat am Dienstag neue Maßnahmen beschlossen."
KAZAKH = "Сыртқы істер министрі келіссөздер келесі аптада Женевада жалғасатынын мәлімдеді."


def run_detect(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str) -> list[str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(["detect"]) == 0
    return capsys.readouterr().out.splitlines()


def test_detect_prints_one_json_object_per_input_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = run_detect(monkeypatch, capsys, f"{ARMENIAN}\n\n{FRENCH}\nok\r\n{KAZAKH}")
    objects = [json.loads(line) for line in lines]
    assert len(objects) == 5
    assert all(set(item) == {"lang", "confidence"} for item in objects)
    assert all(isinstance(item["confidence"], float) for item in objects)
    assert [item["lang"] for item in objects] == ["hy", None, "fr", None, "kk"]
    assert objects[0] == {"lang": "hy", "confidence": 1.0}
    assert objects[1] == {"lang": None, "confidence": 0.0}
    assert lines[0] == '{"lang": "hy", "confidence": 1.0}'


def test_detect_on_empty_input_prints_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_detect(monkeypatch, capsys, "") == []


def write_testdata(root: Path) -> Path:
    """A miniature of the lingua test data layout: three languages, two sets."""
    samples = {
        "sentences": {"hy": [ARMENIAN] * 3, "fr": [FRENCH] * 3, "de": [GERMAN, GERMAN, "ok"]},
        "word-pairs": {"hy": ["աչքերի այլևս"], "fr": ["gouvernement annoncé"], "de": ["Bundesregierung Maßnahmen"]},
    }
    for kind, languages in samples.items():
        folder = root / "language-testdata" / kind
        folder.mkdir(parents=True)
        for code, lines in languages.items():
            (folder / f"{code}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_eval_langid_reports_accuracy_per_language_and_summaries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write_testdata(tmp_path)
    assert main(["eval", "langid", str(data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    sentences = report["per_language"]["sentences"]
    assert sentences == {"de": pytest.approx(2 / 3), "fr": 1.0, "hy": 1.0}
    assert report["best_languages"]["codes"] == ["fr", "hy", "de"]
    summary = report["summary"]["sentences"]
    assert summary["texts"] == 9
    assert summary["mean_all"] == pytest.approx((1 + 1 + 2 / 3) / 3, abs=1e-4)
    assert summary["mean_langdetect_languages"] == pytest.approx((1 + 2 / 3) / 2, abs=1e-4)
    assert report["per_language"]["word-pairs"]["hy"] == 1.0
    performance = report["performance"]
    # Loading is timed, but an earlier test in the same process may have loaded the models already, which on a
    # fast host takes under a millisecond; detecting a paragraph always takes measurable time.
    assert isinstance(performance["load_seconds"], float) and performance["load_seconds"] >= 0
    assert performance["paragraph_latency_ms"] > 0


def test_eval_langid_prints_a_table_with_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write_testdata(tmp_path)
    assert main(["eval", "langid", str(data), "--limit", "1", "--sets", "sentences"]) == 0
    out = capsys.readouterr().out
    assert "command: attribot eval langid" in out and "--limit 1" in out
    assert "mean, all languages" in out
    assert "highest sentences accuracy" in out


def test_eval_langid_explains_a_wrong_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "langid", str(tmp_path)]) == 2
    assert "language-testdata" in capsys.readouterr().err


def test_eval_langid_rejects_an_unknown_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write_testdata(tmp_path)
    assert main(["eval", "langid", str(data), "--sets", "paragraphs"]) == 2
    assert "--sets" in capsys.readouterr().err


def test_best_languages_and_summary_are_reproducible() -> None:
    accuracy = {"a": 0.9, "b": 1.0, "c": 0.9, "d": 0.5}
    assert best_languages(accuracy, 3) == ["b", "a", "c"]
    summary = summarise(accuracy, ["b", "a"], {"a", "d"}, texts=40, seconds=1.0)
    assert summary.mean_best == 0.95
    assert summary.mean_langdetect_languages == 0.7
    assert summary.mean_all == 0.825
