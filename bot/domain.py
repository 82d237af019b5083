"""The domain types every stage passes along.

All are frozen dataclasses: a stage takes some and returns new ones, so results can be cached, compared in tests
and sent between processes without a stage changing another stage's data behind its back.
Character spans are Python string offsets (code points) into the text the stage was given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

PARAGRAPH_BREAK = "\n\n"


class SourceKind(StrEnum):
    URL = "url"
    FILE = "file"
    TEXT = "text"


@dataclass(frozen=True)
class Source:
    """Where an article came from: a URL, a file path, or text given directly (pasted, stdin)."""

    kind: SourceKind
    value: str

    @property
    def label(self) -> str:
        """A short human-readable name for messages and JSON output (never the whole pasted text)."""
        if self.kind is SourceKind.TEXT:
            return "pasted text"
        return self.value


@dataclass(frozen=True)
class Article:
    """Extracted article: plain text whose paragraphs are separated by a blank line, plus metadata."""

    text: str
    title: str | None = None
    site: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    language_hint: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split(PARAGRAPH_BREAK) if p.strip()]

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Language:
    """A detected language. `code` is ISO 639-1, or None when the text is too short or ambiguous to tell."""

    code: str | None
    confidence: float

    @property
    def determined(self) -> bool:
        return self.code is not None


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def as_list(self) -> list[int]:
        return [self.start, self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class AlignedSegment:
    """One translated unit (a sentence or chunk) with where it sits in the source and in the translation."""

    source: Span
    target: Span


@dataclass(frozen=True)
class Translation:
    """A text translated as a whole, with paragraph breaks kept and each segment aligned to its source."""

    source_lang: str
    target_lang: str
    source_text: str
    text: str
    segments: tuple[AlignedSegment, ...] = ()
    model: str | None = None


@dataclass(frozen=True)
class Claim:
    """One attributed statement: who (speaker), how (cue), what (content), with spans into the English text."""

    speaker: str
    speaker_span: Span | None
    cue: str
    cue_span: Span | None
    content: str
    content_span: Span
    quote: bool
    side: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "speaker": self.speaker,
            "speaker_span": self.speaker_span.as_list() if self.speaker_span else None,
            "cue": self.cue,
            "cue_span": self.cue_span.as_list() if self.cue_span else None,
            "content": self.content,
            "content_span": self.content_span.as_list(),
            "side": self.side,
            "quote": self.quote,
        }


SideKind = Literal["party", "neutral"]


@dataclass(frozen=True)
class Side:
    """A party of the story (a country, government, movement, company …) or a neutral source (court, expert)."""

    name: str
    kind: SideKind
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class SideAssignment:
    """What the sides stage finds: claims with `side` filled in, the sides, and relaying outlets (conduits)."""

    claims: tuple[Claim, ...]
    sides: tuple[Side, ...]
    conduits: tuple[str, ...]


class SummaryLength(StrEnum):
    SHORT = "short"
    NORMAL = "normal"
    DETAILED = "detailed"


@dataclass(frozen=True)
class Point:
    """One line of the summary: a speaker's claim in neutral words, with the source span it came from."""

    speaker: str
    text: str
    evidence: Span
    quote: bool = False
    # The text opens with the speaker's own verb ("denied her request"), so an English line can read "U.S.
    # officials denied her request" rather than "U.S. officials: denied her request".
    verb_first: bool = False


@dataclass(frozen=True)
class SidePoints:
    name: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Summary:
    """Headline, the points of each side, then the sides that spoke but had no room for a point (named, so
    that every side appears) and the outlets that only relayed."""

    headline: str
    sides: tuple[SidePoints, ...]
    conduits: tuple[str, ...] = ()
    also_quoted: tuple[str, ...] = ()
    also_quoted_more: int = 0  # sides beyond those named in `also_quoted` ("… and 182 more")

    @property
    def word_count(self) -> int:
        words = len(self.headline.split()) + sum(len(name.split()) for name in self.also_quoted)
        for side in self.sides:
            words += len(side.name.split())
            words += sum(len(p.speaker.split()) + len(p.text.split()) for p in side.points)
        return words


@dataclass(frozen=True)
class Result:
    """Everything the pipeline produced for one request; renderers and the bot read from here."""

    source: Source
    article: Article
    language: Language
    english: str
    claims: tuple[Claim, ...]
    sides: tuple[Side, ...]
    summary: Summary
    reply_language: str = "en"
    rendered: str = ""
    translated_summary: Summary | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def translated(self) -> bool:
        return self.language.code not in (None, "en")
