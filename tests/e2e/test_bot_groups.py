"""Group chats (privacy mode on): /summarize replies, mentions, replies to the bot, admin-only auto mode."""

from __future__ import annotations

from bot.telegram.emulator import BotMessage, FakeBotApi
from tests.e2e.conftest import ENGLISH_ARTICLE, PageServer, StartBot, article_page

GROUP = FakeBotApi.group_chat(-100_500, "Newsroom")
ADMIN = FakeBotApi.user(2001, "Ada")
MEMBER = FakeBotApi.user(2002, "Bob")
OTHER_BOT = FakeBotApi.user(2003, "Relay", is_bot=True)


def summaries(api: FakeBotApi) -> list[BotMessage]:
    return [m for m in api.bot_messages(GROUP["id"]) if "Azerbaijan" in m.text and m.reply_markup]


async def sync(api: FakeBotApi) -> None:
    """Wait until the bot has handled everything sent so far: /help is answered after earlier updates."""
    before = len([m for m in api.bot_messages(GROUP["id"]) if "who claims what" in m.text])
    api.send(GROUP, MEMBER, "/help")
    await api.wait_for(
        lambda: len([m for m in api.bot_messages(GROUP["id"]) if "who claims what" in m.text]) > before,
        what="the /help answer",
    )


async def test_summarize_as_reply_mention_and_reply_to_bot(
    api: FakeBotApi, start_bot: StartBot, pages: PageServer
) -> None:
    await start_bot()
    pages.pages["/a"] = article_page("Sotk", ENGLISH_ARTICLE)
    pages.pages["/b"] = article_page("Sotk again", ENGLISH_ARTICLE.replace("Tuesday", "Sunday"))
    pages.pages["/c"] = article_page("Sotk third", ENGLISH_ARTICLE.replace("Tuesday", "Monday"))

    posted = api.send(GROUP, MEMBER, f"look at this {pages.url('/a')}")
    await sync(api)
    assert summaries(api) == [], "privacy mode: plain messages are not answered"

    api.send(GROUP, ADMIN, "/summarize@attribot_test_bot", reply_to=posted)
    first = (await api.wait_for(lambda: summaries(api), what="summary of the replied message"))[0]
    assert first.reply_to == posted["message_id"]

    mention = api.send(GROUP, MEMBER, f"@attribot_test_bot what about {pages.url('/b')}")
    await api.wait_for(lambda: len(summaries(api)) == 2, what="summary for the mention")
    assert summaries(api)[1].reply_to == mention["message_id"]

    api.send(GROUP, MEMBER, f"and this one? {pages.url('/c')}", reply_to=first)
    await api.wait_for(lambda: len(summaries(api)) == 3, what="summary for a reply to the bot")
    assert sorted(pages.hits) == ["/a", "/b", "/c"]


async def test_auto_mode_is_for_admins_and_has_a_cooldown(
    api: FakeBotApi, start_bot: StartBot, pages: PageServer
) -> None:
    await start_bot(auto_cooldown_seconds=3600)
    api.make_admin(GROUP["id"], ADMIN["id"])
    for name in "abc":
        pages.pages[f"/{name}"] = article_page(name, ENGLISH_ARTICLE.replace("Tuesday", f"day {name}"))

    api.send(GROUP, MEMBER, "/settings")
    panel = await api.wait_message(GROUP["id"], "Settings for this chat")
    assert "Auto mode: off" in panel.text

    api.press(panel, MEMBER, "Auto mode")
    await api.wait_for(
        lambda: any(c.params.get("show_alert") for c in api.calls_of("answerCallbackQuery")), what="refusal"
    )
    refusal = next(c for c in api.calls_of("answerCallbackQuery") if c.params.get("show_alert"))
    assert "Only group admins" in refusal.params["text"]
    assert "Auto mode: off" in api.bot_messages(GROUP["id"])[0].text

    api.press(panel, ADMIN, "Auto mode")
    await api.wait_for(lambda: "Auto mode: on" in panel.text, what="auto mode on")

    api.send(GROUP, OTHER_BOT, f"new post {pages.url('/c')}")
    api.send(GROUP, MEMBER, f"breaking {pages.url('/a')}")
    await api.wait_for(lambda: summaries(api), what="automatic summary")
    api.send(GROUP, MEMBER, f"more {pages.url('/b')}")
    await sync(api)
    assert len(summaries(api)) == 1, "cooldown: one automatic summary per period"
    assert "/c" not in pages.hits, "other bots' messages are never summarized"

    api.press(panel, ADMIN, "Auto mode")
    await api.wait_for(lambda: "Auto mode: off" in panel.text, what="auto mode off")


async def test_auto_mode_off_again_stops_summaries(api: FakeBotApi, start_bot: StartBot, pages: PageServer) -> None:
    await start_bot(auto_cooldown_seconds=0)
    api.make_admin(GROUP["id"], ADMIN["id"])
    pages.pages["/a"] = article_page("a", ENGLISH_ARTICLE)
    pages.pages["/b"] = article_page("b", ENGLISH_ARTICLE.replace("Tuesday", "Friday"))
    api.send(GROUP, ADMIN, "/settings")
    panel = await api.wait_message(GROUP["id"], "Settings for this chat")
    api.press(panel, ADMIN, "Auto mode")
    await api.wait_for(lambda: "Auto mode: on" in panel.text)
    api.send(GROUP, MEMBER, pages.url("/a"))
    await api.wait_for(lambda: summaries(api), what="automatic summary")

    api.press(panel, ADMIN, "Auto mode")
    await api.wait_for(lambda: "Auto mode: off" in panel.text)
    api.send(GROUP, MEMBER, pages.url("/b"))
    await sync(api)
    assert pages.hits == ["/a"]


async def test_group_settings_change_is_refused_for_members(api: FakeBotApi, start_bot: StartBot) -> None:
    await start_bot()
    api.send(GROUP, MEMBER, "/lang fr")
    await api.wait_message(GROUP["id"], "Only group admins")
    api.make_admin(GROUP["id"], ADMIN["id"])
    api.send(GROUP, ADMIN, "/lang fr")
    await api.wait_message(GROUP["id"], "will be in French")
