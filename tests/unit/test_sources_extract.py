"""HTML → Article: text with paragraph breaks, metadata, language hint, and no furniture."""

from __future__ import annotations

import pytest

from bot.errors import NothingToSummarize
from bot.sources.extract import extract_article, language_hint
from tests.support.http_server import article_html

PARAGRAPHS = [
    "Rescue teams reached the flooded villages in the south on Sunday, the interior ministry said.",
    "More than two thousand people have been moved to temporary shelters in schools and sports halls.",
    "The regional governor said the water level was falling but warned that more rain was expected.",
    "Aid organisations appealed for blankets, drinking water and medicine for the families.",
]


def test_article_text_metadata_and_language() -> None:
    article = extract_article(
        article_html("Floods force thousands from homes", PARAGRAPHS, lang="en-US"),
        "https://news.example/floods",
    )
    assert article.paragraphs == PARAGRAPHS
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.title == "Floods force thousands from homes"
    assert article.site == "Example News"
    assert article.author == "Jane Doe"
    assert article.url == "https://news.example/floods"
    assert article.language_hint == "en"


def test_share_prompts_inside_the_article_are_cleaned() -> None:
    html = article_html("Floods", [PARAGRAPHS[0], "Share this article", *PARAGRAPHS[1:], "Read more: Storm season"])
    assert extract_article(html).paragraphs == PARAGRAPHS


def test_page_without_article_text() -> None:
    with pytest.raises(NothingToSummarize):
        extract_article("<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav></body></html>")


def test_garbage_is_nothing_to_summarize() -> None:
    with pytest.raises(NothingToSummarize):
        extract_article("")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<html lang="ru-RU"><head></head><body></body></html>', "ru"),
        ('<html xml:lang="de"><body></body></html>', "de"),
        ('<html><head><meta http-equiv="Content-Language" content="fr-CA"></head></html>', "fr"),
        ('<html><head><meta property="og:locale" content="uk_UA"></head></html>', "uk"),
        ("<html><body><p>no declaration</p></body></html>", None),
        ('<html lang="not a tag"><body></body></html>', None),
    ],
)
def test_language_hint(html: str, expected: str | None) -> None:
    assert language_hint(html) == expected
