"""Loaded models kept in memory, at most a fixed number, the least recently used going first.

A base opus-mt model takes 300 MB (transformers) or 80 MB (CTranslate2 int8); a bot serving many languages
must not keep every model it ever loaded. Loads are serialised per model id, so two threads asking for the
same model load it once, while threads using other, already loaded models are not held up.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable

from bot.translation.backends.base import TranslationModel

log = logging.getLogger(__name__)

ModelLoader = Callable[[str], TranslationModel]
"""Loads a model by its catalog id (e.g. "Helsinki-NLP/opus-mt-fr-en")."""


class ModelCache:
    def __init__(self, loader: ModelLoader, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._loader = loader
        self._capacity = capacity
        self._models: OrderedDict[str, TranslationModel] = OrderedDict()
        self._lock = threading.Lock()
        self._loading: dict[str, threading.Lock] = {}

    def get(self, model_id: str) -> TranslationModel:
        with self._lock:
            model = self._hit(model_id)
            if model is not None:
                return model
            load_lock = self._loading.setdefault(model_id, threading.Lock())
        with load_lock:
            with self._lock:
                model = self._hit(model_id)
                if model is not None:
                    return model
            model = self._loader(model_id)
            with self._lock:
                self._models[model_id] = model
                while len(self._models) > self._capacity:
                    evicted, _ = self._models.popitem(last=False)
                    log.info("unloaded translation model %s (keeping %d)", evicted, self._capacity)
                self._loading.pop(model_id, None)
            return model

    def loaded(self) -> list[str]:
        """Ids of the models in memory, least recently used first."""
        with self._lock:
            return list(self._models)

    def _hit(self, model_id: str) -> TranslationModel | None:
        model = self._models.get(model_id)
        if model is not None:
            self._models.move_to_end(model_id)
        return model
