"""The status message: one message edited through the pipeline's stages that finally becomes the reply.

Pipeline progress arrives on worker threads; `listener` hands each event to the event loop with
`call_soon_threadsafe`, and one pump task turns them into edits, at most one per `min_interval` seconds (Telegram
limits edits per chat; intermediate stages that came and went in between are merged into the trail anyway).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ChatAction
from telegram.error import BadRequest, TelegramError

from bot.pipeline import ProgressCallback, ProgressEvent
from bot.telegram import texts
from bot.telegram.formatting import escape

log = logging.getLogger(__name__)

TYPING_EVERY = 4.5  # Telegram shows "typing…" for 5 seconds per action


def stage_line(event: ProgressEvent, language_name: Callable[[str], str]) -> str:
    """The words shown for one stage (plain text; the caller escapes)."""
    detail = event.detail
    if event.stage == "fetching":
        return texts.STAGE_FETCHING
    if event.stage == "detected":
        code = detail.get("language")
        return texts.STAGE_DETECTED.format(language=language_name(code) if code else "unknown")
    if event.stage == "translating":
        paragraphs = int(detail.get("paragraphs", 0))
        if paragraphs == 1:
            return texts.STAGE_TRANSLATING_ONE
        return texts.STAGE_TRANSLATING.format(paragraphs=paragraphs)
    if event.stage == "claims":
        return texts.STAGE_CLAIMS
    if event.stage == "summarizing":
        return texts.STAGE_SUMMARIZING
    if event.stage == "translating_summary":
        return texts.STAGE_TRANSLATING_SUMMARY.format(language=language_name(str(detail.get("language", ""))))
    if event.stage == "queued":
        return texts.STAGE_QUEUED.format(position=detail.get("position", "?"))
    return event.stage


class StatusMessage:
    def __init__(
        self,
        bot: Bot,
        chat_id: int,
        reply_to: int | None,
        language_name: Callable[[str], str],
        min_interval: float = 1.0,
    ) -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.reply_to = reply_to
        self.language_name = language_name
        self.min_interval = min_interval
        self.message: Message | None = None
        self._trail: list[str] = []
        self._queued: str | None = None
        self._shown = ""
        self._events: asyncio.Queue[ProgressEvent] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._loop: asyncio.AbstractEventLoop | None = None

    def _reply_parameters(self) -> ReplyParameters | None:
        if self.reply_to is None:
            return None
        return ReplyParameters(self.reply_to, allow_sending_without_reply=True)

    async def start(self) -> None:
        """Send the first status line and start showing "typing…" until `finish`."""
        self._loop = asyncio.get_running_loop()
        self._shown = "⏳ " + texts.STAGE_FETCHING
        self.message = await self.bot.send_message(self.chat_id, self._shown, reply_parameters=self._reply_parameters())
        self._tasks = [asyncio.create_task(self._pump()), asyncio.create_task(self._typing())]

    @property
    def listener(self) -> ProgressCallback:
        """A callback safe to call from any thread."""
        loop = self._loop or asyncio.get_running_loop()

        def on_event(event: ProgressEvent) -> None:
            with contextlib.suppress(RuntimeError):  # the loop closed: nobody is watching any more
                loop.call_soon_threadsafe(self._events.put_nowait, event)

        return on_event

    def _apply(self, event: ProgressEvent) -> None:
        line = stage_line(event, self.language_name)
        if event.stage == "queued":
            self._queued = line
            return
        self._queued = None
        if event.stage == "fetching" and self._trail:
            return
        if not self._trail or self._trail[-1] != line:
            self._trail.append(line)

    def text(self) -> str:
        lines = [self._queued] if self._queued else self._trail or [texts.STAGE_FETCHING]
        return "⏳ " + escape(" · ".join(lines))

    async def _pump(self) -> None:
        while True:
            self._apply(await self._events.get())
            while not self._events.empty():
                self._apply(self._events.get_nowait())
            text = self.text()
            if text != self._shown and self.message is not None:
                try:
                    await self.message.edit_text(text)
                except TelegramError as error:  # a missed status line is not worth failing the request
                    log.info("status update failed: %s", error)
                self._shown = text
            await asyncio.sleep(self.min_interval)

    async def _typing(self) -> None:
        while True:
            with contextlib.suppress(TelegramError):
                await self.bot.send_chat_action(self.chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_EVERY)

    async def _stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    async def finish(self, chunks: Sequence[str], markup: InlineKeyboardMarkup | None = None) -> list[Message]:
        """Turn the status message into the reply: its first chunk replaces the status, the others follow as
        new messages, and the buttons go under the last one."""
        await self._stop()
        return await deliver(self.bot, self.chat_id, self.reply_to, chunks, markup, replace=self.message)

    async def fail(self, text: str) -> None:
        await self.finish([text])


async def deliver(
    bot: Bot,
    chat_id: int,
    reply_to: int | None,
    chunks: Sequence[str],
    markup: InlineKeyboardMarkup | None = None,
    replace: Message | None = None,
) -> list[Message]:
    """Send HTML chunks in order (editing `replace` into the first), buttons under the last one."""
    sent: list[Message] = []
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to is not None else None
    for index, chunk in enumerate(chunks):
        buttons = markup if index == len(chunks) - 1 else None
        if index == 0 and replace is not None:
            try:
                edited = await replace.edit_text(chunk, reply_markup=buttons)
            except BadRequest:  # the status message was deleted meanwhile: answer with a new message
                log.info("status message gone; sending the reply as a new message")
            else:
                sent.append(edited if isinstance(edited, Message) else replace)
                continue
        sent.append(await bot.send_message(chat_id, chunk, reply_markup=buttons, reply_parameters=reply))
    return sent
