"""The in-process job runner: dedupe, fairness between workers, queue positions, errors, timeouts, close."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from bot.domain import Article, Language, Result, Source, SourceKind, Summary
from bot.errors import FetchFailed
from bot.jobs import JobTimedOut, RunnerClosed, runner_for
from bot.jobs.local import LocalJobRunner
from bot.pipeline import ProgressCallback, ProgressEvent, Request


def request(text: str) -> Request:
    return Request(Source(SourceKind.TEXT, text))


class ScriptedPipeline:
    """Runs requests whose text says what to do: `sleep=0.5`, `fail`, `wait` (until `release` is set)."""

    def __init__(self) -> None:
        self.runs: list[str] = []
        self.release = threading.Event()
        self._lock = threading.Lock()

    def run(self, req: Request, progress: ProgressCallback | None = None) -> Result:
        text = req.source.value
        with self._lock:
            self.runs.append(text)
        if progress:
            progress(ProgressEvent("fetching"))
            progress(ProgressEvent("detected", {"language": "en"}))
        if text.startswith("sleep="):
            time.sleep(float(text.split("=")[1]))
        if text.startswith("wait"):
            assert self.release.wait(10)
        if text == "fail":
            raise FetchFailed("The site answered 404.")
        return Result(
            req.source, Article(text), Language("en", 1.0), text, (), (), Summary(text, ()), req.reply_language
        )


async def test_equal_requests_under_way_are_computed_once() -> None:
    pipeline = ScriptedPipeline()
    runner = LocalJobRunner(pipeline, workers=2)
    events: list[list[str]] = [[], []]
    results = await asyncio.gather(
        runner.submit(request("sleep=0.3"), lambda e: events[0].append(e.stage)),
        runner.submit(request("sleep=0.3"), lambda e: events[1].append(e.stage)),
    )
    assert pipeline.runs == ["sleep=0.3"]
    assert results[0] is results[1]
    assert events[0] == events[1] == ["fetching", "detected"], "a joiner gets the stages it missed"
    await runner.submit(request("sleep=0.3"))
    assert len(pipeline.runs) == 2, "finished jobs are not reused (the bot's cache does that)"
    await runner.close()


async def test_a_long_job_does_not_block_a_short_one() -> None:
    pipeline = ScriptedPipeline()
    runner = LocalJobRunner(pipeline, workers=2)
    long_job = asyncio.create_task(runner.submit(request("wait")))
    started = time.monotonic()
    await runner.submit(request("short"))
    assert time.monotonic() - started < 2
    assert not long_job.done()
    pipeline.release.set()
    await long_job
    await runner.close()


async def test_long_pasted_articles_leave_one_worker_for_short_requests() -> None:
    pipeline = ScriptedPipeline()
    runner = LocalJobRunner(pipeline, workers=2, long_text_chars=20)
    long_jobs = [asyncio.create_task(runner.submit(request(f"wait {n} " + "word " * 10))) for n in range(2)]
    await asyncio.sleep(0.2)
    started = time.monotonic()
    await runner.submit(request("short"))
    assert time.monotonic() - started < 2, "the short request got the worker the second long one did not take"
    assert len(pipeline.runs) == 2 and pipeline.runs[-1] == "short"
    assert not any(job.done() for job in long_jobs)
    pipeline.release.set()
    await asyncio.gather(*long_jobs)
    assert len(pipeline.runs) == 3, "the second long article ran once a long-job slot was free"
    await runner.close()


async def test_one_worker_still_runs_long_articles() -> None:
    pipeline = ScriptedPipeline()
    runner = LocalJobRunner(pipeline, workers=1, long_text_chars=5)
    await runner.submit(request("sleep=0.1"))
    assert pipeline.runs == ["sleep=0.1"]
    await runner.close()


async def test_waiting_jobs_learn_their_place_in_the_queue() -> None:
    pipeline = ScriptedPipeline()
    runner = LocalJobRunner(pipeline, workers=1)
    busy = asyncio.create_task(runner.submit(request("wait")))
    await asyncio.sleep(0.05)
    positions: dict[str, list[int]] = {"a": [], "b": []}

    def watch(name: str) -> ProgressCallback:
        return lambda e: positions[name].append(e.detail["position"]) if e.stage == "queued" else None

    first = asyncio.create_task(runner.submit(request("a"), watch("a")))
    await asyncio.sleep(0.05)
    second = asyncio.create_task(runner.submit(request("b"), watch("b")))
    await asyncio.sleep(0.05)
    assert positions == {"a": [1], "b": [2]}
    pipeline.release.set()
    await asyncio.gather(busy, first, second)
    assert positions["b"] == [2, 1]
    await runner.close()


async def test_errors_reach_every_waiter() -> None:
    runner = LocalJobRunner(ScriptedPipeline(), workers=1)
    outcomes = await asyncio.gather(
        runner.submit(request("fail")), runner.submit(request("fail")), return_exceptions=True
    )
    assert all(isinstance(o, FetchFailed) for o in outcomes)
    await runner.close()


async def test_timeout_is_a_friendly_error() -> None:
    pipeline = ScriptedPipeline()
    runner = LocalJobRunner(pipeline, workers=1, timeout=0.1)
    with pytest.raises(JobTimedOut, match="took too long"):
        await runner.submit(request("wait"))
    pipeline.release.set()
    await runner.close()


async def test_close_fails_queued_jobs_and_refuses_new_ones() -> None:
    pipeline = ScriptedPipeline()
    runner = LocalJobRunner(pipeline, workers=1)
    running = asyncio.create_task(runner.submit(request("wait")))
    await asyncio.sleep(0.05)
    queued = asyncio.create_task(runner.submit(request("queued")))
    await asyncio.sleep(0.05)
    await runner.close()
    with pytest.raises(RunnerClosed):
        await queued
    with pytest.raises(RunnerClosed):
        await runner.submit(request("late"))
    pipeline.release.set()
    await running
    assert "queued" not in pipeline.runs


def test_runner_for_picks_the_local_runner_without_a_broker(settings) -> None:  # type: ignore[no-untyped-def]
    runner = runner_for(settings.with_overrides(workers=3), ScriptedPipeline)  # type: ignore[arg-type]
    assert isinstance(runner, LocalJobRunner)
    asyncio.run(runner.close())


def test_runner_for_picks_the_task_queue_with_a_broker(settings) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("celery")
    from bot.jobs.celery_runner import CeleryRunner

    def no_pipeline() -> None:
        raise AssertionError("the bot needs no local pipeline to submit to a task queue")

    runner = runner_for(settings.with_overrides(broker_url="redis://127.0.0.1:1/0"), no_pipeline)  # type: ignore[arg-type]
    assert isinstance(runner, CeleryRunner)
