"""The queue's cache key and time limits: pure functions both the bot and the workers rely on."""

import pytest

pytest.importorskip("redis", reason="the scale extra is not installed: pip install -e '.[scale]'")

from bot.config import Settings
from bot.domain import Source, SourceKind, SummaryLength
from bot.jobs.celery_app import CLAIM_PREFIX, claim_key, job_limits
from bot.pipeline import Request

URL = Source(SourceKind.URL, "https://example.org/news/1")


def test_equal_requests_share_a_key_and_any_difference_separates_them() -> None:
    base = Request(URL)
    variants = [
        Request(Source(SourceKind.URL, "https://example.org/news/2")),
        Request(Source(SourceKind.TEXT, URL.value)),
        Request(URL, reply_language="ru"),
        Request(URL, length=SummaryLength.SHORT),
        Request(URL, language_override="fr"),
    ]
    assert claim_key(base) == claim_key(Request(Source(SourceKind.URL, "https://example.org/news/1")))
    keys = {claim_key(request) for request in [base, *variants]}
    assert len(keys) == 1 + len(variants)
    assert all(key.startswith(CLAIM_PREFIX) and len(key) == len(CLAIM_PREFIX) + 64 for key in keys)


def test_a_pasted_text_is_hashed_not_stored_in_the_key() -> None:
    text = "A long pasted article. " * 1000
    key = claim_key(Request(Source(SourceKind.TEXT, text)))
    assert len(key) < 100 and "pasted" not in key


def test_limits_keep_the_order_the_queue_needs() -> None:
    limits = job_limits(Settings(job_timeout=300))
    assert limits.soft == 300
    assert limits.soft < limits.hard < limits.visibility < limits.wait
    assert (limits.hard, limits.visibility) == (376, 381)
