"""The wire-copy dateline, read once for the claim extractor, the relay reader and the side assigner."""

from __future__ import annotations

import pytest

from bot.attribution.datelines import dateline_at, datelines, opening_dateline

HEADLINE = "Talks stall over border\n\n"


@pytest.mark.parametrize(
    ("opening", "place", "region", "agency"),
    [
        ("KYIV, March 3 (Reuters) - ", "KYIV", None, "Reuters"),
        ("OSTRAVA, Czech Republic, Oct 3 (Wire) - ", "OSTRAVA", "Czech Republic", "Wire"),
        ("SANTA CLARA, California - ", "SANTA CLARA", "California", None),
        ("WASHINGTON ― ", "WASHINGTON", None, None),
        ("NEW YORK — ", "NEW YORK", None, None),
        ("BELGRADE/ZAGREB - ", "BELGRADE/ZAGREB", None, None),
        ("CHISINAU, 14 March. ", "CHISINAU", None, None),
        ("MOSCOW, March 14. ", "MOSCOW", None, None),
        ("BOGOTÁ. ", "BOGOTÁ", None, None),
        ("Kyiv, 14 March. ", "Kyiv", None, None),
        ("Dorohusk (PAP). ", "Dorohusk", None, "PAP"),
        ("Bengaluru/Chennai, 12 September (language). ", "Bengaluru/Chennai", None, "language"),
        ("(ANSA) - LAMPEDUSA, 9 AUGUST - ", "LAMPEDUSA", None, "ANSA"),
        ("YEREVAN, 24 APRIL, ARMENPRESS. ", "YEREVAN", None, "ARMENPRESS"),
        ("(Seoul=Yonhap News) Reporter Lee Seo-yeon = ", "Seoul", None, "Yonhap News"),
        ("(Tokyo=Kyodo) ", "Tokyo", None, "Kyodo"),
        ("[Nemuro] ", "Nemuro", None, None),
    ],
)
def test_each_form_of_dateline_gives_its_place_and_agency(
    opening: str, place: str, region: str | None, agency: str | None
) -> None:
    text = f"{HEADLINE}{opening}The ministry said the talks had stalled."
    found = opening_dateline(text)
    assert found is not None
    assert (found.place, found.region, found.agency) == (place, region, agency)
    assert text[found.span.end :].startswith("The ministry")


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO. The alliance met on Monday.",  # an acronym opening a sentence
        "U.S. officials said the talks had stalled.",
        "The ministry said on March 3 - a Monday - that talks had stalled.",
        "Kyiv - the ministry said talks had stalled.",  # a place in small letters needs a date or an agency
        "Trump (R) - the candidate spoke.",
    ],
)
def test_sentences_that_open_like_a_dateline_are_none(paragraph: str) -> None:
    assert opening_dateline(f"{HEADLINE}{paragraph}") is None


def test_only_the_story_opening_gives_the_home_dateline() -> None:
    later = f"{HEADLINE}First.\n\nSecond.\n\nThird.\n\nKYIV, March 3 (Reuters) - Fourth."
    assert opening_dateline(later) is None
    assert [d.place for d in datelines(later)] == ["KYIV"]


def test_dateline_at_covers_only_the_dateline_itself() -> None:
    text = f"{HEADLINE}KYIV, March 3 (Reuters) - Ukraine accused Russia."
    start = text.index("KYIV")
    assert dateline_at(text, start + 6) is not None  # inside the date
    assert dateline_at(text, text.index("Ukraine")) is None
    assert dateline_at(text, 0) is None  # the headline
