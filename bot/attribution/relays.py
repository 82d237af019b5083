"""Relaying outlets: news agencies and papers that pass on what others said, told apart from speakers.

"…, Reuters reports", "according to NBC News", "KYIV, March 3 (Reuters) -", "…, Mic reported." name an outlet
that relays; the claim it relays belongs to the original speaker, and the outlet is listed once as a conduit.
A paper that reports its own finding ("the New York Times reported that …") is a source, not a relay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.attribution.cues import SPEECH_VERBS, verb_lemma
from bot.attribution.datelines import Dateline
from bot.attribution.parties import clean_name, is_news_outlet
from bot.domain import Claim, Span

# Wire agencies relay by trade: what they report without naming a source is the article's own reporting.
WIRE_AGENCIES = frozenset(
    name.lower()
    for name in (
        "Reuters",
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "AP",
        "Associated Press",
        "Xinhua",
        "TASS",
        "Interfax",
        "RIA Novosti",
        "Anadolu",
        "Anadolu Agency",
        "ANSA",
        "EFE",
        "dpa",
        "Kyodo",
        "Yonhap",
        "UPI",
        "Bloomberg",
    )
)
# What an outlet's report opens with when it passes on someone's words: "Armenia accused …", "that Japan's Foreign
# Ministry called …".
OPENING_ATTRIBUTION = re.compile(
    r"(?:that\s+)?(?P<speaker>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}?[A-Z][\w'’.-]*)\s+(?P<cue>[a-z]+)\s+(?:that\s+)?"
    r"(?P<rest>\S.*)",
    re.DOTALL,
)
# Where an article names an outlet as the place something was said: "according to NBC News", "told Fox News".
RELAY_MENTION = re.compile(
    r"(?:according to|told|reports?|reported by|appeared on|in an interview with|interview with|cited by)"
    r"[ \t]+((?:[Tt]he[ \t]+)?[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,4})"
)


# An outlet naming the source it relays: "…, APA reports citing the Defense Ministry", "TASS reported, quoting …".
RELAY_CITING = re.compile(
    r"((?:[Tt]he[ \t]+)?[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,4}),?[ \t]+(?:reports?|reported|says|said|writes|wrote)"
    r",?[ \t]+(?:citing|quoting)\b"
)

# An outlet's tag closing a sentence: "…, the Anadolu agency reports.", "…, writes the newspaper Kommersant." is
# RELAY_MENTION's.
RELAY_TAG = re.compile(
    r",[ \t]+((?:[Tt]he[ \t]+)?[A-Z][\w.&-]*(?:[ \t]+[\w.&-]+){0,2}?)[ \t]+(?:reports|reported)[ \t]*\."
)

# What a text calls an outlet right before naming it: "state news agency Khovar", "the newspaper Kommersant".
OUTLET_BEFORE = re.compile(
    r"\b(?:agency|newspaper|daily|broadcaster|channel|outlet|portal|website)[ \t]+$", re.IGNORECASE
)


def outlets_named_as_relays(text: str) -> list[str]:
    """Outlets the article cites as where something was said ("told Fox News", "according to NBC News") or that
    name the source they relay ("APA reports citing the ministry")."""
    found = []
    for tag in RELAY_TAG.finditer(text):
        # "…, the Anadolu agency reports.": an outlet the text calls one, closing a sentence it relays
        name = re.sub(r"^[Tt]he\s+", "", tag.group(1).strip())
        if is_news_outlet(name):
            found.append(name)
    for match in [*RELAY_MENTION.finditer(text), *RELAY_CITING.finditer(text)]:
        name = match.group(1).strip().rstrip(".,;:")
        while name and not is_news_outlet(name) and " " in name:
            name = name.rsplit(" ", 1)[0]
        # "state news agency Khovar reported, citing …": a name the text calls an outlet just before it.
        called_outlet = match.re is RELAY_CITING and OUTLET_BEFORE.search(text, 0, match.start(1)) is not None
        if name and (is_news_outlet(name) or called_outlet) and all(word[:1].isupper() for word in name.split()):
            found.append(name)
    return found


def relays(claim: Claim, claims: Sequence[Claim]) -> bool:
    """An outlet relays when another speaker's claim sits inside what it reports ("X said …, Reuters
    reports")."""
    extent = claim_extent(claim)
    return any(
        other is not claim and other.speaker != claim.speaker and claim_extent(other).overlaps(extent)
        for other in claims
    )


