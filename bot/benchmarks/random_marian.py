"""Random-weight MarianMT models with a real or a freshly trained tokenizer, laid out like an opus-mt download.

Speed and memory depend on the architecture and the vocabulary, not on the weights, so a random model with
the opus-mt base shape and the real opus-mt tokenizer measures what a downloaded model would cost. The tiny
variant (and a SentencePiece model trained in seconds) gives tests and smoke runs the same files to load.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TOKENIZER_FILES = ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json", "special_tokens_map.json")


@dataclass(frozen=True)
class Architecture:
    name: str
    d_model: int
    layers: int
    heads: int
    ffn: int
    init_std: float = 0.02


OPUS_MT_BASE = Architecture("opus-mt base", d_model=512, layers=6, heads=8, ffn=2048)
TINY = Architecture("tiny", d_model=16, layers=1, heads=2, ffn=32, init_std=0.5)


def train_tokenizer(sentences: list[str], directory: Path, vocab_size: int = 300) -> Path:
    """A SentencePiece model trained on `sentences`, written as opus-mt tokenizer files in `directory`.

    Marian's conventions: `</s>` is id 0, `<unk>` 1, the pieces follow (with `extra_tokens` such as `>>fra<<`
    language labels first), and `<pad>` is the last id."""
    import sentencepiece

    directory.mkdir(parents=True, exist_ok=True)
    corpus = directory / "corpus.txt"
    corpus.write_text("\n".join(sentences), encoding="utf-8")
    prefix = directory / "spm"
    sentencepiece.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    return prefix.with_suffix(".model")


def write_tokenizer_files(spm_model: Path, directory: Path, extra_tokens: tuple[str, ...] = ()) -> None:
    import sentencepiece

    processor = sentencepiece.SentencePieceProcessor(model_file=str(spm_model))
    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for piece in [*extra_tokens, *(processor.id_to_piece(i) for i in range(processor.get_piece_size()))]:
        if piece not in vocab and piece not in ("<s>", "<pad>"):
            vocab[piece] = len(vocab)
    vocab["<pad>"] = len(vocab)
    directory.mkdir(parents=True, exist_ok=True)
    for name in ("source.spm", "target.spm"):
        shutil.copyfile(spm_model, directory / name)
    _write_json(directory / "vocab.json", vocab)
    _write_json(directory / "tokenizer_config.json", {"model_max_length": 512, "separate_vocabs": False})
    _write_json(
        directory / "special_tokens_map.json", {"eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>"}
    )


def build_random_marian(tokenizer_dir: Path, directory: Path, architecture: Architecture, seed: int = 0) -> Path:
    """A MarianMTModel with random weights and `tokenizer_dir`'s vocabulary, saved with its tokenizer."""
    import torch
    from transformers import MarianConfig, MarianMTModel

    directory.mkdir(parents=True, exist_ok=True)
    for name in TOKENIZER_FILES:
        if (tokenizer_dir / name).is_file() and tokenizer_dir != directory:
            shutil.copyfile(tokenizer_dir / name, directory / name)
    vocab = json.loads((tokenizer_dir / "vocab.json").read_text(encoding="utf-8"))
    vocab_size = max(vocab.values()) + 1
    pad, eos = vocab["<pad>"], vocab["</s>"]
    options: dict[str, Any] = dict(
        vocab_size=vocab_size,
        decoder_vocab_size=vocab_size,
        d_model=architecture.d_model,
        encoder_layers=architecture.layers,
        decoder_layers=architecture.layers,
        encoder_attention_heads=architecture.heads,
        decoder_attention_heads=architecture.heads,
        encoder_ffn_dim=architecture.ffn,
        decoder_ffn_dim=architecture.ffn,
        max_position_embeddings=512,
        pad_token_id=pad,
        eos_token_id=eos,
        decoder_start_token_id=pad,
        forced_eos_token_id=eos,
        bad_words_ids=[[pad]],
        share_encoder_decoder_embeddings=True,
        scale_embedding=True,
        static_position_embeddings=True,
        init_std=architecture.init_std,
    )
    torch.manual_seed(seed)
    model: Any = MarianMTModel(MarianConfig(**options))
    model.eval().save_pretrained(directory)
    return directory


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
