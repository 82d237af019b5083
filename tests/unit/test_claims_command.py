"""`attribot claims FILE... --out-dir DIR`: the JSON contract and offsets into the file as read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

TEXT = (
    "Ünïcödé headline — Armenia and Azerbaijan\r\n\r\n"
    "The Armenian Defense Ministry said its troops were attacked near Sotk.\r\n\r\n"
    "“We will respond,” the ministry said.\r\n"
)


def test_claims_command_writes_json_with_exact_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "article.txt"
    source.write_bytes(TEXT.encode("utf-8"))
    out_dir = tmp_path / "out"
    assert main(["claims", str(source), "--out-dir", str(out_dir)]) == 0
    result = json.loads((out_dir / "article.json").read_text(encoding="utf-8"))
    claims = result["claims"]
    assert len(claims) == 2
    for item in claims:
        assert set(item) == {"speaker", "speaker_span", "cue", "cue_span", "content", "content_span", "side", "quote"}
        start, end = item["content_span"]
        assert TEXT[start:end] == item["content"]
        cue_start, cue_end = item["cue_span"]
        assert TEXT[cue_start:cue_end] == item["cue"]
        assert isinstance(item["side"], str) and item["side"]
    first, second = claims
    assert first["content"] == "its troops were attacked near Sotk" and first["quote"] is False
    assert second["content"] == "“We will respond,”" and second["quote"] is True
    assert TEXT[slice(*second["speaker_span"])] == "the ministry"


def test_claims_command_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(tmp_path / "nope.txt"), "--out-dir", str(tmp_path)]) == 2
    assert "no such file" in capsys.readouterr().err


def test_claims_command_refuses_binary_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "image.txt"
    source.write_bytes(b"\xff\xfe\x00\x80binary")
    assert main(["claims", str(source), "--out-dir", str(tmp_path)]) == 2
    assert "not UTF-8" in capsys.readouterr().err
