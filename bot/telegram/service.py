"""The bot's work behind the handlers: answer a request from the cache or the job runner, keep the status message
moving, store the result for its buttons, and never lose an accepted request.

Handlers (handlers.py) only turn Telegram updates into `Ask`s and button presses into calls here. Each accepted ask
is written to the store's `pending` table before work starts and removed once the user has an answer, so a crash or
a restart finds it there: on start, `resume` runs each one again once, and apologises if it was already retried
(a request that kills the bot must not kill it on every start). On shutdown, `drain` gives running work a grace
period, then tells the users whose requests are still running that they will be answered after the restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from telegram import Bot, InputFile, ReplyParameters
from telegram.error import Forbidden, TelegramError

from bot.codec import request_key
from bot.config import Settings
from bot.domain import Result, Summary, SummaryLength
from bot.errors import AttribotError
from bot.jobs import JobRunner, RunnerClosed
from bot.pipeline import Request
from bot.store import ChatSettings, Store
from bot.telegram import keyboards, replies, texts
from bot.telegram.formatting import escape, split_html
from bot.telegram.progress import StatusMessage, deliver

log = logging.getLogger(__name__)

# Results stay reachable by their buttons at least this long, even when the reuse window (cache TTL) is shorter.
BUTTON_LIFETIME = 7 * 86_400


@dataclass(frozen=True)
class Ask:
    """One accepted request: what to summarize and where the answer goes."""

    chat_id: int
    reply_to: int | None
    user_id: int | None
    request: Request


class Languages:
    """Which reply languages this bot can write, and their names; built from the pipeline's translator."""

    def __init__(self, targets: Sequence[str], name: Callable[[str], str]) -> None:
        self.codes = sorted({"en", *targets}, key=lambda code: (code != "en", name(code)))
        self.name = name

    def supports(self, code: str) -> bool:
        return code in self.codes

    def for_user(self, language_code: str | None) -> str:
        """A Telegram user's language ("pt-br" → "pt") when we can reply in it, else English."""
        code = (language_code or "").split("-")[0].lower()
        return code if self.supports(code) else "en"


