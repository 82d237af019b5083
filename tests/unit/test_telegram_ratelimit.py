"""The per-user sliding-window rate limit."""

from __future__ import annotations

from bot.telegram.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_allows_the_limit_then_says_how_long_to_wait() -> None:
    clock = Clock()
    limiter = RateLimiter(per_window=2, window=60, clock=clock)
    assert limiter.check(1) == 0
    clock.now += 10
    assert limiter.check(1) == 0
    clock.now += 5
    assert limiter.check(1) == 45  # the first request leaves the window at t=160
    assert limiter.check(2) == 0, "users are limited separately"
    clock.now += 45
    assert limiter.check(1) == 0


def test_refused_requests_do_not_extend_the_wait() -> None:
    clock = Clock()
    limiter = RateLimiter(per_window=1, window=60, clock=clock)
    limiter.check(1)
    for _ in range(5):
        clock.now += 10
        limiter.check(1)
    clock.now += 10
    assert limiter.check(1) == 0


def test_zero_disables_the_limit_and_idle_users_are_forgotten() -> None:
    assert all(RateLimiter(0).check(1) == 0 for _ in range(100))
    clock = Clock()
    limiter = RateLimiter(per_window=1, window=60, clock=clock)
    limiter.check(1)
    clock.now += 61
    limiter.forget_idle()
    assert limiter._seen == {}
