"""Results as Telegram HTML: the summary reply, the "Sources" list and the full translation. Pure functions."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from bot.domain import Result, SourceKind, Summary
from bot.telegram.formatting import MESSAGE_LIMIT, escape, split_html, split_text

# Above this many messages the full translation goes out as a .txt document instead.
MAX_TRANSLATION_MESSAGES = 3


def summary_html(summary: Summary) -> str:
    """The summary as Telegram HTML (the summary package escapes what it renders)."""
    from bot.summary.render import render_html

    return render_html(summary)


def reply_html(result: Result, *, show_original: bool, language_name: Callable[[str], str]) -> str:
    """The reply under a request: the summary in the reply language, where it came from, and (when the chat
    wants it) which language it was translated from."""
    summary = result.translated_summary or result.summary
    parts = [summary_html(summary)]
    footer = []
    if show_original and result.translated and result.language.code:
        footer.append(f"Translated from {escape(language_name(result.language.code))}")
    source = result.source
    if source.kind is SourceKind.URL:
        site = result.article.site or urlsplit(source.value).hostname or source.value
        footer.append(f'<a href="{escape(source.value)}">{escape(site)}</a>')
    if footer:
        parts.append("<i>" + " · ".join(footer) + "</i>")
    return "\n\n".join(parts)


def reply_chunks(result: Result, *, show_original: bool, language_name: Callable[[str], str]) -> list[str]:
    return split_html(reply_html(result, show_original=show_original, language_name=language_name))


def sources_html(result: Result) -> str:
    """Each point of the English summary with the sentence of the (translated) article it rests on."""
    blocks = []
    for side in result.summary.sides:
        lines = [f"<b>{escape(side.name)}</b>"]
        for point in side.points:
            evidence = result.english[point.evidence.start : point.evidence.end].strip()
            lines.append(f"• {escape(point.speaker)}: <i>“{escape(evidence)}”</i>")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def has_points(result: Result) -> bool:
    return any(side.points for side in result.summary.sides)


def translation_chunks(result: Result) -> list[str] | None:
    """The full English translation as messages, or None when it is too long for chat (send a document)."""
    if len(result.english) > MAX_TRANSLATION_MESSAGES * MESSAGE_LIMIT:
        return None  # cannot fit, escaping only adds characters: skip splitting a long article
    chunks = split_text(result.english)
    return chunks if len(chunks) <= MAX_TRANSLATION_MESSAGES else None


def translation_filename(result: Result) -> str:
    label = result.article.title or result.article.site or "article"
    safe = "".join(ch if ch.isalnum() else "-" for ch in label.lower()).strip("-")[:40] or "article"
    return f"{safe}-en.txt"
