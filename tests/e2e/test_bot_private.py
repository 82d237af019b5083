"""Private chats against the fake Bot API: text, links, forwarded posts, hints, buttons, cache, failures."""

from __future__ import annotations

import asyncio
import logging
import sqlite3

import pytest

from bot.config import Settings
from bot.domain import Source, SourceKind
from bot.pipeline import Pipeline, Request
from bot.store import Store
from bot.telegram.app import BotConfigError
from bot.telegram.emulator import BotMessage, FakeBotApi
from bot.telegram.server import serve
from tests.e2e.conftest import (
    ENGLISH_ARTICLE,
    FRENCH_ARTICLE,
    TOKEN,
    PageServer,
    StartBot,
    article_page,
)

ANN = FakeBotApi.user(1001, "Ann")
CHAT = FakeBotApi.private_chat(ANN)


async def test_pasted_english_text_gets_a_summary_with_sources(api: FakeBotApi, start_bot: StartBot) -> None:
    await start_bot()
    api.send(CHAT, ANN, ENGLISH_ARTICLE)

    reply = await api.wait_message(CHAT["id"], "Azerbaijan")
    assert "Armenia" in reply.text
    assert reply.edits >= 1, "the status message should become the reply"
    assert api.calls_of("sendChatAction")
    assert "Full translation" not in [b["text"] for b in reply.buttons()], "English needs no translation"
    sends = api.calls_of("sendMessage") + api.calls_of("editMessageText")
    assert all(call.params.get("parse_mode") == "HTML" for call in sends)
    assert all(call.params.get("link_preview_options") == {"is_disabled": True} for call in sends)

    api.press(reply, ANN, "Sources")
    sources = await api.wait_message(CHAT["id"], "“")
    assert "its troops were attacked with small arms" in sources.text
    assert api.calls_of("answerCallbackQuery")


async def test_link_to_french_article_is_translated_and_has_buttons(
    api: FakeBotApi, start_bot: StartBot, pages: PageServer
) -> None:
    await start_bot()
    pages.pages["/monde/sotk"] = article_page("Accusations à Sotk", FRENCH_ARTICLE, "fr")
    api.send(CHAT, ANN, f"What is this about? {pages.url('/monde/sotk')}")

    reply = await api.wait_message(CHAT["id"], "Translated from French")
    assert api.calls_of("sendMessage")[0].params["text"] == "⏳ Fetching…"
    assert "[fr>en]" in reply.text

    api.press(reply, ANN, "Full translation")
    translation = await api.wait_message(CHAT["id"], "[fr>en] L'Arménie")
    assert "[fr>en] L'Union européenne" in translation.text

    api.press(reply, ANN, "Original")
    original = await api.wait_message(CHAT["id"], "[en>fr]")
    assert original.reply_to == reply.message_id


async def test_same_link_again_is_answered_from_the_cache(
    api: FakeBotApi, start_bot: StartBot, pages: PageServer
) -> None:
    await start_bot()
    pages.pages["/a"] = article_page("Sotk", ENGLISH_ARTICLE)
    api.send(CHAT, ANN, pages.url("/a"))
    first = await api.wait_message(CHAT["id"], "Azerbaijan")

    api.send(CHAT, ANN, pages.url("/a"))
    second = await api.wait_for(
        lambda: [m for m in api.bot_messages(CHAT["id"]) if m.message_id > first.message_id], what="second reply"
    )
    assert second[0].text == first.text
    assert second[0].edits == 0, "a cached answer needs no status message"
    assert pages.hits == ["/a"], "the page must be fetched once"


