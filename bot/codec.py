"""Requests, results and job outcomes as JSON-safe dicts: what crosses the task queue, sits in Redis and in the
bot's SQLite cache.

The queue accepts JSON only (never pickle: a message from the broker must not be able to run code in the
bot), so the domain dataclasses are unstructured to plain dicts here and rebuilt, type-checked, on the other
side. Unknown keys are ignored and missing optional fields take their defaults, so a bot and workers one
version apart still understand each other during a rolling update.

A job's outcome travels as one of three envelopes:
- `{"result": {...}}`: the pipeline's `Result`;
- `{"error": {"type": "FetchFailed", "message": "..."}}`: an `AttribotError` the user caused or can fix,
  re-raised in the bot process as the same class with the same one-line message;
- `{"failure": {"type": "ValueError", "detail": "..."}}`: a bug or a fault that outlived its retries,
  raised in the bot as `RemoteJobFailed`, which the bot logs and answers with its generic apology.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from enum import Enum
from functools import cache
from typing import Any, TypeVar

import cattrs

from bot.domain import Result, SourceKind, SummaryLength
from bot.errors import AttribotError
from bot.pipeline import ProgressEvent, Request

FAILURE_DETAIL_CHARS = 500

T = TypeVar("T")


class CodecError(ValueError):
    """A payload from the queue does not have the shape this version expects."""


class RemoteJobFailed(RuntimeError):
    """A job failed on a worker for a reason that is not the user's (a bug, a crash that kept recurring)."""


@cache
def _converter() -> cattrs.Converter:
    """cattrs handles the dataclasses; str-valued enums need an explicit hook, as cattrs passes str subclasses
    through as they are and the payload should hold plain strings."""
    converter = cattrs.Converter()
    for kind in (SourceKind, SummaryLength):
        converter.register_unstructure_hook(kind, _enum_value)
    return converter


def _enum_value(member: Enum) -> Any:
    return member.value


def encode_request(request: Request) -> dict[str, Any]:
    return _unstructure(request)


def decode_request(data: object) -> Request:
    return _structure(data, Request)


def request_key(request: Request) -> str:
    """Equal requests share this key (the bot's cache, the queue's de-duplication): a digest of the source
    (URL or pasted text), reply language, length and language override."""
    canonical = json.dumps(encode_request(request), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def encode_result(result: Result) -> dict[str, Any]:
    return _unstructure(result)


def decode_result(data: object) -> Result:
    return _structure(data, Result)


def encode_progress(event: ProgressEvent) -> dict[str, Any]:
    return _unstructure(event)


def decode_progress(data: object) -> ProgressEvent:
    return _structure(data, ProgressEvent)


def success_payload(result: Result) -> dict[str, Any]:
    return {"result": encode_result(result)}


def user_error_payload(error: AttribotError) -> dict[str, Any]:
    return {"error": {"type": type(error).__name__, "message": error.user_message}}


def failure_payload(error: BaseException) -> dict[str, Any]:
    return {"failure": {"type": type(error).__name__, "detail": str(error)[:FAILURE_DETAIL_CHARS]}}


def open_payload(payload: object) -> Result:
    """The `Result` inside an outcome envelope, or the error it carries raised as the bot should see it."""
    if not isinstance(payload, Mapping):
        raise CodecError(f"a job outcome must be an object, not {type(payload).__name__}")
    if "result" in payload:
        return decode_result(payload["result"])
    if "error" in payload:
        raise decode_user_error(payload["error"])
    if "failure" in payload:
        failure = payload["failure"]
        if not isinstance(failure, Mapping):
            raise CodecError("a failure payload must be an object")
        raise RemoteJobFailed(f"{failure.get('type', 'Exception')}: {failure.get('detail', '')}")
    raise CodecError(f"a job outcome has none of result, error, failure (keys: {sorted(map(str, payload))})")


def decode_user_error(data: object) -> AttribotError:
    """The user error an `error` envelope names: its own class when this process knows it, else the base.

    The class is looked up among the loaded `AttribotError` subclasses only, never imported by name, so a
    payload cannot make the bot import or instantiate anything else. The instance is built without calling
    the subclass's `__init__`, whose signature may differ from the base class's.
    """
    if not isinstance(data, Mapping) or not isinstance(data.get("message"), str):
        raise CodecError("an error payload needs a string message")
    kind = next((cls for cls in _user_error_classes() if cls.__name__ == data.get("type")), AttribotError)
    error = kind.__new__(kind)
    AttribotError.__init__(error, data["message"])
    return error


def _user_error_classes() -> Iterator[type[AttribotError]]:
    pending: list[type[AttribotError]] = [AttribotError]
    while pending:
        kind = pending.pop()
        yield kind
        pending.extend(kind.__subclasses__())


def _unstructure(value: object) -> dict[str, Any]:
    data = _converter().unstructure(value)
    assert isinstance(data, dict)
    return data


def _structure(data: object, kind: type[T]) -> T:
    if not isinstance(data, Mapping):
        raise CodecError(f"a {kind.__name__} payload must be an object, not {type(data).__name__}")
    try:
        return _converter().structure(data, kind)
    except cattrs.BaseValidationError as error:
        problems = "; ".join(cattrs.transform_error(error))
        raise CodecError(f"invalid {kind.__name__} payload: {problems}") from None
    except (ValueError, TypeError) as error:
        raise CodecError(f"invalid {kind.__name__} payload: {error}") from None
