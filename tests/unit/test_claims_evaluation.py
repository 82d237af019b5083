"""The PolNeAR scorer: brat parsing, one-to-one IoU matching and speaker accuracy, on a made-up document."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain import Claim, Span
from bot.errors import BadInput
from bot.evaluation.attribution import GoldDocument, load_gold, match, parse_ann, score

TEXT = "Smith said the plan failed. Jones said taxes rose, he added."
ANN = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 26\tthe plan failed\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 28 33\tJones\n"
    "T6\tContent 39 44;45 49\ttaxes rose\n"
    "E2\tAttribution:T4 Content:T6 Source:T5\n"
    "T7\tDiscard 0 3\tSmi\n"
)


def claim(content: Span, speaker: Span | None) -> Claim:
    return Claim("x", speaker, "said", None, TEXT[content.start : content.end], content, False)


def test_parse_ann_reads_events_with_discontinuous_content() -> None:
    gold = parse_ann(ANN)
    assert [g.content for g in gold] == [(Span(11, 26),), (Span(39, 44), Span(45, 49))]
    assert gold[1].source == (Span(28, 33),)


def test_matching_is_one_to_one_by_iou() -> None:
    gold = parse_ann(ANN)
    predicted = [claim(Span(11, 26), Span(0, 5)), claim(Span(11, 20), Span(0, 5)), claim(Span(39, 49), None)]
    assert sorted(match(predicted, gold, 0.3)) == [(0, 0), (2, 1)]
    report = score([GoldDocument("doc", TEXT, gold)], [predicted], 1.0)
    counts = report.counts[0.3]
    assert (counts.matched, counts.predicted, counts.gold) == (2, 3, 2)
    assert report.speaker_pairs == 2 and report.speaker_correct == 1


def test_load_gold_uses_the_first_annotator(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc.txt").write_bytes(TEXT.encode())
    (tmp_path / "attributions" / "doc_b.ann").write_text("")
    (tmp_path / "attributions" / "doc_a.ann").write_text(ANN)
    documents = load_gold(tmp_path)
    assert len(documents) == 1 and len(documents[0].attributions) == 2


def test_load_gold_rejects_a_folder_without_annotations(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        load_gold(tmp_path)
