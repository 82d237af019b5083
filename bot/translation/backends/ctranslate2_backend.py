"""MarianMT converted to CTranslate2 (int8 by default): the fast CPU backend, attribot's default.

The converted directory carries copies of the tokenizer files, so it works without the original weights."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.translation.backends.base import DecodingOptions, Hypothesis
from bot.translation.backends.marian_tokenizer import count_tokens, load_tokenizer, with_target_token

TOKENIZER_FILES = (
    "source.spm",
    "target.spm",
    "vocab.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
)


class CTranslate2Model:
    def __init__(self, name: str, directory: Path, threads: int) -> None:
        import ctranslate2

        self._name = name
        self.tokenizer = load_tokenizer(directory)
        self.translator: Any = ctranslate2.Translator(
            str(directory), device="cpu", compute_type="default", inter_threads=1, intra_threads=threads
        )

    @property
    def name(self) -> str:
        return self._name

    def count_tokens(self, sentences: Sequence[str]) -> list[int]:
        return count_tokens(self.tokenizer, sentences)

    def translate_batch(
        self, sentences: Sequence[str], *, target_token: str | None, options: DecodingOptions
    ) -> list[Hypothesis]:
        if not sentences:
            return []
        encoded = self.tokenizer(with_target_token(sentences, target_token))["input_ids"]
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in encoded]
        longest = max(len(ids) for ids in encoded)
        results = self.translator.translate_batch(
            tokens,
            beam_size=options.beam_size,
            max_input_length=0,  # never truncate: segmentation already keeps pieces under the model's limit
            max_decoding_length=options.max_length(longest),
            min_decoding_length=options.min_length(longest),
            no_repeat_ngram_size=options.no_repeat_ngram_size,
            repetition_penalty=options.repetition_penalty,
        )
        hypotheses = []
        for result in results:
            output = result.hypotheses[0]
            ids = self.tokenizer.convert_tokens_to_ids(output)
            hypotheses.append(Hypothesis(self.tokenizer.decode(ids, skip_special_tokens=True), len(output)))
        return hypotheses


def convert(source: Path, destination: Path, quantization: str | None = "int8") -> Path:
    """Convert a transformers Marian directory to CTranslate2, tokenizer files copied alongside.

    Written to a temporary sibling and renamed, so an interrupted conversion never leaves a half-written model
    that a later load would take for a finished one."""
    import shutil

    from ctranslate2.converters import TransformersConverter

    partial = destination.with_name(destination.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    copy = [name for name in TOKENIZER_FILES if (source / name).is_file()]
    TransformersConverter(str(source), copy_files=copy).convert(str(partial), quantization=quantization, force=True)
    shutil.rmtree(destination, ignore_errors=True)
    partial.rename(destination)
    return destination
