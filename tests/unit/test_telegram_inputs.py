"""What a message asks to summarize: links (up to three), long text, or nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Chat, Message, MessageEntity, User

from bot.domain import SourceKind
from bot.telegram.inputs import MIN_TEXT_CHARS, mentions, sources_in

CHAT = Chat(1, Chat.PRIVATE)
BOT = User(99, "attribot", is_bot=True, username="attribot_bot")


def message(text: str, entities: tuple[MessageEntity, ...] = ()) -> Message:
    return Message(1, datetime.now(UTC), CHAT, text=text, entities=entities)


def test_links_win_over_short_text_and_are_capped() -> None:
    links = " ".join(f"https://example.org/{n}." for n in range(5))
    sources, total = sources_in(message(f"see {links}"))
    assert total == 5
    assert [s.value for s in sources] == ["https://example.org/0", "https://example.org/1", "https://example.org/2"]
    assert all(s.kind is SourceKind.URL for s in sources)


def test_hidden_text_links_count() -> None:
    text = "read this story"
    entity = MessageEntity(MessageEntity.TEXT_LINK, 10, 5, url="https://example.org/story")
    sources, _ = sources_in(message(text, (entity,)))
    assert [s.value for s in sources] == ["https://example.org/story"]


def test_long_text_is_an_article_short_text_is_chat() -> None:
    article = "Word " * (MIN_TEXT_CHARS // 4) + "https://example.org/credit"
    sources, _ = sources_in(message(article))
    assert [s.kind for s in sources] == [SourceKind.TEXT]
    assert sources_in(message("hello, how are you?")) == ([], 0)


def test_mentions_of_the_bot_only() -> None:
    text = "@attribot_bot and @someone"
    entities = (MessageEntity(MessageEntity.MENTION, 0, 13), MessageEntity(MessageEntity.MENTION, 18, 8))
    assert mentions(message(text, entities), "attribot_bot", BOT.id)
    assert not mentions(message("@someone", (MessageEntity(MessageEntity.MENTION, 0, 8),)), "attribot_bot", 99)
    by_user = MessageEntity(MessageEntity.TEXT_MENTION, 0, 4, user=BOT)
    assert mentions(message("attr bot", (by_user,)), None, BOT.id)


def test_a_leading_command_is_not_part_of_the_article() -> None:
    article = "Word " * (MIN_TEXT_CHARS // 4)
    sources, _ = sources_in(message(f"/summarize@attribot_bot {article}"))
    assert sources[0].value == article


def test_links_without_a_scheme_that_telegram_marked_are_https() -> None:
    text = "see example.org/news today"
    sources, _ = sources_in(message(text, (MessageEntity(MessageEntity.URL, 4, 16),)))
    assert [s.value for s in sources] == ["https://example.org/news"]
