"""Webhook mode: Telegram POSTs updates to the bot with a secret header; a wrong secret is rejected."""

from __future__ import annotations

import asyncio
import socket

from bot.telegram.emulator import FakeBotApi
from tests.e2e.conftest import StartBot

ANN = FakeBotApi.user(1001, "Ann")
CHAT = FakeBotApi.private_chat(ANN)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_receives_updates_and_checks_the_secret(api: FakeBotApi, start_bot: StartBot) -> None:
    port = free_port()
    await start_bot(
        webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
        webhook_secret="s3cret-Token_1",
        webhook_listen="127.0.0.1",
        webhook_port=port,
    )
    set_webhook = api.calls_of("setWebhook")[0].params
    assert set_webhook["secret_token"] == "s3cret-Token_1"
    assert not api.calls_of("getUpdates"), "webhook mode must not poll"

    api.send(CHAT, ANN, "hello")
    await api.wait_message(CHAT["id"], "Send me a link")
    assert api.webhook_responses == [200]

    forged = {"update_id": 999, "message": {"message_id": 1, "date": 0, "chat": CHAT, "from": ANN, "text": "/help"}}
    assert await asyncio.to_thread(api.post_to_webhook, forged, "wrong") == 403
    assert await asyncio.to_thread(api.post_to_webhook, forged, None) == 403
    assert not any("who claims what" in m.text for m in api.bot_messages(CHAT["id"]))
