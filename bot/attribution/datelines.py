"""The dateline that opens wire copy: where a story was filed, when, and by which agency.

"KYIV, March 3 (Reuters) - ", "OSTRAVA, Czech Republic, Oct 3 (Wire) - ", "WASHINGTON ― ", "BELGRADE/ZAGREB - ",
and in translations "CHISINAU, 14 March. ", "BOGOTÁ. ", "Kyiv, 14 March. ", "Dorohusk (PAP). ", "(ANSA) - LAMPEDUSA,
9 AUGUST - ", "YEREVAN, 24 APRIL, ARMENPRESS. ", "(Seoul=Yonhap News) Reporter Lee Seo-yeon = ", "[Nemuro] ". The
place is no speaker and no part of what was said, its country is the story's home (a bare "the ministry" is that
country's), and an agency in brackets relays. One pattern per style serves the claim extractor, the relay reader
and the side assigner, so the three agree on what a dateline is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from bot.domain import Span

_LEAD_AGENCY = r"(?:\((?P<lead_agency>[^)\n]{1,40})\)\s*[-–—]\s*)?"  # "(ANSA) - LAMPEDUSA, 9 AUGUST - "
_PLACE = r"(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'’/-]{1,40}?|(?P<titled>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ /][A-ZÀ-Þ][a-zà-ÿ'’-]+){0,2}))"
# ", Czech Republic" before a date, or ", California" before the dash
_REGION = r"(?:,\s+(?P<region>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?=,|\s*[-–—―]))?"
_DATE = (  # "Oct 3", "March 3, 2024", "14 March", "9 AUGUST"
    r"(?:,?\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][A-Za-z]+))?"
)
_AGENCY = r"(?:\s*\((?P<agency>[^)\n]{1,40})\)|,\s+(?P<trail_agency>[A-Z]{3,}(?=\.)))?"  # "(Reuters)", ", ARMENPRESS."
_CLOSE = r"(?:\s*[-–—―]+\s*|(?<=[A-ZÀ-Þa-z0-9)])\.\s+)"  # a dash, or a full stop after the place, date or agency
DATELINE = re.compile(rf"^{_LEAD_AGENCY}{_PLACE}{_REGION}{_DATE}{_AGENCY}{_CLOSE}", re.MULTILINE)
# East Asian wire style, translated: "(Seoul=Yonhap News) Reporter Lee Seo-yeon = ", "[Nemuro] ".
BRACKETED_DATELINE = re.compile(
    r"^(?:\((?P<place>[A-Z][\w .'’-]{1,30}?)\s*=\s*(?P<agency>[^)=\n]{1,40})\)"
    r"(?:\s*(?:Reporters?|Correspondents?)\s+[^=\n]{1,60}?\s*=)?"
    r"|\[(?P<bracketed>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\])\s*",
    re.MULTILINE,
)

# Where a dateline can stand: the first paragraphs of the story, after the headline.
_OPENING_PARAGRAPHS = 3


@dataclass(frozen=True)
class Dateline:
    span: Span
    place: str
    region: str | None
    agency: str | None


def datelines(text: str) -> Iterator[Dateline]:
    """Each dateline opening a line of the text."""
    for line in re.finditer(r"^", text, re.MULTILINE):
        dateline = _dateline_from(text, line.start())
        if dateline is not None:
            yield dateline


def dateline_at(text: str, index: int) -> Dateline | None:
    """The dateline that covers the character at `index`, if the line it stands on opens with one."""
    dateline = _dateline_from(text, text.rfind("\n", 0, index) + 1)
    return dateline if dateline is not None and dateline.span.start <= index < dateline.span.end else None


def opening_dateline(text: str) -> Dateline | None:
    """The dateline of the story: the one opening one of its first paragraphs."""
    for paragraph_start in islice(_paragraph_starts(text), _OPENING_PARAGRAPHS):
        dateline = _dateline_from(text, paragraph_start)
        if dateline is not None:
            return dateline
    return None


def _dateline_from(text: str, start: int) -> Dateline | None:
    """The dateline opening the text at `start`, in either style, if one does."""
    match = DATELINE.match(text, start)
    if match is not None and _is_dateline(match):
        return _dateline(match)
    bracketed = BRACKETED_DATELINE.match(text, start)
    if bracketed is None:
        return None
    place = bracketed.group("place") or bracketed.group("bracketed")
    return Dateline(Span(bracketed.start(), bracketed.end()), place.strip(), None, bracketed.group("agency"))


def _is_dateline(match: re.Match[str]) -> bool:
    """A line opening with a word in capitals and a full stop is a dateline only with a place of some length
    ("BOGOTÁ. "), not an acronym opening a sentence ("NATO. "): a date, an agency or a dash must follow a short
    one. A place not written in capitals ("Kyiv, 14 March. ", "Dorohusk (PAP). ") needs a date or an agency,
    or it is the first words of a sentence."""
    closed_by_stop = match.group().rstrip().endswith(".")
    bare = match.group("date") is None and _agency(match) is None
    if match.group("titled") is not None:
        agency = _agency(match) or ""
        party_tag = re.fullmatch(r"[DRI](?:-.*)?", agency) is not None  # "Smith (R) - ", "Price (D-Calif.) - "
        return not bare and not party_tag
    return not (closed_by_stop and bare and len(match.group("place").strip()) < 5)


def _agency(match: re.Match[str]) -> str | None:
    return match.group("agency") or match.group("lead_agency") or match.group("trail_agency")


def _dateline(match: re.Match[str]) -> Dateline:
    return Dateline(
        span=Span(match.start(), match.end()),
        place=match.group("place").strip(),
        region=match.group("region"),
        agency=_agency(match),
    )


def _paragraph_starts(text: str) -> Iterator[int]:
    """Where each paragraph's first character stands (blank lines separate paragraphs)."""
    for match in re.finditer(r"(?:\A|\n\s*\n)\s*(?=\S)", text):
        yield match.end()
