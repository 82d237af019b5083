"""A last check on model output: collapse a phrase the decoder repeated over and over.

Decoding already blocks repeated n-grams, but a model can still loop on a short phrase ("the war, the war, the
war …"), and one such loop turns a sentence into noise. A phrase of up to `MAX_NGRAM` words repeated
`MIN_REPEATS` or more times in a row is kept once; legitimate doubling ("very, very") is left alone.
Words compare without case and trailing punctuation.
"""

from __future__ import annotations

MAX_NGRAM = 8
MIN_REPEATS = 4


def collapse_repeats(text: str, max_ngram: int = MAX_NGRAM, min_repeats: int = MIN_REPEATS) -> str:
    words = text.split()
    if len(words) < min_repeats:
        return text
    out: list[str] = []
    changed = False
    i = 0
    while i < len(words):
        size, repeats = _longest_run(words, i, max_ngram, min_repeats)
        if size:
            # The first copy's words, ending as the last copy ends: its punctuation joins what follows.
            end = i + size * repeats
            out.extend([*words[i : i + size - 1], words[end - 1]])
            i = end
            changed = True
        else:
            out.append(words[i])
            i += 1
    return " ".join(out) if changed else text


def _longest_run(words: list[str], start: int, max_ngram: int, min_repeats: int) -> tuple[int, int]:
    """(n-gram size, repetitions) of the shortest phrase starting at `start` repeated at least `min_repeats`
    times in a row, or (0, 0)."""
    for size in range(1, max_ngram + 1):
        if start + size * min_repeats > len(words):
            break
        gram = [_key(w) for w in words[start : start + size]]
        repeats = 1
        while [_key(w) for w in words[start + size * repeats : start + size * (repeats + 1)]] == gram:
            repeats += 1
        if repeats >= min_repeats:
            return size, repeats
    return 0, 0


def _key(word: str) -> str:
    """Compare words without case and trailing punctuation: "war, war, war." repeats "war"."""
    return word.lower().rstrip(".,;:!?")
