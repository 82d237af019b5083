"""The neutral summary: a headline, then each side's most salient claims, each credited to its speaker.

`summarize` is pure: English text and the sides stage's output in, a `Summary` out. Its size is bounded twice:
by a word budget per length setting (what a reader wants) and by Telegram's message limit on the rendered text
(what can be sent), which no input can exceed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from bot.attribution.claims.answers import is_answer, is_answer_to, told_at
from bot.attribution.cues import past_tense
from bot.attribution.datelines import dateline_at
from bot.attribution.relays import claim_extent
from bot.attribution.speaker_party import OTHER_SOURCES, leading_headline
from bot.attribution.speaker_words import PRONOUNS
from bot.domain import Claim, Point, SideAssignment, SidePoints, Span, Summary, SummaryLength
from bot.summary.answers import answered_claim, is_pointer_answer, what_is_denied
from bot.summary.headline import starts_with_cue, write_headline
from bot.summary.neutral import (
    OPENING_QUOTES,
    cue_is_a_noun,
    denial_text,
    display_speaker,
    neutralize,
    point_text,
)
from bot.summary.render import (
    MAX_MESSAGE_CHARS,
    continues,
    render_html,
    render_text,
    same_speaker,
    without_sentence_capital,
)
from bot.summary.select import Ranked, allocate, leading_sides, rank_sides

WORD_BUDGET = {SummaryLength.SHORT: 60, SummaryLength.NORMAL: 120, SummaryLength.DETAILED: 250}
POINT_WORDS = {SummaryLength.SHORT: 18, SummaryLength.NORMAL: 26, SummaryLength.DETAILED: 40}
MIN_POINT_WORDS = 10
MAX_LISTED_SPEAKER_WORDS = 5
# How many parties without a point are named at the end; an article quoting 200 people adds "and 182 more".
ALSO_QUOTED_NAMES = {SummaryLength.SHORT: 3, SummaryLength.NORMAL: 6, SummaryLength.DETAILED: 10}
HEADLINE_WORDS = {SummaryLength.SHORT: 15, SummaryLength.NORMAL: 25, SummaryLength.DETAILED: 30}

__all__ = ["summarize"]


def summarize(text: str, assignment: SideAssignment, length: SummaryLength, title: str | None = None) -> Summary:
    """Headline plus points grouped by side, within the word budget for `length` and one Telegram message."""
    leading = leading_headline(text)
    title = title or leading
    # A claim made in the headline itself is already the summary's headline; its body version is preferred.
    headline_end = text.find(leading) + len(leading) if leading else 0
    ranked = rank_sides(assignment.sides, text, title, headline_end)
    entries = [entry for side_entries in ranked.values() for entry in side_entries]
    headline = write_headline(title, text, ranked, assignment.conduits, HEADLINE_WORDS[length])
    room = WORD_BUDGET[length] - len(headline.split())
    # As many sides as can each say something in a few words; shorter points when many share the budget.
    max_sides = max(4, room // (MIN_POINT_WORDS + 4))
    voiced = leading_sides(ranked, max_sides)
    # Parties left without a point are named once at the end; their names come out of the same budget.
    named_later = _unvoiced(ranked, voiced)[: ALSO_QUOTED_NAMES[length]]
    room -= sum(len(name.split()) for name in named_later)
    budget = max(room - sum(len(name.split()) + 1 for name in voiced), MIN_POINT_WORDS)
    parties = [name for name in voiced if name != OTHER_SOURCES]
    max_words = max(MIN_POINT_WORDS, min(POINT_WORDS[length], budget // max(len(parties), 1) - 3))
    answered = {
        id(entry.claim): found
        for entry in entries
        if is_pointer_answer(entry.claim) and (found := answered_claim(entry.claim, assignment.claims, text))
    }
    # "Washington says Moscow supplied the drones, a charge the Kremlin rejects": the claim each answer answers
    set_off = {
        id(entry.claim): found
        for entry in entries
        if is_answer(entry.claim)
        and (found := next((c for c in assignment.claims if is_answer_to(entry.claim, c)), None)) is not None
    }
    full = {id(entry.claim): _point(entry, text, max_words, assignment.conduits) for entry in entries}
    brief = {id(entry.claim): _point(entry, text, MIN_POINT_WORDS, assignment.conduits) for entry in entries}

    def point_of(entry: Ranked) -> Point:
        return (brief if entry.short else full)[id(entry.claim)]

    def cost(entry: Ranked) -> int:
        point = point_of(entry)
        shown_speaker = 0 if same_speaker(point.speaker, entry.side) else len(point.speaker.split())
        return shown_speaker + len(point.text.split()) + 1

    chosen = allocate(ranked, budget, cost, max_sides)
    order = _side_order(assignment, chosen)
    for entry in chosen:
        # "Hyundai denied this" on a line before the accusation it answers is told with what it denies; "…, a
        # charge the Kremlin rejects" after the claim it answers only points back to it ("rejects the charge").
        key = id(entry.claim)
        if key in set_off and _shown_before(set_off[key], entry, chosen, order):
            full[key] = _point(entry, text, max_words, assignment.conduits, pointer=True)
            brief[key] = _point(entry, text, MIN_POINT_WORDS, assignment.conduits, pointer=True)
        if key in answered and not _shown_before(answered[key], entry, chosen, order):
            what = what_is_denied(entry.claim, answered[key], _named_in_text(answered[key]))
            full[key] = _point(entry, text, max_words, assignment.conduits, what)
            brief[key] = _point(entry, text, MIN_POINT_WORDS, assignment.conduits, what)
    listed = ALSO_QUOTED_NAMES[length]
    summary = _assemble(headline, chosen, point_of, order, assignment.conduits, ranked, listed)
    return _fit_message(summary, chosen, point_of, order, ranked, listed)


def _side_order(assignment: SideAssignment, chosen: list[Ranked]) -> list[str]:
    """Parties in the order the article tells what they say (their first point shown), neutral sources
    after them, unless a neutral source's point is the first shown: a court's ruling or a rescue service's toll
    that opens the story is what the story is about."""
    first: dict[str, int] = {}
    for entry in chosen:
        first[entry.side] = min(first.get(entry.side, told_at(entry.claim)), told_at(entry.claim))
    neutral = {side.name for side in assignment.sides if side.kind == "neutral"}
    lead = min(first.values(), default=0)
    return sorted(first, key=lambda name: (name in neutral and first[name] != lead, first[name]))


def _named_in_text(claim: Claim) -> str:
    """A speaker named within a sentence: "the New York Times", "President Salome Zourabichvili"."""
    speaker = display_speaker(claim.speaker)
    if speaker.lower() in PRONOUNS or not speaker:
        return claim.side or "another source"
    written = " ".join(claim.speaker.split())
    if written.lower().startswith("the ") and written[4:].lower() == speaker.lower():
        return f"the {written[4:]}"
    return speaker


def _shown_before(answered: Claim, answer: Ranked, chosen: list[Ranked], order: list[str]) -> bool:
    """Whether the claim an answer points back to is shown on a line before the answer's."""
    shown = any(entry.claim is answered for entry in chosen)
    side = answered.side or ""
    return shown and side in order and order.index(side) < order.index(answer.side)


