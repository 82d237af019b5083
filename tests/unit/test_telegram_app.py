"""`attribot run` refuses bad settings with one friendly line and never echoes the token."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.config import Settings
from bot.telegram.app import BotConfigError, check_settings

GOOD = "123456789:AAHtestTOKENtestTOKENtestTOKENtest_x"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"telegram_token": ""}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"telegram_token": "not-a-token"}, "does not look like a bot token"),
        ({"webhook_url": "https://bot.example.org/hook"}, "ATTRIBOT_WEBHOOK_SECRET must be set"),
        ({"webhook_url": "ftp://x", "webhook_secret": "abc"}, "https:// URL"),
    ],
)
def test_bad_settings_are_explained(settings: Settings, changes: dict[str, str], message: str) -> None:
    with pytest.raises(BotConfigError, match=message) as raised:
        check_settings(settings.with_overrides(telegram_token=GOOD).with_overrides(**changes))
    assert GOOD not in raised.value.user_message


def test_good_settings_pass(settings: Settings) -> None:
    check_settings(settings.with_overrides(telegram_token=GOOD))
    check_settings(settings.with_overrides(telegram_token=GOOD, webhook_url="https://x/h", webhook_secret="s_1"))


def test_run_without_token_exits_2_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert main(["run"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("attribot: TELEGRAM_BOT_TOKEN is not set")
    assert len(err.splitlines()) == 1
