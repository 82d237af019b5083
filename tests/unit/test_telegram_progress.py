"""Status lines for the pipeline's stages."""

from __future__ import annotations

import asyncio
import threading

from bot.pipeline import ProgressEvent
from bot.telegram.progress import StatusMessage, stage_line

NAMES = {"fr": "French", "de": "German"}.__getitem__


def test_stage_lines_read_like_the_issue_describes() -> None:
    lines = [
        stage_line(ProgressEvent("fetching"), NAMES),
        stage_line(ProgressEvent("detected", {"language": "fr", "confidence": 0.9}), NAMES),
        stage_line(ProgressEvent("translating", {"paragraphs": 14}), NAMES),
        stage_line(ProgressEvent("claims"), NAMES),
    ]
    assert " · ".join(lines) == "Fetching… · Detected: French · Translating 14 paragraphs… · Finding who said what…"
    assert stage_line(ProgressEvent("translating", {"paragraphs": 1}), NAMES) == "Translating 1 paragraph…"
    assert stage_line(ProgressEvent("queued", {"position": 3}), NAMES) == "Waiting in line: position 3…"
    assert "German" in stage_line(ProgressEvent("translating_summary", {"language": "de"}), NAMES)


class FakeMessage:
    def __init__(self) -> None:
        self.edits: list[str] = []

    async def edit_text(self, text: str, reply_markup: object = None) -> FakeMessage:
        self.edits.append(text)
        return self


class FakeBot:
    """The two Bot methods a status message uses."""

    def __init__(self) -> None:
        self.message = FakeMessage()
        self.sent: list[str] = []
        self.actions = 0

    async def send_message(self, chat_id: int, text: str, **kwargs: object) -> FakeMessage:
        self.sent.append(text)
        return self.message

    async def send_chat_action(self, chat_id: int, action: str) -> bool:
        self.actions += 1
        return True


async def test_status_message_follows_stages_from_worker_threads_and_becomes_the_reply() -> None:
    bot = FakeBot()
    status = StatusMessage(bot, 1, 10, NAMES, min_interval=0)  # type: ignore[arg-type]
    await status.start()
    events = [
        ProgressEvent("fetching"),
        ProgressEvent("detected", {"language": "fr"}),
        ProgressEvent("translating", {"paragraphs": 14}),
        ProgressEvent("claims"),
    ]
    worker = threading.Thread(target=lambda: [status.listener(event) for event in events])
    worker.start()
    worker.join()
    expected = "⏳ Fetching… · Detected: French · Translating 14 paragraphs… · Finding who said what…"
    for _ in range(200):
        if bot.message.edits and bot.message.edits[-1] == expected:
            break
        await asyncio.sleep(0.01)
    assert bot.message.edits[-1] == expected
    assert bot.sent == ["⏳ Fetching…"]
    assert bot.actions >= 1

    await status.finish(["<b>The summary</b>"])
    assert bot.message.edits[-1] == "<b>The summary</b>"


async def test_queue_position_shows_until_work_starts() -> None:
    bot = FakeBot()
    status = StatusMessage(bot, 1, None, NAMES, min_interval=0)  # type: ignore[arg-type]
    await status.start()
    status.listener(ProgressEvent("queued", {"position": 2}))
    for _ in range(200):
        if bot.message.edits:
            break
        await asyncio.sleep(0.01)
    assert bot.message.edits == ["⏳ Waiting in line: position 2…"]
    await status.finish(["done"])
