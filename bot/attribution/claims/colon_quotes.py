"""A quote introduced by a name and a colon, with no verb of saying: "The early lead did not surprise pollster Ana
Ruiz: “…”", "More from Ruiz: “…”", "The minister was blunt: “…”". The colon is the cue; the one it credits is
the name right before it, or else the person the clause before it is about."""

from __future__ import annotations

from typing import Any

from bot.attribution import cues, speakers
from bot.attribution.claims.tokens import Found, can_speak, name_end, opens_quote, quote_after

# Entity types of a name that can speak; a place or a date before the colon says where or when, not who.
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG"})
# Words that end a clause before the colon, so that no subject further back is the one the quote belongs to.
_CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ":"})
# Prepositions whose object is the source of the words ("More from Ruiz:", "a message by the minister:"); after
# any other the name is whom they were said to or about ("fired back at the governor:", "wrote to the newspaper
# El Diario:").
_SOURCE_PREPOSITIONS = frozenset({"from", "by"})
# A headline's "Okafor on the budget:", "Union chief to minister:": who speaks, on what or to whom.
_HEADLINE_LINKS = frozenset({"on", "to"})
_SPEAKING_PRONOUNS = speakers.PERSON_PRONOUNS | {"they"}
# Names of what cannot speak: "The Strip was quiet:", "Monday was different:".
_THINGS = frozenset({"LOC", "FAC", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})


def colon_quote_claim(doc: Any, colon: Any) -> Found | None:
    """The quote after `colon`, credited to who the words before the colon name (see the module docstring)."""
    if colon.text != ":" or colon.i == 0:
        return None
    quote = quote_after(doc, colon.i, colon_only=True)
    if quote is None or not opens_quote(doc, quote):
        return None
    start = _clause_start(doc, colon.i)
    speaker = (
        _name_on_or_to(doc, start, colon.i)
        or _name_before(doc, start, colon.i)
        or _owner_of_words(doc, start, colon.i)
        or _person_subject(doc, start, colon.i)
    )
    if speaker is None:
        return None
    return Found(speaker, (colon.i, colon.i + 1), (quote, quote + 1))


def _clause_start(doc: Any, colon: int) -> int:
    """The first token of the clause that the colon closes: after the last stop, semicolon, colon, spaced dash
    ("Voting was slow all day - Ana Ruiz:") or line break."""
    start = colon
    while start > 0:
        before = doc[start - 1]
        if before.text in _CLAUSE_BREAKS or "\n" in before.text or speakers.spaced_dash(before):
            break
        start -= 1
    return start


def _name_on_or_to(doc: Any, start: int, colon: int) -> tuple[int, int] | None:
    """ "Okafor On The Budget Vote:": in a headline's words, every one capitalised,
    the name that opens it, before "on" or "to"."""
    end = name_end(doc, start, colon)
    if end == start or end >= colon or doc[end].lower_ not in _HEADLINE_LINKS:
        return None
    return (start, end)


def _name_before(doc: Any, start: int, colon: int) -> tuple[int, int] | None:
    """ "pollster Ana Ruiz:", "More from Ruiz:": a person's or an organisation's name that ends at the colon."""
    last = doc[colon - 1]
    named = last.ent_type_ in _SPEAKING_ENTITIES or (last.pos_ == "PROPN" and not last.ent_type_)
    if colon - 1 < start or not named:
        return None
    head = last
    while head.dep_ == "compound" and head.head.i < colon and head.head.i > head.i:
        head = head.head
    named_in = head.head if head.dep_ == "appos" else head  # "to the newspaper El Diario:"
    if named_in.dep_ == "pobj" and named_in.head.lower_ not in _SOURCE_PREPOSITIONS:
        return None
    return _within(speakers.speaker_tokens(head), start, colon)


def _owner_of_words(doc: Any, start: int, colon: int) -> tuple[int, int] | None:
    """ "Ruiz's view:", "Her verdict:", "His message to voters was simple:": words someone owns, named right
    before the colon or as the clause's subject, are theirs."""
    last = doc[colon - 1]
    subject = next((t for t in doc[start:colon] if t.dep_ == "nsubj" and start <= t.head.i < colon), None)
    for noun in (last, subject):
        if noun is None or noun.lower_ not in cues.NOUN_CUES:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.i >= start:
            return _within(speakers.speaker_tokens(owner), start, colon)
    return None


def _person_subject(doc: Any, start: int, colon: int) -> tuple[int, int] | None:
    """ "The minister was blunt:", "Here is Okafor at the 2019 congress:": the subject of the clause, when it is
    someone who can speak; not "The stakes are high:"."""
    subjects = [t for t in doc[start:colon] if t.dep_ == "nsubj" and start <= t.head.i < colon]
    if not subjects:
        return None
    subject = max(subjects, key=lambda t: t.head.i)  # the clause nearest the colon: "When X asked, Y shot back:"
    subject = _reporting_subject(subject, start) or subject
    speaks = subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ not in _THINGS and can_speak(subject)
    if not (speaks or subject.lower_ in _SPEAKING_PRONOUNS):
        return None
    return _within(speakers.speaker_tokens(subject), start, colon)


def _reporting_subject(subject: Any, start: int) -> Any:
    """ "Okafor said the count was a race in the spirit of Silicon Valley: “…”": where the clause is what
    someone said or thinks, the quote that goes on with it is theirs, not its subject's."""
    verb = subject.head
    while verb.dep_ in ("ccomp", "conj") and verb.head.i >= start:
        verb = verb.head
        if cues.verb_lemma(verb.text) in cues.REPORTING_VERBS:
            return next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= start), None)
    return None


def _within(phrase: tuple[int, int], start: int, colon: int) -> tuple[int, int] | None:
    """A speaker's phrase cut to the clause before the colon (the parse may run it past either edge)."""
    cut = (max(phrase[0], start), min(phrase[1], colon))
    return cut if cut[0] < cut[1] else None
