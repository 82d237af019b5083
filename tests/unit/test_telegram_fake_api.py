"""The Bot API emulator answers like api.telegram.org, so e2e tests can trust what it accepts and refuses."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from bot.telegram.emulator import FakeBotApi

TOKEN = "123456789:AAHtestTOKENtestTOKENtestTOKENtest_x"


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


def call(api: FakeBotApi, method: str, token: str = TOKEN, **params: object) -> httpx.Response:
    return httpx.post(f"{api.url}/bot{token}/{method}", json=params, timeout=10)


def test_get_me_is_a_bot_and_a_wrong_token_is_unauthorized(api: FakeBotApi) -> None:
    me = call(api, "getMe").json()
    assert me["ok"] and me["result"]["is_bot"] is True and me["result"]["username"] == api.username
    wrong = call(api, "getMe", token="1:wrong")
    assert wrong.status_code == 401 and wrong.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


def test_updates_have_second_dates_entities_and_offsets(api: FakeBotApi) -> None:
    ann = api.user(1)
    api.send(api.private_chat(ann), ann, "/summarize@bot https://example.org/a 😀 @someone")
    api.send(api.private_chat(ann), ann, "second")
    updates = call(api, "getUpdates", offset=0, timeout=0).json()["result"]
    assert [u["update_id"] for u in updates] == [1, 2]
    message = updates[0]["message"]
    assert isinstance(message["date"], int) and message["date"] < 10**10
    assert [(e["type"], e["offset"], e["length"]) for e in message["entities"]] == [
        ("bot_command", 0, 14),
        ("url", 15, 21),
        ("mention", 40, 8),  # the emoji before it counts as two UTF-16 units
    ]
    assert [u["update_id"] for u in call(api, "getUpdates", offset=2).json()["result"]] == [2]
    assert call(api, "getUpdates", offset=3, timeout=0).json()["result"] == []


def test_html_is_checked_like_telegram_does(api: FakeBotApi) -> None:
    assert call(api, "sendMessage", chat_id=1, text="<b>fine</b> &amp; <i>ok</i>", parse_mode="HTML").json()["ok"]
    unbalanced = call(api, "sendMessage", chat_id=1, text="<b>oops", parse_mode="HTML")
    assert unbalanced.status_code == 400 and "can't parse entities" in unbalanced.json()["description"]
    unsupported = call(api, "sendMessage", chat_id=1, text="<div>x</div>", parse_mode="HTML")
    assert unsupported.status_code == 400
    too_long = call(api, "sendMessage", chat_id=1, text="x" * 4097)
    assert too_long.json()["description"] == "Bad Request: message is too long"
    assert call(api, "sendMessage", chat_id=1, text="&lt;" * 4096, parse_mode="HTML").json()["ok"]


def test_edits_that_change_nothing_are_refused(api: FakeBotApi) -> None:
    sent = call(api, "sendMessage", chat_id=1, text="same").json()["result"]
    again = call(api, "editMessageText", chat_id=1, message_id=sent["message_id"], text="same")
    assert again.status_code == 400 and "message is not modified" in again.json()["description"]


def test_injected_429_carries_retry_after(api: FakeBotApi) -> None:
    api.fail_next("sendMessage", retry_after=3)
    refused = call(api, "sendMessage", chat_id=1, text="hi")
    assert refused.status_code == 429 and refused.json()["parameters"] == {"retry_after": 3}
    assert call(api, "sendMessage", chat_id=1, text="hi").json()["ok"]


def test_documents_arrive_as_multipart(api: FakeBotApi) -> None:
    response = httpx.post(
        f"{api.url}/bot{TOKEN}/sendDocument",
        data={"chat_id": "5", "caption": "the file"},
        files={"document": ("article.txt", b"Le texte entier", "text/plain")},
        timeout=10,
    )
    assert response.json()["result"]["document"]["file_name"] == "article.txt"
    (message,) = api.bot_messages(5)
    assert message.document == b"Le texte entier" and message.text == "the file"
