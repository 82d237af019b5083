"""Quote pairing on raw text: curly, straight, typewriter and single quotes, across sentences and paragraphs."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from bot.attribution.quotes import find_quotes, paragraph_spans


def quoted(text: str) -> list[str]:
    return [text[q.span.start : q.span.end] for q in find_quotes(text)]


def test_curly_and_straight_quotes_include_their_marks() -> None:
    text = 'He said “we won” and she said "we lost".'
    assert quoted(text) == ["“we won”", '"we lost"']


def test_quote_continued_in_the_next_paragraph_is_one_quote() -> None:
    text = "“First part.\n\n“Second part,” she said.\n\nNarrative."
    assert quoted(text) == ["“First part.\n\n“Second part,”"]


def test_unclosed_quote_not_reopened_is_dropped() -> None:
    text = "“Never closed.\n\nPlain paragraph with “a quote” in it."
    assert quoted(text) == ["“a quote”"]


def test_an_opening_mark_that_ends_its_paragraph_closes_the_quote() -> None:
    text = "He made this comment:\n\n“For young people, the rate is 51 percent.“\n\nShe said “no.”"
    assert quoted(text) == ["“For young people, the rate is 51 percent.“", "“no.”"]


def test_typewriter_quotes() -> None:
    text = "''This isn't reform,'' he said. ``Not at all.''"
    assert quoted(text) == ["''This isn't reform,''", "``Not at all.''"]


def test_single_quotes_skip_apostrophes_and_nest_inside_doubles() -> None:
    text = "Azerbaijan says it has ‘restored its sovereignty’ over Baku’s region. “He said ‘no’ twice.”"
    assert quoted(text) == ["‘restored its sovereignty’", "“He said ‘no’ twice.”"]


def test_british_single_quotes_are_quotes_and_apostrophes_are_not() -> None:
    text = "He wanted to 'chuck Chequers'. It's Farage's plan, the students' union said. In the '90s 'it boomed'."
    assert quoted(text) == ["'chuck Chequers'", "'it boomed'"]


def test_single_quotes_nest() -> None:
    text = "'They betray us and we tell them 'we won't let you'.' Then 'rock' played."
    assert quoted(text) == ["'They betray us and we tell them 'we won't let you'.'", "'rock'"]


def test_the_end_of_a_single_quote_begun_in_an_earlier_paragraph() -> None:
    text = "He added: 'It is a complete farce.\n\nThere isn't such a thing as a good deal,' he added."
    assert quoted(text) == ["'It is a complete farce.\n\nThere isn't such a thing as a good deal,'"]
    text = "It was a farce.\n\nThere isn't such a thing as a good deal,' he added."
    assert quoted(text) == ["There isn't such a thing as a good deal,'"]


def test_single_quote_reopened_in_the_next_paragraphs_is_one_quote() -> None:
    text = "She said: 'Listen to us.\n\n'It's unpopular, it's 'chaos'.\n\n'Drop it.'\n\nThe march went on."
    assert quoted(text) == ["'Listen to us.\n\n'It's unpopular, it's 'chaos'.\n\n'Drop it.'"]
    curly = "She said: ‘Listen to us.\n\n‘Drop it.’ Then ‘more’."
    assert quoted(curly) == ["‘Listen to us.\n\n‘Drop it.’", "‘more’"]


def test_an_open_single_quote_not_continued_stays_unpaired() -> None:
    text = "They want 'more.\n\nNothing else here.\n\nAnd then it ended.' he said."
    assert quoted(text) == ["And then it ended.'"]


def test_a_single_quote_crossing_a_double_quote_is_not_a_quote() -> None:
    text = "‘Some are so poor all they have is money.” And that’s all he has “the root of all evil’.”"
    assert quoted(text) == ["“the root of all evil’.”"]


MARKS_AND_WORDS = ["“", "”", "‘", "’", "'", '"', "''", "``", "«", "»", "word", "it's", " ", ", ", ". ", "\n\n"]


@given(st.lists(st.sampled_from(MARKS_AND_WORDS), max_size=40))
def test_quotes_come_in_order_and_never_cross(pieces: list[str]) -> None:
    text = "".join(pieces)
    spans = [q.span for q in find_quotes(text)]
    assert all(a.end <= b.start for a, b in pairwise(spans))


def test_paragraph_spans_handle_crlf() -> None:
    text = "One.\r\n\r\nTwo.\n\n\n"
    assert [text[p.start : p.end] for p in paragraph_spans(text)] == ["One.", "Two."]
    # A line holding only a no-break space, as pages copy them, is blank too.
    text = "One.\n\xa0\nTwo."
    assert [text[p.start : p.end] for p in paragraph_spans(text)] == ["One.", "Two."]


def test_a_double_quote_closed_by_a_single_mark_ends_there_when_another_opens() -> None:
    text = "She tweeted: “Let’s go. We can win.’ She was there. It was after her film, “Trainwreck.”"
    assert quoted(text) == ["“Let’s go. We can win.’", "“Trainwreck.”"]
