"""The headline: a title part is kept as far as the article supports it, and what one side alone says is
credited to that side."""

from __future__ import annotations

import pytest

from bot.attribution.speaker_party import OTHER_SOURCES
from bot.domain import Claim, SummaryLength
from bot.summary import summarize
from tests.unit.test_summary_build import assignment_of, make_claim

BORDER = (
    "Armenia accused Azerbaijani forces of opening fire on its troop positions near Sotk. "
    "Azerbaijan denied the incident."
)


def border_claims(text: str) -> list[Claim]:
    return [
        make_claim(text, "Armenia", "accused", "Azerbaijani forces of opening fire on its troop positions", "Armenia"),
        make_claim(text, "Azerbaijan", "denied", "the incident", "Azerbaijan"),
    ]


def headline(text: str, title: str, claims: list[Claim]) -> str:
    return summarize(text, assignment_of(claims), SummaryLength.NORMAL, title=title).headline


def test_a_title_claim_the_article_does_not_support_is_rewritten_from_the_article() -> None:
    garbled = "Armenia accuses its forces of being driven out of Karabakh by gunfire / Azerbaijan denies this"
    assert headline(BORDER, garbled, border_claims(BORDER)) == (
        "Armenia accuses Azerbaijani forces of opening fire on its troop positions; Azerbaijan denies this"
    )


def test_a_title_claim_the_article_supports_is_kept_as_written() -> None:
    text = "The president said he would sign the budget bill on Friday. The opposition said the bill was rushed."
    claims = [
        make_claim(text, "The president", "said", "he would sign the budget bill on Friday", "Government"),
        make_claim(text, "The opposition", "said", "the bill was rushed", "Opposition"),
    ]
    assert headline(text, "President says he will sign budget bill", claims) == (
        "President says he will sign budget bill"
    )


def test_what_one_side_alone_says_is_credited_to_it() -> None:
    text = (
        "Armenia's Defense Ministry said Azerbaijani troops fired on Armenian positions near Sotk. "
        "Azerbaijan denied the incident."
    )
    claims = [
        make_claim(
            text,
            "Armenia's Defense Ministry",
            "said",
            "Azerbaijani troops fired on Armenian positions near Sotk",
            "Armenia",
        ),
        make_claim(text, "Azerbaijan", "denied", "the incident", "Azerbaijan"),
    ]
    assert headline(text, "Azerbaijani troops fire on Armenian positions near Sotk", claims) == (
        "Azerbaijani troops fire on Armenian positions near Sotk, Armenia's Defense Ministry says"
    )


def test_a_speaker_credited_mid_sentence_keeps_the_articles_lower_case() -> None:
    text = "A court sentenced Imran Khan to 14 years in prison, his party said. The minister welcomed it."
    claims = [
        make_claim(text, "his party", "said", "A court sentenced Imran Khan to 14 years in prison", "PTI"),
        make_claim(text, "The minister", "welcomed", "it", "Pakistan"),
    ]
    assert headline(text, "Imran Khan sentenced to 14 years in prison", claims) == (
        "Imran Khan sentenced to 14 years in prison, his party says"
    )


def test_a_title_a_claim_only_half_echoes_is_not_credited() -> None:
    """ "Climate talks end with weak deal": the negotiators' "agreed to a deal … climate change" holds two of its
    four words ("with" is no word of meaning), and "weak" is the reporter's, not theirs."""
    text = "Negotiators agreed to a deal that would help poorer countries cope with climate change."
    content = "to a deal that would help poorer countries cope with climate change"
    claims = [make_claim(text, "Negotiators", "agreed", content, "Talks")]
    title = "Climate talks end with weak deal"
    assert headline(text, title, claims) == title


def test_a_title_naming_two_sides_is_credited_to_neither() -> None:
    """Only Venezuela's words echo the title, but a title about what both sides do is no one side's word."""
    text = "Venezuela's president said the Essequibo referendum was a clash over history. Guyana said it was a threat."
    claims = [
        make_claim(
            text, "Venezuela's president", "said", "the Essequibo referendum was a clash over history", "Venezuela"
        ),
        make_claim(text, "Guyana", "said", "it was a threat", "Guyana"),
    ]
    title = "Venezuela and Guyana clash over Essequibo referendum"
    assert headline(text, title, claims) == title


