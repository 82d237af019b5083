"""Hand-built claims for the sides and summary tests: spans found by searching the text, so tests stay
readable."""

from __future__ import annotations

from bot.domain import Claim, Span


def span_of(text: str, fragment: str, after: int = 0) -> Span:
    start = text.index(fragment, after)
    return Span(start, start + len(fragment))


def claim_in(text: str, speaker: str, cue: str, content: str, *, quote: bool = False, after: int = 0) -> Claim:
    """A claim whose content is the first occurrence (from `after`) of `content`; speaker and cue are the
    occurrences nearest before it in the same paragraph, else the first after it."""
    content_span = span_of(text, content, after)
    speaker_span = _nearest(text, speaker, content_span)
    cue_span = _nearest(text, cue, content_span)
    return Claim(
        speaker=speaker,
        speaker_span=speaker_span,
        cue=cue,
        cue_span=cue_span,
        content=content,
        content_span=content_span,
        quote=quote,
    )


def _nearest(text: str, fragment: str, content: Span) -> Span | None:
    paragraph_start = text.rfind("\n\n", 0, content.start) + 1
    before = text.rfind(fragment, paragraph_start, content.start)
    if before >= 0:
        return Span(before, before + len(fragment))
    after = text.find(fragment, content.end)
    return Span(after, after + len(fragment)) if after >= 0 else None


def seed_claims(text: str) -> list[Claim]:
    """The seed article's claims as seed-expected.md lists them, written as an extractor would give them."""
    return [
        claim_in(text, "Armenia", "accused", "Azerbaijani forces of opening fire on its troop positions"),
        claim_in(text, "Azerbaijan", "denied", "the incident"),
        claim_in(
            text,
            "The Armenian Defense Ministry",
            "said",
            "its troops were attacked with small arms near the town of Sotk",
        ),
        claim_in(
            text,
            "a human rights official in the separatist region",
            "said",
            "At least 200 people have been killed in Karabakh following the Azeri military offensive "
            "and more than 400 injured",
        ),
        claim_in(text, "Azerbaijan", "said", "it had halted military action in Nagorno-Karabakh"),
        claim_in(
            text,
            "The separatists who lead the self-styled “Artsah Republic”",
            "urged",
            "the population of 120,000 people not to rush to the airport in the capital Stepanakert",
        ),
        claim_in(
            text,
            "The Azeri president",
            "said",
            "Azerbaijan had “restored its sovereignty” over the Nagorno-Karabakh region, after a lightning "
            "victory over Armenian separatists",
        ),
        claim_in(
            text,
            "President Ilham Aliyev",
            "told",
            "“Most” of Armenian separatist forces and equipment have been “destroyed,”",
            quote=True,
        ),
        claim_in(text, "he", "said", "Armenian authorities had shown “political competence”"),
        claim_in(
            text,
            "the separatists",
            "announced",
            "the signing of “an agreement on the complete cessation of hostilities",
        ),
        claim_in(
            text,
            "Russian President Vladimir Putin",
            "indicated",
            "negotiations on the future of the enclave would take place with the “mediation” of Russian forces",
        ),
        claim_in(text, "Reuters", "reports", "Thousands of Armenians from Nagorno-Karabakh gathered at the airport"),
    ]
