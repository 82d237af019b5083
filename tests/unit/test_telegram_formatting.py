"""Escaping and splitting of Telegram HTML, with hostile text (property-based)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.telegram.formatting import MESSAGE_LIMIT, escape, split_html, split_text, strip_tags, utf16_len

HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from([*"<>&\"' \n\t/;#ab", "\u200f", "\u200b", "\u202e", "\ufeff", "😀", "𝕏", "é"]),
        st.characters(codec="utf-8"),
    ),
    max_size=600,
)
PARAGRAPHS = st.lists(HOSTILE, min_size=1, max_size=12)


class _Balance(HTMLParser):
    """Fails on an unbalanced tag; collects visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"unexpected </{tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def visible(chunk: str) -> str:
    parser = _Balance()
    parser.feed(chunk)
    parser.close()
    assert parser.stack == [], f"unclosed tags {parser.stack}"
    return "".join(parser.text)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_escape_neutralises_markup_and_keeps_invisible_characters() -> None:
    hostile = '<b onclick="x">&amp; \u200f\u200bاب</b>'
    escaped = escape(hostile)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped
    assert strip_tags(escaped) == hostile


@settings(max_examples=150, deadline=None)
@given(paragraphs=PARAGRAPHS, limit=st.integers(min_value=64, max_value=700))
def test_split_keeps_every_chunk_valid_and_within_the_limit(paragraphs: list[str], limit: int) -> None:
    markup = "\n\n".join(
        f"<b>{escape(p[:20])}</b>\n<i>{escape(p)}</i>" if i % 2 else escape(p) for i, p in enumerate(paragraphs)
    )
    chunks = split_html(markup, limit)
    for chunk in chunks:
        assert utf16_len(chunk) <= limit
        assert squeeze(visible(chunk)), "no blank messages"
    assert squeeze("".join(visible(c) for c in chunks)) == squeeze(visible(markup))


@settings(max_examples=100, deadline=None)
@given(paragraphs=PARAGRAPHS, limit=st.integers(min_value=160, max_value=900))
def test_split_reopens_nested_tags_with_attributes(paragraphs: list[str], limit: int) -> None:
    link = escape('https://example.org/?q="a&b"')
    markup = "\n\n".join(f'<b>{escape(p[:30])} <a href="{link}"><i>{escape(p)}</i></a></b>' for p in paragraphs)
    chunks = split_html(markup, limit)
    for chunk in chunks:
        assert utf16_len(chunk) <= limit
        visible(chunk)
    assert squeeze("".join(visible(c) for c in chunks)) == squeeze(visible(markup))


@settings(max_examples=100, deadline=None)
@given(text=HOSTILE)
def test_split_text_never_cuts_an_entity(text: str) -> None:
    chunks = split_text(text * 5, 64)
    for chunk in chunks:
        assert not re.search(r"&[#\w]*$", chunk), "a chunk ends inside an entity"
        visible(chunk)
    # A chunk that began inside an entity ("amp;" after a cut "&") would decode to other text than was given (a
    # chunk may well begin with a ";" the text had: ";&" five times).
    assert squeeze("".join(strip_tags(chunk) for chunk in chunks)) == squeeze(text * 5)


def test_split_prefers_paragraph_boundaries() -> None:
    paragraphs = [f"Paragraph {n}: " + "word " * 150 for n in range(12)]
    chunks = split_text("\n\n".join(paragraphs))
    assert len(chunks) > 1
    for chunk in chunks:
        assert utf16_len(chunk) <= MESSAGE_LIMIT
        assert chunk.startswith("Paragraph ")
        assert chunk.rstrip().endswith("word")


def test_split_reopens_tags_across_a_cut() -> None:
    markup = "<b>" + " ".join(["bold"] * 40) + "</b>"
    chunks = split_html(markup, 64)
    assert len(chunks) > 1
    assert all(chunk.startswith("<b>") and chunk.endswith("</b>") for chunk in chunks)


def test_split_counts_utf16_units() -> None:
    chunks = split_text("😀" * 3000)
    assert len(chunks) == 2
    assert all(utf16_len(chunk) <= MESSAGE_LIMIT for chunk in chunks)


def test_split_of_a_short_message_is_the_message() -> None:
    assert split_html("<b>Hi</b> &amp; bye") == ["<b>Hi</b> &amp; bye"]
    assert split_html("  \n\n ") == []


def test_split_refuses_a_limit_too_small_for_tags() -> None:
    with pytest.raises(ValueError):
        split_html("text", 10)
