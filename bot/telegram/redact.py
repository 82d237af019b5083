"""A logging filter that removes secrets (the bot token, the webhook secret) from every record.

The Bot API puts the token in each request URL, so it can surface in any library's log line or in the text of an
exception (httpx errors quote the URL). The filter sits on the handlers, where every propagated record passes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

REDACTED = "[redacted]"


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        pieces: set[str] = set()
        for secret in secrets:
            if not secret:
                continue
            pieces.add(secret)
            # The part after "123456:" is the secret half of a bot token; it may be logged on its own.
            _, _, tail = secret.partition(":")
            if len(tail) >= 8:
                pieces.add(tail)
        self._secrets = sorted(pieces, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        cleaned = self.redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install(secrets: Iterable[str], logger: logging.Logger | None = None) -> RedactSecrets:
    """Attach one filter to every handler of `logger` (the root logger by default)."""
    target = logger or logging.getLogger()
    redactor = RedactSecrets(secrets)
    for handler in target.handlers:
        handler.addFilter(redactor)
    return redactor


def uninstall(redactor: RedactSecrets, logger: logging.Logger | None = None) -> None:
    for handler in (logger or logging.getLogger()).handlers:
        handler.removeFilter(redactor)
