"""Source → Article: fetch or read the input, decode it, extract or clean it, and enforce the input limits."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.domain import PARAGRAPH_BREAK, Article, Source, SourceKind
from bot.errors import BadInput, NothingToSummarize
from bot.sources.clean import clean_paragraphs, split_paragraphs
from bot.sources.decode import decode_bytes
from bot.sources.extract import extract_article
from bot.sources.fetch import fetch

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def load_source(source: Source, settings: Settings) -> Article:
    """The article behind `source`. Raises BadInput, RefusedSource, FetchFailed or NothingToSummarize with a
    message for the user.
    """
    if source.kind is SourceKind.URL:
        return _load_url(source.value, settings)
    if source.kind is SourceKind.FILE:
        return _load_file(Path(source.value), settings)
    if _looks_like_html(source.value):
        # A page piped in (`curl … | attribot summarize -`) is extracted like a fetched one.
        return article_from_html(source.value, settings)
    return article_from_text(source.value, settings)


def article_from_text(text: str, settings: Settings, *, url: str | None = None) -> Article:
    """Pasted or plain text → Article, boilerplate removed, paragraphs separated by a blank line."""
    _check_size(text, settings)
    if "\x00" in text:
        raise BadInput("The input looks like a binary file, not text.")
    if not text.strip():
        raise BadInput("The text is empty.")
    paragraphs = clean_paragraphs(split_paragraphs(text))
    if not paragraphs:
        raise NothingToSummarize("There is no article text in the input, only page furniture (links, credits).")
    return Article(text=PARAGRAPH_BREAK.join(paragraphs), url=url)


def article_from_html(html: str, settings: Settings, *, url: str | None = None) -> Article:
    _check_size(html, settings, limit=settings.max_download_bytes)
    article = extract_article(html, url)
    _check_size(article.text, settings)
    return article


def _load_url(url: str, settings: Settings) -> Article:
    page = fetch(url, settings)
    text = decode_bytes(page.body, page.charset, what="The page")
    if page.media_type == "text/plain":
        return article_from_text(text, settings, url=page.url)
    return article_from_html(text, settings, url=page.url)


def _load_file(path: Path, settings: Settings) -> Article:
    try:
        size = path.stat().st_size
        if size > settings.max_download_bytes:
            raise BadInput(f"{path} is too large: {size:,} bytes; the limit is {settings.max_download_bytes:,} bytes.")
        data = path.read_bytes()
    except OSError as error:
        raise BadInput(f"Cannot read {path}: {error.strerror or error}.") from None
    text = decode_bytes(data, what=str(path))
    if path.suffix.lower() in _HTML_SUFFIXES or _looks_like_html(text):
        return article_from_html(text, settings)
    return article_from_text(text, settings)


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _check_size(text: str, settings: Settings, limit: int | None = None) -> None:
    limit = limit or settings.max_input_chars
    if len(text) > limit:
        raise BadInput(f"The text is too long: {len(text):,} characters; the limit is {limit:,}.")
