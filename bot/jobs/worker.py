"""`attribot worker`: a Celery worker that runs pipeline jobs the bot puts on the queue.

Start as many as the load needs, on any machine that reaches the broker (ATTRIBOT_BROKER_URL) and has the
models (ATTRIBOT_MODELS_DIR). Each worker forks `--concurrency` processes (default ATTRIBOT_WORKERS); every
process loads its own models on its first job and runs one job at a time.
"""

from __future__ import annotations

import argparse
import importlib
from typing import TYPE_CHECKING, cast

from bot.config import Settings
from bot.errors import AttribotError

if TYPE_CHECKING:
    from bot.jobs.celery_app import PipelineFactory


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument(
        "--concurrency",
        type=int,
        default=None,
        metavar="N",
        help="worker processes, each running one job at a time (default: ATTRIBOT_WORKERS)",
    )
    parser.add_argument(
        "--hostname",
        default=None,
        metavar="NAME",
        help="node name, unique per worker (default: celery@<host>; %%h expands to the host name)",
    )
    parser.add_argument(
        "--pipeline-factory",
        default=None,
        metavar="MODULE:CALLABLE",
        help="build each process's pipeline with CALLABLE(settings) instead of the real one "
        "(test doubles and benchmarks of the queue itself)",
    )


def main(args: argparse.Namespace, settings: Settings) -> int:
    # Celery and Redis come with the optional "scale" extra: without it every other command still works.
    try:
        from bot.jobs.celery_app import QUEUE_NAME, make_app, register_pipeline_task
    except ModuleNotFoundError as error:
        raise AttribotError(
            f"attribot worker needs the task-queue packages ({error.name} is missing): pip install 'attribot[scale]'."
        ) from None

    concurrency = args.concurrency or settings.workers
    if concurrency < 1:
        raise AttribotError("--concurrency must be at least 1.")
    app = make_app(settings)
    register_pipeline_task(app, settings, load_factory(args.pipeline_factory))
    argv = [
        "worker",
        f"--concurrency={concurrency}",
        "--pool=prefork",
        f"--queues={QUEUE_NAME}",
        f"--loglevel={settings.log_level}",
        # Gossip and mingle only serve monitoring and revoke sync at startup; on Redis they cost chatter.
        "--without-gossip",
        "--without-mingle",
    ]
    if args.hostname:
        argv.append(f"--hostname={args.hostname}")
    app.worker_main(argv=argv)
    return 0


def load_factory(spec: str | None) -> PipelineFactory:
    """The pipeline constructor: `bot.pipeline.Pipeline`, or MODULE:CALLABLE when one is named."""
    if spec is None:
        from bot.pipeline import Pipeline

        return Pipeline
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise AttribotError(f"--pipeline-factory must look like module:callable, not {spec!r}.")
    try:
        factory = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as error:
        raise AttribotError(f"--pipeline-factory {spec!r} cannot be loaded: {error}") from None
    if not callable(factory):
        raise AttribotError(f"--pipeline-factory {spec!r} is not callable.")
    return cast("PipelineFactory", factory)
