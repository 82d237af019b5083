"""The SQLite store: chat settings, the result cache with its TTL, and accepted-but-unanswered requests."""

from __future__ import annotations

from pathlib import Path

from bot.codec import request_key
from bot.domain import (
    Article,
    Claim,
    Language,
    Point,
    Result,
    Side,
    SidePoints,
    Source,
    SourceKind,
    Span,
    Summary,
    SummaryLength,
)
from bot.pipeline import Request
from bot.store import ChatSettings, Store


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def sample_result(reply_language: str = "en") -> Result:
    english = 'Armenia said "we were attacked".\n\nAzerbaijan denied it.'
    claim = Claim("Armenia", Span(0, 7), "said", Span(8, 12), '"we were attacked"', Span(13, 31), True, "Armenia")
    summary = Summary(
        "Armenia and Azerbaijan trade blame",
        (SidePoints("Armenia", (Point("Armenia", "said it was attacked", Span(0, 32), quote=True),)),),
        ("Reuters",),
    )
    return Result(
        source=Source(SourceKind.URL, "https://example.org/a"),
        article=Article("Arménie <&> \u200f texte", title="Titre", url="https://example.org/a"),
        language=Language("fr", 0.98),
        english=english,
        claims=(claim,),
        sides=(Side("Armenia", "party", (claim,)),),
        summary=summary,
        reply_language=reply_language,
        rendered="text",
        translated_summary=summary,
        stage_seconds={"fetch": 0.5},
    )


def test_chat_settings_default_and_persist_across_instances(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "bot.sqlite3"
    store = Store(path)
    assert store.chat_settings(5, SummaryLength.SHORT) == ChatSettings(5, length=SummaryLength.SHORT)
    store.save_chat_settings(ChatSettings(5, "fr", SummaryLength.DETAILED, auto_mode=True, show_original=False))
    reopened = Store(path)
    assert reopened.chat_settings(5) == ChatSettings(5, "fr", SummaryLength.DETAILED, True, False)
    assert reopened.chat_settings(6) == ChatSettings(6)


def test_results_round_trip_exactly(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    result = sample_result()
    result_id = store.put_result("key", result)
    assert len(result_id.encode()) <= 20, "ids must fit Telegram's 64-byte callback data"
    assert store.result(result_id, max_age=60) == result
    assert Store(tmp_path / "db.sqlite3").cached_result("key", 60) == (result_id, result)


def test_cache_expires_after_its_ttl_and_purges(tmp_path: Path) -> None:
    clock = Clock()
    store = Store(tmp_path / "db.sqlite3", clock=clock)
    old_id = store.put_result("key", sample_result())
    clock.now += 100
    assert store.cached_result("key", max_age=150) is not None
    clock.now += 100
    assert store.cached_result("key", max_age=150) is None
    new_id = store.put_result("key", sample_result("fr"))
    cached = store.cached_result("key", max_age=150)
    assert cached is not None and cached[0] == new_id and cached[1].reply_language == "fr"
    assert store.purge_results(older_than=150) == 1
    assert store.result(old_id, max_age=10_000) is None


def test_cache_key_separates_language_length_and_source() -> None:
    url = Source(SourceKind.URL, "https://example.org/a")
    base = Request(url, "en", SummaryLength.NORMAL)
    assert request_key(base) == request_key(Request(url, "en", SummaryLength.NORMAL))
    assert request_key(base) != request_key(Request(url, "fr", SummaryLength.NORMAL))
    assert request_key(base) != request_key(Request(url, "en", SummaryLength.SHORT))
    text_key = request_key(Request(Source(SourceKind.TEXT, "x" * 10_000)))
    assert len(text_key) < 200, "pasted text is keyed by its digest, not stored in the key"


def test_pending_requests_survive_and_count_attempts(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    request = Request(Source(SourceKind.TEXT, "some text"), "de", SummaryLength.SHORT)
    store = Store(path)
    kept = store.add_pending(10, 77, 3, request)
    done = store.add_pending(11, None, None, request)
    store.finish_pending(done)

    first = Store(path).take_pending()
    assert [(p.id, p.chat_id, p.reply_to, p.user_id, p.request, p.attempts) for p in first] == [
        (kept, 10, 77, 3, request, 1)
    ]
    assert Store(path).take_pending()[0].attempts == 2
