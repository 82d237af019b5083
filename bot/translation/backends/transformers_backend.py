"""MarianMT through transformers (PyTorch, fp32): the reference implementation the faster backend is checked
against, and the fallback where CTranslate2 cannot be used."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.translation.backends.base import DecodingOptions, Hypothesis
from bot.translation.backends.marian_tokenizer import count_tokens, load_tokenizer, with_target_token


class TransformersModel:
    def __init__(self, name: str, directory: Path, threads: int) -> None:
        import torch
        from transformers import MarianMTModel

        torch.set_num_threads(threads)
        self._name = name
        self.tokenizer = load_tokenizer(directory)
        model: Any = MarianMTModel.from_pretrained(str(directory))
        self.model = model.eval()

    @property
    def name(self) -> str:
        return self._name

    def count_tokens(self, sentences: Sequence[str]) -> list[int]:
        return count_tokens(self.tokenizer, sentences)

    def translate_batch(
        self, sentences: Sequence[str], *, target_token: str | None, options: DecodingOptions
    ) -> list[Hypothesis]:
        import torch

        if not sentences:
            return []
        inputs = self.tokenizer(
            with_target_token(sentences, target_token), return_tensors="pt", padding=True, truncation=False
        )
        longest = int(inputs["attention_mask"].sum(dim=1).max())
        with torch.inference_mode():
            output = self.model.generate(
                **inputs,
                num_beams=options.beam_size,
                do_sample=False,
                max_new_tokens=options.max_length(longest) + 1,  # transformers counts the end token
                min_new_tokens=options.min_length(longest),
                no_repeat_ngram_size=options.no_repeat_ngram_size,
                repetition_penalty=options.repetition_penalty,
            )
        generated = output[:, 1:]  # drop the decoder start token
        special = torch.tensor(self.tokenizer.all_special_ids)
        produced = (~torch.isin(generated, special)).sum(dim=1).tolist()
        texts = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
        return [Hypothesis(text, int(n)) for text, n in zip(texts, produced, strict=True)]
