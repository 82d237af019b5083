"""The summary evaluation's scoring rules, on a tiny document of our own (no shared data needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.domain import Claim, Point, SidePoints, Span, Summary
from bot.evaluation.summary import GoldSide, load_gold, names_match, score_document, side_matches


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("Nagorno-Karabakh separatists", "Karabakh separatists", True),
        ("Azerbaijan", "Azerbaijan", True),
        ("Analysts and experts", "analysts", True),
        ("White House", "the White House", True),
        ("Government", "Theresa May's government", False),
        ("United States", "U.S. federal government", False),
        ("Russia", "Russian", False),
    ],
)
def test_names_match_whole_words_not_only_generic_ones(predicted: str, gold: str, expected: bool) -> None:
    assert names_match(predicted, gold) is expected


def test_side_matches_aliases() -> None:
    side = GoldSide("Azerbaijan", ("Baku", "Ilham Aliyev"))
    assert side_matches("Ilham Aliyev", side)
    assert not side_matches(None, side)


def test_score_document(tmp_path: Path) -> None:
    text = "Armenia said the border was shelled. Baku denied the charge, Reuters reported."
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    gold = {
        "sides": [{"name": "Armenia", "aliases": []}, {"name": "Azerbaijan", "aliases": ["Baku"]}],
        "conduits": ["Reuters"],
        "claims": [
            {"side": "Armenia", "anchor": "the border was shelled"},
            {"side": "Azerbaijan", "anchor": "Baku denied the charge"},
        ],
    }
    (tmp_path / "doc.json").write_text(json.dumps(gold), encoding="utf-8")
    document = load_gold(tmp_path / "doc.txt", tmp_path / "doc.json")
    start = text.index("the border")
    claims = [
        Claim("Armenia", None, "said", None, "the border was shelled", Span(start, start + 22), False, "Armenia"),
        Claim("Reuters", None, "reported", None, "Baku denied the charge", Span(37, 59), False, "Reuters"),
    ]
    summary = Summary(
        "Shelling", (SidePoints("Armenia", (Point("Armenia", 'said "the border was shelled".', Span(0, 1)),)),)
    )
    score = score_document(document, claims, summary, 'Armenia — said "the border was shelled" and claimed more.')
    assert (score.found, score.right_side, score.conduits_as_sides) == (2, 1, 1)
    assert (score.quotes, score.quotes_verbatim, score.loaded_verbs) == (1, 1, 1)
    assert (score.gold_sides, score.sides_covered) == (2, 1)
