"""`attribot run`: the Telegram bot, by long polling or (when ATTRIBOT_WEBHOOK_URL is set) by webhook.

This module is what the CLI imports to build its parser, so it stays light: python-telegram-bot and the pipeline
are imported only when the bot actually starts (bot/telegram/server.py runs it).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import signal
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.config import Settings
from bot.errors import AttribotError

if TYPE_CHECKING:
    from bot.pipeline import Pipeline

TOKEN_SHAPE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")
WEBHOOK_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class BotConfigError(AttribotError):
    """The bot cannot start with these settings (missing or rejected token, incomplete webhook settings)."""


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    """`run` takes no options: everything is a setting (see `attribot doctor` or the README table)."""


def main(args: argparse.Namespace, settings: Settings) -> int:
    check_settings(settings)
    from bot.pipeline import Pipeline

    asyncio.run(_serve_until_signalled(settings, Pipeline(settings)))
    return 0


async def _serve_until_signalled(settings: Settings, pipeline: Pipeline) -> None:
    from bot.telegram.server import serve

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await serve(settings, pipeline, stop)


def check_settings(settings: Settings) -> None:
    """Friendly errors before anything starts; the token itself is never echoed."""
    token = settings.telegram_token
    if not token:
        raise BotConfigError(
            "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put its token in the environment."
        )
    if not TOKEN_SHAPE.match(token):
        raise BotConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (expected digits, a colon, then 30+ letters)."
        )
    if settings.webhook_url:
        if urlsplit(settings.webhook_url).scheme not in ("http", "https"):
            raise BotConfigError("ATTRIBOT_WEBHOOK_URL must be an https:// URL Telegram can reach.")
        if not WEBHOOK_SECRET_SHAPE.match(settings.webhook_secret):
            raise BotConfigError(
                "ATTRIBOT_WEBHOOK_SECRET must be set with ATTRIBOT_WEBHOOK_URL (1-256 of A-Z, a-z, 0-9, _ and -)."
            )
