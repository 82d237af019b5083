"""Find quoted passages in raw text: curly and straight double quotes, guillemets, curly and straight single quotes.

Quotes are paired on the text itself, before parsing, because they cross sentence boundaries (a multi-sentence
quote) and paragraph boundaries (news style reopens a continued quote at the start of the next paragraph and only
closes it at the end of the last one). Only top-level quotes are returned; a quote nested inside another is part of
it. Single quotes are paired only where the closing mark cannot be an apostrophe, which covers the headline style
‘restored its sovereignty’ and British quotation ('feel the heat', he said); one runs past its paragraph only
when the next paragraph reopens it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain import Span

_PARAGRAPH_BREAK = re.compile(r"\r?\n[^\S\r\n]*\r?\n")  # a line of spaces, tabs or no-break spaces is blank
_DOUBLE_OPEN = "“«„"
_STRAIGHT = '"'
# Typewriter style, as in some wire and archive texts: ``quoted'' or ''quoted''.
_DOUBLED_STRAIGHT = "''"
_DOUBLED_OPEN = "``"
_SINGLE_OPEN = "‘"
_LONGEST_SINGLE_QUOTE = 300
_DOUBLE_MARKS = re.compile(r"``|''|[“”«»„\"]")
_SINGLE_MARKS = re.compile("[‘’]")
_STRAIGHT_SINGLE = re.compile("(?<!')'(?!')")  # not the typewriter double quote ''
_BEFORE_OPENING = '([{—–-:/“"'
_OPENING = frozenset({"“", "«", "„", "``"})
_AMBIGUOUS = frozenset({_STRAIGHT, _DOUBLED_STRAIGHT})
_ENDS_QUOTED_WORDS = ".,!?"
_MISTYPED_CLOSING = re.compile(r"(?<=[.!?])’(?=\s)")


@dataclass(frozen=True)
class Quote:
    """A quoted passage; `span` includes the quote marks (as PolNeAR marks quoted content)."""

    span: Span


def paragraph_spans(text: str) -> list[Span]:
    """The non-blank paragraphs of `text`, which are separated by blank lines."""
    spans = []
    start = 0
    for gap in _PARAGRAPH_BREAK.finditer(text):
        if text[start : gap.start()].strip():
            spans.append(Span(start, gap.start()))
        start = gap.end()
    if text[start:].strip():
        spans.append(Span(start, len(text)))
    return spans


def opens_after_a_word(text: str, start: int) -> bool:
    """Whether the quote opening at `start` follows a word on its line (‘on NBC's “Meet the Press.”’, ‘the radio
    show “Morning Call.”’): such a quote names a show, a book or a term; words said resume after a comma, a colon
    or the end of a sentence."""
    return text[:start].rstrip(" \t")[-1:].isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Top-level double quotes (possibly running over several paragraphs), then single quotes outside them."""
    paragraphs = paragraph_spans(text)
    doubles = _double_quotes(text, paragraphs)
    # A single quote inside a double one is part of it; one that crosses it is mismatched marks, not a quote.
    singles = [q for q in _single_quotes(text, paragraphs) if not any(q.span.overlaps(d.span) for d in doubles)]
    return sorted(doubles + _outermost(singles), key=lambda q: q.span.start)


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """Curly and straight single quotes are paired separately, so one pair can hold or cross the other: the
    first and outer one is kept."""
    kept: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.span.start, -q.span.end)):
        if not kept or kept[-1].span.end <= quote.span.start:
            kept.append(quote)
    return kept


