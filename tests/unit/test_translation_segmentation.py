"""Segmentation: every non-space character lands in exactly one piece, layout survives reassembly."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain import Span
from bot.translation.segmentation import assemble, blocks, chunks, length_batches, segment, sentences


def words(texts: Sequence[str]) -> list[int]:
    return [len(t.split()) + 1 for t in texts]


def test_blocks_mark_paragraphs_and_line_breaks() -> None:
    text = "  Titre\n\nPremier paragraphe.\nSuite sur une ligne.\n\n\n  \nDernier.  "
    found = blocks(text)
    assert [text[b.span.start : b.span.end] for b in found] == [
        "Titre",
        "Premier paragraphe.",
        "Suite sur une ligne.",
        "Dernier.",
    ]
    assert [b.starts_paragraph for b in found] == [True, True, False, True]


def test_french_sentences_with_pysbd_keep_abbreviations() -> None:
    text = "M. Dupont a parlé hier. Il a dit non. Puis il est parti."
    spans = sentences(text, Span(0, len(text)), "fr")
    assert [text[s.start : s.end] for s in spans] == [
        "M. Dupont a parlé hier.",
        "Il a dit non.",
        "Puis il est parti.",
    ]


def test_regex_fallback_for_languages_pysbd_lacks() -> None:
    text = "O presidente falou ontem. A guerra acabou? Sim, acabou."
    spans = sentences(text, Span(0, len(text)), "pt")
    assert [text[s.start : s.end] for s in spans] == [
        "O presidente falou ontem.",
        "A guerra acabou?",
        "Sim, acabou.",
    ]


def test_chinese_sentences_split_without_spaces() -> None:
    text = "总统昨天发表讲话。战争结束了！人们很高兴。"
    spans = sentences(text, Span(0, len(text)), "xx")
    assert [text[s.start : s.end] for s in spans] == ["总统昨天发表讲话。", "战争结束了！", "人们很高兴。"]


def test_long_sentence_is_cut_at_clauses_under_the_limit() -> None:
    clause = "le ministre a déclaré que la situation restait grave"
    text = ", ".join([clause] * 12) + "."
    pieces = chunks(text, Span(0, len(text)), words, limit=25)
    assert len(pieces) > 1
    assert all(words([text[p.start : p.end]])[0] <= 25 for p in pieces)
    assert all(text[p.start : p.end].endswith((",", ".")) for p in pieces)
    assert "".join(text[p.start : p.end] for p in pieces).replace(" ", "") == text.replace(" ", "")


def test_unbroken_run_is_cut_anywhere_rather_than_dropped() -> None:
    text = "x" * 500
    pieces = chunks(text, Span(0, 500), lambda ts: [len(t) for t in ts], limit=64)
    assert all(p.end - p.start <= 64 for p in pieces)
    assert sum(p.end - p.start for p in pieces) == 500


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("abc déf.!?,;\n")), min_size=0, max_size=80),
        min_size=1,
        max_size=4,
    )
)
def test_pieces_cover_every_character_once(texts: list[str]) -> None:
    layouts, pieces = segment(texts, "fr", words, limit=6)
    for document, text in enumerate(texts):
        mine = [p for p in pieces if p.document == document]
        covered = "".join(text[p.span.start : p.span.end] for p in mine)
        assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text)
        assert all(p.text == text[p.span.start : p.span.end] and p.text == p.text.strip() for p in mine)
        assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(mine))
        translated, segments = assemble(layouts[document], mine, [p.text.upper() for p in mine], "en")
        assert translated.count("\n\n") == sum(b.starts_paragraph for b in layouts[document][1:])
        for piece, segment_ in zip(mine, segments, strict=True):
            assert translated[segment_.target.start : segment_.target.end] == piece.text.upper()


def test_assemble_keeps_paragraphs_and_joins_cjk_without_spaces() -> None:
    text = "Un. Deux.\n\nTrois."
    layout, pieces = segment([text], "fr", words)
    out, segments = assemble(layout[0], pieces, ["一。", "二。", "三。"], "zh")
    assert out == "一。二。\n\n三。"
    assert [(s.target.start, s.target.end) for s in segments] == [(0, 2), (2, 4), (6, 8)]


def test_length_batches_group_similar_lengths_and_cover_all() -> None:
    lengths = [5, 50, 7, 48, 6, 49, 1]
    batches = length_batches(lengths, 3)
    assert [sorted(lengths[i] for i in b) for b in batches] == [[48, 49, 50], [5, 6, 7], [1]]
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
