"""Speaker phrases and their resolution: "he", "they", "the ministry", "the Azeri president" → a named mention.

Resolution is deliberately simple and local: the nearest earlier named entity of a compatible kind (a person for
he/she and for titles such as "the president", an organisation, country or group for it/they/"the ministry"),
falling back to the next one a few sentences on ("The Azeri president said … President Ilham Aliyev told …").
A bare surname resolves to the fuller name used earlier. Names keep the title written before them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.attribution import cues

# "I" and "we" outside quotes are the writer, who is named nowhere in the text: they stay as written.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it"})
PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
# How far (in characters) a description may look ahead for its name when no earlier mention fits.
LOOKAHEAD_CHARS = 1500
# Speaker phrases are cut before these dependents: they add clauses, not identity.
_TRIMMED_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "case"})


def speaker_tokens(head: Any) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by `head`, without relative clauses and appositions."""
    start, end = head.i, head.i + 1
    for child in head.children:
        if child.dep_ in _TRIMMED_DEPS:
            continue
        start = min(start, child.left_edge.i)
        end = max(end, child.right_edge.i + 1)
    doc = head.doc
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _mention(entity: Any) -> str:
    """An entity with the capitalised title words written just before it ("President Ilham Aliyev")."""
    doc = entity.doc
    start = entity.start
    while start > 0:
        previous = doc[start - 1]
        if previous.pos_ in ("PROPN", "NOUN") and previous.text[:1].isupper() and previous.ent_type_ == "":
            start -= 1
            continue
        break
    return str(doc[start : entity.end].text)


def resolve(doc: Any, start: int, end: int, entities: Sequence[Any]) -> str:
    """The mention a speaker phrase doc[start:end] refers to, or the phrase itself when it names its speaker."""
    phrase = doc[start:end]
    itself = str(phrase.text)
    root = phrase.root
    lower = root.lower_
    determiner = doc[start].lower_ if end - start > 1 else ""
    if end - start == 1 and root.tag_ in ("WP", "WDT") and root.head.dep_ == "relcl":
        antecedent = speaker_tokens(root.head.head)
        return str(doc[antecedent[0] : antecedent[1]].text)
    if end - start == 1 and lower in PERSON_PRONOUNS:
        return _nearest(doc, entities, start, end, PERSON_LABELS, None) or itself
    if end - start == 1 and lower in GROUP_PRONOUNS:
        return _nearest(doc, entities, start, end, GROUP_LABELS, None) or itself
    if determiner in ("the", "this") and root.pos_ == "NOUN":
        if lower in cues.PERSON_ROLES:
            return (
                _nearest(doc, entities, start, end, PERSON_LABELS, lower)
                or _nearest(doc, entities, start, end, PERSON_LABELS, None, True)
                or itself
            )
        return _nearest(doc, entities, start, end, GROUP_LABELS, lower) or itself
    if end - start == 1 and root.ent_type_ == "PERSON":
        return _fuller_name(doc, entities, start) or itself
    return itself


def _nearest(
    doc: Any,
    entities: Sequence[Any],
    start: int,
    end: int,
    labels: frozenset[str],
    word: str | None,
    ahead_only: bool = False,
) -> str | None:
    """The closest entity before the phrase (else shortly after it) with a fitting label and, if given, word."""

    def fits(entity: Any) -> bool:
        if entity.label_ not in labels:
            return False
        return word is None or word in _mention(entity).lower()

    if not ahead_only:
        for entity in reversed(entities):
            if entity.end <= start and fits(entity):
                return _mention(entity)
    limit = doc[end - 1].idx + LOOKAHEAD_CHARS
    for entity in entities:
        if entity.start >= end and doc[entity.start].idx <= limit and fits(entity):
            return _mention(entity)
    return None


def _fuller_name(doc: Any, entities: Sequence[Any], index: int) -> str | None:
    """ "Caddell" → "Pat Caddell" when an earlier person mention ends with the same word."""
    surname = doc[index].text
    for entity in entities:
        if entity.start >= index:
            break
        if entity.label_ == "PERSON" and len(entity) > 1 and entity[-1].text == surname:
            return _mention(entity)
    return None
