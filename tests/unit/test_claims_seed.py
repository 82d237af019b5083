"""The project's worked example (tests/data/seed-karabakh.txt): every party's claim with its cue."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.attribution.claims import ClaimExtractor
from bot.domain import Claim

SEED = Path(__file__).resolve().parent.parent / "data" / "seed-karabakh.txt"


@pytest.fixture(scope="module")
def seed_claims() -> tuple[str, list[Claim]]:
    with SEED.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    return text, ClaimExtractor().extract(text)


@pytest.mark.parametrize(
    ("speaker", "cue", "content_start"),
    [
        ("Armenia", "accused", "Azerbaijani forces of opening fire"),
        ("Azerbaijan", "denied", "the incident"),
        ("The Armenian Defense Ministry", "said", "its troops were attacked with small arms"),
        ("a human rights official in the separatist region", "said", "At least 200 people have been killed"),
        ("Azerbaijan", "said", "it had halted military action"),
        ("The separatists", "urged", "the population of 120,000 people not to rush"),
        ("President Ilham Aliyev", "said", "that Azerbaijan had “restored its sovereignty”"),
        ("President Ilham Aliyev", "told", "“Most” of Armenian separatist forces"),
        ("the separatists", "announced", "the signing of “an agreement on the complete cessation"),
        ("Russian President Vladimir Putin", "indicated", "that negotiations on the future of the enclave"),
    ],
)
def test_seed_claims_have_the_expected_speakers_and_cues(
    seed_claims: tuple[str, list[Claim]], speaker: str, cue: str, content_start: str
) -> None:
    text, claims = seed_claims
    found = [c for c in claims if c.speaker == speaker and c.cue == cue and c.content.startswith(content_start)]
    assert len(found) == 1, [(c.speaker, c.cue, c.content[:40]) for c in claims]
    claim = found[0]
    assert text[claim.content_span.start : claim.content_span.end] == claim.content


def test_the_azeri_president_and_he_are_aliyev(seed_claims: tuple[str, list[Claim]]) -> None:
    text, claims = seed_claims
    written = {
        text[c.speaker_span.start : c.speaker_span.end]
        for c in claims
        if c.speaker == "President Ilham Aliyev"
        if c.speaker_span is not None
    }
    assert {"The Azeri president", "he", "President Ilham Aliyev"} <= written


def test_boilerplate_and_narrative_give_no_claims(seed_claims: tuple[str, list[Claim]]) -> None:
    text, claims = seed_claims
    narrative = text.index("Such exchanges of fire occur frequently")
    bio = text.index("I'm Tarun Kumar")
    for claim in claims:
        assert not narrative <= claim.content_span.start < narrative + 100
        assert claim.content_span.start < bio
        assert claim.speaker.lower() != "you"