class Summarizer:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        runner: JobRunner,
        languages: Languages,
        translate_summary: Callable[[Summary, str], Summary],
    ) -> None:
        self.settings = settings
        self.store = store
        self.runner = runner
        self.languages = languages
        self._translate_summary = translate_summary
        self._side_jobs = asyncio.Semaphore(1)
        self._active: set[asyncio.Task[None]] = set()

    # Chat settings

    def chat_settings(self, chat_id: int) -> ChatSettings:
        return self.store.chat_settings(chat_id, SummaryLength(self.settings.summary_length))

    def reply_language(self, chat: ChatSettings, user_language: str | None) -> str:
        if chat.reply_language and self.languages.supports(chat.reply_language):
            return chat.reply_language
        return self.languages.for_user(user_language)

    # Requests

    def start(self, bot: Bot, ask: Ask, pending_id: str | None = None) -> asyncio.Task[None]:
        """Accept `ask` and work on it in a task of its own (handlers return at once; `drain` tracks the task)."""
        if pending_id is None:
            pending_id = self.store.add_pending(ask.chat_id, ask.reply_to, ask.user_id, ask.request)
        task = asyncio.create_task(self._answer(bot, ask, pending_id), name=f"attribot-request-{pending_id}")
        self._active.add(task)
        task.add_done_callback(self._active.discard)
        return task

    async def _answer(self, bot: Bot, ask: Ask, request_id: str) -> None:
        chat = self.chat_settings(ask.chat_id)
        key = request_key(ask.request)
        status: StatusMessage | None = None
        finished = True
        try:
            cached = await asyncio.to_thread(self.store.cached_result, key, self.settings.cache_ttl_seconds)
            if cached is not None:
                result_id, result = cached
                await self._reply(bot, ask, chat, result_id, result, status)
                return
            status = StatusMessage(bot, ask.chat_id, ask.reply_to, self.languages.name)
            await status.start()
            result = await self.runner.submit(ask.request, status.listener)
            result_id = await asyncio.to_thread(self.store.put_result, key, result)
            await self._reply(bot, ask, chat, result_id, result, status)
        except AttribotError as error:
            log.info("request %s: %s", request_id, error.user_message)
            await self._say(bot, ask, status, escape(error.user_message))
        except asyncio.CancelledError:
            finished = False
            await self._say(bot, ask, status, escape(texts.RESTARTING))
            raise
        except RunnerClosed:
            finished = False
            await self._say(bot, ask, status, escape(texts.RESTARTING))
        except Forbidden:
            log.info("request %s: chat %s blocked the bot or removed it", request_id, ask.chat_id)
        except Exception:
            log.exception("request %s failed (chat %s)", request_id, ask.chat_id)
            await self._say(bot, ask, status, texts.APOLOGY.format(request_id=request_id))
        finally:
            if finished:
                self.store.finish_pending(request_id)

    async def _reply(
        self,
        bot: Bot,
        ask: Ask,
        chat: ChatSettings,
        result_id: str,
        result: Result,
        status: StatusMessage | None,
    ) -> None:
        chunks = replies.reply_chunks(result, show_original=chat.show_original, language_name=self.languages.name)
        original = result.language.code
        can_write_original = (
            result.translated
            and original is not None
            and original != result.reply_language
            and self.languages.supports(original)
        )
        markup = keyboards.result_buttons(
            result_id,
            translated=result.translated,
            has_points=replies.has_points(result),
            original_language=self.languages.name(original) if can_write_original and original else None,
        )
        if status is not None:
            await status.finish(chunks, markup)
        else:
            await deliver(bot, ask.chat_id, ask.reply_to, chunks, markup)

    async def _say(self, bot: Bot, ask: Ask, status: StatusMessage | None, html: str) -> None:
        """Tell the user how their request ended; if even that fails (network down, bot blocked), log it."""
        try:
            if status is not None:
                await status.fail(html)
            else:
                await deliver(bot, ask.chat_id, ask.reply_to, [html])
        except TelegramError:
            log.warning("could not tell chat %s how its request ended", ask.chat_id, exc_info=True)

    # Buttons under a reply

    def stored_result(self, result_id: str) -> Result | None:
        return self.store.result(result_id, max(BUTTON_LIFETIME, self.settings.cache_ttl_seconds))

    async def send_sources(self, bot: Bot, chat_id: int, reply_to: int | None, result: Result) -> None:
        html = replies.sources_html(result) if replies.has_points(result) else texts.NO_SOURCES
        await deliver(bot, chat_id, reply_to, split_html(html))

    async def send_translation(self, bot: Bot, chat_id: int, reply_to: int | None, result: Result) -> None:
        if not result.translated:
            await deliver(bot, chat_id, reply_to, [texts.NO_TRANSLATION])
            return
        chunks = replies.translation_chunks(result)
        if chunks is not None:
            await deliver(bot, chat_id, reply_to, chunks)
            return
        document = InputFile(result.english.encode(), filename=replies.translation_filename(result))
        reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to is not None else None
        await bot.send_document(chat_id, document, caption=texts.FULL_TRANSLATION_CAPTION, reply_parameters=reply)

    async def send_original(self, bot: Bot, chat_id: int, reply_to: int | None, result: Result) -> None:
        """The summary in the article's own language; a small job, run off the loop one at a time."""
        language = result.language.code
        if not language or not self.languages.supports(language):
            return
        try:
            async with self._side_jobs:
                summary = await asyncio.to_thread(self._translate_summary, result.summary, language)
        except AttribotError as error:
            await deliver(bot, chat_id, reply_to, [escape(error.user_message)])
            return
        await deliver(bot, chat_id, reply_to, split_html(replies.summary_html(summary)))

    # Lifecycle

    async def resume(self, bot: Bot) -> int:
        """Answer what a previous run accepted and never answered: once more, or with an apology."""
        pending = await asyncio.to_thread(self.store.take_pending)
        for item in pending:
            ask = Ask(item.chat_id, item.reply_to, item.user_id, item.request)
            if item.attempts <= 1:
                log.info("resuming request %s from before the restart", item.id)
                self.start(bot, ask, pending_id=item.id)
            else:
                log.warning("giving up on request %s after %d restarts", item.id, item.attempts)
                with contextlib.suppress(TelegramError):
                    await deliver(bot, ask.chat_id, ask.reply_to, [texts.GAVE_UP])
                self.store.finish_pending(item.id)
        return len(pending)

    async def drain(self, grace: float) -> None:
        """Let running requests finish for up to `grace` seconds, then stop the rest (they tell their users
        they will be answered after the restart, and stay in the pending table for `resume`)."""
        tasks = list(self._active)
        if not tasks:
            return
        log.info("waiting up to %.0f s for %d running requests", grace, len(tasks))
        _done, running = await asyncio.wait(tasks, timeout=grace)
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
