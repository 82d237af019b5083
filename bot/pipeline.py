"""One object that runs the stages: source → article → language → English → claims → sides → summary → reply.

The pipeline holds the loaded models (detector, translator, English NLP) and nothing else, so one instance can
serve many requests from worker threads. The Telegram bot, the CLI and the benchmarks all go through `run`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from bot.domain import Article, Language, Result, Source, Summary, SummaryLength
from bot.errors import NothingToSummarize, UnsupportedLanguage

if TYPE_CHECKING:
    from bot.attribution.claims import ClaimExtractor
    from bot.language import LanguageDetector
    from bot.translation import Translator


@dataclass(frozen=True)
class ProgressEvent:
    """A stage starting, for status messages: stage is one of fetching, detected, translating, claims,
    summarizing, translating_summary; detail carries what the message shows (language, paragraph count)."""

    stage: str
    detail: dict[str, Any] = field(default_factory=dict)


ProgressCallback = Callable[[ProgressEvent], None]

MIN_ARTICLE_WORDS = 12


@dataclass(frozen=True)
class Request:
    """What to summarize and how; the bot and the CLI build one from their own input."""

    source: Source
    reply_language: str = "en"
    length: SummaryLength = SummaryLength.NORMAL
    language_override: str | None = None


class Pipeline:
    def __init__(
        self,
        settings: Settings,
        *,
        detector: LanguageDetector | None = None,
        translator: Translator | None = None,
        claim_extractor: ClaimExtractor | None = None,
    ) -> None:
        from bot.attribution.claims import ClaimExtractor
        from bot.language import LanguageDetector
        from bot.translation import Translator

        self.settings = settings
        self.detector = detector or LanguageDetector(high_accuracy=settings.langid_high_accuracy)
        self.translator = translator or Translator(settings)
        self.claim_extractor = claim_extractor or ClaimExtractor()

    def warm_up(self) -> None:
        """Load the language detector and the English parser now (seconds), so the first user does not wait for
        them; translation models still load on first use of their language."""
        self.detector.detect("This sentence loads the language models before the first request arrives.")
        self.claim_extractor.extract("The minister said the talks would resume on Monday.")

    def load(self, source: Source) -> Article:
        from bot.sources import load_source

        return load_source(source, self.settings)

    def run(self, request: Request, progress: ProgressCallback | None = None) -> Result:
        notify = progress or (lambda _event: None)
        timings: dict[str, float] = {}

        notify(ProgressEvent("fetching"))
        with _timed(timings, "fetch"):
            article = self.load(request.source)
        return self.run_article(request, article, notify, timings)

    def run_article(
        self,
        request: Request,
        article: Article,
        progress: ProgressCallback | None = None,
        timings: dict[str, float] | None = None,
    ) -> Result:
        """The stages after fetching; split out so benchmarks and the bot's cache can start from an Article."""
        from bot.attribution.sides import assign_sides
        from bot.summary import summarize
        from bot.summary.render import render_text

        notify = progress or (lambda _event: None)
        timings = {} if timings is None else timings
        if article.word_count < MIN_ARTICLE_WORDS:
            raise NothingToSummarize(
                f"There is too little text to summarize ({article.word_count} words; at least "
                f"{MIN_ARTICLE_WORDS} are needed)."
            )

        with _timed(timings, "detect"):
            language = self._language(request, article)
        notify(ProgressEvent("detected", {"language": language.code, "confidence": language.confidence}))

        english, title = article.text, article.title
        if language.code != "en":
            assert language.code is not None
            if not self.translator.supports(language.code, "en"):
                raise UnsupportedLanguage(_unsupported_message(language.code))
            notify(ProgressEvent("translating", {"paragraphs": len(article.paragraphs)}))
            with _timed(timings, "translate"):
                english = self.translator.translate(article.text, language.code, "en").text
                if title:
                    title = self.translator.translate_many([title], language.code, "en")[0]

        notify(ProgressEvent("claims"))
        with _timed(timings, "claims"):
            parsed = self.claim_extractor.parse(english)
        with _timed(timings, "sides"):
            assignment = assign_sides(english, parsed.claims, parsed.doc)

        notify(ProgressEvent("summarizing"))
        with _timed(timings, "summary"):
            summary = summarize(english, assignment, request.length, title=title)

        reply_summary = summary
        if request.reply_language != "en":
            notify(ProgressEvent("translating_summary", {"language": request.reply_language}))
            with _timed(timings, "translate_summary"):
                reply_summary = self.translate_summary(summary, request.reply_language)
        with _timed(timings, "render"):
            rendered = render_text(reply_summary)

        return Result(
            source=request.source,
            article=article,
            language=language,
            english=english,
            claims=assignment.claims,
            sides=assignment.sides,
            summary=summary,
            reply_language=request.reply_language,
            rendered=rendered,
            translated_summary=reply_summary if reply_summary is not summary else None,
            stage_seconds=timings,
        )

    def translate_summary(self, summary: Summary, target: str) -> Summary:
        """The summary in another language: headline, side names, speakers, points and the names of the sides
        also quoted, one batch."""
        if target == "en":
            return summary
        if not self.translator.supports("en", target):
            raise UnsupportedLanguage(f"Summaries cannot be written in '{target}' yet; choose another language.")
        pieces = [summary.headline]
        for side in summary.sides:
            pieces.append(side.name)
            for point in side.points:
                pieces.extend([point.speaker, point.text])
        pieces.extend(summary.also_quoted)
        translated = iter(self.translator.translate_many(pieces, "en", target))
        headline = next(translated)
        sides = []
        for side in summary.sides:
            name = next(translated)
            # Translated separately, a speaker and a verb phrase need not agree: the colon keeps them apart.
            points = tuple(
                replace(p, speaker=next(translated), text=next(translated), verb_first=False) for p in side.points
            )
            sides.append(replace(side, name=name, points=points))
        also_quoted = tuple(next(translated) for _ in summary.also_quoted)
        return replace(summary, headline=headline, sides=tuple(sides), also_quoted=also_quoted)

    def _language(self, request: Request, article: Article) -> Language:
        if request.language_override:
            return Language(request.language_override, 1.0)
        language = self.detector.detect(article.text)
        if not language.determined:
            raise UnsupportedLanguage(
                "I could not tell which language this text is in: it may be too short or mix several languages."
            )
        return language


def _unsupported_message(code: str) -> str:
    return f"Articles in '{code}' cannot be translated yet: no translation model covers that language."


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start
