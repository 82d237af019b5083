"""Throughput of the task queue: jobs per minute through CeleryRunner, a local redis-server and N workers.

    python -m tests.support.jobs_celery_bench --workers 1 --jobs 200 --pipeline scripted   # queue overhead
    python -m tests.support.jobs_celery_bench --workers 1 --jobs 30 --pipeline english     # real stages

`scripted` runs the no-op test pipeline, so the time per job is the queue's own cost (enqueue, deliver,
store, poll). `english` runs the real pipeline on tests/data/seed-karabakh.txt (English: no translation
model needed), each job with a unique suffix so none is served from the cache. deploy/README.md quotes it.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import Settings
from bot.domain import Source, SourceKind
from bot.jobs.celery_runner import CeleryRunner
from bot.pipeline import Request
from tests.support.jobs_celery import FACTORY, REPO_ROOT, WorkerProcess, job_request, worker_env
from tests.support.redis_server import RedisServer

ARTICLE = REPO_ROOT / "tests" / "data" / "seed-karabakh.txt"


def request_for(pipeline: str, n: int) -> Request:
    if pipeline == "scripted":
        return job_request(f"bench-{n}")
    text = ARTICLE.read_text(encoding="utf-8")
    return Request(Source(SourceKind.TEXT, f"{text}\n\nRun {n}."))


async def measure(settings: Settings, pipeline: str, jobs: int, in_flight: int) -> tuple[float, list[float]]:
    runner = CeleryRunner(settings)
    limit = asyncio.Semaphore(in_flight)
    latencies: list[float] = []

    async def one(n: int) -> None:
        async with limit:
            started = time.perf_counter()
            await runner.submit(request_for(pipeline, n))
            latencies.append(time.perf_counter() - started)

    await runner.submit(request_for(pipeline, -1))  # warm-up: each worker loads its pipeline on first use
    started = time.perf_counter()
    await asyncio.gather(*(one(n) for n in range(jobs)))
    elapsed = time.perf_counter() - started
    await runner.close()
    return elapsed, latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--workers", type=int, default=1, help="worker processes (one job at a time each)")
    parser.add_argument("--jobs", type=int, default=100)
    parser.add_argument("--pipeline", choices=("scripted", "english"), default="scripted")
    parser.add_argument(
        "--in-flight", type=int, default=None, help="requests waiting at once (default: 2 per worker, at least 4)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp, RedisServer(Path(temp) / "redis") as broker:
        directory = Path(temp)
        env = worker_env(broker.url, directory / "journal.txt", directory, job_timeout=300)
        factory = FACTORY if args.pipeline == "scripted" else None
        worker = WorkerProcess("bench", env, directory, concurrency=args.workers, factory=factory)
        try:
            worker.wait_ready()
            settings = Settings(
                models_dir=directory / "models", db_path=directory / "db.sqlite3", broker_url=broker.url
            )
            in_flight = args.in_flight or max(4, 2 * args.workers)
            elapsed, latencies = asyncio.run(measure(settings, args.pipeline, args.jobs, in_flight))
        finally:
            worker.stop()
    per_minute = args.jobs / elapsed * 60
    print(
        f"{args.pipeline}: {args.jobs} jobs, {args.workers} worker process(es), {in_flight} in flight: "
        f"{elapsed:.1f} s, {per_minute:.0f} jobs/min ({per_minute / args.workers:.0f} per process), "
        f"latency median {statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