def test_shared_ground_and_short_event_titles_stay_unattributed() -> None:
    text = (
        "Azerbaijan said a ceasefire was agreed in Karabakh after a day of fighting. "
        "The separatists said the ceasefire was agreed in Karabakh with Russian mediation."
    )
    claims = [
        make_claim(
            text, "Azerbaijan", "said", "a ceasefire was agreed in Karabakh after a day of fighting", "Azerbaijan"
        ),
        make_claim(
            text,
            "The separatists",
            "said",
            "the ceasefire was agreed in Karabakh with Russian mediation",
            "Separatists",
        ),
    ]
    assert headline(text, "Ceasefire agreed in Karabakh", claims) == "Ceasefire agreed in Karabakh"
    assert headline(text, "Ceasefire in Karabakh", claims) == "Ceasefire in Karabakh"


def test_a_pointer_part_answering_the_previous_one_is_kept() -> None:
    title = "Armenia accuses Azerbaijani forces of opening fire; Azerbaijan denies it"
    assert headline(BORDER, title, border_claims(BORDER)) == title


def test_a_part_credited_at_its_end_is_kept() -> None:
    text = "The White House said the meeting with the deputy attorney general could be delayed again."
    content = "the meeting with the deputy attorney general could be delayed again"
    claims = [make_claim(text, "The White House", "said", content, "Trump")]
    title = "Trump meeting with Rosenstein may be delayed again, says White House"
    assert headline(text, title, claims) == title


def test_without_a_title_the_leading_sides_make_the_headline() -> None:
    summary = summarize(BORDER, assignment_of(border_claims(BORDER)), SummaryLength.NORMAL)
    assert summary.headline == (
        "Armenia accused Azerbaijani forces of opening fire on its troop positions; Azerbaijan denied the incident"
    )


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        # A common noun in -s, and a lone word for a group ("Critics", "Investors"), say in the plural.
        (
            "Human rights groups said the investigations were too slow. "
            "The United Nations said it would investigate every allegation.",
            [
                ("Human rights groups", "the investigations were too slow", "Human rights groups"),
                ("The United Nations", "it would investigate every allegation", "United Nations"),
            ],
            "Human rights groups say the investigations were too slow; "
            "United Nations says it would investigate every allegation",
        ),
        (
            "Critics said the plan would fail. Investors said the plan would work.",
            [("Critics", "the plan would fail", "Critics"), ("Investors", "the plan would work", "Investors")],
            "Critics say the plan would fail; Investors say the plan would work",
        ),
        (
            "Witnesses said the crowd was peaceful. Farmers said the water had run out.",
            [("Witnesses", "the crowd was peaceful", "Witnesses"), ("Farmers", "the water had run out", "Farmers")],
            "Witnesses say the crowd was peaceful; Farmers say the water had run out",
        ),
        # "Other sources" is the summary's label for speakers of no side, not a voice: the speaker is named, and
        # a named side leads before it.
        (
            "A resident said the river rose overnight. The council said the dam held.",
            [
                ("A resident", "the river rose overnight", OTHER_SOURCES),
                ("The council", "the dam held", "Council"),
            ],
            "Council says the dam held; A resident says the river rose overnight",
        ),
        (
            "A resident said the river rose overnight.",
            [("A resident", "the river rose overnight", OTHER_SOURCES)],
            "A resident says the river rose overnight",
        ),
        # A word capitalised only as its sentence's first is lowered after "says"; a name is not.
        (
            "The union said: The bank had broken its promise. Mr. Smith said: Tellers earn too little.",
            [
                ("The union", "The bank had broken its promise", "Union"),
                ("Mr. Smith", "Tellers earn too little", "Bank"),
            ],
            "Union says the bank had broken its promise; Bank says Tellers earn too little",
        ),
        # A side that speaks of itself is "it" or "they" after its name, not its name again.
        (
            "Moldova said Moldova will not allow interference. Separatists said separatists would hold a vote.",
            [
                ("Moldova", "Moldova will not allow interference", "Moldova"),
                ("Separatists", "separatists would hold a vote", "Separatists"),
            ],
            "Moldova says it will not allow interference; Separatists say they would hold a vote",
        ),
    ],
)
def test_without_a_title_each_leading_side_says_its_claim(
    text: str, said: list[tuple[str, str, str]], expected: str
) -> None:
    claims = [make_claim(text, speaker, "said", content, side) for speaker, content, side in said]
    assert headline(text, "", claims) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Russia claims strike on arms depot", "Russia reports strike on arms depot"),
        ("Telecom firm admits hackers stole customer data", "Telecom firm reports hackers stole customer data"),
        ("Protesters insist that the law is unfair", "Protesters say that the law is unfair"),
        ("Officials claimed no depot was hit", "Officials said no depot was hit"),
        # how a neutral headline puts an accusation
        ("Opposition alleges fraud", "Opposition alleges fraud"),
    ],
)
def test_a_loaded_verb_after_the_titles_subject_is_said_plainly(title: str, expected: str) -> None:
    """ "claims" is a noun too, which the word lists alone cannot tell; after a title's subject it is the verb,
    said plainly: "says" where a clause follows, else "reports"."""
    text = "Russia said its forces had hit an arms depot. Ukraine said no depot had been hit."
    claims = [
        make_claim(text, "Russia", "said", "its forces had hit an arms depot", "Russia"),
        make_claim(text, "Ukraine", "said", "no depot had been hit", "Ukraine"),
    ]
    assert headline(text, title, claims) == expected


