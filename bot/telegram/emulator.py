"""A Bot API emulator on 127.0.0.1 for end-to-end tests and `attribot bench load` of the real Application.

It speaks the wire format of api.telegram.org as python-telegram-bot v22 uses it: `POST /bot<token>/<method>` with
form, JSON or multipart bodies; answers `{"ok": true, "result": …}` or `{"ok": false, "error_code", "description",
"parameters"}`; dates in seconds; `getMe` with `is_bot`; `getUpdates` long polling with offsets; entities computed
for commands, mentions and links with UTF-16 offsets, as Telegram does; HTML checked the way Telegram checks it
(supported tags only, balanced, at most 4,096 characters after parsing) so a malformed reply fails the test.

Tests drive it from the event loop the bot runs on: injection methods only take a lock, and waiting is `await
api.wait_for(...)`, which polls without blocking the loop. The HTTP server runs on its own thread.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tornado.httputil import HTTPFile, parse_body_arguments

JSON_FIELDS = {
    "reply_markup",
    "commands",
    "scope",
    "link_preview_options",
    "reply_parameters",
    "allowed_updates",
    "entities",
    "caption_entities",
}
INT_FIELDS = {"chat_id", "message_id", "user_id", "offset", "limit", "timeout", "reply_to_message_id"}
TELEGRAM_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler",
    "span", "tg-emoji",
}  # fmt: skip
MESSAGE_LIMIT = 4096


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram's server adds to a plain message: a leading command, mentions, links."""
    found = []
    patterns = [
        ("bot_command", r"^/\w+(?:@\w+)?"),
        ("mention", r"(?<!\w)@\w{3,}"),
        ("url", r"https?://[^\s<>\"]+"),
    ]
    for kind, pattern in patterns:
        for match in re.finditer(pattern, text):
            offset = utf16_len(text[: match.start()])
            found.append({"type": kind, "offset": offset, "length": utf16_len(match.group())})
    return sorted(found, key=lambda entity: entity["offset"])


