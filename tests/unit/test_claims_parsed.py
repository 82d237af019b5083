"""One parse per text: the extractor hands its Doc to the sides stage, which then gives the same answer as when it
parses the text itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.attribution.claims import ClaimExtractor, ParsedText
from bot.attribution.sides import assign_sides

SEED = Path(__file__).resolve().parent.parent / "data" / "seed-karabakh.txt"


@pytest.fixture(scope="module")
def parsed_seed() -> ParsedText:
    with SEED.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    return ClaimExtractor().parse(text)


def test_parse_gives_the_claims_of_extract_and_a_doc_of_the_same_text(parsed_seed: ParsedText) -> None:
    assert list(parsed_seed.claims) == ClaimExtractor().extract(parsed_seed.text)
    assert parsed_seed.doc.text == parsed_seed.text
    assert {ent.label_ for ent in parsed_seed.doc.ents} >= {"GPE", "NORP"}


def test_sides_from_the_extractors_doc_match_sides_from_a_fresh_parse(parsed_seed: ParsedText) -> None:
    reused = assign_sides(parsed_seed.text, parsed_seed.claims, parsed_seed.doc)
    fresh = assign_sides(parsed_seed.text, parsed_seed.claims)
    assert reused == fresh
    assert {side.name for side in reused.sides} >= {"Armenia", "Azerbaijan"}


def test_sides_refuse_the_parse_of_another_text(parsed_seed: ParsedText) -> None:
    with pytest.raises(ValueError, match="different text"):
        assign_sides(parsed_seed.text + " More.", parsed_seed.claims, parsed_seed.doc)
