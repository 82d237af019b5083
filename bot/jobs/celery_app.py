"""The Celery application that carries pipeline jobs from the bot to workers, and the one task workers run.

Why this configuration:
- JSON only, never pickle: whoever can write to Redis must not be able to run code in the bot or a worker.
- `task_acks_late`, `task_reject_on_worker_lost`, `worker_prefetch_multiplier=1`: a job is acknowledged only
  once it has finished, so a worker process that dies mid-job puts it back on the queue; and each worker
  process reserves one job at a time, so no job waits behind a busy process while another worker idles.
- `visibility_timeout`: a job reserved by a worker that vanished altogether (its machine died) goes back on
  the queue after this long. It is longer than the hard time limit, so a job still running on a live worker
  is never handed to a second one.
- `result_expires` is the cache window: a finished job's outcome is the cache entry for its request.
- Connection retries everywhere (startup, publishing, result writes): a broker restart delays jobs and loses
  none that were accepted, provided Redis persists its data (`appendonly yes`, see deploy/compose.scale.yaml).

Equal requests share one job through a *claim*: the key `attribot:claim:<digest of the request>` holds the id
of the task computing it. `SET NX` makes exactly one caller the owner, who enqueues; everyone else waits for
the task id they find. A claim lives as long as a job may take (`JobLimits.wait`), is extended to the cache
window when the job succeeds, and is deleted when it fails, so an error is never served from the cache.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

import redis

from bot.codec import (
    decode_request,
    encode_progress,
    failure_payload,
    request_key,
    success_payload,
    user_error_payload,
)
from bot.config import Settings
from bot.domain import Result
from bot.errors import AttribotError
from bot.jobs import JobTimedOut
from bot.pipeline import ProgressCallback, ProgressEvent, Request

if TYPE_CHECKING:
    from celery import Celery

log = logging.getLogger(__name__)

TASK_NAME = "attribot.run_pipeline"
QUEUE_NAME = "attribot"
PROGRESS_STATE = "PROGRESS"
CLAIM_PREFIX = "attribot:claim:"
DELIVERIES_PREFIX = "attribot:deliveries:"

MAX_RETRIES = 2
"""Retries after an unexpected exception (a bug, a transient fault); user errors are final at once."""
MAX_DELIVERIES = 3
"""Starts of one attempt, counting redeliveries after a worker died: a job that keeps killing its worker
(say, by running it out of memory) is given up instead of taking the fleet down one worker at a time."""
RESTORE_INTERVAL = 5.0
"""Seconds between a worker's scans for jobs whose worker vanished (kombu's `unacked_restore_interval`)."""

_RELEASE_CLAIM = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
_EXTEND_CLAIM = (
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('EXPIRE', KEYS[1], ARGV[2]) end return 0"
)


class RunsRequests(Protocol):
    """What a worker needs from a pipeline; tests pass doubles that sleep, fail or record their runs."""

    def run(self, request: Request, progress: ProgressCallback | None = None) -> Result: ...


PipelineFactory = Callable[[Settings], RunsRequests]


@dataclass(frozen=True)
class JobLimits:
    """Seconds, all derived from ATTRIBOT_JOB_TIMEOUT so one setting keeps them consistent."""

    soft: float
    """The job gets `SoftTimeLimitExceeded` and the user is told it took too long."""
    hard: float
    """The worker process is killed: room after `soft` for the job to unwind."""
    visibility: float
    """A job reserved this long without an acknowledgement is handed to another worker."""
    wait: float
    """How long the bot waits for an answer: enough for every allowed redelivery of one job."""


def job_limits(settings: Settings) -> JobLimits:
    soft = settings.job_timeout
    hard = soft * 1.25 + 1
    visibility = hard + RESTORE_INTERVAL
    wait = MAX_DELIVERIES * (visibility + RESTORE_INTERVAL)
    return JobLimits(soft=soft, hard=hard, visibility=visibility, wait=wait)


def make_app(settings: Settings) -> Celery:
    """The app both sides use: the bot only sends tasks by name, workers also register the task."""
    from celery import Celery

    if not settings.broker_url:
        raise AttribotError("ATTRIBOT_BROKER_URL is not set: the task queue needs a Redis URL.")
    limits = job_limits(settings)
    app = Celery("attribot", broker=settings.broker_url, backend=settings.broker_url, set_as_current=False)
    app.conf.update(
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        task_default_queue=QUEUE_NAME,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_soft_time_limit=limits.soft,
        task_time_limit=limits.hard,
        result_expires=settings.cache_ttl_seconds,
        broker_transport_options={
            "visibility_timeout": limits.visibility,
            "unacked_restore_interval": RESTORE_INTERVAL,
            "unacked_restore_throttle": 1,
            "socket_connect_timeout": 5,
        },
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        task_publish_retry=True,
        task_publish_retry_policy={
            "max_retries": 10,
            "interval_start": 0,
            "interval_step": 0.5,
            "interval_max": 2,
        },
        result_backend_always_retry=True,
        result_backend_max_retries=20,
        redis_socket_connect_timeout=5,
        redis_retry_on_timeout=True,
        # Jobs keep running through a broker outage; one whose acknowledgement is lost is redelivered after
        # the visibility timeout and its (identical) result written twice, which the waiting bot never sees.
        worker_cancel_long_running_tasks_on_connection_loss=False,
        worker_hijack_root_logger=False,
    )
    return app


def claim_key(request: Request) -> str:
    """The cache key: a digest of the source (URL or pasted text), reply language, length and language override."""
    return CLAIM_PREFIX + request_key(request)


def claim_job(client: redis.Redis, key: str, task_id: str, ttl: float) -> tuple[str, bool]:
    """(task id computing this request, whether the caller just became its owner and must enqueue it)."""
    while True:
        if client.set(key, task_id, nx=True, px=int(ttl * 1000)):
            return task_id, True
        existing = client.get(key)
        if existing is not None:
            return _text(existing), False
        # The claim expired or was released between the two calls: try to take it again.


def release_claim(client: redis.Redis, key: str, task_id: str) -> None:
    """Forget the claim if it still names `task_id` (a newer job for the same request keeps its claim)."""
    client.eval(_RELEASE_CLAIM, 1, key, task_id)


def extend_claim(client: redis.Redis, key: str, task_id: str, seconds: int) -> None:
    client.eval(_EXTEND_CLAIM, 1, key, task_id, seconds)


def register_pipeline_task(app: Celery, settings: Settings, factory: PipelineFactory) -> None:
    """Add `attribot.run_pipeline` to a worker's app.

    Each worker process builds its pipeline (and so loads its models) on its first job and keeps it; the pool
    forks before any job runs, so no process shares another's models or threads."""
    from celery.exceptions import SoftTimeLimitExceeded

    pipeline = cache(lambda: factory(settings))
    limits = job_limits(settings)

    def run_pipeline(task: Any, request_data: dict[str, Any], claim: str) -> dict[str, Any]:
        client: redis.Redis = app.backend.client
        task_id: str = task.request.id
        attempt: int = task.request.retries
        if _count_delivery(client, task_id, attempt, limits) > MAX_DELIVERIES:
            log.error("job %s attempt %d: worker lost %d times, giving up", task_id, attempt, MAX_DELIVERIES)
            release_claim(client, claim, task_id)
            return failure_payload(RuntimeError(f"the worker running this job died {MAX_DELIVERIES} times"))
        started = time.monotonic()
        try:
            result = pipeline().run(decode_request(request_data), progress=_progress_reporter(task))
        except AttribotError as error:
            release_claim(client, claim, task_id)
            return user_error_payload(error)
        except SoftTimeLimitExceeded:
            release_claim(client, claim, task_id)
            return user_error_payload(timed_out(settings))
        except Exception as error:
            if attempt < MAX_RETRIES:
                log.warning("job %s attempt %d failed (%r); retrying", task_id, attempt, error)
                raise task.retry(exc=error, countdown=2**attempt) from error
            log.exception("job %s failed after %d retries", task_id, MAX_RETRIES)
            release_claim(client, claim, task_id)
            return failure_payload(error)
        extend_claim(client, claim, task_id, settings.cache_ttl_seconds)
        log.info("job %s done in %.2fs", task_id, time.monotonic() - started)
        return success_payload(result)

    app.task(name=TASK_NAME, bind=True, max_retries=MAX_RETRIES)(run_pipeline)


def _count_delivery(client: redis.Redis, task_id: str, attempt: int, limits: JobLimits) -> int:
    key = f"{DELIVERIES_PREFIX}{task_id}:{attempt}"
    pipe = client.pipeline()
    pipe.incr(key)
    pipe.expire(key, int(limits.wait) + 1)
    count, _ = pipe.execute()
    return int(count)


def _progress_reporter(task: Any) -> ProgressCallback:
    """Stage changes go into the task's state, where the waiting bot reads them; losing one is harmless."""

    def report(event: ProgressEvent) -> None:
        try:
            task.update_state(state=PROGRESS_STATE, meta=encode_progress(event))
        except redis.RedisError:
            log.debug("progress update lost", exc_info=True)

    return report


def timed_out(settings: Settings) -> JobTimedOut:
    """What the user is told about a job stopped at its time limit, soft (in the worker) or hard (by the pool)."""
    return JobTimedOut(f"This article took longer than {settings.job_timeout:g} seconds to process; try a shorter one.")


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value
