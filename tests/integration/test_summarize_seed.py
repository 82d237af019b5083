"""The worked example end to end: cleaning, the real claim extractor, sides and the summary, and the CLI."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from bot.attribution.claims import ClaimExtractor
from bot.attribution.sides import assign_sides
from bot.cli import main as cli_main
from bot.config import Settings
from bot.domain import SideAssignment, Summary, SummaryLength
from bot.evaluation.summary import load_gold, score_document
from bot.sources.load import article_from_text
from bot.summary import summarize
from bot.summary.neutral import loaded_verbs_outside_quotes, quoted_strings
from bot.summary.render import MAX_MESSAGE_CHARS, render_text

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = DATA / "seed-karabakh.txt"


@pytest.fixture(scope="module")
def seed() -> tuple[str, SideAssignment, Summary]:
    text = article_from_text(SEED.read_text(encoding="utf-8"), Settings()).text
    assignment = assign_sides(text, ClaimExtractor().extract(text))
    return text, assignment, summarize(text, assignment, SummaryLength.NORMAL)


def test_seed_sides_and_conduits(seed: tuple[str, SideAssignment, Summary]) -> None:
    _, assignment, summary = seed
    party_names = [side.name for side in assignment.sides if side.kind == "party"]
    assert party_names[:2] == ["Armenia", "Azerbaijan"]
    assert "Russia" in party_names
    assert any("Karabakh separatists" in name for name in party_names)
    assert assignment.conduits == ("Reuters", "AFP")
    for outlet in ("Reuters", "AFP"):
        assert all(outlet not in side.name for side in assignment.sides)
        assert all(outlet not in side.name for side in summary.sides)


def test_seed_claims_are_credited_to_the_right_sides(seed: tuple[str, SideAssignment, Summary]) -> None:
    text, assignment, summary = seed
    gold = load_gold(SEED, DATA / "seed-karabakh.gold.json")
    assert gold.text == text
    score = score_document(gold, assignment.claims, summary, render_text(summary))
    assert score.found == score.gold_claims == 11
    assert score.right_side >= 10
    assert score.conduits_as_sides == 0
    assert score.sides_covered == 4
    he = next(c for c in assignment.claims if c.content.startswith("Armenian authorities had shown"))
    assert he.side == "Azerbaijan"


def test_seed_summary_is_neutral_and_short(seed: tuple[str, SideAssignment, Summary]) -> None:
    text, _, summary = seed
    rendered = render_text(summary)
    for framing in ("lightning", "self-styled", "Defeated within 24 hours"):
        assert framing not in rendered
    assert loaded_verbs_outside_quotes(rendered) == []
    assert all(quote in text for quote in quoted_strings(rendered))
    assert [side.name.split()[-1] for side in summary.sides] == ["Armenia", "Azerbaijan", "separatists", "Russia"]
    assert 60 <= summary.word_count <= 150
    assert rendered.endswith("Relayed by Reuters, AFP.")
    assert "denied the incident" in rendered
    # A three-word denial leaves Azerbaijan room for its own account before Armenia gets a second point.
    azerbaijan = next(side for side in summary.sides if side.name == "Azerbaijan")
    assert len(azerbaijan.points) == 2 and "halted military action" in azerbaijan.points[1].text


def test_seed_headline_is_the_articles_account_not_the_garbled_title(
    seed: tuple[str, SideAssignment, Summary],
) -> None:
    _, _, summary = seed
    assert summary.headline == (
        "Armenia accuses Azerbaijani forces of opening fire on its troop positions; Azerbaijan denies this"
    )
    armenia = next(side for side in summary.sides if side.name == "Armenia")
    assert [point.speaker for point in armenia.points] == ["Armenia", "Defense Ministry"]


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ATTRIBOT_OFFLINE", "1")
    monkeypatch.setenv("ATTRIBOT_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("ATTRIBOT_DB_PATH", str(tmp_path / "db.sqlite3"))


def test_cli_json(cli_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["summarize", str(SEED), "--format", "json", "--length", "short"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["source", "language", "translated", "headline", "sides", "conduits", "text"]
    assert data["language"]["code"] == "en" and data["translated"] is False
    assert data["conduits"] == ["Reuters", "AFP"]
    assert [side["name"] for side in data["sides"]][:2] == ["Armenia", "Azerbaijan"]
    assert len(data["text"]) <= MAX_MESSAGE_CHARS


def test_cli_html_from_stdin(
    cli_env: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert cli_main(["summarize", "-", "--format", "html", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "<b>Armenia</b> — " in out and "<b>Azerbaijan</b> — " in out


def test_cli_refuses_a_bad_language_code(cli_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["summarize", str(SEED), "--lang", "armenian"]) == 2
    assert "two-letter language code" in capsys.readouterr().err
