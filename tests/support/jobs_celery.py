"""Real `attribot worker` processes running a scripted pipeline, for the task-queue tests.

The pipeline reads its instructions from the request text, e.g. `job=7 sleep=1.5`, `job=8 fail=FetchFailed`,
`job=9 crash`, `job=10 sleep=9 stubborn` (ignores the soft time limit), and writes what it does to a journal
file (one line per event, appended), so a test can see which worker ran which job, and how often, without any
channel back from the worker but the queue itself.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bot import errors
from bot.config import Settings
from bot.domain import Article, Language, Result, Source, SourceKind, Summary
from bot.pipeline import ProgressCallback, ProgressEvent, Request

REPO_ROOT = Path(__file__).resolve().parents[2]
JOURNAL_ENV = "ATTRIBOT_TEST_JOURNAL"
WORKER_NAME_ENV = "ATTRIBOT_TEST_WORKER"
FACTORY = "tests.support.jobs_celery:make_pipeline"
READY_TIMEOUT = 30.0


@dataclass(frozen=True)
class Entry:
    event: str
    job: str
    worker: str
    pid: int


def job_request(job: str, *instructions: str, reply_language: str = "en") -> Request:
    text = " ".join([f"job={job}", *instructions])
    return Request(Source(SourceKind.TEXT, text), reply_language=reply_language)


def read_journal(path: Path) -> list[Entry]:
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        event, job, worker, pid = line.split(" ")
        entries.append(Entry(event, job, worker, int(pid)))
    return entries


class ScriptedPipeline:
    """Sleeps, fails or crashes as the request text says; answers `rendered = "<job> by <worker>"`."""

    def __init__(self, journal: Path, worker: str) -> None:
        self.journal = journal
        self.worker = worker
        self._write("built", "-")

    def run(self, request: Request, progress: ProgressCallback | None = None) -> Result:
        words = dict(part.partition("=")[::2] for part in request.source.value.split())
        job = words["job"]
        self._write("started", job)
        if progress:
            progress(ProgressEvent("translating", {"paragraphs": 1}))
        self._sleep(float(words.get("sleep") or 0), stubborn="stubborn" in words)
        if "fail" in words:
            self._write("failed", job)
            raise getattr(errors, words["fail"])(f"scripted {words['fail']} for job {job}")
        if "crash" in words:
            self._write("crashed", job)
            raise ValueError(f"scripted crash for job {job}")
        self._write("finished", job)
        text = request.source.value
        return Result(
            source=request.source,
            article=Article(text=text),
            language=Language("en", 1.0),
            english=text,
            claims=(),
            sides=(),
            summary=Summary(headline=f"job {job}", sides=()),
            reply_language=request.reply_language,
            rendered=f"{job} by {self.worker}",
        )

    @staticmethod
    def _sleep(seconds: float, *, stubborn: bool) -> None:
        """A stubborn job swallows the soft time limit, as a stage stuck in native code would, so only the hard
        limit stops it."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                time.sleep(left)
            except Exception:
                if not stubborn:
                    raise

    def _write(self, event: str, job: str) -> None:
        with self.journal.open("a", encoding="utf-8") as journal:
            journal.write(f"{event} {job} {self.worker} {os.getpid()}\n")


def make_pipeline(settings: Settings) -> ScriptedPipeline:
    return ScriptedPipeline(Path(os.environ[JOURNAL_ENV]), os.environ[WORKER_NAME_ENV])


class WorkerProcess:
    """`attribot worker` in its own process group, so a test can kill it, pool processes and all, at once."""

    def __init__(
        self, name: str, env: dict[str, str], directory: Path, concurrency: int = 1, factory: str | None = FACTORY
    ) -> None:
        """`factory=None` runs the real pipeline."""
        self.name = name
        self.log_path = directory / f"worker-{name}.log"
        command = [sys.executable, "-m", "bot", "worker", f"--concurrency={concurrency}", f"--hostname={name}@%h"]
        if factory:
            command.append(f"--pipeline-factory={factory}")
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command,
                cwd=REPO_ROOT,
                env={**os.environ, **env, WORKER_NAME_ENV: name},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while " ready." not in self.log():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"worker {self.name} did not start:\n{self.log()[-3000:]}")
            time.sleep(0.1)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """SIGKILL the whole worker, as when its machine dies: no chance to requeue or acknowledge."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def worker_env(broker_url: str, journal: Path, directory: Path, job_timeout: float) -> dict[str, str]:
    return {
        "ATTRIBOT_BROKER_URL": broker_url,
        "ATTRIBOT_JOB_TIMEOUT": str(job_timeout),
        "ATTRIBOT_MODELS_DIR": str(directory / "models"),
        "ATTRIBOT_DB_PATH": str(directory / "attribot.sqlite3"),
        "ATTRIBOT_OFFLINE": "1",
        "ATTRIBOT_LOG_LEVEL": "INFO",
        JOURNAL_ENV: str(journal),
    }
