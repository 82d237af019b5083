"""Local machine translation with MarianMT (Helsinki-NLP opus-mt) models.

`Translator` is what the pipeline uses: it picks the catalog route for a language pair, loads the model
(cached, at most `max_loaded_models` at once), cuts the text into model-sized pieces, translates them in
batches of similar length and reassembles the result with its paragraphs and an alignment of every piece.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from bot.config import Settings
from bot.domain import AlignedSegment, Translation
from bot.errors import UnsupportedLanguage
from bot.translation.backends.base import DecodingOptions, Hypothesis, TranslationModel
from bot.translation.cache import ModelCache, ModelLoader
from bot.translation.catalog import ENGLISH, Catalog, Route, load_catalog
from bot.translation.repetition import collapse_repeats
from bot.translation.segmentation import MAX_CHUNK_TOKENS, Piece, assemble, blocks, length_batches, segment

__all__ = [
    "Catalog",
    "DecodingOptions",
    "Hypothesis",
    "ModelLoader",
    "Route",
    "TranslationModel",
    "Translator",
]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Translator:
    """Thread-safe: worker threads share one instance (and so its loaded models)."""

    def __init__(
        self,
        settings: Settings,
        *,
        loader: ModelLoader | None = None,
        catalog: Catalog | None = None,
        decoding: DecodingOptions | None = None,
        chunk_tokens: int = MAX_CHUNK_TOKENS,
    ) -> None:
        self.settings = settings
        self.catalog = catalog or load_catalog(settings.catalog_path)
        if loader is None:
            from bot.translation.store import ModelStore

            loader = ModelStore(settings, self.catalog).load
        self.decoding = decoding or DecodingOptions(beam_size=settings.beam_size)
        self.chunk_tokens = chunk_tokens
        self.models = ModelCache(loader, settings.max_loaded_models)

    def supports(self, source: str, target: str) -> bool:
        return source == target or self.catalog.route(source, target) is not None

    def source_languages(self) -> list[str]:
        return self.catalog.source_languages()

    def target_languages(self) -> list[str]:
        return self.catalog.target_languages()

    def route(self, source: str, target: str) -> Route:
        route = self.catalog.route(source, target)
        if route is None:
            raise UnsupportedLanguage(_no_route_message(source, target))
        return route

    def translate(self, text: str, source: str, target: str, progress: Progress | None = None) -> Translation:
        """A whole article: paragraphs and line breaks kept, every sentence translated, each aligned."""
        if source == target:
            return _identity(text, source)
        route = self.route(source, target)
        model = self.models.get(route.model)
        [(translated, segments)] = self._translate_documents(model, route, [text], progress)
        return Translation(source, target, text, translated, segments, model=model.name)

    def translate_many(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Short texts (a title, a summary's lines) translated in one batched pass, in order."""
        if source == target or not texts:
            return list(texts)
        route = self.route(source, target)
        model = self.models.get(route.model)
        return [translated for translated, _ in self._translate_documents(model, route, texts, None)]

    def _translate_documents(
        self, model: TranslationModel, route: Route, texts: Sequence[str], progress: Progress | None
    ) -> list[tuple[str, tuple[AlignedSegment, ...]]]:
        doc_blocks, pieces = segment(texts, route.source, model.count_tokens, self.chunk_tokens)
        translations = self._translate_pieces(model, route, pieces, progress)
        per_document: list[tuple[list[Piece], list[str]]] = [([], []) for _ in texts]
        for piece, translated in zip(pieces, translations, strict=True):
            per_document[piece.document][0].append(piece)
            per_document[piece.document][1].append(translated)
        return [
            assemble(layout, mine, outputs, route.target)
            for layout, (mine, outputs) in zip(doc_blocks, per_document, strict=True)
        ]

    def _translate_pieces(
        self, model: TranslationModel, route: Route, pieces: Sequence[Piece], progress: Progress | None
    ) -> list[str]:
        lengths = model.count_tokens([p.text for p in pieces]) if pieces else []
        out = [""] * len(pieces)
        done = 0
        for batch in length_batches(lengths, self.settings.batch_size):
            hypotheses = model.translate_batch(
                [pieces[i].text for i in batch], target_token=route.target_token, options=self.decoding
            )
            longest = max(lengths[i] for i in batch)
            cap = self.decoding.max_length(longest)
            # Reaching the cap only means something when decoding was free to stop earlier; the minimum length
            # applies to the whole batch, as the backends bound the batch by its longest input.
            free_to_stop = cap > self.decoding.min_length(longest)
            for index, hypothesis in zip(batch, hypotheses, strict=True):
                if free_to_stop and hypothesis.tokens >= cap:
                    log.warning(
                        "%s: the translation of a %d-token piece reached the %d-token output cap; "
                        "it may be cut short or looping",
                        model.name,
                        lengths[index],
                        cap,
                    )
                out[index] = collapse_repeats(hypothesis.text.strip())
            done += len(batch)
            if progress is not None:
                progress(done, len(pieces))
        return out


def _identity(text: str, language: str) -> Translation:
    segments = tuple(AlignedSegment(b.span, b.span) for b in blocks(text))
    return Translation(language, language, text, text, segments, model=None)


def _no_route_message(source: str, target: str) -> str:
    if target == ENGLISH:
        return f"Articles in '{source}' cannot be translated yet: no translation model covers that language."
    if source == ENGLISH:
        return f"Summaries cannot be written in '{target}' yet; choose another language."
    return f"There is no translation model from '{source}' to '{target}' (only routes via English exist)."
