"""The extraction benchmark's metric, reproduced edge case by edge case; the eval command on a tiny set."""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import pytest

from bot.config import Settings
from bot.evaluation import extraction
from bot.evaluation.extraction import aggregate, score_page, shingles, tokenize
from tests.support.http_server import article_html

TRUTH = "The minister said on Monday that talks would resume. Both sides agreed to meet again in Geneva."


def test_tokens_are_word_characters_only() -> None:
    assert tokenize("U.S. talks—resume, 2024!") == ["U", "S", "talks", "resume", "2024"]
    assert tokenize(None) == []


def test_shingles_are_a_multiset_of_four_token_windows() -> None:
    assert shingles("a b c d a b c d") == {
        ("a", "b", "c", "d"): 2,
        ("b", "c", "d", "a"): 1,
        ("c", "d", "a", "b"): 1,
        ("d", "a", "b", "c"): 1,
    }
    assert shingles("too short") == {("too", "short"): 1}
    assert shingles("") == {}


def test_identical_texts_score_perfectly() -> None:
    page = score_page("p", TRUTH, TRUTH.replace(".", " ."))
    assert (page.tp, page.fp, page.fn, page.exact) == (1.0, 0.0, 0.0, True)


def test_counts_are_normalised_per_page() -> None:
    page = score_page("p", "a b c d e", "a b c d x")
    # truth shingles: abcd, bcde; predicted: abcd, bcdx → tp 1, fp 1, fn 1, each a third
    assert page.tp == page.fp == page.fn == pytest.approx(1 / 3)
    assert page.precision == page.recall == pytest.approx(0.5)
    assert not page.exact


def test_empty_prediction_counts_for_recall_only() -> None:
    empty, perfect = score_page("empty", TRUTH, ""), score_page("perfect", TRUTH, TRUTH)
    scores = aggregate([empty, perfect])
    assert scores.precision == 1.0  # the empty page has tp + fp == 0 and is left out of precision
    assert scores.recall == 0.5
    assert scores.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert scores.accuracy == 0.5


def test_both_empty_is_an_exact_match_left_out_of_precision_and_recall() -> None:
    scores = aggregate([score_page("none", "", ""), score_page("perfect", TRUTH, TRUTH)])
    assert (scores.precision, scores.recall, scores.accuracy) == (1.0, 1.0, 1.0)


def test_eval_command_on_a_tiny_benchmark(
    tmp_path: Path, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    paragraphs = [
        "The minister said on Monday that the talks would resume in Geneva after a pause of several months.",
        "Both sides agreed to exchange prisoners before the end of the year, according to a joint statement.",
        "Observers from the United Nations will monitor the exchange at the border crossing near the river.",
    ]
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "good.html.gz").write_bytes(gzip.compress(article_html("Talks", paragraphs).encode()))
    (tmp_path / "html" / "empty.html.gz").write_bytes(gzip.compress(b"<html><body></body></html>"))
    truth = {
        "good": {"articleBody": "\n".join(paragraphs), "url": "https://example.com/good"},
        "empty": {"articleBody": "Some text that the empty page does not contain at all.", "url": None},
    }
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth))
    parser = argparse.ArgumentParser()
    extraction.add_arguments(parser, ("eval", "extraction"))
    args = parser.parse_args([str(tmp_path), "--json", "--verbose"])
    assert extraction.main(args, settings) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pages"] == 2
    assert report["precision"] == 1.0
    assert report["recall"] == 0.5
    assert report["accuracy"] == 0.5
    assert [page["id"] for page in report["worst"]] == ["empty", "good"]
