"""The opus-mt tokenizer, shared by both backends so they see exactly the same tokens."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def load_tokenizer(directory: Path) -> Any:
    from transformers import MarianTokenizer

    return MarianTokenizer.from_pretrained(str(directory))


def with_target_token(sentences: Sequence[str], target_token: str | None) -> list[str]:
    """Multi-target models read the wanted language from a `>>xxx<<` token at the start of the input."""
    if not target_token:
        return list(sentences)
    return [f"{target_token} {s}" for s in sentences]


def count_tokens(tokenizer: Any, sentences: Sequence[str]) -> list[int]:
    if not sentences:
        return []
    encoded = tokenizer(list(sentences), add_special_tokens=True)["input_ids"]
    return [len(ids) for ids in encoded]
