"""CeleryRunner against a real redis-server and two real `attribot worker` processes."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("celery", reason="the scale extra is not installed: pip install -e '.[scale]'")

from bot.codec import RemoteJobFailed
from bot.config import Settings
from bot.errors import FetchFailed
from bot.jobs import JobTimedOut
from bot.jobs.celery_runner import CeleryRunner, QueueUnavailable
from bot.pipeline import ProgressEvent
from tests.support.jobs_celery import Entry, WorkerProcess, job_request, read_journal, worker_env
from tests.support.redis_server import RedisServer, free_port

pytestmark = pytest.mark.slow

JOB_TIMEOUT = 3.0


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("celery")


@pytest.fixture(scope="module")
def broker(workdir: Path) -> Iterator[RedisServer]:
    with RedisServer(workdir / "redis") as server:
        yield server


@pytest.fixture(scope="module")
def journal(workdir: Path) -> Path:
    return workdir / "journal.txt"


@pytest.fixture(scope="module")
def workers(broker: RedisServer, journal: Path, workdir: Path) -> Iterator[list[WorkerProcess]]:
    env = worker_env(broker.url, journal, workdir, JOB_TIMEOUT)
    started = [WorkerProcess(name, env, workdir) for name in ("alpha", "beta")]
    try:
        for worker in started:
            worker.wait_ready()
        yield started
    finally:
        for worker in started:
            worker.stop()


@pytest.fixture
def runner_settings(broker: RedisServer, tmp_path: Path) -> Settings:
    return Settings(
        models_dir=tmp_path / "models", db_path=tmp_path / "db.sqlite3", offline=True,
        broker_url=broker.url, job_timeout=JOB_TIMEOUT,
    )  # fmt: skip


def entries_for(journal: Path, prefix: str) -> list[Entry]:
    return [entry for entry in read_journal(journal) if entry.job.startswith(prefix)]


async def test_jobs_spread_over_both_workers_and_all_complete(
    workers: list[WorkerProcess], runner_settings: Settings, journal: Path
) -> None:
    runner = CeleryRunner(runner_settings)
    jobs = [f"spread-{n}" for n in range(8)]
    results = await asyncio.gather(*(runner.submit(job_request(job, "sleep=0.3")) for job in jobs))
    await runner.close()

    assert [result.rendered.split(" by ")[0] for result in results] == jobs
    assert {result.rendered.split(" by ")[1] for result in results} == {"alpha", "beta"}
    finished = Counter(entry.job for entry in entries_for(journal, "spread-") if entry.event == "finished")
    assert finished == Counter(jobs)


async def test_each_worker_process_builds_its_pipeline_once(
    workers: list[WorkerProcess], runner_settings: Settings, journal: Path
) -> None:
    runner = CeleryRunner(runner_settings)
    await asyncio.gather(*(runner.submit(job_request(f"reuse-{n}")) for n in range(6)))
    await runner.close()

    built = Counter(entry.pid for entry in read_journal(journal) if entry.event == "built")
    assert built and set(built.values()) == {1}


async def test_identical_concurrent_requests_are_computed_once_and_then_cached(
    workers: list[WorkerProcess], runner_settings: Settings, journal: Path
) -> None:
    runner = CeleryRunner(runner_settings)
    same = job_request("dedupe-1", "sleep=0.5")
    first = await asyncio.gather(*(runner.submit(same) for _ in range(4)))
    again = await runner.submit(same)
    other_language = await runner.submit(job_request("dedupe-1", "sleep=0.5", reply_language="fr"))
    await runner.close()

    assert {result.rendered for result in [*first, again]} == {first[0].rendered}
    assert other_language.reply_language == "fr"
    started = [entry for entry in entries_for(journal, "dedupe-") if entry.event == "started"]
    assert len(started) == 2  # one for the four equal requests and the repeat, one for the French reply


async def test_progress_reaches_the_bot_process(workers: list[WorkerProcess], runner_settings: Settings) -> None:
    runner = CeleryRunner(runner_settings, poll_seconds=0.05)
    events: list[ProgressEvent] = []
    await runner.submit(job_request("progress-1", "sleep=1"), progress=events.append)
    await runner.close()

    assert ProgressEvent("translating", {"paragraphs": 1}) in events


async def test_a_user_error_travels_back_with_its_class_and_message_and_is_not_cached(
    workers: list[WorkerProcess], runner_settings: Settings, journal: Path
) -> None:
    runner = CeleryRunner(runner_settings)
    for _ in range(2):
        with pytest.raises(FetchFailed, match="scripted FetchFailed for job usererror-1"):
            await runner.submit(job_request("usererror-1", "fail=FetchFailed"))
    await runner.close()

    assert [entry.event for entry in entries_for(journal, "usererror-")] == ["started", "failed"] * 2


async def test_a_job_that_keeps_crashing_is_retried_then_reported(
    workers: list[WorkerProcess], runner_settings: Settings, journal: Path
) -> None:
    runner = CeleryRunner(runner_settings)
    with pytest.raises(RemoteJobFailed, match="scripted crash"):
        await runner.submit(job_request("crash-1", "crash"))
    await runner.close()

    crashes = [entry for entry in entries_for(journal, "crash-") if entry.event == "crashed"]
    assert len(crashes) == 3  # the first attempt and MAX_RETRIES = 2 retries


async def test_a_job_past_its_time_limit_tells_the_user(
    workers: list[WorkerProcess], runner_settings: Settings, journal: Path
) -> None:
    runner = CeleryRunner(runner_settings)
    with pytest.raises(JobTimedOut, match="took longer than 3 seconds"):
        await runner.submit(job_request("slow-1", f"sleep={JOB_TIMEOUT + 2}"))
    await runner.close()

    assert [entry.event for entry in entries_for(journal, "slow-")] == ["started"]


async def test_a_job_that_ignores_the_soft_limit_is_killed_at_the_hard_one_and_not_redelivered(
    workers: list[WorkerProcess], runner_settings: Settings, journal: Path
) -> None:
    runner = CeleryRunner(runner_settings)
    with pytest.raises(JobTimedOut, match="took longer than 3 seconds"):
        await runner.submit(job_request("stubborn-1", "sleep=30", "stubborn"))
    await runner.close()
    await asyncio.sleep(1)  # a requeued job would start again at once

    assert [entry.event for entry in entries_for(journal, "stubborn-")] == ["started"]


async def test_an_unreachable_broker_is_a_friendly_error(tmp_path: Path) -> None:
    settings = Settings(models_dir=tmp_path, db_path=tmp_path / "db", broker_url=f"redis://127.0.0.1:{free_port()}/0")
    runner = CeleryRunner(settings, broker_patience=1.0)
    started = time.monotonic()
    with pytest.raises(QueueUnavailable, match="unreachable"):
        await runner.submit(job_request("nobroker-1"))
    await runner.close()
    assert 1.0 <= time.monotonic() - started < 10


def test_doctor_sees_the_broker_and_the_workers(workers: list[WorkerProcess], runner_settings: Settings) -> None:
    from bot.doctor import Status, check_broker

    broker_row, workers_row = check_broker(runner_settings, quick=False)
    assert broker_row.status is Status.OK and "answers" in broker_row.detail
    assert workers_row.status is Status.OK and workers_row.detail.startswith("2 answered")


def test_releasing_an_old_claim_leaves_a_newer_one_alone(broker: RedisServer) -> None:
    import redis

    from bot.jobs.celery_app import claim_job, release_claim

    client = redis.Redis.from_url(broker.url)
    key = "attribot:claim:test-release"
    assert claim_job(client, key, "first", ttl=60) == ("first", True)
    assert claim_job(client, key, "second", ttl=60) == ("first", False)
    release_claim(client, key, "first")
    assert claim_job(client, key, "second", ttl=60) == ("second", True)
    release_claim(client, key, "first")  # late clean-up by the first job's worker
    assert client.get(key) == b"second"


def test_the_worker_command_needs_a_broker(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    monkeypatch.delenv("ATTRIBOT_BROKER_URL", raising=False)
    assert main(["worker"]) == 2
    assert "ATTRIBOT_BROKER_URL is not set" in capsys.readouterr().err


@pytest.mark.parametrize("spec", ["no-colon", "tests.support.nowhere:make", "tests.support.jobs_celery:FACTORY"])
def test_a_bad_pipeline_factory_is_refused_by_name(spec: str) -> None:
    from bot.errors import AttribotError
    from bot.jobs.worker import load_factory

    with pytest.raises(AttribotError, match="--pipeline-factory"):
        load_factory(spec)
