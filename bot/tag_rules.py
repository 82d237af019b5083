"""The English pipeline's attribute ruler, applied with dictionary lookups instead of spaCy's Matcher.

`en_core_web_sm` derives each token's coarse part of speech from its fine tag with an attribute ruler: about 180
patterns ("TAG NN → NOUN", "TAG PRP, LOWER she → PRON", "DEP aux → AUX"). Run through spaCy's generic Matcher
they cost about a seventh of the claims stage; looked up by tag and word, a fifth of that. Every pattern here is
read from the installed pipeline's own ruler, so nothing is retyped; only the attributes attribot reads (POS, and
the TAG and DEP the ruler sets on whitespace) are applied, with the ruler's precedence (a later pattern wins).
MORPH and LEMMA are not set: no stage reads them. A pipeline whose ruler uses a pattern shape this does not know
keeps its ruler.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

# Token attributes a pattern may test, in the order of the per-token tuples `TagRules` matches on.
_ATTRIBUTES = ("TAG", "LOWER", "DEP", "IS_SPACE")
_POSITION = {name: position for position, name in enumerate(_ATTRIBUTES)}
_INDEX_KEYS = (("TAG", "LOWER"), ("TAG",), ("LOWER",), ("DEP",))
APPLIED = ("POS", "TAG", "DEP")
COMPONENT = "attribot_tag_rules"

Condition = tuple[int, str, Any]  # (position in the token tuple, "==" | "in" | "not in", value or values)

__all__ = ["COMPONENT", "TagRules"]


@dataclass(frozen=True)
class _Rule:
    """A pattern of consecutive token conditions, setting `attrs` on the token at `target` ("there is": the
    second token)."""

    order: int
    tokens: tuple[tuple[Condition, ...], ...]
    target: int
    attrs: tuple[tuple[str, str], ...]
    decided_by_index: bool = False  # its only conditions are the ones the index it is filed under checks

    def matches(self, values: Sequence[tuple[object, ...]], at: int) -> bool:
        start = at - self.target
        if start < 0 or start + len(self.tokens) > len(values):
            return False
        return all(_holds(conditions, values[start + offset]) for offset, conditions in enumerate(self.tokens))


def _holds(conditions: tuple[Condition, ...], values: tuple[object, ...]) -> bool:
    for position, operator, expected in conditions:
        value = values[position]
        if operator == "==" and value != expected:
            return False
        if operator == "in" and value not in expected:
            return False
        if operator == "not in" and value in expected:
            return False
    return True


class TagRules:
    """The ruler's POS/TAG/DEP rules, indexed by the fine tag (and word) their target token requires, so each
    token checks only the few rules that can apply to it."""

    def __init__(self, rules: Iterable[_Rule]) -> None:
        # Each rule is filed under the most selective attributes its target token lists values for.
        self._index: dict[tuple[str, ...], dict[tuple[object, ...], list[_Rule]]] = {key: {} for key in _INDEX_KEYS}
        self._unindexed: list[_Rule] = []
        for rule in rules:
            for keys in _INDEX_KEYS:
                allowed = [_values(rule, key) for key in keys]
                if all(values is not None for values in allowed):
                    rule = replace(rule, decided_by_index=_only_conditions_on(rule, keys))
                    for combination in itertools.product(*(values for values in allowed if values is not None)):
                        self._index[keys].setdefault(combination, []).append(rule)
                    break
            else:
                self._unindexed.append(rule)

    @classmethod
    def from_ruler(cls, ruler: Any) -> TagRules | None:
        """The rules of a spaCy AttributeRuler, or None when one of its patterns has a shape not handled here
        (the ruler is then kept as it is)."""
        rules = []
        for order, pattern in enumerate(ruler.patterns):
            attrs = tuple((key, value) for key, value in pattern["attrs"].items() if key in APPLIED)
            if not attrs:
                continue  # sets only MORPH or LEMMA
            if len(pattern["patterns"]) != 1 or not pattern["patterns"][0]:
                return None
            tokens = [_conditions(token) for token in pattern["patterns"][0]]
            if any(conditions is None for conditions in tokens):
                return None
            target = pattern["index"] % len(tokens)
            rules.append(_Rule(order, tuple(c for c in tokens if c is not None), target, attrs))
        return cls(rules)

    def __call__(self, doc: Any) -> Any:
        """Set the attributes on every token of `doc`, as the ruler would: all patterns are matched on the
        tokens as they were, then applied in pattern order (a later pattern wins)."""
        values = [(token.tag_, token.lower_, token.dep_, token.is_space) for token in doc]
        changes = []
        for at, token_values in enumerate(values):
            final: dict[str, tuple[int, str]] = {}
            tag, lower, dep, _ = token_values
            groups = (
                self._index[_INDEX_KEYS[0]].get((tag, lower), ()),
                self._index[_INDEX_KEYS[1]].get((tag,), ()),
                self._index[_INDEX_KEYS[2]].get((lower,), ()),
                self._index[_INDEX_KEYS[3]].get((dep,), ()),
                self._unindexed,
            )
            for group in groups:
                for rule in group:
                    if rule.decided_by_index or rule.matches(values, at):
                        for key, value in rule.attrs:
                            if key not in final or final[key][0] < rule.order:
                                final[key] = (rule.order, value)
            if final:
                changes.append((at, final))
        for at, final in changes:
            token = doc[at]
            for key, (_, value) in final.items():
                setattr(token, key.lower() + "_", value)
        return doc


def _only_conditions_on(rule: _Rule, keys: tuple[str, ...]) -> bool:
    positions = {_POSITION[key] for key in keys}
    conditions = rule.tokens[rule.target]
    return len(rule.tokens) == 1 and all(pos in positions and op != "not in" for pos, op, _ in conditions)


def _values(rule: _Rule, key: str) -> tuple[object, ...] | None:
    """The values a rule allows for `key` on its target token when it lists them (equality or IN), else None."""
    for position, operator, expected in rule.tokens[rule.target]:
        if position == _POSITION[key] and operator == "==":
            return (expected,)
        if position == _POSITION[key] and operator == "in":
            return tuple(expected)
    return None


def _conditions(token_pattern: dict[str, Any]) -> tuple[Condition, ...] | None:
    conditions: list[Condition] = []
    for key, value in token_pattern.items():
        if key not in _POSITION:
            return None
        position = _POSITION[key]
        if not isinstance(value, dict):
            conditions.append((position, "==", value))
        elif set(value) == {"IN"}:
            conditions.append((position, "in", frozenset(value["IN"])))
        elif set(value) == {"NOT_IN"}:
            conditions.append((position, "not in", frozenset(value["NOT_IN"])))
        else:
            return None
    return tuple(conditions)
