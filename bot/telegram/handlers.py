"""Telegram updates → `Summarizer` calls: commands, private messages, group triggers, buttons, the allowlist.

Group chats run with privacy mode on, so the bot sees commands, mentions and replies to itself; auto mode (links
posted in a group, admins switch it on) needs the bot to see every message, which /settings explains.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from telegram import Chat, InlineKeyboardMarkup, Message, Update, User
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.domain import Source, SourceKind, SummaryLength
from bot.pipeline import Request
from bot.store import ChatSettings
from bot.telegram import keyboards, texts
from bot.telegram.formatting import escape
from bot.telegram.inputs import MAX_LINKS, mentions, sources_in
from bot.telegram.keyboards import ResultAction, SettingsAction
from bot.telegram.ratelimit import RateLimiter
from bot.telegram.service import Ask, Summarizer

Context = ContextTypes.DEFAULT_TYPE
# The bot's Application; its type parameters (bot, context, user/chat/bot data, job queue) are library defaults.
BotApplication = Application[Any, Any, Any, Any, Any, Any]
ADMIN_STATUSES = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


class Handlers:
    def __init__(
        self,
        settings: Settings,
        service: Summarizer,
        limiter: RateLimiter,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.service = service
        self.limiter = limiter
        self._clock = clock
        self._last_auto: dict[int, float] = {}

    def register(self, application: BotApplication) -> None:
        new = filters.UpdateType.MESSAGE  # edits of old messages are not new requests
        text = new & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND
        application.add_handler(TypeHandler(Update, self.guard), group=-1)
        application.add_handler(CommandHandler(["start", "help"], self.help))
        application.add_handler(CommandHandler("settings", self.settings_command))
        application.add_handler(CommandHandler("lang", self.lang))
        application.add_handler(CommandHandler("summarize", self.summarize))
        application.add_handler(CallbackQueryHandler(self.button))
        application.add_handler(MessageHandler(filters.ChatType.PRIVATE & text, self.private_message))
        application.add_handler(MessageHandler(filters.ChatType.GROUPS & text, self.group_message))
        application.add_handler(MessageHandler(filters.ChatType.PRIVATE & new, self.hint))

    # Access

    def allowed(self, chat: Chat | None, user: User | None) -> bool:
        allowed = self.settings.allowed_chats
        if not allowed:
            return True
        return (chat is not None and chat.id in allowed) or (user is not None and user.id in allowed)

    async def guard(self, update: Update, context: Context) -> None:
        """Runs before every other handler: outsiders get one polite refusal and nothing is fetched."""
        chat, user = update.effective_chat, update.effective_user
        if self.allowed(chat, user):
            return
        if update.callback_query:
            await update.callback_query.answer(texts.NOT_ALLOWED_SHORT, show_alert=True)
        elif update.effective_message and chat and self._addressed(update.effective_message, context):
            await update.effective_message.reply_text(texts.NOT_ALLOWED.format(chat_id=chat.id))
        raise ApplicationHandlerStop

    def _addressed(self, message: Message, context: Context) -> bool:
        """Whether the message speaks to the bot (so a refusal is not spam in a group it was added to)."""
        if message.chat.type == Chat.PRIVATE:
            return True
        text = message.text or ""
        return text.startswith("/") or mentions(message, context.bot.username, context.bot.id)

    async def _is_admin(self, chat: Chat, user: User | None, context: Context, message: Message | None = None) -> bool:
        if chat.type == Chat.PRIVATE or _anonymous_admin(message):
            return True
        if user is None:
            return False
        try:
            member = await context.bot.get_chat_member(chat.id, user.id)
        except TelegramError:
            return False
        return member.status in ADMIN_STATUSES

    # Commands

    async def help(self, update: Update, context: Context) -> None:
        if update.effective_message:
            await update.effective_message.reply_text(texts.HELP)

    async def hint(self, update: Update, context: Context) -> None:
        """Anything else in a private chat (a sticker, a photo without caption, an unknown command)."""
        if update.effective_message:
            await update.effective_message.reply_text(escape(texts.HINT))

    async def summarize(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        target = message.reply_to_message or message
        sources, total = sources_in(target)
        if not sources and target is not message:
            sources, total = sources_in(message)
        if not sources:
            await message.reply_text(escape(texts.SUMMARIZE_HINT))
            return
        await self._accept(message, update.effective_user, sources, total, reply_to=target.message_id)

    async def settings_command(self, update: Update, context: Context) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None:
            return
        chosen = self.service.chat_settings(chat.id)
        text, markup = self._settings_view(chosen, update.effective_user, group=chat.type != Chat.PRIVATE)
        await message.reply_text(text, reply_markup=markup)

    async def lang(self, update: Update, context: Context) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None:
            return
        languages = self.service.languages
        codes = ", ".join(languages.codes)
        current = self.service.chat_settings(chat.id)
        if not context.args:
            language = self.service.reply_language(current, _user_language(update.effective_user))
            await message.reply_text(texts.LANG_USAGE.format(language=escape(languages.name(language)), codes=codes))
            return
        if not await self._is_admin(chat, update.effective_user, context, message):
            await message.reply_text(texts.ADMINS_ONLY)
            return
        code = context.args[0].strip().lower()
        if code != "auto" and not languages.supports(code):
            await message.reply_text(texts.LANG_UNSUPPORTED.format(code=escape(code), codes=codes))
            return
        updated = replace(current, reply_language=None if code == "auto" else code)
        self.service.store.save_chat_settings(updated)
        language = self.service.reply_language(updated, _user_language(update.effective_user))
        await message.reply_text(texts.LANG_SET.format(language=escape(languages.name(language))))

    # Messages

    async def private_message(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        sources, total = sources_in(message)
        if not sources:
            await message.reply_text(escape(texts.HINT))
            return
        await self._accept(message, update.effective_user, sources, total, reply_to=message.message_id)

    async def group_message(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None or message.from_user is None or message.via_bot:
            return
        if message.from_user.is_bot and not _anonymous_admin(message):
            return
        replied = message.reply_to_message
        to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id
        if mentions(message, context.bot.username, context.bot.id) or to_bot:
            sources, total = sources_in(message)
            target = message
            if not sources and replied is not None and not to_bot:
                sources, total = sources_in(replied)
                target = replied
            if not sources:
                await message.reply_text(escape(texts.HINT))
                return
            await self._accept(message, message.from_user, sources, total, reply_to=target.message_id)
            return
        await self._auto(message)

    async def _auto(self, message: Message) -> None:
        """Auto mode: the first link of a message, at most one reply per `auto_cooldown_seconds` per group."""
        chat = self.service.chat_settings(message.chat_id)
        if not chat.auto_mode:
            return
        sources, _total = sources_in(message)
        links = [source for source in sources if source.kind is SourceKind.URL]
        if not links:
            return
        now = self._clock()
        last = self._last_auto.get(message.chat_id)
        if last is not None and now - last < self.settings.auto_cooldown_seconds:
            return
        if self.limiter.check(message.from_user.id if message.from_user else message.chat_id) > 0:
            return
        self._last_auto[message.chat_id] = now
        self._start(message, message.from_user, links[0], reply_to=message.message_id)

    async def _accept(
        self, message: Message, user: User | None, sources: list[Source], total: int, reply_to: int
    ) -> None:
        if total > MAX_LINKS:
            await message.reply_text(texts.TOO_MANY_LINKS.format(limit=MAX_LINKS))
        for source in sources:
            wait = self.limiter.check(user.id if user else message.chat_id)
            if wait > 0:
                await message.reply_text(texts.RATE_LIMITED.format(seconds=max(1, round(wait))))
                return
            self._start(message, user, source, reply_to)

    def _start(self, message: Message, user: User | None, source: Source, reply_to: int) -> None:
        chat = self.service.chat_settings(message.chat_id)
        request = Request(
            source=source,
            reply_language=self.service.reply_language(chat, _user_language(user)),
            length=chat.length,
        )
        ask = Ask(message.chat_id, reply_to, user.id if user else None, request)
        self.service.start(message.get_bot(), ask)

    # Buttons

    async def button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None or query.data is None:
            return
        action = keyboards.parse(query.data)
        message = query.message if isinstance(query.message, Message) else None
        if action is None or message is None:
            await query.answer()
            return
        if isinstance(action, SettingsAction):
            await self._settings_button(update, context, action, message)
            return
        await self._result_button(update, context, action, message)

    async def _result_button(self, update: Update, context: Context, action: ResultAction, message: Message) -> None:
        query = update.callback_query
        assert query is not None
        result = await asyncio.to_thread(self.service.stored_result, action.result_id)
        if result is None:
            await query.answer(texts.EXPIRED, show_alert=True)
            return
        if action.action == keyboards.ORIGINAL:  # the one button that runs a model
            wait = self.limiter.check(query.from_user.id)
            if wait > 0:
                await query.answer(texts.RATE_LIMITED.format(seconds=max(1, round(wait))), show_alert=True)
                return
        await query.answer()
        bot = context.bot
        if action.action == keyboards.SOURCES:
            await self.service.send_sources(bot, message.chat_id, message.message_id, result)
        elif action.action == keyboards.FULL_TRANSLATION:
            await self.service.send_translation(bot, message.chat_id, message.message_id, result)
        else:
            await self.service.send_original(bot, message.chat_id, message.message_id, result)

    async def _settings_button(
        self, update: Update, context: Context, action: SettingsAction, message: Message
    ) -> None:
        query = update.callback_query
        assert query is not None
        chat = message.chat
        group = chat.type != Chat.PRIVATE
        current = self.service.chat_settings(chat.id)
        languages = self.service.languages
        if action.what == "menu" and action.value == "lang":
            await query.answer()
            await message.edit_reply_markup(
                keyboards.language_keyboard(languages.codes, current.reply_language, languages.name)
            )
            return
        if action.what != "menu":
            if not await self._is_admin(chat, query.from_user, context):
                await query.answer(texts.ADMINS_ONLY, show_alert=True)
                return
            current = _changed(current, action, languages.supports)
            self.service.store.save_chat_settings(current)
        await query.answer()
        text, markup = self._settings_view(current, query.from_user, group=group)
        with contextlib.suppress(BadRequest):  # "message is not modified": the same choice pressed twice
            await message.edit_text(text, reply_markup=markup)

    def _settings_view(
        self, chosen: ChatSettings, user: User | None, *, group: bool
    ) -> tuple[str, InlineKeyboardMarkup]:
        language = self.service.languages.name(self.service.reply_language(chosen, _user_language(user)))
        if chosen.reply_language is None:
            language = f"{language} (automatic)"
        return (
            keyboards.settings_text(chosen, language, group=group),
            keyboards.settings_keyboard(chosen, language, group=group),
        )


def _changed(current: ChatSettings, action: SettingsAction, supports: Callable[[str], bool]) -> ChatSettings:
    if action.what == "lang":
        if action.value == "auto":
            return replace(current, reply_language=None)
        return replace(current, reply_language=action.value) if supports(action.value) else current
    if action.what == "len" and action.value in {length.value for length in SummaryLength}:
        return replace(current, length=SummaryLength(action.value))
    if action.what == "auto":
        return replace(current, auto_mode=not current.auto_mode)
    if action.what == "orig":
        return replace(current, show_original=not current.show_original)
    return current


def _anonymous_admin(message: Message | None) -> bool:
    """A message an admin sent as the group itself (Telegram only lets admins do that)."""
    return bool(message and message.sender_chat and message.sender_chat.id == message.chat_id)


def _user_language(user: User | None) -> str | None:
    return user.language_code if user else None
