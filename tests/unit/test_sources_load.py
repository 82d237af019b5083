"""Loading pasted text and files: limits, binary input, empty input, HTML files, charsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.domain import Source, SourceKind
from bot.errors import BadInput, NothingToSummarize
from bot.sources import load_source
from bot.sources.decode import decode_bytes
from tests.support.http_server import article_html

PARAGRAPHS = [
    "The central bank raised its key interest rate by half a point on Thursday, citing persistent inflation.",
    "The governor said further increases could not be ruled out if prices kept rising faster than wages.",
    "Business groups warned that higher borrowing costs would slow investment in the coming months.",
]


def _text(value: str, settings: Settings) -> str:
    return load_source(Source(SourceKind.TEXT, value), settings).text


def test_pasted_text_keeps_paragraphs_and_wording(settings: Settings) -> None:
    assert _text("\n\n".join(PARAGRAPHS), settings) == "\n\n".join(PARAGRAPHS)


def test_pasted_text_with_one_paragraph_per_line(settings: Settings) -> None:
    assert _text("\r\n".join(PARAGRAPHS) + "\r\n", settings) == "\n\n".join(PARAGRAPHS)


def test_hard_wrapped_lines_are_joined_within_a_paragraph(settings: Settings) -> None:
    wrapped = "The central bank raised its key\ninterest rate on Thursday.\n\nThe governor spoke."
    assert (
        _text(wrapped, settings) == "The central bank raised its key interest rate on Thursday.\n\nThe governor spoke."
    )


def test_two_megabyte_paste_is_refused_with_sizes(settings: Settings) -> None:
    with pytest.raises(BadInput, match=r"2,000,000 characters; the limit is 200,000"):
        _text("word " * 400_000, settings)


@pytest.mark.parametrize("value", ["", "   \n\n \t "])
def test_empty_text_is_refused(settings: Settings, value: str) -> None:
    with pytest.raises(BadInput, match="empty"):
        _text(value, settings)


def test_text_of_only_furniture_has_nothing_to_summarize(settings: Settings) -> None:
    with pytest.raises(NothingToSummarize):
        _text("Share this article\n\nLeave a Reply", settings)


def test_text_with_nul_is_binary(settings: Settings) -> None:
    with pytest.raises(BadInput, match="binary"):
        _text("abc\x00def", settings)


def test_binary_file_is_refused(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    with pytest.raises(BadInput, match="binary"):
        load_source(Source(SourceKind.FILE, str(path)), settings)


def test_text_file_in_windows_1251(settings: Settings, tmp_path: Path) -> None:
    russian = [
        "Центральный банк в четверг повысил ключевую ставку на половину процентного пункта.",
        "Глава банка заявил, что дальнейшее повышение возможно, если цены продолжат расти быстрее зарплат.",
    ]
    path = tmp_path / "article.txt"
    path.write_bytes("\n\n".join(russian).encode("windows-1251"))
    assert load_source(Source(SourceKind.FILE, str(path)), settings).paragraphs == russian


def test_html_file_is_extracted_like_a_page(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(article_html("Bank raises rates", PARAGRAPHS, lang="en-GB"))
    article = load_source(Source(SourceKind.FILE, str(path)), settings)
    assert article.paragraphs == PARAGRAPHS
    assert article.title == "Bank raises rates"
    assert article.language_hint == "en"


def test_html_without_article_has_nothing_to_summarize(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<!DOCTYPE html><html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav></body></html>")
    with pytest.raises(NothingToSummarize):
        load_source(Source(SourceKind.FILE, str(path)), settings)


def test_html_on_stdin_is_extracted(settings: Settings) -> None:
    assert _text(article_html("Bank raises rates", PARAGRAPHS), settings) == "\n\n".join(PARAGRAPHS)


def test_oversize_file_is_refused(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("a" * 2_000)
    with pytest.raises(BadInput, match="too large"):
        load_source(Source(SourceKind.FILE, str(path)), settings.with_overrides(max_download_bytes=1_000))


def test_decode_prefers_declared_then_meta_then_utf8() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body>Привет</body></html>'
    assert "Привет" in decode_bytes(page.encode("windows-1251"))
    assert decode_bytes("café".encode("latin-1"), "iso-8859-1") == "café"
    assert decode_bytes("naïve".encode()) == "naïve"
    assert decode_bytes(b"\xef\xbb\xbfBOM") == "BOM"


def test_decode_tolerates_a_stray_bad_byte_in_declared_utf8() -> None:
    text = "Привет, мир. " * 50
    assert decode_bytes(text.encode() + b"\xff", "utf-8") == text + "\ufffd"


def test_undeclared_latin1_is_not_forced_into_utf8() -> None:
    text = "Le café de la gare a rouvert ses portes après des mois de travaux, a annoncé la mairie. " * 3
    assert decode_bytes(text.encode("cp1252")) == text


def test_decode_ignores_unknown_declared_charset() -> None:
    assert decode_bytes("naïve".encode(), "x-no-such-charset") == "naïve"
