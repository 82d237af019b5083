"""Translation test doubles: a model that tags sentences instead of translating them, and a real `Translator`
wired to it, so tests of the pipeline and the bot run without weights and can still see what was translated.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

from bot.config import Settings
from bot.translation import Translator
from bot.translation.backends.base import DecodingOptions, Hypothesis
from bot.translation.catalog import Catalog, Route

DEFAULT_PAIRS: tuple[tuple[str, str], ...] = (
    ("fr", "en"),
    ("de", "en"),
    ("es", "en"),
    ("ru", "en"),
    ("en", "fr"),
    ("en", "de"),
    ("en", "ru"),
)


def tag(source: str, target: str) -> str:
    """The prefix `TaggedModel` puts before every sentence it "translates"."""
    return f"[{source}>{target}] "


def tagged_model_id(source: str, target: str) -> str:
    return f"test/tagged-{source}-{target}"


class TaggedModel:
    """Implements `TranslationModel`: each sentence comes back as "[xx>yy] " + the sentence, so a test can
    tell which route translated it and check that nothing was lost or reordered. Tokens are whitespace words
    plus an end-of-sentence token. Every batch it receives is recorded in `batches`."""

    def __init__(self, source: str, target: str) -> None:
        self.source = source
        self.target = target
        self.batches: list[list[str]] = []
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return tagged_model_id(self.source, self.target)

    def count_tokens(self, sentences: Sequence[str]) -> list[int]:
        return [len(s.split()) + 1 for s in sentences]

    def translate_batch(
        self, sentences: Sequence[str], *, target_token: str | None, options: DecodingOptions
    ) -> list[Hypothesis]:
        with self._lock:
            self.batches.append(list(sentences))
        prefix = tag(self.source, self.target)
        return [Hypothesis(prefix + s, tokens=len(s.split()) + 1) for s in sentences]


class TaggedLoader:
    """A `ModelLoader` for `test/tagged-xx-yy` ids; remembers the models it made and how often it loaded."""

    def __init__(self) -> None:
        self.models: dict[str, TaggedModel] = {}
        self.loads: list[str] = []

    def __call__(self, model_id: str) -> TaggedModel:
        source, target = model_id.removeprefix("test/tagged-").split("-")
        self.loads.append(model_id)
        model = TaggedModel(source, target)
        self.models[model_id] = model
        return model


def tagged_catalog(pairs: Iterable[tuple[str, str]] = DEFAULT_PAIRS) -> Catalog:
    return Catalog.from_routes(
        Route(source=s, target=t, model=tagged_model_id(s, t), score="test double") for s, t in pairs
    )


def make_translator(
    settings: Settings, pairs: Iterable[tuple[str, str]] = DEFAULT_PAIRS, loader: TaggedLoader | None = None
) -> Translator:
    """A real `Translator` (segmentation, batching, cache) whose models are `TaggedModel`s for `pairs`."""
    return Translator(settings, loader=loader or TaggedLoader(), catalog=tagged_catalog(pairs))
