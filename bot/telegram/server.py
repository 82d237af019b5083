"""The running bot: the python-telegram-bot Application and its whole life, from start to graceful exit.

`serve` owns that life so that shutdown happens in a known order: stop taking updates, handle the ones already
fetched, let running requests finish (or tell their users they will be answered after the restart), release the
workers. Tests run `serve` itself against a Bot API emulator, so the code they exercise is the code users run.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Coroutine
from typing import Any
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, Defaults

from bot.config import Settings
from bot.pipeline import Pipeline
from bot.telegram import redact, texts
from bot.telegram.app import BotConfigError, check_settings
from bot.telegram.handlers import BotApplication
from bot.telegram.service import BUTTON_LIFETIME

log = logging.getLogger(__name__)

# Seconds running requests get to finish on shutdown (Docker waits 10 s before SIGKILL: raise its
# stop_grace_period along with this).
SHUTDOWN_GRACE = 20.0
NETWORK_RETRIES = 3
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]

PRIVATE_COMMANDS = [
    BotCommand("help", "what to send me"),
    BotCommand("settings", "reply language, summary length"),
    BotCommand("lang", "reply language, e.g. /lang fr"),
    BotCommand("summarize", "reply to a message: summarize it"),
]
GROUP_COMMANDS = [
    BotCommand("summarize", "reply to a message with a link: summarize it"),
    BotCommand("settings", "language, length, auto mode (admins)"),
    BotCommand("lang", "reply language for this group (admins)"),
    BotCommand("help", "how to use attribot here"),
]


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter (Telegram's flood limits, RetryAfter retried) that also retries network errors with
    backoff. Bad requests are not retried (they would fail again), nor is getUpdates (the updater has its own
    retry loop)."""

    async def process_request(
        self,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        delay, attempt = 0.5, 0
        while True:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as error:
                attempt += 1
                if endpoint == "getUpdates" or attempt > NETWORK_RETRIES:
                    raise
                log.info("Telegram %s failed (%s); retrying in %.1f s", endpoint, error.message, delay)
                await asyncio.sleep(delay)
                delay *= 2


def build_application(settings: Settings) -> BotApplication:
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .rate_limiter(RetryingRateLimiter(max_retries=3))
        .concurrent_updates(True)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
    )
    if settings.telegram_api_url:
        base = settings.telegram_api_url.rstrip("/")
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    application = builder.build()
    application.add_error_handler(_on_error)
    return application


async def _on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A handler failed: the log gets an id and the trace, the user an apology naming the same id (unless it
    was Telegram itself failing, when an apology would fail too)."""
    error_id = secrets.token_hex(4)
    log.error("error %s while handling an update", error_id, exc_info=context.error)
    if isinstance(context.error, TelegramError) or not isinstance(update, Update) or not update.effective_message:
        return
    with contextlib.suppress(TelegramError):
        await update.effective_message.reply_text(texts.APOLOGY.format(request_id=error_id))


async def register_commands(application: BotApplication) -> None:
    await application.bot.set_my_commands(PRIVATE_COMMANDS, scope=BotCommandScopeAllPrivateChats())
    await application.bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats())


async def serve(settings: Settings, pipeline: Pipeline, stop: asyncio.Event, *, grace: float = SHUTDOWN_GRACE) -> None:
    """Run the bot until `stop` is set, then shut down in order (see the module docstring). Secrets are
    redacted from every log line meanwhile."""
    check_settings(settings)
    redactor = redact.install([settings.telegram_token, settings.webhook_secret])
    try:
        await _serve(settings, pipeline, stop, grace)
    finally:
        redact.uninstall(redactor)


async def _serve(settings: Settings, pipeline: Pipeline, stop: asyncio.Event, grace: float) -> None:
    from bot.jobs import runner_for
    from bot.language import language_name
    from bot.store import Store
    from bot.telegram.handlers import Handlers
    from bot.telegram.ratelimit import RateLimiter
    from bot.telegram.service import Languages, Summarizer

    store = Store(settings.db_path)
    translator = pipeline.translator
    targets = [code for code in translator.target_languages() if translator.supports("en", code)]
    runner = runner_for(settings, lambda: pipeline)
    service = Summarizer(settings, store, runner, Languages(targets, language_name), pipeline.translate_summary)
    application = build_application(settings)
    Handlers(settings, service, RateLimiter(settings.rate_limit_per_minute)).register(application)
    try:
        await application.initialize()
    except InvalidToken:
        await runner.close()
        raise BotConfigError("Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather.") from None
    updater = application.updater
    assert updater is not None
    try:
        await register_commands(application)
        await application.start()
        if settings.webhook_url:
            await updater.start_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            await updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        log.info("attribot is running as @%s", application.bot.username)
        # With queue workers the models live there; in-process, load them now rather than on the first request.
        warming = None if settings.broker_url else asyncio.create_task(asyncio.to_thread(pipeline.warm_up))
        resumed = await service.resume(application.bot)
        if resumed:
            log.info("answered %d requests left from before the restart", resumed)
        await asyncio.to_thread(store.purge_results, max(settings.cache_ttl_seconds, BUTTON_LIFETIME))
        await stop.wait()
        if warming is not None:
            # A model that fails to load fails the first request again, with a message to the user.
            with contextlib.suppress(Exception):
                await warming
    finally:
        await _quietly(updater.stop() if updater.running else None)
        # Handlers of updates already fetched still run here; they only start request tasks, which drain awaits.
        await _quietly(application.stop() if application.running else None)
        await service.drain(grace)
        await runner.close()
        await _quietly(application.shutdown())
        log.info("attribot stopped")


async def _quietly(step: Coroutine[Any, Any, None] | None) -> None:
    """One shutdown step whose failure must not skip the next ones."""
    if step is None:
        return
    try:
        await step
    except Exception:
        log.exception("shutdown step failed")
