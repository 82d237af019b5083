"""Which claims make it into the summary: the most salient ones, shared fairly between the sides.

Salience favours what the article itself puts first and repeats: the lead, claims echoing the title or the
article's recurring words, figures, direct quotes, and speech acts that answer each other (an accusation and
its denial). Fairness comes first,
though: every side gets its best claim before any side gets a second one, and later rounds go to the side with
the fewest points so far, so one voluble side cannot crowd out a side that spoke once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.attribution.claims.answers import told_at
from bot.attribution.cues import ASIDE_VERBS, SPEECH_VERBS, verb_lemma
from bot.attribution.speaker_party import OTHER_SOURCES
from bot.domain import Claim, Side, Span
from bot.summary.answers import is_pointer_answer
from bot.summary.neutral import is_negated

TOPIC_ONLY_LEMMAS = frozenset({"comment", "speak", "talk"})
# Verbs that name what something is ("described it as", "called it"): without the thing, the name says nothing.
NAMING_LEMMAS = frozenset(
    {"describe", "call", "characterize", "characterise", "label", "brand", "dub", "term", "regard", "view", "deem"}
)
RESPONSE_LEMMAS = frozenset({"deny", "accuse", "reject", "dismiss", "dispute", "blame", "refute", "counter"})
FIGURE = re.compile(r"\d")
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
CONTENT_WORD = re.compile(r"[A-Za-z]{4,}")
CONTENT_WORD_ANY = re.compile(r"\w+")
LEAD_BONUS = 1.0
# "accused each other of the attack": what two sides say of one another is no one side's point.
RECIPROCAL = re.compile(r"(?:each other|one another)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Ranked:
    """A claim of a side with its salience; `short` marks the brief version used to fit a tight budget."""

    claim: Claim
    side: str
    score: float
    short: bool = False


def salience(claim: Claim, text_length: int, title_words: frozenset[str], frequency: Counter[str]) -> float:
    """A claim's weight: earlier, echoing the title, about what the article keeps repeating, with figures,
    quoted, or answering another side."""
    position = 1.0 - told_at(claim) / max(text_length, 1)
    score = 2.0 * position
    words = {w.lower() for w in CONTENT_WORD.findall(claim.content)}
    if title_words and words:
        score += 1.5 * len(words & title_words) / min(len(title_words), 8)
    if words:
        # Words the article uses again elsewhere (beyond this claim) mark its recurring subject.
        score += 0.8 * sum(min(frequency[w] - 1, 3) for w in words) / (3 * len(words))
    if FIGURE.search(claim.content):
        score += 0.7
    if claim.quote:
        score += 0.3
    if _answers(claim):
        score += 1.0
    if len(claim.content.split()) < 3 and not _answers(claim):
        score -= 1.0
    if is_negated(claim.cue):
        score -= 2.0  # what a side did not say ("did not say how he was killed") is less than what it said
    return score


def _says_something(claim: Claim) -> bool:
    """A named speaker, and two words or more ("said Kavanaugh" and a lone quote mark are extraction debris)
    or an answer to something ("denied it"). A question put by nobody named ("Asked about …") is context, and
    what speakers say of each other belongs to no one side."""
    if not claim.speaker.strip() or _only_a_topic(claim) or RECIPROCAL.match(claim.content):
        return False
    return len(CONTENT_WORD_ANY.findall(claim.content)) >= 2 or (_answers(claim) and bool(claim.content.strip()))


def _only_a_topic(claim: Claim) -> bool:
    """ "commenting on the situation", "spoke about the election": what was talked about, not what was said
    (a speech act with a topic, "warned about the risks", says something)."""
    first_word = (claim.content.split() or [""])[0].lower()
    lemmas = {verb_lemma(word) for word in claim.cue.lower().split()}
    if first_word == "as" and lemmas & NAMING_LEMMAS:
        return True  # "the strike, which it described as a last resort": "described as a last resort" of what?
    return first_word in ("on", "about") and bool(lemmas & TOPIC_ONLY_LEMMAS)


def _describes_the_speaker(claim: Claim, text: str) -> bool:
    """ "Doctors Without Borders, which supports a hospital in the city, said …": a relative clause with a verb
    other than one of saying tells who the speaker is, which the reply's side name already does."""
    span = claim.speaker_span
    # in lower case: a capital "Which" is a name (the consumer group Which?), not a relative pronoun
    relative = span is not None and text[span.start : span.end] in RELATIVE_PRONOUNS
    first = (claim.cue.split() or [""])[0].lower()
    return relative and verb_lemma(first) not in ASIDE_VERBS


