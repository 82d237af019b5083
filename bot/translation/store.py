"""Model files on disk: where each catalog model lives under `models_dir`, downloading and converting them.

Layout: `<models_dir>/<name>/` holds the Hugging Face files of `Helsinki-NLP/<name>` (downloaded on first use
unless offline) and `<models_dir>/<name>-ct2-int8/` the CTranslate2 conversion.

With the ctranslate2 backend, a model that is downloaded but not converted is converted on first use (a
few seconds for an opus-mt base model, once): the user asked for the fast backend, and silently running the
4× slower one would be a surprise that only shows as a slow bot. Only if the conversion itself fails does
the store fall back to transformers, with a warning in the log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from bot.config import Settings
from bot.errors import ModelUnavailable
from bot.translation.backends.base import TranslationModel
from bot.translation.catalog import Catalog, load_catalog

log = logging.getLogger(__name__)

WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
DOWNLOAD_PATTERNS = [
    "config.json",
    "generation_config.json",
    "source.spm",
    "target.spm",
    "vocab.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
]
CT2_SUFFIX = "-ct2-int8"


class ModelStore:
    def __init__(self, settings: Settings, catalog: Catalog | None = None) -> None:
        self.settings = settings
        self.catalog = catalog or load_catalog(settings.catalog_path)

    def hf_dir(self, model_id: str) -> Path:
        return self.settings.models_dir / model_id.rsplit("/", 1)[-1]

    def ct2_dir(self, model_id: str) -> Path:
        return self.settings.models_dir / (model_id.rsplit("/", 1)[-1] + CT2_SUFFIX)

    def is_downloaded(self, model_id: str) -> bool:
        directory = self.hf_dir(model_id)
        has_weights = any((directory / name).is_file() for name in WEIGHT_FILES)
        return has_weights and (directory / "config.json").is_file() and (directory / "source.spm").is_file()

    def is_converted(self, model_id: str) -> bool:
        return (self.ct2_dir(model_id) / "model.bin").is_file()

    def load(self, model_id: str) -> TranslationModel:
        """The model ready to translate, with the configured backend; downloads and converts as needed."""
        threads = self.settings.threads
        if self.settings.backend == "ctranslate2":
            from bot.translation.backends.ctranslate2_backend import CTranslate2Model

            if not self.is_converted(model_id):
                self.ensure_downloaded(model_id)
                try:
                    self.convert(model_id)
                except Exception:
                    log.warning("converting %s to CTranslate2 failed; using transformers", model_id, exc_info=True)
                    return self._load_transformers(model_id)
            log.info("loading %s (CTranslate2 int8)", model_id)
            return CTranslate2Model(model_id, self.ct2_dir(model_id), threads)
        self.ensure_downloaded(model_id)
        return self._load_transformers(model_id)

    def _load_transformers(self, model_id: str) -> TranslationModel:
        from bot.translation.backends.transformers_backend import TransformersModel

        log.info("loading %s (transformers)", model_id)
        return TransformersModel(model_id, self.hf_dir(model_id), self.settings.threads)

    def ensure_downloaded(self, model_id: str) -> Path:
        if self.is_downloaded(model_id):
            return self.hf_dir(model_id)
        if self.settings.offline:
            raise ModelUnavailable(
                f"The translation model {model_id} is not downloaded and ATTRIBOT_OFFLINE is set; "
                f"run `{self.fetch_command(model_id)}` where the internet is reachable."
            )
        return self.download(model_id)

    def download(self, model_id: str) -> Path:
        """Fetch only what translation needs: config, tokenizer and one copy of the weights."""
        from huggingface_hub import snapshot_download

        directory = self.hf_dir(model_id)
        log.info("downloading %s into %s", model_id, directory)
        try:
            snapshot_download(model_id, local_dir=directory, allow_patterns=[*DOWNLOAD_PATTERNS, "*.safetensors"])
            if not self.is_downloaded(model_id):
                snapshot_download(model_id, local_dir=directory, allow_patterns=["pytorch_model.bin"])
        except Exception as error:
            raise ModelUnavailable(
                f"The translation model {model_id} could not be downloaded ({type(error).__name__}); "
                f"check the connection and run `{self.fetch_command(model_id)}`."
            ) from error
        if not self.is_downloaded(model_id):
            raise ModelUnavailable(f"The download of {model_id} has no usable weights or tokenizer files.")
        return directory

    def convert(self, model_id: str) -> Path:
        from bot.translation.backends.ctranslate2_backend import convert

        log.info("converting %s to CTranslate2 int8 (once)", model_id)
        return convert(self.hf_dir(model_id), self.ct2_dir(model_id), quantization="int8")

    def fetch_command(self, model_id: str) -> str:
        routes = [r for r in self.catalog.routes if r.model == model_id]
        if not routes:
            return "attribot models fetch"
        route = routes[0]
        return f"attribot models fetch {route.language} --direction {route.direction}"