async def test_up_to_three_links_each_get_a_reply(api: FakeBotApi, start_bot: StartBot, pages: PageServer) -> None:
    await start_bot()
    for name in "abcd":
        pages.pages[f"/{name}"] = article_page(f"Story {name}", ENGLISH_ARTICLE.replace("Tuesday", f"day {name}"))
    links = " ".join(pages.url(f"/{name}") for name in "abcd")
    api.send(CHAT, ANN, f"Read these: {links}")

    await api.wait_message(CHAT["id"], "up to 3 links")
    await api.wait_for(
        lambda: len([m for m in api.bot_messages(CHAT["id"]) if "Azerbaijan" in m.text and m.reply_markup]) == 3,
        what="three summaries",
    )
    assert sorted(pages.hits) == ["/a", "/b", "/c"]


async def test_forwarded_channel_post_and_summarize_reply(api: FakeBotApi, start_bot: StartBot) -> None:
    await start_bot()
    channel = {"id": -100_777, "type": "channel", "title": "Caucasus news"}
    api.send(CHAT, ANN, ENGLISH_ARTICLE, forward_from_chat=channel)
    await api.wait_message(CHAT["id"], "Azerbaijan")

    own = api.send(CHAT, ANN, ENGLISH_ARTICLE.replace("Tuesday", "Friday"))
    await api.wait_for(lambda: len([m for m in api.bot_messages(CHAT["id"]) if "Azerbaijan" in m.text]) == 2)
    api.send(CHAT, ANN, "/summarize", reply_to=own)
    await api.wait_for(lambda: len([m for m in api.bot_messages(CHAT["id"]) if "Azerbaijan" in m.text]) == 3)


async def test_chit_chat_gets_a_hint_and_help_explains(api: FakeBotApi, start_bot: StartBot) -> None:
    await start_bot()
    api.send(CHAT, ANN, "hi there!")
    await api.wait_message(CHAT["id"], "Send me a link")
    api.send(CHAT, ANN, "/start")
    await api.wait_message(CHAT["id"], "who claims what")
    scopes = set(api.commands)
    assert {"all_private_chats", "all_group_chats"} <= scopes


async def test_failing_page_gets_a_specific_message(api: FakeBotApi, start_bot: StartBot, pages: PageServer) -> None:
    await start_bot()
    api.send(CHAT, ANN, pages.url("/missing"))
    reply = await api.wait_message(CHAT["id"], "404")
    assert "Sorry, something went wrong" not in reply.text


async def test_refused_private_address_when_not_allowed(
    api: FakeBotApi, start_bot: StartBot, pages: PageServer, pipeline: Pipeline
) -> None:
    strict = Pipeline(
        pipeline.settings.with_overrides(allow_private_hosts=False),
        detector=pipeline.detector,
        translator=pipeline.translator,
        claim_extractor=pipeline.claim_extractor,
    )
    await start_bot(pipeline=strict)
    pages.pages["/a"] = article_page("Sotk", ENGLISH_ARTICLE)
    api.send(CHAT, ANN, pages.url("/a"))
    await api.wait_message(CHAT["id"], "won't fetch")
    assert pages.hits == []


async def test_long_translation_is_split_or_sent_as_a_document(
    api: FakeBotApi, start_bot: StartBot, pages: PageServer
) -> None:
    await start_bot()
    paragraph = FRENCH_ARTICLE.split("\n\n")[2]

    def numbered(count: int) -> str:
        return "\n\n".join([FRENCH_ARTICLE] + [f"Point {n}. {paragraph}" for n in range(count)])

    pages.pages["/medium"] = article_page("Moyen", numbered(30), "fr")
    pages.pages["/long"] = article_page("Long", numbered(60), "fr")

    api.send(CHAT, ANN, pages.url("/medium"))
    reply = await api.wait_message(CHAT["id"], "Translated from French")
    api.press(reply, ANN, "Full translation")

    def translation_parts() -> list[BotMessage]:
        return [m for m in api.bot_messages(CHAT["id"]) if m.message_id > reply.message_id]

    await api.wait_for(lambda: any("Point 29." in m.text for m in translation_parts()), what="the translation")
    parts = translation_parts()
    assert len(parts) >= 2
    assert all(len(m.text) <= 4096 for m in parts)
    assert all(m.text.rstrip().endswith(".") for m in parts), "cut on paragraph boundaries"
    assert "".join(m.text for m in parts).count("[fr>en] Point") == 30

    api.send(CHAT, ANN, pages.url("/long"))
    await api.wait_for(
        lambda: len([m for m in api.bot_messages(CHAT["id"]) if "Translated from French" in m.text]) == 2
    )
    long_reply = [m for m in api.bot_messages(CHAT["id"]) if "Translated from French" in m.text][-1]
    api.press(long_reply, ANN, "Full translation")
    document = await api.wait_for(
        lambda: [m for m in api.bot_messages(CHAT["id"]) if m.document], what="the translation as a document"
    )
    assert document[0].document_name.endswith(".txt")
    assert document[0].document.decode().count("[fr>en]") > 60