def _names_what_something_is(claim: Claim, text: str) -> bool:
    """ "a protest against … what they call excessive environmental regulation", "access to the Red Sea, which
    Eritrea regards as a threat": the name a side gives to something, told inside the reporter's sentence; shown
    alone it says nothing ("called excessive regulation", "regards as a threat")."""
    span = claim.speaker_span
    lemmas = {verb_lemma(word) for word in claim.cue.lower().split()}
    relative = span is not None and re.search(r"\b(?:what|which|whom)\s+$", text[: span.start]) is not None
    return relative and bool(lemmas & NAMING_LEMMAS)


def _said_inside_the_reporters_words(claim: Claim, text: str) -> bool:
    """ "a move Egypt says threatens its water supply": a speaker and cue inside the words, set off by no comma
    or quote mark, tell what the reporter's phrase is to that side rather than a point of the side's own."""
    speaker, content = claim.speaker_span, claim.content_span
    if speaker is None or not content.start < speaker.start < content.end:
        return False
    return re.search(r"[,“”\"«»]", text[content.start : speaker.start]) is None


def _answers(claim: Claim) -> bool:
    """An accusation, a denial, a rejection: speech acts that answer (or call for an answer from) a side."""
    words = claim.cue.lower().split()
    return any((verb_lemma(word) or word) in RESPONSE_LEMMAS for word in words)


def rank_sides(sides: Sequence[Side], text: str, title: str | None, headline_end: int = 0) -> dict[str, list[Ranked]]:
    """Each side's claims, best first, with repeats of the same content span dropped, claims made in the
    article's own headline dropped (the summary's headline already carries them), and claims told inside
    another side's claim dropped: in "the Times reported that Rosenstein discussed wearing a wire", Rosenstein
    discussing it is the Times' report, not his own point. A claim told inside one of its own side's is the
    point instead of the one around it ("The United States … said it was seeking a solution, State Department
    spokesman Matthew Miller told reporters": the spokesman tells what his side said)."""
    title_words = frozenset(w.lower() for w in CONTENT_WORD.findall(title or ""))
    frequency = Counter(w.lower() for w in CONTENT_WORD.findall(text))
    every_claim = [claim for side in sides for claim in side.claims]
    body_start = headline_end + len(text[headline_end:]) - len(text[headline_end:].lstrip())
    lead_end = text.find("\n\n", body_start)
    lead_end = len(text) if lead_end < 0 else lead_end  # the whole text when it is one paragraph
    ranked: dict[str, list[Ranked]] = {}
    for side in sides:
        claims = _answers_with_their_reasons(side.claims, text)
        body = [
            claim
            for claim in claims
            if claim.content_span.start >= headline_end
            and not _told_inside_another(claim, [c for c in every_claim if _holds_as_its_own(c, claim, side.name)])
            and not any(_reported_within(inner, claim) for inner in claims)
        ]
        seen: list[Claim] = []
        entries = []
        for claim in body:
            if any(claim.content_span.overlaps(other.content_span) for other in seen) or not _says_something(claim):
                continue
            if _describes_the_speaker(claim, text) or _names_what_something_is(claim, text):
                continue
            seen.append(claim)
            score = salience(claim, len(text), title_words, frequency)
            if claim.content_span.start < lead_end:
                score += LEAD_BONUS  # the story's first paragraph says what it is about
            if _said_inside_the_reporters_words(claim, text):
                score -= 2.0  # shown as a point it would read "said a move Egypt says threatens …"
            entries.append(Ranked(claim, side.name, score))
        if entries:
            ranked[side.name] = sorted(entries, key=lambda entry: -entry.score)
    return _answers_next(ranked)


def _answers_with_their_reasons(claims: Sequence[Claim], text: str) -> list[Claim]:
    """ "dismissed the accusations, saying the vote had been free and fair": a denial that only points back,
    told with the reason its speaker gave right after it, as one point (apart, "dismissed the accusations" says
    little and the reason lacks what it answers)."""
    joined: list[Claim] = []
    absorbed: set[int] = set()
    for claim in filter(is_pointer_answer, claims):
        reason = next((other for other in claims if _gives_reason_for(claim, other, text)), None)
        if reason is None:
            continue
        span = Span(claim.content_span.start, reason.content_span.end)
        joined.append(replace(claim, content=text[span.start : span.end], content_span=span))
        absorbed |= {id(claim), id(reason)}
    return [c for c in claims if id(c) not in absorbed] + joined


def _gives_reason_for(answer: Claim, reason: Claim, text: str) -> bool:
    """Whether `reason` is the same speaker's participle right after `answer` (", saying …")."""
    cue, span = reason.cue_span, answer.speaker_span
    if cue is None or reason is answer or span is None or reason.speaker_span != span:
        return False
    gap = text[answer.content_span.end : cue.start]
    return gap.strip() == "," and reason.cue.lower().endswith("ing") and reason.content_span.start >= cue.end