def _double_quotes(text: str, paragraphs: list[Span]) -> list[Quote]:
    quotes: list[Quote] = []
    start: int | None = None  # where the open quote began
    for paragraph in paragraphs:
        first = paragraph.start
        if start is not None:
            first = _first_visible(text, paragraph)
            if text.startswith((_DOUBLED_STRAIGHT, _DOUBLED_OPEN), first):
                first += 2
            elif text[first] in _DOUBLE_OPEN + _STRAIGHT:
                first += 1  # the mark that reopens a quote continued from the previous paragraph
            else:
                start = None  # the previous paragraph's quote was never closed: not a quote after all
        for mark in _DOUBLE_MARKS.finditer(text, first, paragraph.end):
            if mark.group() in _OPENING:
                if start is None:
                    start = mark.start()
                elif not text[mark.end() : paragraph.end].strip() and text[mark.start() - 1] in _ENDS_QUOTED_WORDS:
                    quotes.append(Quote(Span(start, mark.end())))  # ‘“… 51 percent.“’: the wrong mark closes it
                    start = None
                elif (closing := _single_mark_closing(text, start, mark.start())) is not None:
                    # ‘“Let’s go. We can win.’ Schumer was …, “Trainwreck.”’: a single mark closed the first quote.
                    quotes.append(Quote(Span(start, closing)))
                    start = mark.start()
            elif start is not None:
                quotes.append(Quote(Span(start, mark.end())))
                start = None
            elif mark.group() in _AMBIGUOUS:
                start = mark.start()
    return quotes


def _single_mark_closing(text: str, start: int, end: int) -> int | None:
    """Where a double quote opened at `start` was closed by a single mark ending a sentence (‘.’ ’ then a space),
    typed by mistake, before another double quote opens at `end`; the end of that mark, if so."""
    ends = [match.end() for match in _MISTYPED_CLOSING.finditer(text, start, end)]
    return ends[-1] if ends else None


def _single_quotes(text: str, paragraphs: list[Span]) -> list[Quote]:
    quotes = []
    for marks, opens in ((_SINGLE_MARKS, _curly_opens), (_STRAIGHT_SINGLE, _straight_opens)):
        carried: int | None = None  # where a quote left open at the end of the previous paragraph began
        for paragraph in paragraphs:
            starts: list[int] = []  # open quotes, innermost last: 'They … tell them 'we won't …'.'
            seen_quote = False
            reopened_at = paragraph.start
            first = _first_visible(text, paragraph)
            if carried is not None and marks.match(text, first) and opens(text, first):
                # News style reopens a continued quote at the start of each paragraph and closes it once.
                starts, seen_quote, reopened_at = [carried], True, first
            for mark in marks.finditer(text, reopened_at + 1 if seen_quote else paragraph.start, paragraph.end):
                i = mark.start()
                after = text[i + 1] if i + 1 < len(text) else " "
                if opens(text, i):
                    if not starts:
                        reopened_at = i
                    starts.append(i)
                    seen_quote = True
                    continue
                if after.isalnum() or (i > 0 and text[i - 1].isspace()):
                    continue  # an apostrophe: Baku’s, it’s, don't
                if starts:
                    start = starts.pop()
                    if not starts and i - reopened_at <= _LONGEST_SINGLE_QUOTE:
                        quotes.append(Quote(Span(start, i + 1)))
                elif not seen_quote and text[i - 1] in ".,!?":
                    # The end of a quote begun in an earlier paragraph and not reopened ("… a good Brexit,' he
                    # added."): from where the previous paragraph left it open, if it did.
                    quotes.append(Quote(Span(paragraph.start if carried is None else carried, i + 1)))
                seen_quote = True
            carried = starts[0] if len(starts) == 1 else None
    return quotes


def _first_visible(text: str, paragraph: Span) -> int:
    """Where a paragraph's first non-space character is: the place of a mark that reopens a quote."""
    body = text[paragraph.start : paragraph.end]
    return paragraph.start + len(body) - len(body.lstrip())


def _curly_opens(text: str, index: int) -> bool:
    return text[index] == _SINGLE_OPEN


def _straight_opens(text: str, index: int) -> bool:
    """A straight single quote opens where a word starts after it and none ends before it ('feel the heat', not
    don't or Farage's); British news quotes this way."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in _BEFORE_OPENING) and (after.isalpha() or after in '‘"“')