def _point(
    entry: Ranked,
    text: str,
    max_words: int,
    conduits: tuple[str, ...],
    denied: str | None = None,
    *,
    pointer: bool = False,
) -> Point:
    """A point; when its speaker is the side itself (shown once, as the side), the text carries the verb. A
    denial that only points back is told with what it denies when `denied` is given (see `answers`); an answer
    shown after what it answers only points back to it when `pointer` is set."""
    claim = entry.claim
    speaker = _shown_speaker(claim, entry.side) or entry.side
    if denied is None:
        body = point_text(claim, text, max_words, conduits, pointer=pointer)
    else:
        body = denial_text(claim.cue, denied, max_words)
    if same_speaker(speaker, entry.side) and not starts_with_cue(claim.cue, body):
        carried_on = without_sentence_capital(body)
        if not claim.quote and carried_on != body:
            body = f"said {carried_on}"  # "The war … has killed", according to the project
        elif _opens_sentence(claim, text, body):
            body = f"said: {body}"
        else:
            body = f"said {body}"
    # A participle ("calling the attack terrorism") does not make a sentence after its speaker; its past does.
    first, _, rest = body.partition(" ")
    infinitive = first == "to" and starts_with_cue(claim.cue, body)
    if infinitive:
        first, _, rest = rest.partition(" ")  # "prompting Beijing to accuse the bloc": "accused the bloc"
    tells_past = infinitive or first.lower().endswith("ing")
    past = past_tense(first) if tells_past and starts_with_cue(claim.cue, body) else None
    if past is not None:
        body = f"{past} {rest}"
    finite = past is not None or (
        # "has renewed its demand for war reparations": a noun cue makes no sentence after its speaker ("Polish
        # government demand for …"), which is set off with a colon
        starts_with_cue(claim.cue, body) and not first.endswith("ing") and not cue_is_a_noun(claim, text)
    )
    written = claim.speaker.split()
    common_noun = (
        len(written) > 1
        and written[0].lower() == "the"
        and written[1][:1].islower()
        and speaker.lower().startswith(written[1].lower())  # not "Aram Torosyan" shown for "The press secretary …"
    )
    if finite and common_noun:
        speaker = f"The {speaker[:1].lower()}{speaker[1:]}"  # "The company disputes that", not "Company disputes"
    return Point(
        speaker=speaker,
        text=body,
        evidence=_evidence(claim, text),
        quote=claim.quote,
        verb_first=finite,
    )


