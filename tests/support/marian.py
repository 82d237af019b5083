"""Tiny random-weight Marian models laid out exactly like downloaded opus-mt models, for weightless tests.

A SentencePiece model is trained on a few hundred generated sentences (seconds), the vocabulary and tokenizer
files are written the way Hugging Face ships opus-mt, and a MarianMTModel with a 16-wide, 1-layer transformer
and seeded random weights is saved beside them. Outputs are gibberish but deterministic, which is all tests of
loading, chunking, batching, conversion and backend parity need.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

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
    """A unigram SentencePiece model at `directory/spm.model`, trained on generated sentences."""
    import sentencepiece

    directory.mkdir(parents=True, exist_ok=True)
    corpus = directory / "corpus.txt"
    corpus.write_text("\n".join(training_sentences()), encoding="utf-8")
    sentencepiece.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(directory / "spm"),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    return directory / "spm.model"


def write_tokenizer(directory: Path, spm_model: Path) -> int:
    """source.spm, target.spm, vocab.json and tokenizer_config.json as opus-mt has them; returns vocab size.

    Marian's convention: `</s>` is 0, `<unk>` 1, the pieces follow, and `<pad>` is the last id."""
    import sentencepiece

    processor = sentencepiece.SentencePieceProcessor(model_file=str(spm_model))
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for piece in [*TARGET_TOKENS, *pieces]:
        if piece not in vocab and piece not in ("<s>", "<pad>"):
            vocab[piece] = len(vocab)
    vocab["<pad>"] = len(vocab)
    directory.mkdir(parents=True, exist_ok=True)
    data = spm_model.read_bytes()
    (directory / "source.spm").write_bytes(data)
    (directory / "target.spm").write_bytes(data)
    (directory / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    config = {"model_max_length": 512, "separate_vocabs": False, "source_lang": "src", "target_lang": "tgt"}
    (directory / "tokenizer_config.json").write_text(json.dumps(config), encoding="utf-8")
    special = {"eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>"}
    (directory / "special_tokens_map.json").write_text(json.dumps(special), encoding="utf-8")
    return len(vocab)


def build_tiny_marian(directory: Path, spm_model: Path, seed: int = 0, layers: int = 1) -> Path:
    """A random-weight MarianMTModel saved with its tokenizer in `directory`, like a snapshot download."""
    import torch
    from transformers import MarianConfig, MarianMTModel

    vocab_size = write_tokenizer(directory, spm_model)
    pad = vocab_size - 1
    options: dict[str, Any] = dict(
        vocab_size=vocab_size,
        decoder_vocab_size=vocab_size,
        d_model=16,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_position_embeddings=512,
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
        bad_words_ids=[[pad]],
        share_encoder_decoder_embeddings=True,
        scale_embedding=True,
        static_position_embeddings=True,
        init_std=0.5,
    )
    torch.manual_seed(seed)
    model: Any = MarianMTModel(MarianConfig(**options))
    model.eval()
    model.save_pretrained(directory)
    return directory
