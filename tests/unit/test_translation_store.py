"""The model store's decisions, with the network and the heavy backends replaced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.errors import ModelUnavailable
from bot.translation.catalog import Catalog, Route
from bot.translation.store import ModelStore

MODEL = "Helsinki-NLP/opus-mt-tc-big-fr-en"
CATALOG = Catalog.from_routes([Route("fr", "en", MODEL, "BLEU 46.0")])


def fake_snapshot(files: tuple[str, ...]) -> Any:
    calls: list[list[str]] = []

    def snapshot_download(repo_id: str, *, local_dir: Path, allow_patterns: list[str]) -> str:
        assert repo_id == MODEL
        calls.append(allow_patterns)
        Path(local_dir).mkdir(parents=True, exist_ok=True)
        for name in files:
            if any(Path(name).match(pattern) for pattern in allow_patterns):
                (Path(local_dir) / name).write_text("x")
        return str(local_dir)

    snapshot_download.calls = calls  # type: ignore[attr-defined]
    return snapshot_download


def online(settings: Settings) -> ModelStore:
    return ModelStore(settings.with_overrides(offline=False), CATALOG)


def test_download_fetches_only_what_translation_needs(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = (
        "config.json",
        "source.spm",
        "target.spm",
        "vocab.json",
        "pytorch_model.bin",
        "tf_model.h5",
        "rust_model.ot",
    )
    fake = fake_snapshot(repo)
    monkeypatch.setattr("huggingface_hub.snapshot_download", fake)
    store = online(settings)
    store.download(MODEL)
    present = sorted(p.name for p in store.hf_dir(MODEL).iterdir())
    assert present == ["config.json", "pytorch_model.bin", "source.spm", "target.spm", "vocab.json"]
    assert len(fake.calls) == 2  # safetensors first; the .bin only because there was none
    assert store.is_downloaded(MODEL)


def test_failed_download_names_the_model_and_the_command(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    def unreachable(*_args: object, **_kwargs: object) -> str:
        raise OSError("network is unreachable")

    monkeypatch.setattr("huggingface_hub.snapshot_download", unreachable)
    with pytest.raises(ModelUnavailable, match=r"opus-mt-tc-big-fr-en could not be downloaded \(OSError\).*fetch fr"):
        online(settings).download(MODEL)


def test_offline_store_never_downloads(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("huggingface_hub.snapshot_download", fake_snapshot(()))
    with pytest.raises(ModelUnavailable, match="ATTRIBOT_OFFLINE"):
        ModelStore(settings, CATALOG).ensure_downloaded(MODEL)


def test_failed_conversion_falls_back_to_transformers(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    store = ModelStore(settings, CATALOG)
    for name in ("config.json", "source.spm", "model.safetensors"):
        store.hf_dir(MODEL).mkdir(parents=True, exist_ok=True)
        (store.hf_dir(MODEL) / name).write_text("x")

    def broken(_model_id: str) -> Path:
        raise RuntimeError("converter does not support this model")

    loaded: list[Path] = []
    sentinel = object()

    def fake_transformers(name: str, directory: Path, threads: int) -> object:
        loaded.append(directory)
        return sentinel

    monkeypatch.setattr(store, "convert", broken)
    monkeypatch.setattr("bot.translation.backends.transformers_backend.TransformersModel", fake_transformers)
    with caplog.at_level("WARNING"):
        assert store.load(MODEL) is sentinel
    assert loaded == [store.hf_dir(MODEL)]
    assert "converting Helsinki-NLP/opus-mt-tc-big-fr-en to CTranslate2 failed" in caplog.text


def test_layout_names(settings: Settings) -> None:
    store = ModelStore(settings, CATALOG)
    assert store.hf_dir(MODEL) == settings.models_dir / "opus-mt-tc-big-fr-en"
    assert store.ct2_dir(MODEL) == settings.models_dir / "opus-mt-tc-big-fr-en-ct2-int8"
    assert store.fetch_command(MODEL) == "attribot models fetch fr --direction into-en"