def test_a_title_naming_both_sides_is_not_rewritten_from_one_sides_words() -> None:
    text = "Kosovo's prime minister blamed Serbia for backing the attackers. Serbia rejected the accusations."
    claims = [
        make_claim(text, "Kosovo's prime minister", "blamed", "Serbia for backing the attackers", "Kosovo"),
        make_claim(text, "Serbia", "rejected", "the accusations", "Serbia"),
    ]
    title = "Serbia and Kosovo trade blame after police officer killed in north"
    assert headline(text, title, claims) == title


def test_a_title_claim_is_never_replaced_by_words_that_share_nothing_with_it() -> None:
    """Another speaker on the side said "I was told to shut up"; that is no version of "it fixed safety problems".
    "told" reports as "says" does, so Boeing's own telling is the article's version."""
    text = (
        "Boeing told lawmakers on Tuesday it had made sweeping changes to its safety culture. "
        'Sam Salehpour, a Boeing engineer, said: "I was told to shut up."'
    )
    told = make_claim(text, "Boeing", "told", "it had made sweeping changes to its safety culture", "Boeing")
    quote = make_claim(text, "Sam Salehpour", "said", '"I was told to shut up."', "Boeing", quote=True)
    written = headline(text, "Boeing says it fixed safety problems", [told, quote])
    assert "shut up" not in written
    assert written.startswith("Boeing says it had made sweeping changes")
    alone = headline(text, "Boeing says it fixed safety problems", [quote])
    assert alone == "Boeing says it fixed safety problems"


def test_a_title_rewritten_from_the_article_lowers_a_quantity_that_opened_its_sentence() -> None:
    text = "Thousands of nurses across the state will walk off the job on Monday, their union said."
    claim = make_claim(
        text, "their union", "said", "Thousands of nurses across the state will walk off the job on Monday", "Union"
    )
    assert headline(text, "Union says 30,000 nurses to strike next week", [claim]).startswith(
        "Union says thousands of nurses"
    )


def test_a_name_credited_mid_sentence_keeps_its_capital() -> None:
    text = "Venezuela released six detained Americans on Friday, the White House said. Maduro welcomed the talks."
    claims = [
        make_claim(text, "the White House", "said", "Venezuela released six detained Americans", "United States"),
        make_claim(text, "Maduro", "welcomed", "the talks", "Venezuela"),
    ]
    assert headline(text, "Venezuela releases six detained Americans", claims) == (
        "Venezuela releases six detained Americans, White House says"
    )
