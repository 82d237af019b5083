"""Boilerplate removal: page furniture goes, every real article sentence stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.sources.clean import clean_paragraphs, clean_text, split_paragraphs

SEED = Path(__file__).resolve().parents[1] / "data" / "seed-karabakh.txt"

STORY = [
    "Talks between the two governments resumed in Geneva on Monday after a pause of six months.",
    "The foreign minister said both sides had agreed to exchange prisoners before the end of the year.",
    "A spokesman for the opposition said the agreement was a first step but did not go far enough.",
    "Observers from the United Nations will monitor the exchange, according to a statement.",
]


def _clean(*paragraphs: str) -> list[str]:
    return clean_paragraphs(list(paragraphs))


def test_seed_example_keeps_the_article_and_drops_the_furniture() -> None:
    raw = SEED.read_text(encoding="utf-8")
    cleaned = clean_text(raw).split("\n\n")
    assert cleaned[0] == (
        "Armenia accuses its forces of being driven out of Karabakh by gunfire / Azerbaijan denies this"
    )
    joined = "\n".join(cleaned)
    for gone in ("You are currently viewing", "Photo: AP", "Tarun Kumar", "passionate", "Leave a Reply"):
        assert gone not in joined
    real = [
        p
        for p in split_paragraphs(raw)[1:]
        if not any(marker in p for marker in ("Photo:", "Tarun Kumar", "Leave a Reply"))
    ]
    assert cleaned[1:] == real
    assert len(cleaned) == 14


def test_leading_viewing_prefix_is_removed_from_the_headline() -> None:
    assert _clean("You are reading: Ceasefire holds in the north", *STORY)[0] == "Ceasefire holds in the north"


@pytest.mark.parametrize(
    "furniture",
    [
        "Share this article",
        "Share this:",
        "Click to share on Telegram (Opens in new window)",
        "Share on Facebook",
        "Facebook | Twitter | WhatsApp",
        "Read more: Prisoner exchange planned for December",
        "READ MORE",
        "Related: Five things to know about the talks",
        "Related articles",
        "You may also like",
        "Lire aussi : Les négociations reprennent",
        "Читайте также: Переговоры возобновились",
        "Advertisement",
        "Subscribe to our newsletter for daily updates",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Accept all cookies",
        "Tags: Geneva, diplomacy",
        "© 2024 Example Media. All rights reserved.",
    ],
)
def test_furniture_paragraphs_are_dropped(furniture: str) -> None:
    assert _clean(STORY[0], furniture, *STORY[1:]) == STORY


@pytest.mark.parametrize(
    "credit",
    [
        "Delegates arrive in GenevaPhoto: Reuters / Denis Balibouse",
        "Photo: AP",
        "Image credit: Getty Images",
        "Image source: Neil Godwin / Future Publishing/Shutterstock",
        "The delegations at the table (Photo by Jane Roe/AFP)",
        "Foto: dpa",
        "Delegates in Geneva. AP / Profimedia",
        "The minister arrives for the talks. (JOHN DOE/AFP/Getty Images.)",
        "Getty/Instagram.",
    ],
)
def test_photo_credit_lines_are_dropped(credit: str) -> None:
    assert _clean(STORY[0], credit, *STORY[1:]) == STORY


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe",
        "By Jane Doe and John Roe, Reuters",
        "Written by Maria de la Cruz",
        "By Jane Doe | September 20, 2023",
        "By Jane Doe Published 20 Sep 2023 10:15 GMT",
        "September 20, 2023",
        "Updated: 2023-09-20 14:05",
        "Wednesday, 20 September 2023",
    ],
)
def test_bylines_near_the_top_are_dropped(byline: str) -> None:
    assert _clean("Talks resume in Geneva", byline, *STORY) == ["Talks resume in Geneva", *STORY]


def test_first_person_author_bio_and_name_line_at_the_end_are_dropped() -> None:
    bio = "Hi, I'm Jane Doe. I am a freelance writer covering politics and travel, and I love good coffee."
    assert _clean(*STORY, "Jane Doe", bio) == STORY


def test_third_person_bio_under_a_name_line_is_dropped() -> None:
    bio = "Jane Doe is a senior reporter who covers diplomacy and security for Example News."
    assert _clean(*STORY, "Jane Doe", bio) == STORY


def test_comment_section_is_cut() -> None:
    comments = ["Leave a Reply", "Your email address will not be published.", "Great article, thanks!"]
    assert _clean(*STORY, *comments) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices fell by 3 percent after the announcement, traders said.",
        "Read the full statement, the minister told reporters, and you will see nothing changed.",
        "The EU requires websites to ask before they use cookies, the commission said in a statement.",
        "By Tuesday evening, more than 400 people had been evacuated from the border villages.",
        "On September 20, 2023 the army launched what it called an anti-terrorist operation.",
        "Copyright law was not on the agenda, a diplomat said.",
        "Related talks in Vienna ended without a deal last week.",
        "Watch-list countries include Iran and North Korea, the report said.",
        "Post on X by the minister drew criticism from the opposition.",
        "Photographs by the victims' families were shown in court on Monday.",
        "The photo was taken by a local resident shortly after the explosion.",
        "Jane Doe is a senior reporter who was detained in the city last year.",
        "I'm not going to comment on rumours, the minister said.",
        "According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.",
    ],
)
def test_real_sentences_are_kept(sentence: str) -> None:
    assert _clean(*STORY[:2], sentence, *STORY[2:]) == [*STORY[:2], sentence, *STORY[2:]]


def test_first_person_quote_at_the_end_is_kept() -> None:
    quote = "“I'm passionate about peace and I love this country,” the president told the crowd."
    assert _clean(*STORY, quote) == [*STORY, quote]


def test_title_case_headline_is_kept() -> None:
    assert _clean("Putin Visits China", *STORY)[0] == "Putin Visits China"


def test_name_line_in_the_middle_is_kept() -> None:
    middle = [*STORY[:2], "Vladimir Putin", *STORY[2:]]
    assert _clean(*middle) == middle


def test_split_paragraphs_handles_crlf_and_blank_lines_with_spaces() -> None:
    assert split_paragraphs("One.\r\n \r\nTwo\r\nlines.\n\n\nThree.") == ["One.", "Two lines.", "Three."]


@given(st.lists(st.text(min_size=1, max_size=120).map(str.strip).filter(bool), max_size=12))
def test_cleaning_only_drops_paragraphs_never_rewrites_them(paragraphs: list[str]) -> None:
    cleaned = clean_paragraphs(paragraphs)
    rest = iter(paragraphs)
    for index, paragraph in enumerate(cleaned):
        if index == 0:
            # the headline may lose a "You are viewing" prefix, nothing else
            assert any(original.endswith(paragraph) for original in paragraphs)
            continue
        assert any(paragraph == original for original in rest)
