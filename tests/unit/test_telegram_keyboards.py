"""Callback data stays within Telegram's 64 bytes and parses back to the action it encodes."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.domain import SummaryLength
from bot.store import ChatSettings
from bot.telegram import keyboards
from bot.telegram.keyboards import ResultAction, SettingsAction


def all_data(markup: InlineKeyboardMarkup | None) -> list[str]:
    assert markup is not None
    return [str(b.callback_data) for row in markup.inline_keyboard for b in row]


def test_result_buttons_round_trip() -> None:
    markup = keyboards.result_buttons("AbCdEfGhIjKl", translated=True, has_points=True, original_language="French")
    data = all_data(markup)
    assert [keyboards.parse(d) for d in data] == [
        ResultAction("x", "AbCdEfGhIjKl"),
        ResultAction("s", "AbCdEfGhIjKl"),
        ResultAction("o", "AbCdEfGhIjKl"),
    ]
    assert keyboards.result_buttons("id", translated=False, has_points=False, original_language=None) is None


def test_settings_keyboards_fit_and_parse() -> None:
    chat = ChatSettings(-100, "fr", SummaryLength.SHORT, auto_mode=True)
    data = all_data(keyboards.settings_keyboard(chat, "French", group=True))
    data += all_data(keyboards.language_keyboard(["en", "fr", "de", "hy"], "fr", str.upper))
    assert all(len(d.encode()) <= keyboards.CALLBACK_LIMIT for d in data)
    parsed = [keyboards.parse(d) for d in data]
    assert SettingsAction("auto") in parsed and SettingsAction("len", "detailed") in parsed
    assert SettingsAction("lang", "hy") in parsed and SettingsAction("lang", "auto") in parsed
    assert "Auto mode" not in str(keyboards.settings_keyboard(chat, "French", group=False))


def test_foreign_callback_data_is_ignored() -> None:
    assert keyboards.parse("something:else") is None
    assert keyboards.parse("r:zz:id") is None
