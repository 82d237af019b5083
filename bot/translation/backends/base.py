"""The one interface every translation model implements: transformers, CTranslate2 and the test doubles.

The translator above it only deals in sentences: it segments, chunks and batches, and asks a model to count
tokens (so chunks stay under the model's limit) and to translate one batch with explicit decoding options.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

MODEL_MAX_TOKENS = 512
"""Marian models have 512 positions; an input or output past that is cut off, so nothing may get near it."""


@dataclass(frozen=True)
class DecodingOptions:
    """How a batch is decoded.

    Output length is bounded relative to the longest input of the batch (`max_length_ratio` × tokens +
    `max_length_margin`, never above `MODEL_MAX_TOKENS`): a sentence cannot legitimately triple in length, and
    the bound stops a degenerate loop early. `min_length_ratio` is 0 in normal use; benchmarks set it equal to
    `max_length_ratio` (margin 0) so every sentence decodes to a fixed length whatever the weights say.
    """

    beam_size: int = 4
    max_length_ratio: float = 1.5
    max_length_margin: int = 10
    min_length_ratio: float = 0.0
    no_repeat_ngram_size: int = 8
    repetition_penalty: float = 1.0

    def max_length(self, input_tokens: int) -> int:
        return min(MODEL_MAX_TOKENS, math.ceil(self.max_length_ratio * input_tokens) + self.max_length_margin)

    def min_length(self, input_tokens: int) -> int:
        return min(self.max_length(input_tokens), math.ceil(self.min_length_ratio * input_tokens))


@dataclass(frozen=True)
class Hypothesis:
    """One translated sentence and the number of target tokens the model produced (for throughput)."""

    text: str
    tokens: int


class TranslationModel(Protocol):
    """A loaded translation model. Implementations must allow calls from several threads at once."""

    @property
    def name(self) -> str:
        """The model id (or a test double's name), shown in logs and stored in `Translation.model`."""
        ...

    def count_tokens(self, sentences: Sequence[str]) -> list[int]:
        """Source tokens per sentence as the model sees them, end-of-sentence token included."""
        ...

    def translate_batch(
        self, sentences: Sequence[str], *, target_token: str | None, options: DecodingOptions
    ) -> list[Hypothesis]:
        """Translate sentences, one hypothesis each in the same order; `target_token` is a multi-target
        model's `>>xxx<<` language token, prepended to each sentence."""
        ...
