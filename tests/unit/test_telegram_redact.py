"""The bot token never reaches a log line: messages, arguments, exception text."""

from __future__ import annotations

import io
import logging

from bot.telegram.redact import REDACTED, install, uninstall

TOKEN = "123456789:AAHsecretSECRETsecretSECRETsecret_x"


def test_token_is_redacted_from_messages_args_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("test.redact")
    logger.addHandler(handler)
    logger.propagate = False
    redactor = install([TOKEN, ""], logger)
    try:
        logger.warning("POST https://api.telegram.org/bot%s/getMe failed", TOKEN)
        logger.warning("secret half alone: " + TOKEN.split(":")[1])
        try:
            raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/sendMessage")
        except ConnectionError:
            logger.exception("network trouble")
    finally:
        uninstall(redactor, logger)
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert TOKEN.split(":")[1] not in output
    assert output.count(REDACTED) == 3
    assert "Traceback" in output and "network trouble" in output


def test_without_secrets_records_pass_untouched() -> None:
    from bot.telegram.redact import RedactSecrets

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello %s", ("world",), None)
    assert RedactSecrets([""]).filter(record)
    assert record.getMessage() == "hello world"
