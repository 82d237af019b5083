"""Everything the bot says that is not a summary, in one place so the tone stays consistent (HTML-ready)."""

from __future__ import annotations

HELP = (
    "<b>attribot</b> reads news in any language and tells you <i>who claims what</i>, side by side.\n\n"
    "Send me:\n"
    "• a link to a news article (up to 3 links per message), or\n"
    "• the article's text, pasted (a few sentences at least), or\n"
    "• a post forwarded from a channel.\n\n"
    "In groups: reply to a message with /summarize, or mention me with a link. "
    "Admins can switch on auto mode in /settings.\n\n"
    "/settings — reply language, summary length, auto mode\n"
    "/lang <code>xx</code> — reply language, e.g. <code>/lang fr</code>\n"
    "/summarize — as a reply to a message: summarize it\n\n"
    "Everything runs on this bot's own server: no cloud translation."
)

HINT = "Send me a link to a news article, or paste its text (a few sentences at least). /help shows more."
SUMMARIZE_HINT = "Reply to a message that has a link or an article's text with /summarize, or send /summarize <link>."
TOO_MANY_LINKS = "I summarize up to {limit} links per message; these are the first {limit}."
NOT_ALLOWED_SHORT = "Sorry, this attribot is private."
NOT_ALLOWED = "Sorry, this attribot is private. Ask its owner to allow this chat (id <code>{chat_id}</code>)."
RATE_LIMITED = "You're sending requests faster than I can read. Please try again in {seconds} seconds."
APOLOGY = "Sorry, something went wrong on my side while working on this (request <code>{request_id}</code>)."
RESTARTING = "⏳ I'm restarting; this request is saved and I'll answer it as soon as I'm back."
GAVE_UP = "Sorry, I was restarted while working on this and could not finish it. Please send it again."
EXPIRED = "This summary is too old for its buttons now; send the link again for a fresh one."
ADMINS_ONLY = "Only group admins can change this chat's settings."
NO_TRANSLATION = "This article was in English, so there is no translation to show."
NO_SOURCES = "This summary has no attributed points, so there are no source sentences to show."
FULL_TRANSLATION_CAPTION = "The whole article, translated to English."

STAGE_FETCHING = "Fetching…"
STAGE_DETECTED = "Detected: {language}"
STAGE_TRANSLATING = "Translating {paragraphs} paragraphs…"
STAGE_TRANSLATING_ONE = "Translating 1 paragraph…"
STAGE_CLAIMS = "Finding who said what…"
STAGE_SUMMARIZING = "Writing the summary…"
STAGE_TRANSLATING_SUMMARY = "Translating the summary into {language}…"
STAGE_QUEUED = "Waiting in line: position {position}…"

SETTINGS_TITLE = "<b>Settings for this chat</b>"
SETTINGS_AUTO_NOTE = (
    "Auto mode summarizes links posted in this group. I only see all messages when I'm a group admin "
    "or privacy mode is off in @BotFather."
)
LANG_USAGE = "Reply language is {language}. Change it with <code>/lang xx</code>, one of: {codes}."
LANG_SET = "Replies in this chat will be in {language}."
LANG_UNSUPPORTED = "I can't write summaries in '{code}'. Available: {codes}."
