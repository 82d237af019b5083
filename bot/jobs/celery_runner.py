"""`JobRunner` over a Celery task queue: the bot enqueues, workers on any machine compute, the bot replies.

The bot process needs no models. `submit` claims the request (or finds the job already computing or computed
for it, see bot.jobs.celery_app), then polls the job's state in Redis from a worker thread, a few times a
second, so the event loop never blocks: polling a key is cheap and, unlike Celery's result listener, safe to
do from many threads at once. Progress reported by the worker reaches the `progress` callback, on the loop.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from collections.abc import Mapping
from typing import Any

import redis
from kombu.exceptions import OperationalError

from bot.codec import RemoteJobFailed, decode_progress, encode_request, open_payload
from bot.config import Settings
from bot.domain import Result
from bot.errors import AttribotError
from bot.jobs import JobTimedOut
from bot.jobs.celery_app import (
    PROGRESS_STATE,
    QUEUE_NAME,
    TASK_NAME,
    claim_job,
    claim_key,
    job_limits,
    make_app,
    release_claim,
    timed_out,
)
from bot.pipeline import ProgressCallback, ProgressEvent, Request

log = logging.getLogger(__name__)

POLL_SECONDS = 0.25
BROKER_PATIENCE = 15.0
"""Seconds a new request waits for an unreachable broker (a Redis restart takes a few) before the user is told."""
_QUEUE_ERRORS = (redis.RedisError, OperationalError)
_GIVEN_UP_STATES = ("FAILURE", "REVOKED")


class QueueUnavailable(AttribotError):
    """The broker cannot be reached to accept a new job."""


class CeleryRunner:
    """Runs requests on task-queue workers; `ATTRIBOT_BROKER_URL` names the Redis instance."""

    def __init__(
        self, settings: Settings, *, poll_seconds: float = POLL_SECONDS, broker_patience: float = BROKER_PATIENCE
    ) -> None:
        self._settings = settings
        self._app = make_app(settings)
        self._limits = job_limits(settings)
        self._poll_seconds = poll_seconds
        self._broker_patience = broker_patience
        # kombu's default connection and its channels are not thread-safe: two requests publishing from worker
        # threads while the broker restarts can see a channel another thread has just closed (AttributeError
        # in kombu's redis transport instead of a connection error). Publishing takes milliseconds; one at a time.
        self._publishing = threading.Lock()

    async def submit(self, request: Request, progress: ProgressCallback | None = None) -> Result:
        key = claim_key(request)
        task_id, position = await self._accept(key, encode_request(request))
        if progress and position:
            progress(ProgressEvent("queued", {"position": position}))
        return await self._wait(task_id, key, progress)

    async def close(self) -> None:
        """Accepted jobs stay on the queue and finish on the workers; their results wait in the cache."""
        await asyncio.to_thread(self._app.close)

    @property
    def _redis(self) -> redis.Redis:
        client: redis.Redis = self._app.backend.client
        return client

    async def _accept(self, key: str, request_data: dict[str, Any]) -> tuple[str, int]:
        """Claim and enqueue, waiting out a short broker outage; only a long one reaches the user."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._broker_patience
        while True:
            try:
                return await asyncio.to_thread(self._claim_or_enqueue, key, request_data)
            except _QUEUE_ERRORS as error:
                if loop.time() >= deadline:
                    log.warning("task queue unreachable: %r", error)
                    raise QueueUnavailable(
                        "The processing queue is unreachable right now; please try again in a minute."
                    ) from error
                await asyncio.sleep(min(1.0, self._broker_patience / 4))

    def _claim_or_enqueue(self, key: str, request_data: dict[str, Any]) -> tuple[str, int]:
        """(task id to wait for, queue position when this call enqueued it, else 0)."""
        while True:
            task_id, owner = claim_job(self._redis, key, uuid.uuid4().hex, self._limits.wait)
            if owner:
                return task_id, self._enqueue(task_id, key, request_data)
            if self._status(task_id) not in _GIVEN_UP_STATES:
                return task_id, 0
            # The job under this claim died without a worker cleaning up (a hard time limit): start anew.
            release_claim(self._redis, key, task_id)

    def _enqueue(self, task_id: str, key: str, request_data: dict[str, Any]) -> int:
        try:
            with self._publishing:
                self._app.send_task(TASK_NAME, args=(request_data, key), task_id=task_id, queue=QUEUE_NAME)
        except _QUEUE_ERRORS:
            release_claim(self._redis, key, task_id)
            raise
        return int(self._redis.llen(QUEUE_NAME))

    def _status(self, task_id: str) -> str:
        return str(self._app.backend.get_task_meta(task_id)["status"])

    async def _wait(self, task_id: str, key: str, progress: ProgressCallback | None) -> Result:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._limits.wait
        last_progress: object = None
        while loop.time() < deadline:
            try:
                meta: Mapping[str, Any] = await asyncio.to_thread(self._app.backend.get_task_meta, task_id)
            except _QUEUE_ERRORS as error:
                # The broker restarting: accepted jobs survive it, so keep waiting until the deadline.
                log.warning("polling job %s: %r", task_id, error)
                meta = {"status": "PENDING"}
            status = meta["status"]
            if status == "SUCCESS":
                return open_payload(meta["result"])
            if status in _GIVEN_UP_STATES:
                await asyncio.to_thread(release_claim, self._redis, key, task_id)
                raise self._given_up(task_id, status, meta.get("result"))
            if status == PROGRESS_STATE and progress and meta["result"] != last_progress:
                last_progress = meta["result"]
                progress(decode_progress(last_progress))
            await asyncio.sleep(self._poll_seconds)
        await asyncio.to_thread(self._abandon, task_id, key)
        raise JobTimedOut("The bot is too busy to process this article now; please try again later.")

    def _abandon(self, task_id: str, key: str) -> None:
        """Stop a job nobody waits for any more, and free its request for a fresh attempt."""
        try:
            release_claim(self._redis, key, task_id)
            self._app.control.revoke(task_id)
        except _QUEUE_ERRORS:
            log.warning("could not abandon job %s", task_id, exc_info=True)

    def _given_up(self, task_id: str, status: str, error: object) -> Exception:
        """What a job that ended outside the task body (hard time limit, revoke) means for the user."""
        from celery.exceptions import TimeLimitExceeded

        if isinstance(error, TimeLimitExceeded) or status == "REVOKED":
            return timed_out(self._settings)
        return RemoteJobFailed(f"job {task_id} ended in {status}: {error!r}")