def _opens_sentence(claim: Claim, text: str, body: str) -> bool:
    """Whether the words shown are a sentence of their own (a quote, or "The museum would …" from "The museum,
    Mr. Obama said, would …"), which "said:" introduces; a capital inside a sentence is a name's ("said Georgian
    Dream had won")."""
    opening = body.lstrip("".join(OPENING_QUOTES))  # ‘“This is …”’ opens a sentence as "This is …" does
    if not opening[:1].isupper():
        return False
    before = text[: claim.content_span.start].rstrip(" \t")
    if dateline_at(text, len(before) - 1) is not None:
        return True  # "OSTRAVA, Czech Republic, Oct 3 (Wire) - Thousands of workers walked off …"
    return not before or before[-1] in ".!?:\n" or before[-1] in OPENING_QUOTES


def _shown_speaker(claim: Claim, side: str) -> str:
    """The speaker as the summary names them on their side's line."""
    return display_speaker(claim.speaker, side)


def _evidence(claim: Claim, text: str) -> Span:
    """Where the claim is said, kept within the paragraph of its content (a speaker span never crosses
    one)."""
    extent = claim_extent(claim)
    paragraph_start = text.rfind("\n\n", extent.start, claim.content_span.start)
    paragraph_end = text.find("\n\n", claim.content_span.start, extent.end)
    start = paragraph_start + 2 if paragraph_start >= 0 else extent.start
    end = paragraph_end if paragraph_end >= 0 else extent.end
    return Span(start, max(start, end))


def _assemble(
    headline: str,
    chosen: list[Ranked],
    point_of: Callable[[Ranked], Point],
    side_order: list[str],
    conduits: tuple[str, ...],
    ranked: dict[str, list[Ranked]],
    listed: int,
) -> Summary:
    by_side: dict[str, list[Ranked]] = {}
    for entry in chosen:
        by_side.setdefault(entry.side, []).append(entry)
    sides = tuple(
        SidePoints(
            name=neutralize(name),
            points=_each_part_attributed([point_of(e) for e in sorted(by_side[name], key=lambda e: told_at(e.claim))]),
        )
        for name in side_order
        if name in by_side
    )
    unvoiced = _unvoiced(ranked, by_side)
    return Summary(
        headline=headline,
        sides=sides,
        conduits=conduits,
        also_quoted=unvoiced[:listed],
        also_quoted_more=max(len(unvoiced) - listed, 0),
    )


def _each_part_attributed(points: list[Point]) -> tuple[Point, ...]:
    """ "accused the Houthis of …; said Iran supplies them with weapons": a point carried on after its speaker's
    verb (see `render`) keeps a verb of its own, or what was said would read as the summary's own statement."""
    attributed: list[Point] = []
    for point in points:
        previous = attributed[-1] if attributed else None
        after_verb = previous is not None and (previous.verb_first or previous.text.startswith("said"))
        if previous is not None and after_verb and not point.verb_first and continues(point, previous):
            lead = "said: " if point.text[:1] in OPENING_QUOTES else "said "
            point = replace(point, text=lead + without_sentence_capital(point.text), verb_first=True)
        attributed.append(point)
    return tuple(attributed)


def _unvoiced(ranked: dict[str, list[Ranked]], voiced: Collection[str]) -> tuple[str, ...]:
    """The parties that spoke but got no point, in the order the article quotes them, each named with its
    main speaker ("Labour peer Lord Adonis", "Armenia (Defense Ministry)")."""
    silent = [name for name in ranked if name not in voiced and name != OTHER_SOURCES]
    silent.sort(key=lambda name: min(told_at(entry.claim) for entry in ranked[name]))
    return tuple(_named_with_speaker(name, ranked[name][0]) for name in silent)


def _named_with_speaker(side: str, entry: Ranked) -> str:
    name = neutralize(side)
    speaker = _shown_speaker(entry.claim, side)
    if len(speaker.split()) > MAX_LISTED_SPEAKER_WORDS or speaker.lower() == name.lower():
        return name
    return speaker if name.lower() in speaker.lower() else f"{name} ({speaker})"


def _fit_message(
    summary: Summary,
    chosen: list[Ranked],
    point_of: Callable[[Ranked], Point],
    side_order: list[str],
    ranked: dict[str, list[Ranked]],
    listed: int,
) -> Summary:
    """Drop the least salient points (from the side with the most) until the rendered text fits one
    message; a side left without points is still named among those also quoted."""
    remaining = list(chosen)
    while _message_length(summary) > MAX_MESSAGE_CHARS and remaining:
        counts: dict[str, int] = {}
        for entry in remaining:
            counts[entry.side] = counts.get(entry.side, 0) + 1
        fullest = max(counts, key=lambda name: counts[name])
        victim = min((e for e in remaining if e.side == fullest), key=lambda e: e.score)
        remaining.remove(victim)
        summary = _assemble(summary.headline, remaining, point_of, side_order, summary.conduits, ranked, listed)
    return summary


def _message_length(summary: Summary) -> int:
    """The longer of the two renderings the bot may send (HTML adds tags and entities)."""
    return max(len(render_text(summary)), len(render_html(summary)))
