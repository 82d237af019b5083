"""The Translator over test-double models: nothing lost, order and layout kept, batching, the model cache."""

from __future__ import annotations

import random
import threading
import time

import pytest

from bot.config import Settings
from bot.errors import UnsupportedLanguage
from bot.translation import Translator
from bot.translation.backends.base import Hypothesis
from bot.translation.cache import ModelCache
from tests.support.translation import TaggedLoader, TaggedModel, make_translator, tag


def article(paragraphs: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    vocabulary = [
        "le",
        "ministre",
        "a",
        "déclaré",
        "que",
        "la",
        "guerre",
        "était",
        "finie",
        "selon",
        "les",
        "autorités",
        "locales",
        "hier",
        "soir",
    ]
    out = []
    for _ in range(paragraphs):
        sentences = [sentence(rng, vocabulary) for _ in range(rng.randint(1, 6))]
        out.append(" ".join(sentences))
    return "\n\n".join(out)


def sentence(rng: random.Random, vocabulary: list[str]) -> str:
    """Random words, never the same twice in a row (the repetition guard would rightly collapse a run)."""
    chosen = [rng.choice(vocabulary)]
    while len(chosen) < rng.randint(5, 25):
        chosen.append(rng.choice([w for w in vocabulary if w != chosen[-1]]))
    return " ".join(chosen).capitalize() + "."


def test_every_paragraph_of_a_5000_word_article_is_translated(settings: Settings) -> None:
    text = article(300)
    while len(text.split()) < 5000:
        text += "\n\n" + article(20, seed=len(text))
    translation = make_translator(settings).translate(text, "fr", "en")
    source_paragraphs = text.split("\n\n")
    target_paragraphs = translation.text.split("\n\n")
    assert len(target_paragraphs) == len(source_paragraphs)
    for source, target in zip(source_paragraphs, target_paragraphs, strict=True):
        assert target.replace(tag("fr", "en"), "") == source
    assert translation.model == "test/tagged-fr-en"


def test_segments_align_source_and_translation(settings: Settings) -> None:
    text = "Le président a parlé.  Il a dit non.\n\nDeuxième paragraphe, un peu plus long.\nUne ligne."
    translation = make_translator(settings).translate(text, "fr", "en")
    assert translation.text == (
        "[fr>en] Le président a parlé. [fr>en] Il a dit non.\n\n"
        "[fr>en] Deuxième paragraphe, un peu plus long.\n[fr>en] Une ligne."
    )
    for segment in translation.segments:
        source = text[segment.source.start : segment.source.end]
        target = translation.text[segment.target.start : segment.target.end]
        assert target == tag("fr", "en") + source


def test_batches_sorted_by_length_and_order_restored(settings: Settings) -> None:
    loader = TaggedLoader()
    translator = make_translator(settings.with_overrides(batch_size=3), loader=loader)
    lines = [" ".join(f"mot{j}" for j in range(n)) + f" {i}." for i, n in enumerate([3, 30, 4, 29, 5, 28, 1])]
    out = translator.translate_many(lines, "de", "en")
    assert out == [tag("de", "en") + line for line in lines]
    batches = loader.models["test/tagged-de-en"].batches
    assert [len(b) for b in batches] == [3, 3, 1]
    assert all(len(line.split()) >= 28 for line in batches[0])


def test_translate_many_keeps_multi_sentence_units_together(settings: Settings) -> None:
    out = make_translator(settings).translate_many(["Un titre", "Deux phrases. Ici."], "en", "fr")
    assert out == ["[en>fr] Un titre", "[en>fr] Deux phrases. [en>fr] Ici."]


def test_progress_reports_every_piece(settings: Settings) -> None:
    calls: list[tuple[int, int]] = []
    make_translator(settings.with_overrides(batch_size=2)).translate(
        "Il pleut. Le vent souffle. La mer monte.\n\nLe port ferme. Les bateaux restent.",
        "fr",
        "en",
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(2, 5), (4, 5), (5, 5)]


def test_supports_and_identity(settings: Settings) -> None:
    translator = make_translator(settings, pairs=[("fr", "en")])
    assert translator.supports("fr", "en")
    assert translator.supports("en", "en")
    assert not translator.supports("en", "fr")
    assert translator.source_languages() == ["en", "fr"]
    same = translator.translate("Hello.\n\nWorld.", "en", "en")
    assert same.text == "Hello.\n\nWorld." and len(same.segments) == 2
    assert translator.translate_many(["x"], "en", "en") == ["x"]


def test_unknown_route_is_a_friendly_error(settings: Settings) -> None:
    translator = make_translator(settings, pairs=[("fr", "en")])
    with pytest.raises(UnsupportedLanguage, match="'xx'"):
        translator.translate("Texte.", "xx", "en")
    with pytest.raises(UnsupportedLanguage, match="Summaries cannot be written in 'ja'"):
        translator.translate_many(["Text."], "en", "ja")


def test_empty_and_blank_input(settings: Settings) -> None:
    translator = make_translator(settings)
    assert translator.translate("", "fr", "en").text == ""
    assert translator.translate("  \n\n ", "fr", "en").segments == ()
    assert translator.translate_many([], "fr", "en") == []


def test_cache_evicts_least_recently_used(settings: Settings) -> None:
    loader = TaggedLoader()
    pairs = [("fr", "en"), ("de", "en"), ("es", "en"), ("ru", "en")]
    translator = make_translator(settings.with_overrides(max_loaded_models=3), pairs=pairs, loader=loader)
    for source in ("fr", "de", "es"):
        translator.translate("Un.", source, "en")
    translator.translate("Un.", "fr", "en")  # fr is now the most recent; de the least
    translator.translate("Un.", "ru", "en")
    assert translator.models.loaded() == ["test/tagged-es-en", "test/tagged-fr-en", "test/tagged-ru-en"]
    translator.translate("Un.", "de", "en")
    assert loader.loads.count("test/tagged-de-en") == 2
    assert loader.loads.count("test/tagged-fr-en") == 1


def test_concurrent_requests_load_a_model_once() -> None:
    loads: list[str] = []

    def slow_loader(model_id: str) -> TaggedModel:
        loads.append(model_id)
        time.sleep(0.05)
        return TaggedModel("fr", "en")

    cache = ModelCache(slow_loader, capacity=2)
    results: list[TaggedModel] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("m"))) for _ in range(8)]  # type: ignore[arg-type]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert loads == ["m"]
    assert len({id(r) for r in results}) == 1


def test_translator_without_loader_uses_the_model_store(settings: Settings) -> None:
    from bot.translation.store import ModelStore

    translator = Translator(settings)
    assert translator.supports("fr", "en")
    assert isinstance(ModelStore(settings).hf_dir("Helsinki-NLP/opus-mt-fr-en").name, str)


def test_output_reaching_the_length_cap_is_logged(settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    class Runaway(TaggedModel):
        def translate_batch(self, sentences, *, target_token, options):  # type: ignore[no-untyped-def]
            return [Hypothesis(s, tokens=options.max_length(50)) for s in sentences]

    translator = Translator(settings, loader=lambda _id: Runaway("fr", "en"), catalog=make_translator(settings).catalog)
    with caplog.at_level("WARNING"):
        translator.translate("Une phrase courte.", "fr", "en")
    assert "reached the" in caplog.text and "output cap" in caplog.text
