"""A quote after a colon with no verb of saying: the colon is the cue, the name before it or the clause's subject
the speaker (`bot.attribution.claims.colon_quotes`)."""

from __future__ import annotations

import pytest

from bot.attribution.claims import ClaimExtractor
from bot.attribution.claims.colon_quotes import colon_quote_claim
from bot.domain import Claim


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor()


def quote_claim(extractor: ClaimExtractor, text: str, quote: str) -> Claim:
    claims = [c for c in extractor.extract(text) if c.content == quote]
    assert len(claims) == 1, [(c.speaker, c.cue, c.content) for c in extractor.extract(text)]
    return claims[0]


def speaker_as_written(text: str, claim: Claim) -> str:
    assert claim.speaker_span is not None
    return text[claim.speaker_span.start : claim.speaker_span.end]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The early lead did not surprise pollster Ana Ruiz: “Turnout in the north was always going to be high.”",
            "pollster Ana Ruiz",
            id="a-name-the-clause-ends-on",
        ),
        pytest.param(
            "More from Ruiz: “Turnout in the north was always going to be high.”",
            "Ruiz",
            id="more-from-a-name",
        ),
        pytest.param(
            "The interior minister was blunt: “Turnout in the north was always going to be high.”",
            "The interior minister",
            id="the-subject-of-a-clause-with-no-cue",
        ),
        pytest.param(
            "The senator fired back at Governor Lee Harmon: “Turnout in the north was always going to be high.”",
            "The senator",
            id="not-whom-the-words-were-aimed-at",
        ),
        pytest.param(
            "The campaign wrote to the newspaper El Diario: “Turnout in the north was always going to be high.”",
            "The campaign",
            id="not-the-outlet-they-were-sent-to",
        ),
        pytest.param(
            "Ruiz's view: “Turnout in the north was always going to be high.”",
            "Ruiz",
            id="whose-view-the-colon-gives",
        ),
        pytest.param(
            "Her message to voters was simple: “Turnout in the north was always going to be high.”",
            "Her",
            id="whose-message-the-clause-is-about",
        ),
        pytest.param(
            "Voting was slow all day - Ana Ruiz: “Turnout in the north was always going to be high.”",
            "Ana Ruiz",
            id="a-name-after-a-spaced-dash",
        ),
    ],
)
def test_a_quote_after_a_colon_goes_to_who_the_words_before_it_name(
    extractor: ClaimExtractor, text: str, speaker: str
) -> None:
    claim = quote_claim(extractor, text, "“Turnout in the north was always going to be high.”")
    assert speaker_as_written(text, claim) == speaker
    assert claim.quote


def test_a_clause_that_reports_someone_s_words_gives_them_the_quote(extractor: ClaimExtractor) -> None:
    """The quote goes with the clause someone said, not with that clause's own subject ("the count")."""
    text = "Mr. Okafor said the count was a race in the spirit of Silicon Valley: “Nobody slept.”"
    doc = extractor.nlp(text)
    colon = next(t for t in doc if t.text == ":")
    found = colon_quote_claim(doc, colon)
    assert found is not None and found.speaker is not None
    assert doc[found.speaker[0] : found.speaker[1]].text == "Mr. Okafor"
    assert doc[found.content[0]].text == "“"


def test_the_colon_is_the_cue(extractor: ClaimExtractor) -> None:
    text = "More from Ruiz: “Turnout in the north was always going to be high.”"
    claim = quote_claim(extractor, text, "“Turnout in the north was always going to be high.”")
    assert claim.cue == ":"
    assert claim.cue_span is not None and text[claim.cue_span.start] == ":"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The stakes are high: “Turnout in the north was always going to be high.”", id="a-thing"),
        pytest.param("Monday was different: “Turnout in the north was always going to be high.”", id="a-day"),
        pytest.param("The banner read in Lagos: “Vote early.” Nobody knew who hung it.", id="a-place"),
        pytest.param("The verdict: “Turnout in the north was always going to be high.”", id="no-clause"),
    ],
)
def test_no_one_speaks_where_the_words_before_the_colon_name_nobody(extractor: ClaimExtractor, text: str) -> None:
    assert [c for c in extractor.extract(text) if c.cue == ":"] == []
