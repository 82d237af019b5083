"""Inline keyboards and their callback data: the /settings panel and the buttons under a summary.

Callback data is capped by Telegram at 64 bytes, so it carries only a verb and a short id: results live in the
SQLite cache under that id. The formats: `set:<what>[:<value>]` for settings, `r:<action>:<result id>` for results.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain import SummaryLength
from bot.store import ChatSettings
from bot.telegram import texts
from bot.telegram.formatting import escape

CALLBACK_LIMIT = 64
LANGUAGES_PER_ROW = 3
# Telegram allows 100 buttons per keyboard; languages past this are still reachable with /lang xx.
MAX_LANGUAGE_BUTTONS = 90

FULL_TRANSLATION, SOURCES, ORIGINAL = "x", "s", "o"


@dataclass(frozen=True)
class ResultAction:
    action: str
    result_id: str


@dataclass(frozen=True)
class SettingsAction:
    what: str  # menu, lang, len, auto, orig
    value: str = ""


def _data(*parts: str) -> str:
    data = ":".join(parts)
    if len(data.encode()) > CALLBACK_LIMIT:
        raise ValueError(f"callback data over {CALLBACK_LIMIT} bytes: {data!r}")
    return data


def parse(data: str) -> ResultAction | SettingsAction | None:
    """The action a button press asks for, or None for data this bot did not make."""
    parts = data.split(":")
    if parts[0] == "r" and len(parts) == 3 and parts[1] in (FULL_TRANSLATION, SOURCES, ORIGINAL):
        return ResultAction(parts[1], parts[2])
    if parts[0] == "set" and len(parts) in (2, 3):
        return SettingsAction(parts[1], parts[2] if len(parts) == 3 else "")
    return None


def result_buttons(
    result_id: str, *, translated: bool, has_points: bool, original_language: str | None
) -> InlineKeyboardMarkup | None:
    """Buttons under a summary; `original_language` names the article's language when the summary can be
    written in it (None hides "Original")."""
    row = []
    if translated:
        row.append(InlineKeyboardButton("Full translation", callback_data=_data("r", FULL_TRANSLATION, result_id)))
    if has_points:
        row.append(InlineKeyboardButton("Sources", callback_data=_data("r", SOURCES, result_id)))
    if original_language:
        row.append(
            InlineKeyboardButton(f"Original ({original_language})", callback_data=_data("r", ORIGINAL, result_id))
        )
    return InlineKeyboardMarkup([row]) if row else None


def settings_text(chat: ChatSettings, language: str, *, group: bool) -> str:
    lines = [
        texts.SETTINGS_TITLE,
        f"Reply language: {escape(language)}",
        f"Summary length: {chat.length.value}",
        f"Show original language: {'on' if chat.show_original else 'off'}",
    ]
    if group:
        lines.append(f"Auto mode: {'on' if chat.auto_mode else 'off'}")
        lines.append("")
        lines.append(escape(texts.SETTINGS_AUTO_NOTE))
    return "\n".join(lines)


def settings_keyboard(chat: ChatSettings, language: str, *, group: bool) -> InlineKeyboardMarkup:
    def mark(label: str, chosen: bool) -> str:
        return f"✓ {label}" if chosen else label

    rows = [
        [InlineKeyboardButton(f"Language: {language} ▸", callback_data=_data("set", "menu", "lang"))],
        [
            InlineKeyboardButton(
                mark(length.value.capitalize(), chat.length is length),
                callback_data=_data("set", "len", length.value),
            )
            for length in SummaryLength
        ],
        [
            InlineKeyboardButton(
                f"Show original language: {'on' if chat.show_original else 'off'}",
                callback_data=_data("set", "orig"),
            )
        ],
    ]
    if group:
        rows.append(
            [
                InlineKeyboardButton(
                    f"Auto mode: {'on' if chat.auto_mode else 'off'}", callback_data=_data("set", "auto")
                )
            ]
        )
    return InlineKeyboardMarkup(rows)


def language_keyboard(
    codes: Sequence[str], chosen: str | None, language_name: Callable[[str], str]
) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            f"✓ {language_name(code)}" if code == chosen else language_name(code),
            callback_data=_data("set", "lang", code),
        )
        for code in codes[:MAX_LANGUAGE_BUTTONS]
    ]
    buttons.append(InlineKeyboardButton("Automatic", callback_data=_data("set", "lang", "auto")))
    rows = [buttons[i : i + LANGUAGES_PER_ROW] for i in range(0, len(buttons), LANGUAGES_PER_ROW)]
    rows.append([InlineKeyboardButton("‹ Back", callback_data=_data("set", "menu", "main"))])
    return InlineKeyboardMarkup(rows)