def _answers_next(ranked: dict[str, list[Ranked]]) -> dict[str, list[Ranked]]:
    """When sides answer each other ("accused Hyundai of ignoring the warnings" … "Hyundai denied this"), each
    side's answers come right after its best claim, so the accusation and its denial are shown together."""
    answering = [name for name, entries in ranked.items() if any(_answers(entry.claim) for entry in entries)]
    if len(answering) < 2:
        return ranked
    reordered = dict(ranked)
    for name in answering:
        best, *rest = ranked[name]
        reordered[name] = [best] + [e for e in rest if _answers(e.claim)] + [e for e in rest if not _answers(e.claim)]
    return reordered


def _told_inside_another(claim: Claim, claims: Sequence[Claim]) -> bool:
    cue = claim.cue_span
    return cue is not None and any(
        other is not claim and other.content_span.start <= cue.start and cue.end <= other.content_span.end
        for other in claims
    )


def _holds_as_its_own(outer: Claim, inner: Claim, side: str) -> bool:
    """Whether `inner`, on `side`, is only part of what `outer` says: in "the Times reported that Rosenstein
    discussed wearing a wire" it is the Times' report. Not so where `outer` tells what its own side said (the
    inner claim is the point), nor where no one is named for it ("A hacking group claimed to have stolen …,
    according to a post on a forum": the group's claim)."""
    if outer.side == OTHER_SOURCES and side != OTHER_SOURCES:
        return False
    return outer.side != side or not _reported_within(inner, outer)


def _reported_within(inner: Claim, outer: Claim) -> bool:
    """Whether `outer` only tells what `inner` says: its words hold `inner` with a verb of saying, and another
    speaker ("…, which she said posed a threat" is the same speaker's aside, not what her words report)."""
    first = (inner.cue.split() or [""])[0].lower()
    speaking = verb_lemma(first) in SPEECH_VERBS and inner.speaker != outer.speaker
    return inner is not outer and speaking and _told_inside_another(inner, [outer])


def leading_sides(ranked: dict[str, list[Ranked]], max_sides: int) -> list[str]:
    """The sides that get a first point, up to `max_sides`: sides answering each other (an accusation and its
    denial) first, then the parties whose best claim is most salient; unaffiliated speakers ("Other
    sources") only when no party spoke."""
    answering = {name for name, entries in ranked.items() if any(_answers(entry.claim) for entry in entries)}
    in_dialogue = answering if len(answering) >= 2 else set()

    def priority(name: str) -> tuple[bool, bool, float]:
        return (name == OTHER_SOURCES, name not in in_dialogue, -ranked[name][0].score)

    order = sorted(ranked, key=priority)[:max_sides]
    if OTHER_SOURCES in order and len(order) > 1:
        order.remove(OTHER_SOURCES)
    return order


def allocate(
    ranked: dict[str, list[Ranked]], budget: int, cost: Callable[[Ranked], int], max_sides: int
) -> list[Ranked]:
    """Pick points: round one gives each side its best claim even past the budget (up to `max_sides` sides,
    the most salient ones, for articles quoting a crowd); then each round serves only the sides with the
    fewest points so far, the one that has used fewest words first (ties: the most salient claim), in its
    brief version while other sides wait or when the full one does not fit. Allocation stops when none of
    those sides can say more within `budget` words, so no side gets a further point while another waits."""
    order = leading_sides(ranked, max_sides)
    chosen = [ranked[name][0] for name in order]
    spent = sum(cost(entry) for entry in chosen)
    words = {entry.side: cost(entry) for entry in chosen}
    taken = dict.fromkeys(order, 1)
    if OTHER_SOURCES in ranked and OTHER_SOURCES not in taken:
        taken[OTHER_SOURCES] = 0
        words[OTHER_SOURCES] = 0
    while True:
        waiting = [name for name in taken if taken[name] < len(ranked[name])]
        if not waiting:
            return chosen
        level = min((name == OTHER_SOURCES, taken[name]) for name in waiting)
        at_level = [name for name in waiting if (name == OTHER_SOURCES, taken[name]) == level]
        candidates = []
        for name in at_level:
            entry = ranked[name][taken[name]]
            versions = (entry, replace(entry, short=True))
            # While other sides wait their turn too, brief versions leave them room.
            versions = versions[::-1] if len(at_level) > 1 else versions
            candidates.extend([v for v in versions if spent + cost(v) <= budget][:1])
        if not candidates:
            return chosen
        # Answers go first (a denial beside the accusation it answers), then the side that has said least so far:
        # "denied the incident" is one point but three words.
        pick = max(candidates, key=lambda entry: (_answers(entry.claim), -words[entry.side], entry.score))
        chosen.append(pick)
        spent += cost(pick)
        words[pick.side] += cost(pick)
        taken[pick.side] += 1