def outside_datelines(claim: Claim, datelines: Sequence[Dateline], text: str) -> Claim:
    """Wire copy opens with "KYIV, March 3 (Reuters) - ": a speaker or content that starts inside it is moved
    past it ("KYIV, March 3 … Ukraine accused" is spoken by Ukraine)."""
    for dateline in datelines:
        span = dateline.span
        if claim.speaker_span is not None and claim.speaker_span.overlaps(span) and claim.cue_span is not None:
            speaker = text[span.end : claim.cue_span.start].strip()
            if speaker and len(speaker.split()) <= 6 and claim.cue_span.start > span.end:
                start = text.index(speaker, span.end)
                claim = replace(claim, speaker=speaker, speaker_span=Span(start, start + len(speaker)))
        if claim.content_span.overlaps(span) and claim.content_span.end > span.end:
            claim = replace(
                claim,
                content=text[span.end : claim.content_span.end],
                content_span=Span(span.end, claim.content_span.end),
            )
    return claim


def attributes_afterwards(claim: Claim) -> bool:
    """ "…, Reuters reports" and "according to NBC News" name the outlet after or around the relayed words;
    "the New York Times reported that …" makes the outlet the source of what follows."""
    cue = claim.cue.strip().lower()
    return cue.startswith("according") or (
        claim.speaker_span is not None and claim.speaker_span.start > claim.content_span.start
    )


def credit_original_speaker(claim: Claim, claims: Sequence[Claim], text: str) -> tuple[Claim, str | None]:
    """An outlet's claim whose content opens with its own attribution ("Armenia accused …, Reuters reports")
    and that no other claim covers becomes that attribution: the original speaker is credited, and the
    outlet is returned as a conduit."""
    speaker = clean_name(claim.speaker)
    if not (is_news_outlet(speaker) or speaker.lower() in WIRE_AGENCIES) or relays(claim, claims):
        return claim, None
    start = claim.content_span.start
    content = text[start : claim.content_span.end]
    match = OPENING_ATTRIBUTION.match(content)
    if not match or verb_lemma(match.group("cue")) not in SPEECH_VERBS:
        return claim, None
    if content.startswith("that ") and not (speaker.lower() in WIRE_AGENCIES or "agency" in speaker.lower()):
        # "The New York Times reported that Rosenstein discussed …" is the paper's own reporting; "Reuters
        # reported that the ministry said …" passes the ministry's words on.
        return claim, None
    rest_start = start + match.start("rest")
    tag = re.search(rf",?\s*[^,]*\b{re.escape(speaker)}\b[^,]*$", content)
    rest_end = start + tag.start() if tag and start + tag.start() > rest_start else claim.content_span.end
    original = replace(
        claim,
        speaker=match.group("speaker"),
        speaker_span=Span(start + match.start("speaker"), start + match.end("speaker")),
        cue=match.group("cue"),
        cue_span=Span(start + match.start("cue"), start + match.end("cue")),
        content=text[rest_start:rest_end],
        content_span=Span(rest_start, rest_end),
        quote=False,
    )
    return original, speaker


def is_relay_formula(claim: Claim, claims: Sequence[Claim], text: str) -> bool:
    """ "…, Mic reported.": a speaker tagged on at the end of a sentence that holds another attribution, with
    a verb of reporting, is an outlet even when its name is not known as one. (The paragraph bounds the
    search: sentence splitting stumbles on "Dr." and "U.S.".)"""
    if claim.cue_span is None or claim.speaker_span is None or not claim.cue.strip():
        return False
    if verb_lemma(claim.cue.split()[0].lower()) != "report":
        return False
    tail = text[claim.cue_span.end : claim.cue_span.end + 2]
    lead = text[max(0, claim.speaker_span.start - 2) : claim.speaker_span.start]
    if not (tail.startswith((".", "\n")) or tail == "") or lead != ", ":
        return False
    paragraph_start = text.rfind("\n", 0, claim.speaker_span.start)
    return any(
        other is not claim
        and other.cue_span is not None
        and paragraph_start < other.cue_span.start < claim.speaker_span.start
        for other in claims
    )


def claim_start(claim: Claim) -> int:
    spans = [s for s in (claim.speaker_span, claim.cue_span, claim.content_span) if s is not None]
    return min(span.start for span in spans)


def claim_extent(claim: Claim) -> Span:
    """From the first to the last of speaker, cue and content: where the whole attribution sits."""
    spans = [s for s in (claim.speaker_span, claim.cue_span, claim.content_span) if s is not None]
    return Span(min(s.start for s in spans), max(s.end for s in spans))
