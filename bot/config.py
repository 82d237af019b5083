"""All settings in one place: environment variables `ATTRIBOT_*` (plus `TELEGRAM_BOT_TOKEN`) over defaults.

Each field declares its variable and a one-line description; `Settings.from_env` parses and validates them once,
and the README's configuration table is checked against `describe()` by a test, so the two never drift apart.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_type_hints

REPO_ROOT = Path(__file__).resolve().parent.parent


def _default_models_dir() -> Path:
    """`models/` beside the package in a source checkout; the user's cache directory for an installed wheel."""
    checkout = REPO_ROOT / "models"
    if (checkout / "catalog.toml").is_file():
        return checkout
    cache_home = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache_home / "attribot" / "models"


def _default_db_path() -> Path:
    data_home = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return data_home / "attribot" / "attribot.sqlite3"


def setting(env: str, help: str, default: Any = MISSING, default_factory: Any = MISSING) -> Any:
    """A dataclass field bound to an environment variable."""
    metadata = {"env": env, "help": help}
    if default_factory is not MISSING:
        return field(default_factory=default_factory, metadata=metadata)
    return field(default=default, metadata=metadata)


class ConfigError(ValueError):
    """A setting has a value we cannot use; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    # Models and translation
    models_dir: Path = setting(
        "ATTRIBOT_MODELS_DIR",
        "Model weights folder (default: models/ in a checkout, else ~/.cache/attribot/models)",
        default_factory=_default_models_dir,
    )
    offline: bool = setting(
        "ATTRIBOT_OFFLINE", "Never download models; a missing model is reported by name", default=False
    )
    backend: str = setting(
        "ATTRIBOT_BACKEND",
        "Translation backend: ctranslate2 (int8, fast) or transformers",
        default="ctranslate2",
    )
    threads: int = setting("ATTRIBOT_THREADS", "CPU threads per translation model", default=2)
    max_loaded_models: int = setting(
        "ATTRIBOT_MAX_LOADED_MODELS",
        "Translation models kept in memory at once (least recently used go)",
        default=3,
    )
    beam_size: int = setting("ATTRIBOT_BEAM_SIZE", "Beam width for translation (1 = greedy)", default=4)
    batch_size: int = setting("ATTRIBOT_BATCH_SIZE", "Sentences translated per batch", default=16)

    langid_high_accuracy: bool = setting(
        "ATTRIBOT_LANGID_HIGH_ACCURACY",
        "Lingua's high-accuracy language models: better on headline-length texts, about 1.3 GB instead of 200 MB",
        default=False,
    )

    # Fetching and input limits
    allow_private_hosts: bool = setting(
        "ATTRIBOT_ALLOW_PRIVATE_HOSTS",
        "Allow URLs that resolve to private/loopback addresses (tests, self-hosted intranets); off by default",
        default=False,
    )
    fetch_timeout: float = setting(
        "ATTRIBOT_FETCH_TIMEOUT", "Overall deadline for fetching a page, seconds", default=20.0
    )
    max_download_bytes: int = setting(
        "ATTRIBOT_MAX_DOWNLOAD_BYTES", "Largest page body read, after decompression", default=5_000_000
    )
    max_input_chars: int = setting(
        "ATTRIBOT_MAX_INPUT_CHARS", "Longest article text accepted (characters)", default=200_000
    )
    user_agent: str = setting(
        "ATTRIBOT_USER_AGENT",
        "User-Agent sent when fetching pages",
        default="attribot/0.1 (self-hosted news summarizer; +https://github.com/attribot/attribot)",
    )

    # Summary
    summary_length: str = setting(
        "ATTRIBOT_SUMMARY_LENGTH", "Default summary length: short, normal or detailed", default="normal"
    )

    # Telegram bot
    telegram_token: str = setting("TELEGRAM_BOT_TOKEN", "Bot token from @BotFather (required for `run`)", default="")
    telegram_api_url: str = setting(
        "ATTRIBOT_TELEGRAM_API_URL", "Bot API base URL (a local Bot API server or an emulator)", default=""
    )
    webhook_url: str = setting(
        "ATTRIBOT_WEBHOOK_URL", "Public HTTPS URL for webhook mode; empty means long polling", default=""
    )
    webhook_secret: str = setting(
        "ATTRIBOT_WEBHOOK_SECRET", "Secret token Telegram sends with webhook calls", default=""
    )
    webhook_listen: str = setting("ATTRIBOT_WEBHOOK_LISTEN", "Address the webhook server binds", default="127.0.0.1")
    webhook_port: int = setting("ATTRIBOT_WEBHOOK_PORT", "Port the webhook server binds", default=8443)
    db_path: Path = setting(
        "ATTRIBOT_DB_PATH",
        "SQLite file for chat settings and the result cache",
        default_factory=_default_db_path,
    )
    workers: int = setting("ATTRIBOT_WORKERS", "Articles processed at once (worker pool size)", default=2)
    rate_limit_per_minute: int = setting("ATTRIBOT_RATE_LIMIT", "Requests a user may make per minute", default=5)
    allowed_chats: tuple[int, ...] = setting(
        "ATTRIBOT_ALLOWED_CHATS",
        "Comma-separated user/chat ids allowed to use the bot; empty allows everyone",
        default=(),
    )
    cache_ttl_seconds: int = setting(
        "ATTRIBOT_CACHE_TTL", "How long a summary of the same URL is reused, seconds", default=86_400
    )
    auto_cooldown_seconds: int = setting(
        "ATTRIBOT_AUTO_COOLDOWN", "Minimum seconds between automatic summaries in one group", default=60
    )

    # Scale-out
    broker_url: str = setting(
        "ATTRIBOT_BROKER_URL", "Redis URL of the task queue; empty runs everything in-process", default=""
    )
    job_timeout: float = setting("ATTRIBOT_JOB_TIMEOUT", "Seconds one pipeline job may take", default=300.0)

    log_level: str = setting("ATTRIBOT_LOG_LEVEL", "Logging level (DEBUG, INFO, WARNING …)", default="INFO")

    def __post_init__(self) -> None:
        if self.backend not in ("ctranslate2", "transformers"):
            raise ConfigError(f"ATTRIBOT_BACKEND must be ctranslate2 or transformers, not {self.backend!r}")
        if self.summary_length not in ("short", "normal", "detailed"):
            raise ConfigError(f"ATTRIBOT_SUMMARY_LENGTH must be short, normal or detailed, not {self.summary_length!r}")
        for name in (
            "threads",
            "max_loaded_models",
            "beam_size",
            "batch_size",
            "workers",
            "max_download_bytes",
            "max_input_chars",
        ):
            if getattr(self, name) < 1:
                raise ConfigError(f"{_env_of(name)} must be at least 1")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f.metadata["env"])
            if raw is None or raw.strip() == "":
                continue
            values[f.name] = _parse(f.metadata["env"], hints[f.name], raw.strip())
        return cls(**values)

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @property
    def catalog_path(self) -> Path:
        return catalog_path()


def catalog_path() -> Path:
    """The model catalog: in a checkout `models/catalog.toml`; in an installed wheel a copy inside the package."""
    checkout = REPO_ROOT / "models" / "catalog.toml"
    if checkout.is_file():
        return checkout
    return Path(__file__).resolve().parent / "data" / "catalog.toml"


def _env_of(name: str) -> str:
    return str(next(f.metadata["env"] for f in fields(Settings) if f.name == name))


def _parse(env_name: str, kind: Any, raw: str) -> Any:
    try:
        if kind is bool:
            lowered = raw.lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
        if kind is Path:
            return Path(raw).expanduser()
        if kind == tuple[int, ...]:
            return tuple(int(part) for part in raw.split(",") if part.strip())
        return raw
    except ValueError:
        raise ConfigError(f"{env_name} has an invalid value: {raw!r}") from None


def describe() -> list[tuple[str, str, str]]:
    """(variable, default, description) for every setting, for the README table and `attribot doctor`."""
    rows = []
    for f in fields(Settings):
        if f.default is not MISSING:
            default = f.default
            shown = ",".join(map(str, default)) if isinstance(default, tuple) else str(default)
        else:
            shown = "(see description)"
        rows.append((f.metadata["env"], shown, f.metadata["help"]))
    return rows
