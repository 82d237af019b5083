"""`attribot run` as a process: starts on the emulator, answers, stops cleanly on SIGTERM, never logs the token."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bot.telegram.emulator import FakeBotApi
from tests.e2e.conftest import TOKEN


def wait_until(condition: object, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_attribot_run_serves_and_shuts_down_on_sigterm(api: FakeBotApi, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "ATTRIBOT_TELEGRAM_API_URL": api.url,
        "ATTRIBOT_DB_PATH": str(tmp_path / "state" / "bot.sqlite3"),
        "ATTRIBOT_MODELS_DIR": str(tmp_path / "models"),
        "ATTRIBOT_OFFLINE": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "--verbose", "run"], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_until(lambda: api.calls_of("getUpdates") or process.poll() is not None)
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        ann = FakeBotApi.user(5, "Ann")
        api.send(FakeBotApi.private_chat(ann), ann, "hello")
        wait_until(lambda: api.bot_messages(5))
        assert "Send me a link" in api.bot_messages(5)[0].text
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    log = process.stderr.read() if process.stderr else ""
    assert "attribot stopped" in log
    assert TOKEN.split(":")[1] not in log
    assert (tmp_path / "state" / "bot.sqlite3").is_file()
