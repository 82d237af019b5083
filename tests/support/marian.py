"""Tiny random-weight Marian models laid out exactly like downloaded opus-mt models, for weightless tests.

A SentencePiece model is trained on a few hundred generated sentences (seconds), the vocabulary and tokenizer
files are written the way Hugging Face ships opus-mt, and a MarianMTModel with a 16-wide, 1-layer transformer
and seeded random weights is saved beside them (the builder the benchmarks use). Outputs are gibberish but
deterministic, which is all tests of loading, chunking, batching, conversion and backend parity need.
"""

from __future__ import annotations

import random
from pathlib import Path

from bot.benchmarks.random_marian import TINY, build_random_marian, train_tokenizer, write_tokenizer_files

TARGET_TOKENS = (">>fra<<", ">>deu<<", ">>rus<<")
"""Language tokens put in the vocabulary, so a tiny model can stand in for a multi-target model."""

_VOCABULARY = (
    "le la les un une des président ministre gouvernement armée accord paix guerre ville pays frontière "
    "a dit déclaré selon affirme annonce hier aujourd'hui demain contre pour avec sans dans sur sous "
    "réunion conférence presse région conflit négociation victime soldat civil attaque défense porte-parole "
    "the a said told according to minister president government army peace war city country border "
    "and or but not new old first last long short high low good bad many few all some"
)
_WORDS = _VOCABULARY.split()


def training_sentences(count: int = 400, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    sentences = []
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(4, 18))]
        sentences.append(" ".join(words).capitalize() + rng.choice([".", "!", "?", ", puis.", " ; enfin."]))
    return sentences


def train_sentencepiece(directory: Path, vocab_size: int = 300) -> Path:
    """A unigram SentencePiece model trained on generated sentences."""
    return train_tokenizer(training_sentences(), directory, vocab_size)


def build_tiny_marian(directory: Path, spm_model: Path, seed: int = 0) -> Path:
    """A random-weight tiny MarianMTModel saved with its tokenizer in `directory`, like a snapshot download."""
    write_tokenizer_files(spm_model, directory, TARGET_TOKENS)
    return build_random_marian(directory, directory, TINY, seed)
