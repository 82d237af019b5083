"""The shipped catalog: well-formed, covers what the detector can say, and names only opus-mt models."""

from __future__ import annotations

import pytest

from bot.translation.catalog import CatalogError, load_catalog, parse_catalog

REQUIRED = [
    "fr",
    "de",
    "es",
    "it",
    "pt",
    "nl",
    "ru",
    "uk",
    "pl",
    "cs",
    "tr",
    "ar",
    "fa",
    "he",
    "zh",
    "ja",
    "ko",
    "hy",
    "az",
    "ka",
    "el",
    "bg",
    "sv",
    "fi",
    "hu",
    "ro",
]
# What the detector can report and no opus-mt model covers with a published score (see models/README.md).
KNOWN_GAPS = {"av", "bh", "dv", "li", "qu", "sc", "st", "tl", "tn"}


def test_catalog_parses_and_every_route_is_scored() -> None:
    catalog = load_catalog()
    assert len(catalog.routes) > 100
    for route in catalog.routes:
        assert route.model.startswith("Helsinki-NLP/opus-mt-"), route
        assert "BLEU" in route.score and route.bleu is not None, route
        assert "en" in (route.source, route.target)


def test_required_languages_have_both_directions_where_published() -> None:
    catalog = load_catalog()
    for code in REQUIRED:
        assert catalog.route(code, "en") is not None, code
    for code in [
        "fr",
        "de",
        "es",
        "it",
        "pt",
        "nl",
        "ru",
        "uk",
        "pl",
        "cs",
        "tr",
        "ar",
        "he",
        "zh",
        "el",
        "bg",
        "sv",
        "fi",
        "hu",
        "ro",
        "az",
    ]:
        assert catalog.route("en", code) is not None, code


def test_multi_target_models_carry_their_language_token() -> None:
    catalog = load_catalog()
    for route in catalog.routes:
        needs_token = route.model.endswith(("en-mul", "en-zle", "en-zh", "en-cat_oci_spa"))
        assert (route.target_token is not None) == needs_token, route
    ru, uk = catalog.route("en", "ru"), catalog.route("en", "uk")
    assert ru is not None and uk is not None
    assert (ru.target_token, uk.target_token) == (">>rus<<", ">>ukr<<")


def test_every_language_the_detector_can_report_is_routed() -> None:
    from bot.language import voters
    from bot.language.scripts import SCRIPT_LANGUAGES

    reportable = (
        voters.fasttext_languages()
        | voters.lingua_languages()
        | voters.langdetect_languages()
        | set(SCRIPT_LANGUAGES.values())
    )
    missing = sorted(reportable - set(load_catalog().source_languages()) - KNOWN_GAPS)
    assert missing == []


def test_weak_routes_are_flagged() -> None:
    catalog = load_catalog()
    fa = catalog.route("fa", "en")
    fr = catalog.route("fr", "en")
    assert fa is not None and fa.weak
    assert fr is not None and not fr.weak and fr.bleu == 46.0


def test_malformed_catalogs_are_reported() -> None:
    with pytest.raises(CatalogError, match="lacks 'model'"):
        parse_catalog('[[route]]\nsource = "fr"\ntarget = "en"\nscore = "x"\n')
    with pytest.raises(CatalogError, match="two routes"):
        parse_catalog('[[route]]\nsource="fr"\ntarget="en"\nmodel="a"\nscore="s"\n' * 2)
    with pytest.raises(CatalogError, match="not valid TOML"):
        parse_catalog("[[route")
