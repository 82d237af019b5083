"""Where pipeline work runs: in this process (a bounded thread pool) or on task-queue workers.

The bot only sees `JobRunner`; `ATTRIBOT_BROKER_URL` chooses the implementation, so scaling out changes no code.
"""

from __future__ import annotations

from typing import Protocol

from bot.domain import Result
from bot.pipeline import ProgressCallback, Request


class JobRunner(Protocol):
    async def submit(self, request: Request, progress: ProgressCallback | None = None) -> Result:
        """Run the pipeline for `request`; equal requests under way at once are computed once.

        `progress` may be called from another thread (or not at all, on remote workers)."""
        ...

    async def close(self) -> None:
        """Finish or cancel accepted work and release workers."""
        ...
