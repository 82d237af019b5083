"""The detector's pure parts: noise stripping, script census, vote merging and language names."""

from __future__ import annotations

import pytest

from bot.language import language_name
from bot.language.cleaning import strip_noise
from bot.language.combine import Vote, allowed_by_letters, best, leaders, ngram_weight, scores
from bot.language.scripts import census, language_of_script, script_confidence


def test_strip_noise_removes_links_addresses_handles_numbers_and_markup() -> None:
    text = (
        "<p>See https://x.com/a?b=1 and lemonde.fr/article on 2024-09-19 at 10:30, 45% &amp; "
        "write to me@example.org or @desk #Արցախ</p>"
    )
    assert strip_noise(text) == "See and on at & write to or Արցախ"


def test_strip_noise_keeps_ordinary_sentences() -> None:
    assert strip_noise("Le ministre a parlé.  Puis il est parti.") == "Le ministre a parlé. Puis il est parti."


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Բարև ձեզ", "hy"),
        ("გამარჯობა", "ka"),
        ("Καλημέρα", "el"),
        ("שלום עולם", "he"),
        ("안녕하세요", "ko"),
        ("สวัสดีครับ", "th"),
        ("வணக்கம்", "ta"),
        ("外交部长表示", "zh"),
        ("外務大臣は述べた", "ja"),
    ],
)
def test_scripts_of_one_language_name_it(text: str, code: str) -> None:
    assert language_of_script(census(text)) == code


@pytest.mark.parametrize("text", ["Hello world", "Привет мир", "مرحبا بالعالم", "नमस्ते दुनिया", ""])
def test_shared_scripts_name_no_language(text: str) -> None:
    assert language_of_script(census(text)) is None


def test_census_counts_letters_per_script_and_finds_the_dominant_one() -> None:
    found = census("NATO Բարև ձեզ 2024!")
    assert found.counts["Latin"] == 4
    assert found.counts["Armenian"] == 7
    assert found.dominant == "Armenian"
    assert found.share("Armenian") == pytest.approx(7 / 11)


def test_a_katakana_name_in_chinese_text_stays_chinese() -> None:
    text = "外交部长表示谈判将于下周在日内瓦继续进行外交部长表示谈判将于下周在日内瓦继续进行" + "トランプ"
    assert language_of_script(census(text)) == "zh"


def test_scores_average_over_the_detectors_that_know_a_language() -> None:
    lingua = Vote({"kk": 0.9, "ru": 0.1}, {"kk", "ru"}, 2.0)
    blind = Vote({"ru": 1.0}, {"ru"}, 1.0)
    merged = scores([lingua, blind])
    assert merged["kk"] == pytest.approx(0.9)
    assert merged["ru"] == pytest.approx((2.0 * 0.1 + 1.0) / 3.0)
    assert best(merged) == ("kk", pytest.approx(0.9))


def test_best_breaks_ties_by_code_and_handles_no_votes() -> None:
    assert best({"sr": 0.5, "bs": 0.5}) == ("bs", 0.5)
    assert best({}) == (None, 0.0)


def test_exclusive_letters_restrict_candidates_and_renormalise() -> None:
    azerbaijani = "Bəziləri yazırlar ki, Şüeyb iki dəfə peyğəmbərliyə seçilib"
    assert allowed_by_letters(azerbaijani) == {"az"}
    assert allowed_by_letters("Cumhurbaşkanı Erdoğan İlham Əliyev ile Ankara'da bir araya geldi") is None
    assert allowed_by_letters("Erdoğan ve Əliyev görüştü") is None
    assert best({"tr": 0.9, "az": 0.1}, frozenset({"az"})) == ("az", 1.0)


def test_one_common_schwa_word_decides_only_against_a_close_relative() -> None:
    azerbaijani = "Breakfast Time verilişi isə 1996-cı ilin ortalarında Fox kanalına keçdi."
    assert allowed_by_letters(azerbaijani, leaders=("tr",)) == {"az"}
    assert allowed_by_letters(azerbaijani, leaders=("tl", "tr")) == {"az"}  # English titles pushed Tagalog up
    assert allowed_by_letters(azerbaijani, leaders=("en", "et")) is None
    assert allowed_by_letters("Erdoğan ve Əliyev Bakü'de görüştü", leaders=("tr",)) is None  # a name, not a word
    assert leaders({"tl": 0.5, "tr": 0.3, "az": 0.2}) == ("tl", "tr")


def test_a_one_language_script_beside_latin_quotes_names_the_language() -> None:
    georgian = "მისი შრომებიდან აღსანიშნავია „The nature of geography“ (1939); „Perspective on the nature of geography“"
    assert language_of_script(census(georgian)) == "ka"
    assert script_confidence(census(georgian), "ka") == pytest.approx(1.0)
    assert language_of_script(census("The Georgian word for peace is მშვიდობა, he wrote in his long letter")) is None


def test_ngram_weight_grows_with_length_up_to_full() -> None:
    assert ngram_weight(0) == 0.0
    assert 0.0 < ngram_weight(50) < ngram_weight(100) < 1.0
    assert ngram_weight(10_000) == 1.0


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("fr", "French"),
        ("hy", "Armenian"),
        ("az", "Azerbaijani"),
        ("ka", "Georgian"),
        ("el", "Modern Greek"),
        ("ms", "Malay"),
        ("FR", "French"),
        ("fas", "Persian"),
    ],
)
def test_language_name_comes_from_iso_639_data(code: str, name: str) -> None:
    assert language_name(code) == name


def test_language_name_of_an_unknown_code_is_the_code() -> None:
    assert language_name("xx") == "xx"
    assert language_name("") == ""
