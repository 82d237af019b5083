"""SQLite state of the bot: per-chat settings, the result cache, and requests accepted but not yet answered.

One file (settings.db_path) so a self-hosted bot keeps its state across restarts with nothing else to run.
sqlite3 connections are not shared between threads; every call opens a short-lived connection under one lock,
which keeps the store safe to call from the event loop and from worker threads alike. Results are stored as JSON
(bot.codec, the same encoding the task queue uses), never pickled: the file may outlive the
code version that wrote it, and a corrupt or foreign row must not run code.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.codec import decode_request, decode_result, encode_request, encode_result
from bot.domain import Result, SummaryLength
from bot.pipeline import Request

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_settings (
    chat_id INTEGER PRIMARY KEY,
    reply_language TEXT,
    length TEXT NOT NULL,
    auto_mode INTEGER NOT NULL,
    show_original INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    id TEXT PRIMARY KEY,
    cache_key TEXT NOT NULL,
    created REAL NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS results_by_key ON results (cache_key, created);
CREATE TABLE IF NOT EXISTS pending (
    id TEXT PRIMARY KEY,
    chat_id INTEGER NOT NULL,
    reply_to INTEGER,
    user_id INTEGER,
    request TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    created REAL NOT NULL
);
"""


@dataclass(frozen=True)
class ChatSettings:
    """What a chat chose in /settings. `reply_language` None means "the language of whoever asks"."""

    chat_id: int
    reply_language: str | None = None
    length: SummaryLength = SummaryLength.NORMAL
    auto_mode: bool = False
    show_original: bool = True


@dataclass(frozen=True)
class PendingRequest:
    """A request the bot accepted and has not answered yet; kept so a restart can answer it."""

    id: str
    chat_id: int
    reply_to: int | None
    user_id: int | None
    request: Request
    attempts: int


class Store:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            db = sqlite3.connect(self.path, timeout=10)
            try:
                with db:
                    yield db
            finally:
                db.close()

    # Chat settings

    def chat_settings(self, chat_id: int, default_length: SummaryLength = SummaryLength.NORMAL) -> ChatSettings:
        with self._connect() as db:
            row = db.execute(
                "SELECT reply_language, length, auto_mode, show_original FROM chat_settings WHERE chat_id = ?",
                (chat_id,),
            ).fetchone()
        if row is None:
            return ChatSettings(chat_id, length=default_length)
        return ChatSettings(chat_id, row[0], SummaryLength(row[1]), bool(row[2]), bool(row[3]))

    def save_chat_settings(self, chat: ChatSettings) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO chat_settings VALUES (?, ?, ?, ?, ?)",
                (
                    chat.chat_id,
                    chat.reply_language,
                    chat.length.value,
                    int(chat.auto_mode),
                    int(chat.show_original),
                ),
            )

    # Result cache

    def put_result(self, cache_key: str, result: Result) -> str:
        """Store a result; returns its short id (for callback data, which Telegram caps at 64 bytes)."""
        result_id = secrets.token_urlsafe(9)
        payload = _json(encode_result(result))
        with self._connect() as db:
            db.execute("INSERT INTO results VALUES (?, ?, ?, ?)", (result_id, cache_key, self._clock(), payload))
        return result_id

    def cached_result(self, cache_key: str, max_age: float) -> tuple[str, Result] | None:
        """The newest result for `cache_key` younger than `max_age` seconds, with its id."""
        with self._connect() as db:
            row = db.execute(
                "SELECT id, payload FROM results WHERE cache_key = ? AND created >= ? ORDER BY created DESC LIMIT 1",
                (cache_key, self._clock() - max_age),
            ).fetchone()
        return None if row is None else (row[0], decode_result(json.loads(row[1])))

    def result(self, result_id: str, max_age: float) -> Result | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT payload FROM results WHERE id = ? AND created >= ?",
                (result_id, self._clock() - max_age),
            ).fetchone()
        return None if row is None else decode_result(json.loads(row[0]))

    def purge_results(self, older_than: float) -> int:
        with self._connect() as db:
            cursor = db.execute("DELETE FROM results WHERE created < ?", (self._clock() - older_than,))
        return cursor.rowcount

    # Accepted requests

    def add_pending(self, chat_id: int, reply_to: int | None, user_id: int | None, request: Request) -> str:
        pending_id = secrets.token_hex(4)
        with self._connect() as db:
            db.execute(
                "INSERT INTO pending VALUES (?, ?, ?, ?, ?, 0, ?)",
                (
                    pending_id,
                    chat_id,
                    reply_to,
                    user_id,
                    json.dumps(encode_request(request), ensure_ascii=False),
                    self._clock(),
                ),
            )
        return pending_id

    def finish_pending(self, pending_id: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM pending WHERE id = ?", (pending_id,))

    def pending_count(self) -> int:
        with self._connect() as db:
            count: int = db.execute("SELECT COUNT(*) FROM pending").fetchone()[0]
        return count

    def take_pending(self) -> list[PendingRequest]:
        """All unanswered requests, each with its attempt count raised by one (so a request that kills the bot
        is retried once, not forever)."""
        with self._connect() as db:
            db.execute("UPDATE pending SET attempts = attempts + 1")
            rows = db.execute(
                "SELECT id, chat_id, reply_to, user_id, request, attempts FROM pending ORDER BY created"
            ).fetchall()
        return [
            PendingRequest(row[0], row[1], row[2], row[3], decode_request(json.loads(row[4])), row[5]) for row in rows
        ]


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)
