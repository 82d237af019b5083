"""What users see when the queue fails under them: a broker restart, a worker killed mid-job."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("celery", reason="the scale extra is not installed: pip install -e '.[scale]'")

from bot.config import Settings
from bot.domain import Result
from bot.jobs.celery_runner import CeleryRunner
from tests.support.jobs_celery import Entry, WorkerProcess, job_request, read_journal, worker_env
from tests.support.redis_server import RedisServer

pytestmark = pytest.mark.slow

JOB_TIMEOUT = 3.0


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[RedisServer]:
    with RedisServer(tmp_path / "redis", persistent=True) as server:
        yield server


@pytest.fixture
def workers(broker: RedisServer, tmp_path: Path) -> Iterator[dict[str, WorkerProcess]]:
    env = worker_env(broker.url, tmp_path / "journal.txt", tmp_path, JOB_TIMEOUT)
    started = {name: WorkerProcess(name, env, tmp_path) for name in ("alpha", "beta")}
    try:
        for worker in started.values():
            worker.wait_ready()
        yield started
    finally:
        for worker in started.values():
            worker.stop()


@pytest.fixture
def runner(broker: RedisServer, tmp_path: Path) -> CeleryRunner:
    settings = Settings(
        models_dir=tmp_path / "models", db_path=tmp_path / "db.sqlite3", offline=True,
        broker_url=broker.url, job_timeout=JOB_TIMEOUT,
    )  # fmt: skip
    return CeleryRunner(settings)


async def wait_for_entry(journal: Path, wanted: str, timeout: float = 15) -> Entry:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [entry for entry in read_journal(journal) if entry.event == wanted]
        if found:
            return found[0]
        await asyncio.sleep(0.05)
    raise AssertionError(f"no {wanted!r} in the journal after {timeout} s")


def answered_jobs(results: list[Result]) -> list[str]:
    return [result.rendered.split(" by ")[0] for result in results]


async def test_a_worker_killed_mid_job_still_gives_every_user_one_answer(
    workers: dict[str, WorkerProcess], runner: CeleryRunner, tmp_path: Path
) -> None:
    journal = tmp_path / "journal.txt"
    jobs = [f"kill-{n}" for n in range(4)]
    pending = [asyncio.ensure_future(runner.submit(job_request(job, "sleep=1.5"))) for job in jobs]
    victim = await wait_for_entry(journal, "started")
    workers[victim.worker].kill()

    results = list(await asyncio.gather(*pending))
    await runner.close()

    assert answered_jobs(results) == jobs
    survivor = ({"alpha", "beta"} - {victim.worker}).pop()
    entries = read_journal(journal)
    finished = Counter(entry.job for entry in entries if entry.event == "finished")
    assert finished == Counter(jobs)  # every job completed exactly once: the killed run never finished
    rerun = [entry for entry in entries if entry.job == victim.job and entry.event == "started"]
    assert [entry.worker for entry in rerun] == [victim.worker, survivor]


async def test_a_broker_restart_loses_no_accepted_job(
    workers: dict[str, WorkerProcess], runner: CeleryRunner, broker: RedisServer, tmp_path: Path
) -> None:
    jobs = [f"restart-{n}" for n in range(6)]
    pending = [asyncio.ensure_future(runner.submit(job_request(job, "sleep=1"))) for job in jobs]
    await wait_for_entry(tmp_path / "journal.txt", "started")
    await asyncio.to_thread(broker.restart)

    results = list(await asyncio.gather(*pending))
    await runner.close()

    assert answered_jobs(results) == jobs


async def test_a_request_arriving_while_the_broker_restarts_waits_for_it(
    workers: dict[str, WorkerProcess], runner: CeleryRunner, broker: RedisServer
) -> None:
    await asyncio.to_thread(broker.stop)
    pending = asyncio.ensure_future(runner.submit(job_request("during-outage-1")))
    await asyncio.sleep(1.5)
    assert not pending.done()
    await asyncio.to_thread(broker.start)

    result = await pending
    await runner.close()
    assert answered_jobs([result]) == ["during-outage-1"]
