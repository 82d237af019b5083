"""The in-process job runner: a bounded pool of worker threads running `Pipeline.run`.

Why not `concurrent.futures.ThreadPoolExecutor`: the bot tells users their place in the queue, which needs the queue
itself, and an executor's threads are joined at interpreter exit, so one stuck 5,000-word article would hold a
restart hostage. These workers are daemon threads reading a deque under a condition variable.

Long pasted articles (over `LONG_TEXT_CHARS`) never take the last free worker: with two or more workers, at most
`workers - 1` of them run at once, so a chat pasting a 5,000-word article (half a minute of translation) cannot
hold up everyone else's short one. A link's length is unknown until its page is fetched inside the job, so links
count as short; two long links arriving together can still fill a two-worker pool.

Equal requests under way at once (same source, reply language, length) share one job: the second caller subscribes
to the first one's progress and result. Besides the pipeline's own stages, subscribers get
`ProgressEvent("queued", {"position": n})` while a job waits for a free worker (n = 1: it is next).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from bot.domain import Result, SourceKind
from bot.jobs import JobTimedOut, RunnerClosed
from bot.pipeline import Pipeline, ProgressCallback, ProgressEvent, Request

log = logging.getLogger(__name__)

# About 2,000 words: longer pasted texts take a long-job slot (translation alone takes well over ten seconds).
LONG_TEXT_CHARS = 12_000


class RunsRequests(Protocol):
    """What the runner needs from a pipeline; tests pass doubles that count or delay runs."""

    def run(self, request: Request, progress: ProgressCallback | None = None) -> Result: ...


@dataclass(eq=False)
class _Job:
    """One computation with everyone waiting for it. `future` belongs to the event loop that created it."""

    request: Request
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Result]
    subscribers: list[ProgressCallback] = field(default_factory=list)
    events: list[ProgressEvent] = field(default_factory=list)
    place: ProgressEvent | None = None  # the latest "queued" event, until the job starts
    lock: threading.Lock = field(default_factory=threading.Lock)

    def subscribe(self, callback: ProgressCallback) -> None:
        """Add a listener and replay what it missed (a late joiner still learns the detected language)."""
        with self.lock:
            self.subscribers.append(callback)
            missed = [*self.events, *([self.place] if self.place else [])]
        for event in missed:
            _deliver(callback, event)

    def unsubscribe(self, callback: ProgressCallback) -> None:
        with self.lock:
            if callback in self.subscribers:
                self.subscribers.remove(callback)

    def emit(self, event: ProgressEvent) -> None:
        with self.lock:
            if event.stage == "queued":
                self.place = event
            else:
                self.place = None
                self.events.append(event)
            listeners = list(self.subscribers)
        for callback in listeners:
            _deliver(callback, event)

    def started(self) -> None:
        with self.lock:
            self.place = None

    def settle(self, outcome: Result | BaseException) -> None:
        """Hand the outcome to the loop thread; a loop already closed (shutdown) has nobody left to tell."""

        def apply() -> None:
            if self.future.done():
                return
            if isinstance(outcome, BaseException):
                self.future.set_exception(outcome)
            else:
                self.future.set_result(outcome)

        try:
            self.loop.call_soon_threadsafe(apply)
        except RuntimeError:
            log.info("event loop closed before a job finished; its result is dropped")


def _deliver(callback: ProgressCallback, event: ProgressEvent) -> None:
    try:
        callback(event)
    except Exception:
        log.exception("progress listener failed on %s", event.stage)


class LocalJobRunner:
    """`JobRunner` running jobs on `workers` threads of this process."""

    def __init__(
        self,
        pipeline: RunsRequests,
        workers: int,
        timeout: float | None = None,
        long_text_chars: int = LONG_TEXT_CHARS,
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.pipeline = pipeline
        self.timeout = timeout
        self.long_text_chars = long_text_chars
        self._long_slots = max(1, workers - 1)
        self._long_running = 0
        self._queue: deque[_Job] = deque()
        self._inflight: dict[Request, _Job] = {}
        self._condition = threading.Condition()
        self._idle = 0
        self._closed = False
        self._threads = [
            threading.Thread(target=self._work, name=f"attribot-worker-{n}", daemon=True) for n in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    async def submit(self, request: Request, progress: ProgressCallback | None = None) -> Result:
        if self._closed:
            raise RunnerClosed("the job runner is shutting down")
        job = self._inflight.get(request)
        if job is None:
            job = self._enqueue(request)
        if progress is not None:
            job.subscribe(progress)
        try:
            return await asyncio.wait_for(asyncio.shield(job.future), self.timeout)
        except TimeoutError:
            raise JobTimedOut(
                f"This article took too long to process (over {self.timeout:.0f} seconds); try a shorter one."
            ) from None
        finally:
            if progress is not None:
                job.unsubscribe(progress)

    def _enqueue(self, request: Request) -> _Job:
        loop = asyncio.get_running_loop()
        job = _Job(request, loop, loop.create_future())
        self._inflight[request] = job
        job.future.add_done_callback(lambda _future: self._forget(job))
        with self._condition:
            self._queue.append(job)
            waits_for_slot = self._is_long(request) and self._long_running >= self._long_slots
            position = len(self._queue) - (0 if waits_for_slot else self._idle)
            self._condition.notify()
        if position > 0:
            job.emit(ProgressEvent("queued", {"position": position}))
        return job

    def _forget(self, job: _Job) -> None:
        if self._inflight.get(job.request) is job:
            del self._inflight[job.request]
        if job.future.done() and not job.future.cancelled():
            job.future.exception()  # retrieved here so an abandoned job's error is not logged as "never retrieved"

    @property
    def queued(self) -> int:
        """Jobs waiting for a worker (not counting running ones)."""
        with self._condition:
            return len(self._queue)

    def _is_long(self, request: Request) -> bool:
        return request.source.kind is SourceKind.TEXT and len(request.source.value) > self.long_text_chars

    def _take(self) -> _Job | None:
        """The first queued job this worker may start: a short one, or a long one while a long-job slot is free.
        Called with the condition held."""
        for index, job in enumerate(self._queue):
            long = self._is_long(job.request)
            if not long or self._long_running < self._long_slots:
                del self._queue[index]
                self._long_running += long
                return job
        return None

    def _work(self) -> None:
        while True:
            with self._condition:
                self._idle += 1
                job = None if self._closed else self._take()
                while job is None:
                    if self._closed:
                        return
                    self._condition.wait()
                    job = None if self._closed else self._take()
                self._idle -= 1
                still_waiting = list(self._queue)
            for position, waiting in enumerate(still_waiting, start=1):
                waiting.emit(ProgressEvent("queued", {"position": position}))
            job.started()
            try:
                self._run(job)
            finally:
                if self._is_long(job.request):
                    with self._condition:
                        self._long_running -= 1
                        self._condition.notify_all()

    def _run(self, job: _Job) -> None:
        try:
            outcome: Result | BaseException = self.pipeline.run(job.request, job.emit)
        except Exception as error:
            outcome = error
        job.settle(outcome)

    async def close(self) -> None:
        """Stop taking jobs and fail the queued ones with `RunnerClosed`; running jobs finish on their daemon
        threads, but nobody awaits them (the bot has already answered or apologised for its requests)."""
        with self._condition:
            self._closed = True
            abandoned = list(self._queue)
            self._queue.clear()
            self._condition.notify_all()
        for job in abandoned:
            job.settle(RunnerClosed("the job runner shut down before this job started"))


def make_local_runner(pipeline_factory: Callable[[], Pipeline], workers: int, timeout: float | None) -> LocalJobRunner:
    return LocalJobRunner(pipeline_factory(), workers=workers, timeout=timeout)
