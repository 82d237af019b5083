"""Where pipeline work runs: in this process (a bounded thread pool) or on task-queue workers.

The bot only sees `JobRunner`; `ATTRIBOT_BROKER_URL` chooses the implementation, so scaling out changes no code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from bot.config import Settings
from bot.domain import Result
from bot.errors import AttribotError
from bot.pipeline import Pipeline, ProgressCallback, Request


class JobRunner(Protocol):
    async def submit(self, request: Request, progress: ProgressCallback | None = None) -> Result:
        """Run the pipeline for `request`; equal requests under way at once are computed once.

        `progress` may be called from another thread (or not at all, on remote workers)."""
        ...

    async def close(self) -> None:
        """Finish or cancel accepted work and release workers."""
        ...


class JobTimedOut(AttribotError):
    """A job ran past ATTRIBOT_JOB_TIMEOUT; the user is told to try something shorter."""


class RunnerClosed(RuntimeError):
    """The runner is shutting down and takes no more work (the bot apologises and keeps the request)."""


def runner_for(settings: Settings, pipeline_factory: Callable[[], Pipeline]) -> JobRunner:
    """The runner `settings` ask for: worker threads in this process, or task-queue workers when
    ATTRIBOT_BROKER_URL is set (that module, and Celery, are imported only then)."""
    if not settings.broker_url:
        from bot.jobs.local import make_local_runner

        return make_local_runner(pipeline_factory, workers=settings.workers, timeout=settings.job_timeout)
    from bot.jobs.celery_runner import CeleryRunner

    runner: JobRunner = CeleryRunner(settings)
    return runner
