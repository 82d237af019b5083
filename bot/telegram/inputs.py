"""What a Telegram message asks to summarize: its links, or its text when it reads like an article."""

from __future__ import annotations

import re

from telegram import Message, MessageEntity

from bot.domain import Source, SourceKind

MAX_LINKS = 3
# Pasted text shorter than this is chit-chat, not an article (a tweet is 280 characters).
MIN_TEXT_CHARS = 200

_MENTION = re.compile(r"@\w+")
_COMMAND = re.compile(r"^/\w+(?:@\w+)?\s*")  # "/summarize@attribot_bot " before text to summarize


def text_of(message: Message) -> str:
    return message.text or message.caption or ""


def links_in(message: Message) -> list[str]:
    """http(s) links in order: those written out in the text, then links Telegram found without a scheme
    ("example.org/news", taken as https), then hidden text links (formatted words)."""
    from bot.sources import find_urls

    entities = message.parse_entities() if message.text else message.parse_caption_entities()
    bare = [
        f"https://{value}"
        for entity, value in entities.items()
        if entity.type == MessageEntity.URL and "://" not in value
    ]
    hidden = [entity.url for entity in entities if entity.type == MessageEntity.TEXT_LINK and entity.url]
    found = (
        find_urls(text_of(message)) + bare + [url for url in hidden if url.lower().startswith(("http://", "https://"))]
    )
    return list(dict.fromkeys(found))


def sources_in(message: Message) -> tuple[list[Source], int]:
    """What to summarize in `message` (at most MAX_LINKS) and how many links it held in all.

    Links win unless the message is mostly its own text (an article pasted with its link at the end)."""
    text = _COMMAND.sub("", text_of(message), count=1)
    links = links_in(message)
    prose = _MENTION.sub("", text)
    for link in links:
        prose = prose.replace(link, "")
    if links and len(prose.strip()) < MIN_TEXT_CHARS:
        return [Source(SourceKind.URL, link) for link in links[:MAX_LINKS]], len(links)
    if len(prose.strip()) >= MIN_TEXT_CHARS:
        return [Source(SourceKind.TEXT, text)], 0
    return [], 0


def mentions(message: Message, username: str | None, bot_id: int) -> bool:
    """Whether `message` names the bot (@username, or a text mention of its user)."""
    entities = message.parse_entities() if message.text else message.parse_caption_entities()
    for entity, value in entities.items():
        if entity.type == MessageEntity.MENTION and username and value.lower() == f"@{username.lower()}":
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return True
    return False
