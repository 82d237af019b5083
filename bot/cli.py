"""`attribot …`: the command line. Every command drives the same stages as the bot.

Commands live in small modules with `add_arguments(parser)` and `main(args, settings) -> int`; this file only
builds the parser and turns errors into exit codes: 0 ok, 2 bad input or refused source (one line on stderr),
1 internal error (trace in the log, not on the user's screen).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Protocol, cast

from bot.config import ConfigError, Settings
from bot.errors import AttribotError

log = logging.getLogger("attribot")

# command path → (module implementing it, one-line help). Modules are imported when the parser is built, so they
# keep heavy imports (torch, spaCy) inside their functions.
COMMANDS: dict[tuple[str, ...], tuple[str, str]] = {
    ("run",): ("bot.telegram.app", "run the Telegram bot"),
    ("summarize",): ("bot.commands.summarize", "summarize an article: URL, file or - for stdin"),
    ("fetch",): ("bot.commands.fetch", "fetch a URL and print the extracted article"),
    ("detect",): ("bot.commands.detect", "detect the language of each stdin line"),
    ("translate",): ("bot.commands.translate", "translate stdin to stdout"),
    ("claims",): ("bot.commands.claims", "extract attributed claims from English text files"),
    ("models", "list"): ("bot.translation.commands", "show translation routes and what is downloaded"),
    ("models", "fetch"): ("bot.translation.commands", "download the models for some languages"),
    ("models", "convert"): ("bot.translation.commands", "convert downloaded models to CTranslate2 int8"),
    ("eval", "extraction"): ("bot.evaluation.extraction", "article extraction on the scrapinghub benchmark"),
    ("eval", "langid"): ("bot.evaluation.langid", "language identification accuracy"),
    ("eval", "attribution"): ("bot.evaluation.attribution", "claim extraction against PolNeAR annotations"),
    ("eval", "summary"): ("bot.evaluation.summary", "summary quality on multi-side articles"),
    ("bench", "translate"): ("bot.benchmarks.translate", "translation speed and memory per backend"),
    ("bench", "pipeline"): ("bot.benchmarks.pipeline", "end-to-end time for a standard article"),
    ("bench", "load"): ("bot.benchmarks.load", "the bot under 50 simultaneous chats"),
    ("bench", "all"): ("bot.benchmarks.all", "every benchmark and evaluation, for the README tables"),
    ("doctor",): ("bot.doctor", "check configuration, models, disk and database"),
    ("worker",): ("bot.jobs.worker", "run a task-queue worker (needs ATTRIBOT_BROKER_URL)"),
}


class CommandModule(Protocol):
    def add_arguments(self, parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None: ...

    def main(self, args: argparse.Namespace, settings: Settings) -> int: ...


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="attribot", description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and errors with traces")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}
    for path, (module_name, help_text) in COMMANDS.items():
        module = _load(module_name)
        if module is None:
            continue
        if len(path) == 1:
            sub = top.add_parser(path[0], help=help_text, description=help_text)
        else:
            if path[0] not in groups:
                group = top.add_parser(path[0], help=f"{path[0]} commands")
                groups[path[0]] = group.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
            sub = groups[path[0]].add_parser(path[1], help=help_text, description=help_text)
        module.add_arguments(sub, path)
        sub.set_defaults(handler=module, command_path=path)
    return parser


def _load(module_name: str) -> CommandModule | None:
    """Import a command module; one that does not exist yet (a feature not built) is left out of the parser."""
    try:
        return cast(CommandModule, importlib.import_module(module_name))
    except ModuleNotFoundError as error:
        if error.name and module_name.startswith(error.name):
            return None
        raise


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(f"attribot: {error}", file=sys.stderr)
        return 2
    configure_logging("DEBUG" if args.verbose else settings.log_level)
    handler: CommandModule = args.handler
    try:
        return handler.main(args, settings)
    except AttribotError as error:
        print(f"attribot: {error.user_message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        log.debug("internal error", exc_info=True)
        print(f"attribot: internal error ({type(error).__name__}); run with -v for details", file=sys.stderr)
        return 1


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # httpx logs every request URL at INFO; for the Telegram API that URL contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)


if __name__ == "__main__":
    sys.exit(main())
