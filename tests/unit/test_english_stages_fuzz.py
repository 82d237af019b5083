"""The English stages (claims → sides → summary → rendering) on generated news-like text full of the things that
trip them: quote marks of every style, apostrophes, pronouns, titles, "Asked about …", datelines, paragraph
breaks. Nothing may raise, spans must index the text, and the reply must have a headline and fit one message.
(Quotes verbatim are checked on real articles: `tests/integration/test_summarize_seed.py` and `attribot eval
summary`.)"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.attribution.claims import ClaimExtractor
from bot.attribution.sides import assign_sides
from bot.domain import SummaryLength
from bot.summary import summarize
from bot.summary.render import MAX_MESSAGE_CHARS, render_html, render_text

PIECES = [
    "Mr Farage",
    "Mrs May",
    "Sarah Sanders",
    "Sanders",
    "the ministry",
    "Armenia",
    "The Azeri president",
    "he",
    "she",
    "they",
    "it",
    "said",
    "told reporters",
    "denied",
    "accused Azerbaijan of",
    "according to Reuters,",
    "Asked about the meeting,",
    "WASHINGTON --",
    "that",
    "the talks",
    "would resume",
    "in Singapore",
    "don't",
    "students'",
    "'90s",
    "'feel the heat'",
    "“we will win,”",
    '"no comment,"',
    "‘restored’",
    "''typewriter''",
    "'",
    "’",
    "“",
    '"',
    ",",
    ".",
    ":",
    "—",
    "\n\n",
    "\n",
]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60))
def test_generated_text_never_breaks_the_english_stages(extractor: ClaimExtractor, pieces: list[str]) -> None:
    text = " ".join(pieces)
    parsed = extractor.parse(text)
    for claim in parsed.claims:
        assert text[claim.content_span.start : claim.content_span.end] == claim.content
        if claim.speaker_span is not None:
            assert 0 <= claim.speaker_span.start <= claim.speaker_span.end <= len(text)
    assignment = assign_sides(text, parsed.claims, parsed.doc)
    for length in SummaryLength:
        summary = summarize(text, assignment, length)
        assert summary.headline.strip()
        assert len(render_text(summary)) <= MAX_MESSAGE_CHARS and len(render_html(summary)) <= MAX_MESSAGE_CHARS
