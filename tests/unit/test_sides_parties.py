"""The party lexicon: country forms from the data package plus the short hand list, and news outlets."""

from __future__ import annotations

import pytest

from bot.attribution.parties import is_news_outlet, load_country_lexicon, outlet_name


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Azerbaijan", "Azerbaijan"),
        ("the Azeri president", "Azerbaijan"),
        ("Azerbaijani forces", "Azerbaijan"),
        ("Baku", "Azerbaijan"),
        ("The Armenian Defense Ministry", "Armenia"),
        ("Yerevan", "Armenia"),
        ("Armenians", "Armenia"),
        ("the Kremlin", "Russia"),
        ("Moscow", "Russia"),
        ("the White House", "United States"),
        ("Washington", "United States"),
        ("U.S. officials", "United States"),
        ("Downing Street", "United Kingdom"),
        ("British ministers", "United Kingdom"),
        ("North Korean Foreign Minister Ri Yong-ho", "North Korea"),
        ("a South Korean lawmaker", "South Korea"),
        ("Seoul", "South Korea"),
        ("Republic of Armenia", "Armenia"),
        ("Kosovo's interior minister", "Kosovo"),
        ("Pristina", "Kosovo"),
        ("the army of the Democratic Republic of Congo", "Democratic Republic of the Congo"),
        ("DRC officials", "Democratic Republic of the Congo"),
        ("the Republic of Congo", "Republic of the Congo"),
        ("Gaza's health ministry", "Palestine"),
        # The data's catalogue names ("Holy See (Vatican City State)") read as news names them.
        ("a Vatican spokesman", "Holy See"),
        ("British Virgin Islands officials", "British Virgin Islands"),
        ("The IDF", "Israel"),
        # A demonym the data gives to a territory too names the far more populous country.
        ("American officials", "United States"),
        ("an Indian diplomat", "India"),
        ("Dominican police", "Dominican Republic"),
        # Adjectives and nouns the data does not carry.
        ("the Philippine Coast Guard", "Philippines"),
        ("Saudi officials", "Saudi Arabia"),
        ("Bosnian Serb leaders", "Bosnia and Herzegovina"),
        ("Croat farmers", "Croatia"),
        ("Brussels", "European Union"),
        # Capitals written without their accents.
        ("Chisinau", "Moldova"),
        ("officials in Bogota", "Colombia"),
    ],
)
def test_country_forms_lead_to_the_country(phrase: str, country: str) -> None:
    assert load_country_lexicon().country_in(phrase) == country


@pytest.mark.parametrize(
    "phrase",
    [
        "told us about it",
        "a source close to the talks",
        "IN THE NEWS",
        "am I",
        "Male nurses",
        "San Jose police",
        "the island's President",
    ],
)
def test_pronouns_and_iso_codes_are_not_countries(phrase: str) -> None:
    assert load_country_lexicon().country_in(phrase) is None


@pytest.mark.parametrize(
    "name",
    [
        "Reuters",
        "AFP",
        "the Associated Press",
        "Fox News Sunday",
        "The Daily Herald",
        "the agency EFE",
        'agency "Apsny"',
        'the TV company "Imedi"',
        "the portal Portfolio",
    ],
)
def test_news_outlets_are_recognised(name: str) -> None:
    assert is_news_outlet(name)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the agency EFE", "EFE"),
        ('the TV company "Imedi"', "Imedi"),
        ("Portuguese sports daily Record", "Record"),
        ("Anadolu Agency", "Anadolu Agency"),
    ],
)
def test_an_outlet_named_with_what_it_is_goes_by_its_name(phrase: str, name: str) -> None:
    assert outlet_name(phrase) == name


@pytest.mark.parametrize("name", ["Armenia", "Vladimir Putin", "the Armenian Defense Ministry", "good news"])
def test_other_names_are_not_outlets(name: str) -> None:
    assert not is_news_outlet(name)