class _TelegramHtml(HTMLParser):
    """Parses HTML the way the Bot API does for parse_mode=HTML, collecting the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            raise ApiError(400, f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise ApiError(400, f'Bad Request: can\'t parse entities: Unexpected end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(markup: str) -> str:
    parser = _TelegramHtml()
    parser.feed(markup)
    parser.close()
    if parser.stack:
        raise ApiError(
            400,
            f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{parser.stack[-1]}\"",
        )
    return "".join(parser.text)


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class BotMessage:
    """A message the bot sent, as it stands now (after edits). `html` is what the bot sent; `text` what users see."""

    chat_id: int
    message_id: int
    html: str
    text: str
    reply_markup: dict[str, Any] | None = None
    reply_to: int | None = None
    document: bytes | None = None
    document_name: str | None = None
    edits: int = 0

    def buttons(self) -> list[dict[str, Any]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    def button(self, label: str) -> dict[str, Any]:
        for button in self.buttons():
            if label in button["text"]:
                return button
        raise KeyError(f"no button {label!r} in {[b['text'] for b in self.buttons()]}")


class _QuietServer(ThreadingHTTPServer):
    """A client hanging up mid-request (the bot's long poll cancelled at shutdown) is normal here, not an error
    worth a traceback on stderr."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FakeBotApi:
    def __init__(self, token: str, username: str = "attribot_test_bot", bot_id: int = 7_000_000) -> None:
        self.token = token
        self.username = username
        self.bot_id = bot_id
        self.calls: list[Call] = []
        self.messages: dict[tuple[int, int], BotMessage] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.webhook_url = ""
        self.webhook_secret = ""
        self.webhook_responses: list[int] = []
        self._lock = threading.Condition()
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(100)
        self._callback_ids = itertools.count(1)
        self._failures: dict[str, list[ApiError]] = {}
        self._admins: dict[int, set[int]] = {}
        self._stopped = False
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-bot-api", daemon=True
        )

    # Lifecycle

    @property
    def url(self) -> str:
        host, port = str(self._server.server_address[0]), self._server.server_address[1]
        return f"http://{host}:{port}"

    def start(self) -> FakeBotApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._lock.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # Test-side: the world

    @staticmethod
    def user(
        user_id: int, first_name: str = "Ann", language_code: str | None = "en", is_bot: bool = False
    ) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": is_bot, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        return user

    @property
    def bot_user(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "attribot", "username": self.username}

    @staticmethod
    def private_chat(user: dict[str, Any]) -> dict[str, Any]:
        return {"id": user["id"], "type": "private", "first_name": user["first_name"]}

    @staticmethod
    def group_chat(chat_id: int = -100_123, title: str = "News room") -> dict[str, Any]:
        return {"id": chat_id, "type": "supergroup", "title": title}

    def make_admin(self, chat_id: int, user_id: int) -> None:
        with self._lock:
            self._admins.setdefault(chat_id, set()).add(user_id)

    def fail_next(self, method: str, code: int = 429, retry_after: int = 1, times: int = 1) -> None:
        """The next `times` calls of `method` fail (429 "Too Many Requests" with retry_after by default)."""
        error = (
            ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})
            if code == 429
            else ApiError(code, "Bad Gateway" if code == 502 else "Internal Server Error")
        )
        with self._lock:
            self._failures.setdefault(method, []).extend([error] * times)

    # Test-side: users acting

    def send(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str,
        *,
        reply_to: dict[str, Any] | BotMessage | None = None,
        forward_from_chat: dict[str, Any] | None = None,
        caption: bool = False,
    ) -> dict[str, Any]:
        """A user posts `text` in `chat`; returns the message as the bot will receive it."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
        }
        entities = _entities(text)
        if caption:
            message["caption"] = text
            message["photo"] = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]
            if entities:
                message["caption_entities"] = entities
        else:
            message["text"] = text
            if entities:
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = self._as_message(reply_to)
        if forward_from_chat is not None:
            message["forward_origin"] = {
                "type": "channel",
                "date": int(time.time()) - 60,
                "chat": forward_from_chat,
                "message_id": 42,
            }
        self.push_update({"message": message})
        return message

    def press(self, message: BotMessage, user: dict[str, Any], label: str) -> str:
        """A user presses the inline button labelled `label` under one of the bot's messages."""
        data = message.button(label)["callback_data"]
        query_id = str(next(self._callback_ids))
        chat = self._chat_of(message.chat_id, user)
        self.push_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user,
                    "chat_instance": str(message.chat_id),
                    "data": data,
                    "message": self._wire_message(message, chat),
                }
            }
        )
        return query_id

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            update = {"update_id": next(self._update_ids), **update}
            webhook, secret = self.webhook_url, self.webhook_secret
            if not webhook:
                self._updates.append(update)
                self._lock.notify_all()
        if webhook:
            threading.Thread(target=self._deliver, args=(update, webhook, secret), daemon=True).start()
        return update

    def post_to_webhook(self, update: dict[str, Any], secret: str | None) -> int:
        """POST one update to the bot's webhook as Telegram does; returns the HTTP status (blocking)."""
        if not self.webhook_url.startswith(("http://", "https://")):
            raise ValueError(f"the bot registered a webhook that is not http(s): {self.webhook_url!r}")
        request = urllib.request.Request(  # noqa: S310 - scheme checked above
            self.webhook_url, data=json.dumps(update).encode(), headers={"Content-Type": "application/json"}
        )
        if secret is not None:
            request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - scheme checked above
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code

    def _deliver(self, update: dict[str, Any], webhook: str, secret: str) -> None:
        """Like Telegram, keep trying while the bot's server is not up yet (it calls setWebhook before it
        listens)."""
        deadline = time.monotonic() + 10
        while True:
            try:
                status = self.post_to_webhook(update, secret)
                break
            except urllib.error.URLError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        with self._lock:
            self.webhook_responses.append(status)

    # Test-side: reading what the bot did

    def bot_messages(self, chat_id: int) -> list[BotMessage]:
        with self._lock:
            return [m for (chat, _), m in sorted(self.messages.items()) if chat == chat_id]

    def calls_of(self, method: str) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    async def wait_for(self, condition: Callable[[], Any], timeout: float = 15.0, what: str = "condition") -> Any:
        """Poll `condition` until it returns something truthy; fail the test after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            await asyncio.sleep(0.02)

    async def wait_message(
        self, chat_id: int, contains: str, timeout: float = 15.0, *, final: bool = True
    ) -> BotMessage:
        """The bot's message in `chat_id` whose visible text contains `contains` (and, with `final`, is no
        longer a status line)."""

        def find() -> BotMessage | None:
            for message in self.bot_messages(chat_id):
                if contains in message.text and not (final and message.text.startswith("⏳")):
                    return message
            return None

        found: BotMessage = await self.wait_for(find, timeout, what=f"a message containing {contains!r}")
        return found

    # Server side

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                api._serve(self)

            def do_GET(self) -> None:
                api._serve(self)

        return Handler

    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        match = re.fullmatch(r"/bot([^/]+)/(\w+)", urlsplit(request.path).path)
        try:
            if not match:
                raise ApiError(404, "Not Found")
            if match.group(1) != self.token:
                raise ApiError(401, "Unauthorized")
            method = match.group(2)
            params = _parse_body(request.headers.get("Content-Type", ""), body, urlsplit(request.path).query)
            with self._lock:
                self.calls.append(Call(method, params))
                failures = self._failures.get(method)
                if failures:
                    raise failures.pop(0)
            result = self._dispatch(method, params)
            payload: dict[str, Any] = {"ok": True, "result": result}
            status = 200
        except ApiError as error:
            payload = {"ok": False, "error_code": error.code, "description": error.description}
            if error.parameters:
                payload["parameters"] = error.parameters
            status = error.code
        data = json.dumps(payload).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            return

    def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        return handler(params)

    # Bot API methods

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}  # fmt: skip

    def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        with self._lock:
            if self.webhook_url:
                raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
            while True:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if self._updates or self._stopped:
                    return list(self._updates[: int(params.get("limit") or 100)])
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._lock.wait(min(remaining, 0.5))

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self.webhook_url = self.webhook_secret = ""
        return True

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self.webhook_url = params["url"]
            self.webhook_secret = params.get("secret_token", "")
        return True

    def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook_url, "has_custom_certificate": False, "pending_update_count": 0}

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        scope = (params.get("scope") or {"type": "default"})["type"]
        with self._lock:
            self.commands[scope] = params["commands"]
        return True

    def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        return True

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        html = str(params.get("text", ""))
        text = self._visible(html, params.get("parse_mode"))
        reply = params.get("reply_parameters") or {}
        chat_id = int(params["chat_id"])
        message = BotMessage(
            chat_id, next(self._message_ids), html, text, params.get("reply_markup"), reply.get("message_id")
        )
        with self._lock:
            self.messages[(chat_id, message.message_id)] = message
        return self._wire_message(message, self._chat_of(chat_id))

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._message(params)
        html = str(params.get("text", ""))
        text = self._visible(html, params.get("parse_mode"))
        markup = params.get("reply_markup")
        if text == message.text and markup == message.reply_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        with self._lock:
            message.html, message.text, message.reply_markup = html, text, markup
            message.edits += 1
        return self._wire_message(message, self._chat_of(message.chat_id))

    def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._message(params)
        with self._lock:
            message.reply_markup = params.get("reply_markup")
            message.edits += 1
        return self._wire_message(message, self._chat_of(message.chat_id))

    def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        document = params.get("document")
        if not isinstance(document, HTTPFile):
            raise ApiError(400, "Bad Request: there is no document in the request")
        chat_id = int(params["chat_id"])
        caption = str(params.get("caption", ""))
        reply = params.get("reply_parameters") or {}
        message = BotMessage(
            chat_id, next(self._message_ids), caption, self._visible(caption, params.get("parse_mode")),
            reply_to=reply.get("message_id"), document=document.body, document_name=document.filename,
        )  # fmt: skip
        with self._lock:
            self.messages[(chat_id, message.message_id)] = message
        wire = self._wire_message(message, self._chat_of(chat_id))
        wire["document"] = {"file_id": f"doc{message.message_id}", "file_unique_id": f"u{message.message_id}",
                            "file_name": document.filename, "file_size": len(document.body)}  # fmt: skip
        return wire

    def _api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        user = self.user(user_id, "Member")
        with self._lock:
            admin = user_id in self._admins.get(chat_id, set())
        if admin:
            return {"status": "creator", "user": user, "is_anonymous": False}
        return {"status": "member", "user": user}

    def _api_getChatAdministrators(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        with self._lock:
            admins = sorted(self._admins.get(int(params["chat_id"]), set()))
        return [{"status": "creator", "user": self.user(user_id, "Admin"), "is_anonymous": False} for user_id in admins]

    def _api_deleteMessage(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self.messages.pop((int(params["chat_id"]), int(params["message_id"])), None)
        return True

    # Helpers

    @staticmethod
    def _visible(html: str, parse_mode: Any) -> str:
        if not html.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        text = parse_html(html) if parse_mode == "HTML" else html
        if utf16_len(text) > MESSAGE_LIMIT:
            raise ApiError(400, "Bad Request: message is too long")
        return text

    def _message(self, params: dict[str, Any]) -> BotMessage:
        key = (int(params["chat_id"]), int(params["message_id"]))
        with self._lock:
            message = self.messages.get(key)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    def _chat_of(self, chat_id: int, user: dict[str, Any] | None = None) -> dict[str, Any]:
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": (user or {}).get("first_name", "Ann")}
        return self.group_chat(chat_id)

    def _wire_message(self, message: BotMessage, chat: dict[str, Any]) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "message_id": message.message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": self.bot_user,
            "text": message.text,
        }
        if message.reply_markup:
            wire["reply_markup"] = message.reply_markup
        return wire

    def _as_message(self, message: dict[str, Any] | BotMessage) -> dict[str, Any]:
        if isinstance(message, BotMessage):
            return self._wire_message(message, self._chat_of(message.chat_id))
        return message


def _parse_body(content_type: str, body: bytes, query: str) -> dict[str, Any]:
    """Form, JSON or multipart parameters, with JSON-valued fields decoded and ids as ints."""
    params: dict[str, Any] = {}
    if content_type.startswith("application/json") and body:
        params.update(json.loads(body))
    elif body or query:
        arguments: dict[str, list[bytes]] = {}
        files: dict[str, list[HTTPFile]] = {}
        if content_type.startswith("multipart/form-data") or content_type.startswith(
            "application/x-www-form-urlencoded"
        ):
            parse_body_arguments(content_type, body, arguments, files)
        for key, values in parse_qs(query).items():
            arguments.setdefault(key, []).extend(value.encode() for value in values)
        for key, raw in arguments.items():
            params[key] = raw[0].decode()
        for key, uploaded in files.items():
            params[key] = uploaded[0]
    for key in JSON_FIELDS & params.keys():
        if isinstance(params[key], str):
            params[key] = json.loads(params[key])
    for key in INT_FIELDS & params.keys():
        if isinstance(params[key], str) and re.fullmatch(r"-?\d+", params[key]):
            params[key] = int(params[key])
    return params
