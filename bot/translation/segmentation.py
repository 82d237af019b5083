"""Cut documents into model-sized pieces and put the translations back together.

Marian models are trained on single sentences and cannot see past 512 tokens, so a document is split into
paragraphs and lines (kept as they are), lines into sentences (pysbd where it knows the language, punctuation
otherwise), and any sentence still too long for the model at clause punctuation, then spaces, then anywhere.
Every character of the input that is not whitespace ends up in exactly one piece, so nothing is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.domain import PARAGRAPH_BREAK, AlignedSegment, Span

MAX_CHUNK_TOKENS = 256
"""Largest piece sent to a model. Half the 512 positions: room for an output 1.5× longer plus a margin."""

TokenCounter = Callable[[Sequence[str]], list[int]]

_SENTENCE_END = re.compile(r"(?<=[.!?…؟।])[\"'»”’)\]]*\s+(?![a-zà-öø-ÿ])|(?<=[。！？])\s*")
_CLAUSE_BOUNDARY = re.compile(r"(?<=[,;:，、；：])\s*|\s+(?=[—–]\s)")
_WHITESPACE = re.compile(r"\s+")
_NO_SPACE_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "km", "my"})


@dataclass(frozen=True)
class Block:
    """A line of a paragraph; `starts_paragraph` says whether a paragraph or a line break precedes it."""

    span: Span
    starts_paragraph: bool


@dataclass(frozen=True)
class Piece:
    """One unit for the model: a sentence or a chunk of one, with its place in its document."""

    document: int
    block: int
    span: Span
    text: str


def blocks(text: str) -> list[Block]:
    """Non-blank lines of `text`, each marked with whether it opens a paragraph (follows a blank line)."""
    found: list[Block] = []
    offset = 0
    blank_before = True
    for line in text.split("\n"):
        span = _stripped(text, offset, offset + len(line))
        offset += len(line) + 1
        if span is None:
            blank_before = True
            continue
        found.append(Block(span, starts_paragraph=blank_before))
        blank_before = False
    return found


def sentences(text: str, span: Span, language: str) -> list[Span]:
    """Sentence spans inside `span` of `text`, found with pysbd for the languages it knows."""
    chunk = text[span.start : span.end]
    cuts = _pysbd_cuts(chunk, language)
    if cuts is None:
        cuts = [m.end() for m in _SENTENCE_END.finditer(chunk) if 0 < m.end() < len(chunk)]
    spans = []
    previous = 0
    for cut in [*cuts, len(chunk)]:
        piece = _stripped(text, span.start + previous, span.start + cut)
        if piece is not None:
            spans.append(piece)
        previous = cut
    return spans


def _pysbd_cuts(chunk: str, language: str) -> list[int] | None:
    """Offsets where pysbd ends sentences, or None where pysbd does not know the language.

    pysbd may normalise what it returns, so each sentence is found again in the original text; if one cannot
    be found the regex splitter is used instead of guessing."""
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    if language not in LANGUAGE_CODES:
        return None
    segmenter = pysbd.Segmenter(language=language, clean=False)
    cuts = []
    position = 0
    for sentence in segmenter.segment(chunk):
        stripped = sentence.strip()
        if not stripped:
            continue
        found = chunk.find(stripped, position)
        if found < 0:
            return None
        position = found + len(stripped)
        cuts.append(position)
    return cuts[:-1]


def chunks(text: str, span: Span, count: TokenCounter, limit: int = MAX_CHUNK_TOKENS) -> list[Span]:
    """Split a sentence span until every piece is under `limit` tokens.

    Bisects at the clause boundary nearest the middle, else the space nearest the middle, else the middle
    character: halves stay balanced and each cut is at the most natural place available."""
    if count([text[span.start : span.end]])[0] <= limit or span.end - span.start < 2:
        return [span]
    middle = (span.start + span.end) // 2
    cut = _nearest_boundary(text, span, middle)
    left = _stripped(text, span.start, cut)
    right = _stripped(text, cut, span.end)
    return [part for half in (left, right) if half is not None for part in chunks(text, half, count, limit)]


def _nearest_boundary(text: str, span: Span, middle: int) -> int:
    inner = text[span.start : span.end]
    for pattern in (_CLAUSE_BOUNDARY, _WHITESPACE):
        candidates = [span.start + m.end() for m in pattern.finditer(inner) if 0 < m.end() < len(inner)]
        if candidates:
            return min(candidates, key=lambda c: abs(c - middle))
    return middle


def _stripped(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding whitespace, or None if nothing is left."""
    piece = text[start:end]
    if not piece.strip():
        return None
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return Span(start + left, start + right)


def segment(
    texts: Sequence[str], language: str, count: TokenCounter, limit: int = MAX_CHUNK_TOKENS
) -> tuple[list[list[Block]], list[Piece]]:
    """Blocks per document and the pieces of all documents, in reading order."""
    all_blocks = []
    found: list[tuple[int, int, Span]] = []
    for document, text in enumerate(texts):
        doc_blocks = blocks(text)
        all_blocks.append(doc_blocks)
        for index, block in enumerate(doc_blocks):
            found.extend((document, index, span) for span in sentences(text, block.span, language))
    # One tokenizer call for every sentence; only the rare sentence over the limit is counted again as it is cut.
    lengths = count([texts[d][s.start : s.end] for d, _, s in found]) if found else []
    pieces: list[Piece] = []
    for (document, index, span), length in zip(found, lengths, strict=True):
        text = texts[document]
        parts = [span] if length <= limit else chunks(text, span, count, limit)
        pieces.extend(Piece(document, index, part, text[part.start : part.end]) for part in parts)
    return all_blocks, pieces


def assemble(
    doc_blocks: Sequence[Block], pieces: Sequence[Piece], translations: Sequence[str], target_language: str
) -> tuple[str, tuple[AlignedSegment, ...]]:
    """One document's translation: pieces of a line joined by spaces (none for Chinese, Japanese, Thai …),
    lines by line breaks, paragraphs by blank lines; each piece aligned to where its translation landed."""
    joiner = "" if target_language in _NO_SPACE_LANGUAGES else " "
    by_block: dict[int, list[tuple[Piece, str]]] = {}
    for piece, translated in zip(pieces, translations, strict=True):
        by_block.setdefault(piece.block, []).append((piece, translated))
    out: list[str] = []
    length = 0
    segments = []
    for index, block in enumerate(doc_blocks):
        if index:
            separator = PARAGRAPH_BREAK if block.starts_paragraph else "\n"
            out.append(separator)
            length += len(separator)
        for position, (piece, translated) in enumerate(by_block.get(index, [])):
            if position and joiner:
                out.append(joiner)
                length += len(joiner)
            segments.append(AlignedSegment(piece.span, Span(length, length + len(translated))))
            out.append(translated)
            length += len(translated)
    return "".join(out), tuple(segments)


def length_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (longest first), so little padding is computed;
    callers put results back by index."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
