"""Real code paths on a tiny random-weight Marian model: loading from a models directory laid out like a
download, both backends, conversion to CTranslate2, the offline error, and the CLI commands.

The model's output is gibberish; the tests check structure (layout, alignment, files, errors) and that the two
backends agree token for token, which they must: same fp32 weights, greedy argmax decoding.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from bot import cli
from bot.config import Settings
from bot.errors import ModelUnavailable
from bot.translation import DecodingOptions, Translator
from bot.translation.backends.ctranslate2_backend import CTranslate2Model, convert
from bot.translation.backends.transformers_backend import TransformersModel
from bot.translation.catalog import Catalog, Route
from bot.translation.store import ModelStore
from tests.support.marian import build_tiny_marian, train_sentencepiece

MODEL_ID = "Helsinki-NLP/opus-mt-fr-en"
FR_EN = Catalog.from_routes([Route("fr", "en", MODEL_ID, "test BLEU 1.0")])
TEXT = (
    "Le président a déclaré hier que la guerre était finie. La paix, selon le ministre, est proche.\n\n"
    "Un soldat a dit : nous rentrons demain.\nLa ville est calme.\n\n"
    "Dernier paragraphe."
)
SENTENCES = [
    "Le président a déclaré hier que la guerre était finie.",
    "La paix, selon le ministre, est proche.",
    "Un soldat a dit : nous rentrons demain.",
    "La ville est calme.",
    "Les négociations continuent dans la région.",
    "Le porte-parole de l'armée annonce une conférence.",
    "Hier soir, une attaque contre la frontière.",
    "Paix.",
]
GREEDY = DecodingOptions(beam_size=1, no_repeat_ngram_size=0)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny-marian")
    spm = train_sentencepiece(root / "spm")
    return build_tiny_marian(root / "opus-mt-fr-en", spm)


@pytest.fixture(scope="session")
def tiny_fp32_ct2(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return convert(tiny_model, tmp_path_factory.mktemp("ct2") / "fp32", quantization=None)


def install(tiny_model: Path, settings: Settings, name: str = "opus-mt-fr-en") -> Path:
    target = settings.models_dir / name
    shutil.copytree(tiny_model, target)
    return target


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_translates_with_layout_and_alignment(tiny_model: Path, settings: Settings, backend: str) -> None:
    install(tiny_model, settings)
    translator = Translator(settings.with_overrides(backend=backend, beam_size=2), catalog=FR_EN)
    translation = translator.translate(TEXT, "fr", "en")
    assert translation.model == MODEL_ID
    assert len(translation.text.split("\n\n")) == 3
    assert translation.text.split("\n\n")[1].count("\n") == 1
    assert len(translation.segments) == 5
    for segment in translation.segments:
        assert TEXT[segment.source.start : segment.source.end].strip()
        assert 0 <= segment.target.start <= segment.target.end <= len(translation.text)


def test_ctranslate2_conversion_happens_once_on_first_use(tiny_model: Path, settings: Settings) -> None:
    install(tiny_model, settings)
    store = ModelStore(settings, FR_EN)
    assert not store.is_converted(MODEL_ID)
    model = store.load(MODEL_ID)
    assert isinstance(model, CTranslate2Model)
    converted = store.ct2_dir(MODEL_ID) / "model.bin"
    assert converted.is_file() and (store.ct2_dir(MODEL_ID) / "source.spm").is_file()
    stamp = converted.stat().st_mtime_ns
    shutil.rmtree(store.hf_dir(MODEL_ID))  # the conversion is self-contained
    assert isinstance(ModelStore(settings, FR_EN).load(MODEL_ID), CTranslate2Model)
    assert converted.stat().st_mtime_ns == stamp


def test_offline_missing_model_names_the_fetch_command(settings: Settings) -> None:
    translator = Translator(settings, catalog=FR_EN)
    with pytest.raises(ModelUnavailable, match=r"opus-mt-fr-en.*attribot models fetch fr --direction into-en"):
        translator.translate("Bonjour.", "fr", "en")


def test_backends_agree_token_for_token(tiny_model: Path, tiny_fp32_ct2: Path) -> None:
    reference = TransformersModel(MODEL_ID, tiny_model, threads=1)
    fast = CTranslate2Model(MODEL_ID, tiny_fp32_ct2, threads=1)
    assert reference.count_tokens(SENTENCES) == fast.count_tokens(SENTENCES)
    expected = reference.translate_batch(SENTENCES, target_token=None, options=GREEDY)
    got = fast.translate_batch(SENTENCES, target_token=None, options=GREEDY)
    assert [h.text for h in got] == [h.text for h in expected]
    assert any(h.text.strip() for h in got)


def test_output_length_is_capped_relative_to_input(tiny_model: Path) -> None:
    model = TransformersModel(MODEL_ID, tiny_model, threads=1)
    options = DecodingOptions(beam_size=1, max_length_ratio=1.0, max_length_margin=0, min_length_ratio=1.0)
    [hypothesis] = model.translate_batch(["La guerre est finie."], target_token=None, options=options)
    assert hypothesis.tokens == model.count_tokens(["La guerre est finie."])[0]


def test_no_repeat_ngram_guard_reaches_the_decoder(tiny_fp32_ct2: Path) -> None:
    model = CTranslate2Model(MODEL_ID, tiny_fp32_ct2, threads=1)
    sentence = ["Le président a déclaré hier que la guerre était finie."]
    tripled = re.compile(r"(.{3,})\1\1")

    def output(no_repeat_ngram_size: int) -> str:
        options = DecodingOptions(beam_size=1, no_repeat_ngram_size=no_repeat_ngram_size)
        return model.translate_batch(sentence, target_token=None, options=options)[0].text

    assert tripled.search(output(0))  # the random model loops, so the guard has something to stop
    assert not tripled.search(output(2))


def test_multi_target_token_is_sent_to_the_model(tiny_model: Path) -> None:
    model = TransformersModel(MODEL_ID, tiny_model, threads=1)
    plain = model.count_tokens(["La paix."])[0]
    tagged = model.count_tokens([">>fra<< La paix."])[0]
    assert tagged == plain + 1


def test_cli_models_list_convert_and_translate(
    tiny_model: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install(tiny_model, settings, name="opus-mt-tc-big-fr-en")  # where the real catalog's fr→en route looks
    monkeypatch.setenv("ATTRIBOT_MODELS_DIR", str(settings.models_dir))
    monkeypatch.setenv("ATTRIBOT_OFFLINE", "1")
    monkeypatch.setenv("ATTRIBOT_BEAM_SIZE", "1")

    assert cli.main(["models", "list", "--direction", "into-en"]) == 0
    listed = capsys.readouterr().out
    [fr_line] = [line for line in listed.splitlines() if " fr " in f" {line} "]
    assert "opus-mt-tc-big-fr-en" in fr_line and "yes" in fr_line.split()

    assert cli.main(["models", "convert", "fr", "--direction", "into-en"]) == 0
    assert (settings.models_dir / "opus-mt-tc-big-fr-en-ct2-int8" / "model.bin").is_file()

    monkeypatch.setattr("sys.stdin", io.StringIO("Bonjour. La guerre est finie.\n\nDeuxième paragraphe."))
    assert cli.main(["translate", "--from", "fr"]) == 0
    assert capsys.readouterr().out.count("\n\n") == 1

    monkeypatch.setattr("sys.stdin", io.StringIO("Texte."))
    assert cli.main(["translate", "--from", "en", "--to", "xx"]) == 2
    assert "Summaries cannot be written in 'xx'" in capsys.readouterr().err
    assert cli.main(["models", "fetch", "fr"]) == 2
    assert "ATTRIBOT_OFFLINE" in capsys.readouterr().err


@pytest.mark.real_models
def test_real_french_model_translates_a_sentence() -> None:
    settings = Settings.from_env().with_overrides(offline=True)
    store = ModelStore(settings)
    model_id = "Helsinki-NLP/opus-mt-tc-big-fr-en"
    if not (store.is_downloaded(model_id) or store.is_converted(model_id)):
        pytest.skip(f"{model_id} is not under {settings.models_dir}; run `attribot models fetch fr`")
    english = Translator(settings).translate("Le chat dort sur le canapé.", "fr", "en").text
    assert "cat" in english.lower()
