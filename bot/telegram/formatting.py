"""Telegram HTML: escaping untrusted text and splitting long messages. Pure functions, no Telegram imports.

Telegram rejects a message over 4,096 characters (counted in UTF-16 code units) and one whose HTML does not parse,
so `split_html` cuts on the best boundary available (paragraph, then line, then word, then character), never inside
a tag or an entity, and closes the tags open at a cut, reopening them at the start of the next message.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

MESSAGE_LIMIT = 4096

# The units a message may be cut between: a tag, an entity, a run of whitespace, a piece of a word (at most 16
# characters, so even a hard cut inside a long word or URL stays close to the limit), or any other character.
_TOKEN = re.compile(r"<[^<>]*>|&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);|\s+|[^\s<&]{1,16}|.", re.DOTALL)
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z-]+)")

# Break priorities: a higher number is a better place to cut.
_PARAGRAPH, _LINE, _WORD, _ANYWHERE = 3, 2, 1, 0


def escape(text: str) -> str:
    """Escape untrusted text for Telegram HTML: &, <, > and quotes. Other characters (RTL marks, zero-width
    joiners, emoji) are content and kept as they are."""
    return html.escape(text, quote=True)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts twice)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class _Token:
    raw: str
    size: int
    opens: str | None  # tag name this token opens
    closes: str | None  # tag name this token closes

    @property
    def is_space(self) -> bool:
        return self.opens is None and self.closes is None and self.raw.isspace()


def _tokenize(markup: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(markup):
        raw = match.group()
        opens = closes = None
        tag = _TAG.match(raw) if raw.startswith("<") and len(raw) > 1 else None
        if tag:
            name = tag.group(2).lower()
            if tag.group(1):
                closes = name
            else:
                opens = name
        tokens.append(_Token(raw, utf16_len(raw), opens, closes))
    return tokens


def _closing(stack: list[_Token]) -> str:
    return "".join(f"</{token.opens}>" for token in reversed(stack))


def _apply(stack: list[_Token], token: _Token) -> None:
    if token.opens:
        stack.append(token)
    elif token.closes:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth].opens == token.closes:
                del stack[depth:]
                break


def _break_kind(tokens: list[_Token], index: int) -> int:
    """How good a cut just before tokens[index] is (whitespace there is dropped)."""
    token = tokens[index]
    if not token.is_space:
        return _ANYWHERE
    newlines = token.raw.count("\n")
    if newlines >= 2:
        return _PARAGRAPH
    return _LINE if newlines == 1 else _WORD


def split_html(markup: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cut Telegram HTML into messages of at most `limit` UTF-16 units each, every one valid on its own.

    Whitespace at a cut is dropped; nothing else is lost. Blank chunks are never produced."""
    if limit < 64:
        raise ValueError("limit too small to hold reopened tags")
    tokens = _tokenize(markup.strip())
    chunks: list[str] = []
    stack: list[_Token] = []
    start = 0
    while start < len(tokens):
        prefix = "".join(token.raw for token in stack)
        opened = list(stack)
        size = utf16_len(prefix)
        best: tuple[int, int] | None = None  # (kind, index) of the best cut so far
        end = start
        fits_all = True
        closing = utf16_len(_closing(stack))
        while end < len(tokens):
            token = tokens[end]
            if token.opens or token.closes:
                _apply(stack, token)
                closing = utf16_len(_closing(stack))
            size += token.size
            if size + closing > limit:
                fits_all = False
                break
            end += 1
            if end < len(tokens) and end > start:
                kind = _break_kind(tokens, end)
                usable = kind > _ANYWHERE or not tokens[end - 1].is_space
                if usable and (best is None or kind >= best[0]):
                    best = (kind, end)
        if fits_all:
            cut = len(tokens)
        elif best is not None:
            cut = best[1]
        else:
            cut = max(end, start + 1)
        stack = list(opened)
        for token in tokens[start:cut]:
            _apply(stack, token)
        body = prefix + "".join(token.raw for token in tokens[start:cut])
        chunk = (body + _closing(stack)).strip()
        if _has_text(chunk):
            chunks.append(chunk)
        start = cut
        while start < len(tokens) and tokens[start].is_space:
            start += 1
    return chunks


def _has_text(chunk: str) -> bool:
    return bool(re.sub(r"<[^<>]*>", "", chunk).strip())


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Plain untrusted text as escaped HTML messages, cut on paragraph boundaries where possible."""
    return split_html(escape(text), limit)


def strip_tags(markup: str) -> str:
    """The text a reader sees: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^<>]*>", "", markup))
