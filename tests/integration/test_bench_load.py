"""`attribot bench load --smoke`: the real bot, several chats at once through the Bot API emulator."""

from __future__ import annotations

import json

import pytest

from bot import cli
from bot.benchmarks.load import LONG_ARTICLE_WORDS, make_chats


def test_every_chat_gets_a_distinct_article() -> None:
    chats = make_chats(10, 2, french=True)
    assert len({chat.text for chat in chats}) == 10
    assert [chat.long for chat in chats] == [True, True] + [False] * 8
    assert all(len(chat.text.split()) >= LONG_ARTICLE_WORDS for chat in chats if chat.long)
    assert any("Dépêche" in chat.text for chat in chats)
    assert not any("Dépêche" in chat.text for chat in make_chats(10, 2, french=False))


@pytest.mark.slow
def test_smoke_load_answers_every_chat(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", "load", "--smoke", "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report.keys() >= {"requests", "answered", "p50_s", "p95_s", "peak_rss_mb"}
    assert report["answered"] == report["requests"] == 6
    assert report["lost"] == 0
    assert 0 < report["p50_s"] <= report["p95_s"]
    # Two workers: the long article holds one, the short ones go through the other meanwhile.
    assert report["short_answered_before_first_long"] >= 3
