"""A summary as plain text, Telegram HTML or the JSON the CLI prints.

The three share one layout: headline, blank line, one line per side ("Side — Speaker: point. Speaker denied
it."), then the sides that had no room for a point ("Also quoted: …") and the relaying outlets, once each.
Consecutive points of the same speaker share the speaker's name, and a speaker that is the side itself
("Azerbaijan" on Azerbaijan's line) is not named twice."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from bot.domain import Point, Result, SidePoints, Summary
from bot.summary.lexicon import SENTENCE_OPENERS

MAX_MESSAGE_CHARS = 4096
NO_CLAIMS = "No attributed claims were found in this text."
# Words that link a speaker to those spoken for ("Lawyers for thousands of women"), not a title to a name.
_LINKS = frozenset({"for", "of", "to", "with", "by", "from", "at", "in", "on", "and"})
# "The union", "Their union": a body referred to by the kind it is.
REFERRED_BY_KIND = re.compile(r"(?i:the|their|its)\s+(?P<kind>[a-z]+)")


def render_text(summary: Summary) -> str:
    return _render(summary, escape=lambda text: text, bold=lambda text: text)


def render_html(summary: Summary) -> str:
    """Telegram HTML: every piece of text escaped; the only tags are the <b> around side names."""
    return _render(summary, escape=html.escape, bold=lambda text: f"<b>{text}</b>")


def _render(summary: Summary, escape: Callable[[str], str], bold: Callable[[str], str]) -> str:
    blocks = [escape(summary.headline)]
    if summary.sides:
        blocks.append("\n".join(_side_line(side, escape, bold) for side in summary.sides))
    else:
        blocks.append(escape(NO_CLAIMS))
    if summary.also_quoted:
        more = f" and {summary.also_quoted_more} more" if summary.also_quoted_more else ""
        blocks.append(escape(f"Also quoted: {', '.join(summary.also_quoted)}{more}."))
    if summary.conduits:
        blocks.append(escape(f"Relayed by {', '.join(summary.conduits)}."))
    return "\n\n".join(blocks)


def _side_line(side: SidePoints, escape: Callable[[str], str], bold: Callable[[str], str]) -> str:
    """Points of one speaker in a row share the name and are joined with semicolons; the side itself as the
    speaker is not named again when it opens the line."""
    pieces: list[str] = []
    previous: Point | None = None
    for point in side.points:
        if previous is not None and continues(point, previous) and pieces:
            carried_on = without_sentence_capital(point.text)
            pieces[-1] = pieces[-1].removesuffix(escape(".")) + escape("; ") + escape(carried_on)
        elif _names_side(point, side.name) and not pieces:
            pieces.append(escape(point.text))
        else:
            separator = " " if point.verb_first else ": "
            pieces.append(escape(f"{point.speaker}{separator}{point.text}"))
        previous = point
    return f"{bold(escape(side.name))} — {' '.join(pieces)}"


def continues(point: Point, previous: Point) -> bool:
    """Whether a point goes on the previous one's sentence: the same speaker, or the same person once with a
    title and once without ("AU envoy Olusegun Obasanjo", "Olusegun Obasanjo") told the same way."""
    if same_speaker(point.speaker, previous.speaker):
        return True
    shorter, longer = sorted((_bare(point.speaker), _bare(previous.speaker)), key=len)
    title = longer.removesuffix(f" {shorter}").split()
    titled = len(shorter.split()) >= 2 and len(title) < len(longer.split()) and title[-1] not in _LINKS
    return titled and point.verb_first == previous.verb_first


def without_sentence_capital(text: str) -> str:
    """Words carried on after a semicolon or a verb: a sentence's capital goes where it opens with a word that
    is no name ("…; there is no reason …", "said the war …"); names, quotes and "I" keep theirs."""
    first, _, rest = text.partition(" ")
    capital_only = first[:1].isupper() and first.lower() in SENTENCE_OPENERS
    return f"{first.lower()} {rest}" if capital_only and rest else text


def _names_side(point: Point, side: str) -> bool:
    """Whether the point's speaker is the side itself ("The company" on the line of the side "Company")."""
    return same_speaker(point.speaker, side)


def same_speaker(one: str, other: str) -> bool:
    """ "Main opposition alliance" and "The main opposition alliance" (written so before its verb) are one; so
    are "Their union" and the side "Junior Doctors' Union", a body referred to by its kind."""
    return _bare(one) == _bare(other) or _kind_of(one, other) or _kind_of(other, one)


def _kind_of(referring: str, named: str) -> bool:
    """ "Their union" for "Junior Doctors' Union": a body referred to by the kind its name ends with."""
    kind = REFERRED_BY_KIND.fullmatch(referring.strip())
    return kind is not None and named.strip().lower().endswith(f" {kind.group('kind').lower()}")


def _bare(speaker: str) -> str:
    """ "A French consumer group", "The union" and "Their union" are the sides "French consumer group" and
    "Union"."""
    return re.sub(r"^(?:an?|the|their|its)\s+", "", speaker.strip().lower())


def summary_to_json(result: Result) -> dict[str, object]:
    """The CLI's JSON: source, language, whether it was translated, the summary's parts and its rendered
    text, in the shape ../shared/DESIGN.md fixes (the parties also quoted appear in the rendered text only)."""
    summary = result.translated_summary or result.summary
    source: dict[str, object] = {"kind": result.source.kind.value, "label": result.source.label}
    if result.article.url:
        source["url"] = result.article.url
    if result.article.title:
        source["title"] = result.article.title
    if result.article.site:
        source["site"] = result.article.site
    return {
        "source": source,
        "language": {"code": result.language.code, "confidence": round(result.language.confidence, 4)},
        "translated": result.translated,
        "headline": summary.headline,
        "sides": [
            {
                "name": side.name,
                "points": [
                    {"speaker": p.speaker, "text": p.text, "evidence": p.evidence.as_list()} for p in side.points
                ],
            }
            for side in summary.sides
        ],
        "conduits": list(summary.conduits),
        "text": result.rendered or render_text(summary),
    }