async def test_rate_limit_gets_a_friendly_message(api: FakeBotApi, start_bot: StartBot) -> None:
    await start_bot(rate_limit_per_minute=2)
    for day in ("Monday", "Tuesday", "Wednesday"):
        api.send(CHAT, ANN, ENGLISH_ARTICLE.replace("Tuesday", day))
    await api.wait_message(CHAT["id"], "faster than I can read")
    await api.wait_for(lambda: len([m for m in api.bot_messages(CHAT["id"]) if "Azerbaijan" in m.text]) == 2)


async def test_allowlist_refuses_politely_and_fetches_nothing(
    api: FakeBotApi, start_bot: StartBot, pages: PageServer
) -> None:
    await start_bot(allowed_chats=(4242,))
    pages.pages["/a"] = article_page("Sotk", ENGLISH_ARTICLE)
    api.send(CHAT, ANN, pages.url("/a"))
    await api.wait_message(CHAT["id"], "this attribot is private")
    assert pages.hits == []


async def test_telegram_429_is_retried_and_the_reply_arrives(api: FakeBotApi, start_bot: StartBot) -> None:
    await start_bot()
    api.fail_next("sendMessage", retry_after=1)
    api.send(CHAT, ANN, "hello")
    await api.wait_message(CHAT["id"], "Send me a link")
    assert len(api.calls_of("sendMessage")) == 2


class BrokenExtractor:
    def extract(self, text: str) -> list[object]:
        raise RuntimeError("a bug in the claims stage")


async def test_bad_gateway_is_retried_with_backoff(api: FakeBotApi, start_bot: StartBot) -> None:
    await start_bot()
    api.fail_next("sendMessage", code=502, times=2)
    api.send(CHAT, ANN, "hello")
    await api.wait_message(CHAT["id"], "Send me a link")
    assert len(api.calls_of("sendMessage")) == 3


async def test_unexpected_error_gets_an_apology_with_a_request_id(
    api: FakeBotApi, start_bot: StartBot, caplog: pytest.LogCaptureFixture, pipeline: Pipeline
) -> None:
    caplog.set_level(logging.DEBUG)
    broken = Pipeline(
        pipeline.settings,
        detector=pipeline.detector,
        translator=pipeline.translator,
        claim_extractor=BrokenExtractor(),  # type: ignore[arg-type]
    )
    await start_bot(pipeline=broken)
    api.send(CHAT, ANN, ENGLISH_ARTICLE)
    reply = await api.wait_message(CHAT["id"], "Sorry, something went wrong")
    request_id = reply.text.rsplit("request ", 1)[1].rstrip(").")
    assert request_id in caplog.text
    assert "Traceback" in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text
    assert TOKEN.split(":")[1] not in reply.html


