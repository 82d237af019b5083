"""Fixtures for end-to-end tests: the fake Bot API, a page server, and the real bot (`serve`) running on them.

The pipeline is real except for translation models (a tagging double): detection, extraction, claims, sides and the
summary all run as in production, so these tests break when any stage's contract with the bot does.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.pipeline import Pipeline
from bot.telegram.emulator import FakeBotApi
from bot.telegram.server import serve
from tests.support.translation import make_translator

TOKEN = "123456789:AAHtestTOKENtestTOKENtestTOKENtest_x"

ENGLISH_ARTICLE = (
    "Armenia and Azerbaijan traded accusations on Tuesday after a night of shelling near the border town of Sotk.\n\n"
    "The Armenian Defense Ministry said its troops were attacked with small arms near the town of Sotk. "
    '"This is a deliberate provocation," Defense Ministry spokesman Aram Torosyan told reporters.\n\n'
    "Azerbaijan denied the incident. Its Defense Ministry said Armenian forces had fired first "
    "and that its units had only responded to the attack.\n\n"
    "The European Union urged both sides to return to talks, a spokesman for the bloc said in a statement."
)

FRENCH_ARTICLE = (
    "L'Arménie et l'Azerbaïdjan se sont mutuellement accusés mardi après une nuit de bombardements près de la "
    "ville frontalière de Sotk.\n\n"
    "Le ministère arménien de la Défense a déclaré que ses troupes avaient été attaquées près de la ville. "
    "« C'est une provocation délibérée », a déclaré le porte-parole du ministère aux journalistes.\n\n"
    "L'Azerbaïdjan a démenti l'incident. Son ministère de la Défense a affirmé que les forces arméniennes "
    "avaient tiré les premières et que ses unités n'avaient fait que répondre à l'attaque.\n\n"
    "L'Union européenne a exhorté les deux parties à reprendre les négociations, a déclaré un porte-parole."
)


def article_page(title: str, body: str, lang: str = "en") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><header><nav>Home · World</nav></header><article><h1>{title}</h1>{paragraphs}</article>"
        f"<footer>© News</footer></body></html>"
    ).encode()


class PageServer:
    """Serves fixed pages on 127.0.0.1 (any other path is a 404), records each path asked for, and can answer
    a path slowly (`delays`) to keep a request in flight."""

    def __init__(self) -> None:
        self.pages: dict[str, bytes] = {}
        self.hits: list[str] = []
        self.delays: dict[str, float] = {}
        pages, hits, delays = self.pages, self.hits, self.delays

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                hits.append(self.path)
                time.sleep(delays.get(self.path, 0.0))
                body = pages.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                payload = body if body is not None else b"<html><body>Not found</body></html>"
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def url(self, path: str) -> str:
        host, port = str(self._server.server_address[0]), self._server.server_address[1]
        return f"http://{host}:{port}{path}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="session")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    """One pipeline for all e2e tests (loading detectors and spaCy once); private hosts allowed for the page
    server, tagging translator for fr/de/es/ru ↔ en."""
    root = tmp_path_factory.mktemp("pipeline")
    settings = Settings(models_dir=root / "models", db_path=root / "unused.sqlite3", offline=True,
                        allow_private_hosts=True)  # fmt: skip
    return Pipeline(settings, translator=make_translator(settings))


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def pages() -> Iterator[PageServer]:
    server = PageServer()
    yield server
    server.stop()


@pytest.fixture
def bot_settings(tmp_path: Path, api: FakeBotApi) -> Settings:
    return Settings(
        models_dir=tmp_path / "models",
        db_path=tmp_path / "state" / "attribot.sqlite3",
        offline=True,
        allow_private_hosts=True,
        telegram_token=TOKEN,
        telegram_api_url=api.url,
        rate_limit_per_minute=50,
        workers=2,
    )


class RunningBot:
    """`serve` on a task of the test's event loop, stopped the way a SIGTERM stops it."""

    def __init__(self, settings: Settings, pipeline: Pipeline, grace: float) -> None:
        self.settings = settings
        self.stop_event = asyncio.Event()
        self.task = asyncio.create_task(serve(settings, pipeline, self.stop_event, grace=grace))

    async def stop(self) -> None:
        self.stop_event.set()
        await asyncio.wait_for(self.task, timeout=30)


StartBot = Callable[..., Awaitable[RunningBot]]


@pytest.fixture
async def start_bot(bot_settings: Settings, pipeline: Pipeline, api: FakeBotApi) -> AsyncIterator[StartBot]:
    """Start the bot (optionally with setting overrides); it is stopped at the end of the test."""
    running: list[RunningBot] = []

    async def start(grace: float = 5.0, pipeline: Pipeline = pipeline, **overrides: Any) -> RunningBot:
        settings = bot_settings.with_overrides(**overrides)
        started = len(api.calls_of("getUpdates")) + len(api.calls_of("setWebhook"))
        bot = RunningBot(settings, pipeline, grace)
        running.append(bot)
        await api.wait_for(
            lambda: len(api.calls_of("getUpdates")) + len(api.calls_of("setWebhook")) > started or bot.task.done(),
            what="bot start",
        )
        if bot.task.done():
            bot.task.result()
        return bot

    yield start
    for bot in running:
        if not bot.task.done():
            with contextlib.suppress(Exception):
                await bot.stop()
