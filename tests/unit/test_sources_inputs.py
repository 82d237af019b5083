"""Telling links, files and stdin apart, and finding links in chat messages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain import Source, SourceKind
from bot.errors import BadInput, RefusedSource
from bot.sources import find_urls, parse_source


def test_dash_reads_text_from_stdin() -> None:
    assert parse_source("-", io.StringIO("Hello\n\nworld")) == Source(SourceKind.TEXT, "Hello\n\nworld")


def test_dash_decodes_binary_stdin() -> None:
    assert parse_source("-", io.BytesIO("Привет, мир".encode())) == Source(SourceKind.TEXT, "Привет, мир")


def test_binary_stdin_is_refused() -> None:
    with pytest.raises(BadInput, match="binary"):
        parse_source("-", io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))


@pytest.mark.parametrize("url", ["https://example.com/news/1", "http://example.com", "HTTPS://EXAMPLE.COM/a"])
def test_http_urls(url: str) -> None:
    assert parse_source(url) == Source(SourceKind.URL, url)


def test_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("text")
    assert parse_source(str(path)) == Source(SourceKind.FILE, str(path))


@pytest.mark.parametrize(
    "arg",
    ["file:///etc/passwd", "ftp://example.com/a.txt", "javascript:alert(1)", "data:text/html,<p>hi</p>"],
)
def test_other_schemes_are_refused(arg: str) -> None:
    with pytest.raises(RefusedSource, match="only read http and https"):
        parse_source(arg)


def test_missing_path_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="neither a web address"):
        parse_source(str(tmp_path / "missing.txt"))


def test_directory_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="not a file"):
        parse_source(str(tmp_path))


def test_find_urls_in_order_without_duplicates_or_punctuation() -> None:
    message = (
        "Look at https://example.com/a, and (see http://news.example.org/story?id=1). "
        "Again: https://example.com/a! Also https://en.wikipedia.org/wiki/Sotk_(village)."
    )
    assert find_urls(message) == [
        "https://example.com/a",
        "http://news.example.org/story?id=1",
        "https://en.wikipedia.org/wiki/Sotk_(village)",
    ]


def test_find_urls_ignores_other_schemes_and_bare_words() -> None:
    assert find_urls("ftp://x.org/file and example.com and javascript:alert(1) and https://") == []


def test_find_urls_stops_at_quotes_and_angle_brackets() -> None:
    assert find_urls('«https://lenta.ru/news/1» <https://a.example/b> "https://c.example/d"') == [
        "https://lenta.ru/news/1",
        "https://a.example/b",
        "https://c.example/d",
    ]


@given(st.text(max_size=300))
def test_found_urls_are_http_links_taken_from_the_text(text: str) -> None:
    found = find_urls(text)
    assert len(found) == len(set(found))
    for url in found:
        assert url in text
        assert url.lower().startswith(("http://", "https://"))