async def test_restart_keeps_settings_and_answers_interrupted_requests(
    api: FakeBotApi, start_bot: StartBot, pages: PageServer
) -> None:
    bot = await start_bot(grace=0.2)
    api.send(CHAT, ANN, "/settings")
    panel = await api.wait_message(CHAT["id"], "Settings for this chat")
    assert "Reply language: English (automatic)" in panel.text
    api.press(panel, ANN, "Language:")
    await api.wait_for(lambda: any(b["text"] == "French" for b in panel.buttons()), what="the language menu")
    api.press(panel, ANN, "French")
    await api.wait_for(lambda: "Reply language: French" in panel.text, what="French chosen")
    api.press(panel, ANN, "Detailed")
    await api.wait_for(lambda: "Summary length: detailed" in panel.text, what="detailed chosen")
    pages.pages["/slow"] = article_page("Sotk", ENGLISH_ARTICLE)
    pages.delays["/slow"] = 1.5
    api.send(CHAT, ANN, pages.url("/slow"))
    await api.wait_for(lambda: pages.hits, what="the fetch to start")
    await bot.stop()
    await api.wait_message(CHAT["id"], "I'm restarting", final=False)

    pages.delays.clear()
    await start_bot()
    reply = await api.wait_message(CHAT["id"], "[en>fr]", timeout=20)
    assert "Azerbaijan" in reply.text
    api.send(CHAT, ANN, "/settings")
    await api.wait_for(
        lambda: [m for m in api.bot_messages(CHAT["id"]) if "Summary length: detailed" in m.text and m is not panel],
        what="settings kept across the restart",
    )


async def test_busy_workers_show_the_queue_position(api: FakeBotApi, start_bot: StartBot, pages: PageServer) -> None:
    await start_bot(workers=1)
    pages.pages["/slow"] = article_page("Sotk", ENGLISH_ARTICLE)
    pages.delays["/slow"] = 1.5
    api.send(CHAT, ANN, pages.url("/slow"))
    await api.wait_for(lambda: pages.hits, what="the first job to start")
    api.send(CHAT, ANN, ENGLISH_ARTICLE.replace("Tuesday", "Thursday"))
    await api.wait_for(
        lambda: any("Waiting in line: position 1" in c.params["text"] for c in api.calls_of("editMessageText")),
        what="the queue position",
    )
    await api.wait_for(lambda: len([m for m in api.bot_messages(CHAT["id"]) if "Azerbaijan" in m.text]) == 2)


async def test_a_request_interrupted_twice_gets_an_apology(
    api: FakeBotApi, start_bot: StartBot, bot_settings: Settings
) -> None:
    store = Store(bot_settings.db_path)
    store.add_pending(CHAT["id"], 55, ANN["id"], Request(Source(SourceKind.TEXT, ENGLISH_ARTICLE)))
    store.take_pending()  # the first restart already retried it
    await start_bot()
    reply = await api.wait_message(CHAT["id"], "Please send it again")
    assert reply.reply_to == 55
    await api.wait_for(lambda: store.pending_count() == 0, what="the request to be forgotten")


async def test_a_token_telegram_rejects_stops_the_bot_with_a_clear_error(
    api: FakeBotApi, bot_settings: Settings, pipeline: Pipeline
) -> None:
    wrong = "987654321:AAHwrongTOKENwrongTOKENwrongTOKEN_x"
    with pytest.raises(BotConfigError, match="Telegram rejected TELEGRAM_BOT_TOKEN"):
        await serve(bot_settings.with_overrides(telegram_token=wrong), pipeline, asyncio.Event())


async def test_a_failing_handler_apologises_with_the_logged_id(
    api: FakeBotApi, start_bot: StartBot, bot_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    await start_bot()
    with sqlite3.connect(bot_settings.db_path) as db:  # a row no version of the bot writes
        db.execute("INSERT INTO chat_settings VALUES (?, 'fr', 'enormous', 0, 1)", (CHAT["id"],))
    api.send(CHAT, ANN, "/settings")
    reply = await api.wait_message(CHAT["id"], "Sorry, something went wrong")
    error_id = reply.text.rsplit("request ", 1)[1].rstrip(").")
    assert f"error {error_id} while handling an update" in caplog.text
