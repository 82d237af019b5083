"""Per-user request limit: a sliding window of the last minute, kept in memory.

In memory on purpose: the limit protects the CPU from one eager user, and forgetting it on a restart costs nothing.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    # Above this many users tracked, idle ones are dropped so the map does not grow with every user ever seen.
    PRUNE_ABOVE = 10_000

    def __init__(self, per_window: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_window = per_window
        self.window = window
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}

    def check(self, user_id: int) -> float:
        """Record a request by `user_id` and return 0, or return how many seconds until one is allowed again
        (that refused request is not recorded, so asking again does not push the wait further out)."""
        if self.per_window <= 0:
            return 0.0
        if len(self._seen) > self.PRUNE_ABOVE:
            self.forget_idle()
        now = self._clock()
        times = self._seen.setdefault(user_id, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) >= self.per_window:
            return times[0] + self.window - now
        times.append(now)
        return 0.0

    def forget_idle(self) -> None:
        """Drop users with no request in the window."""
        horizon = self._clock() - self.window
        for user_id in [user for user, times in self._seen.items() if not times or times[-1] <= horizon]:
            del self._seen[user_id]
