"""The summary translated into the chat's language: every part a reader sees is translated, in one batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from bot.config import Settings
from bot.domain import Point, SidePoints, Span, Summary
from bot.pipeline import Pipeline


class ShoutingTranslator:
    """Stands in for a translation model: upper-cases, and records each batch it was given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def supports(self, source: str, target: str) -> bool:
        return True

    def translate_many(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        self.batches.append(list(texts))
        return [text.upper() for text in texts]


def test_headline_sides_points_and_parties_also_quoted_are_translated_together() -> None:
    summary = Summary(
        headline="Talks resume",
        sides=(
            SidePoints("Armenia", (Point("Defense Ministry", "accused Azerbaijan.", Span(0, 5), verb_first=True),)),
        ),
        conduits=("Reuters",),
        also_quoted=("Labour (Lord Adonis)",),
        also_quoted_more=2,
    )
    translator = ShoutingTranslator()
    pipeline = Pipeline(Settings(), detector=cast(Any, object()), translator=cast(Any, translator))
    translated = pipeline.translate_summary(summary, "de")
    assert translated.headline == "TALKS RESUME"
    assert translated.sides[0].name == "ARMENIA"
    assert translated.sides[0].points[0].text == "ACCUSED AZERBAIJAN."
    # Translated apart, speaker and verb need not agree in the reply language: the line keeps its colon.
    assert not translated.sides[0].points[0].verb_first
    assert translated.also_quoted == ("LABOUR (LORD ADONIS)",) and translated.also_quoted_more == 2
    assert translated.conduits == ("Reuters",)  # outlet names are names, not words to translate
    assert len(translator.batches) == 1
