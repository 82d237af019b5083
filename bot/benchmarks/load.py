"""`attribot bench load`: the real bot under many chats at once, against the Bot API emulator on loopback.

Each chat is a different user pasting a different article at the same moment (distinct texts, so neither the
cache nor request de-duplication hides work). A few of them paste a 5,000-word article first: the report shows
whether the short requests behind them were answered while the long ones were still running, i.e. that one long
article does not hold up everyone else. Without `--tokenizer-dir` the articles are English (no translation); with
it, the long articles and every other short one are French, translated by the random opus-mt base model of
`bench pipeline`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from bot.config import Settings

TOKEN = "123456789:AAbenchmarkTOKENbenchmarkTOKEN_bench"  # noqa: S105 - the emulator's, not a secret
REPLY_TIMEOUT_S = 900.0
LONG_ARTICLE_WORDS = 5_000


@dataclass(frozen=True)
class Chat:
    user_id: int
    text: str
    long: bool


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("--chats", type=int, default=50, help="simultaneous chats (default 50)")
    parser.add_argument("--long", type=int, default=2, help="of which paste a 5,000-word article (default 2)")
    parser.add_argument("--workers", type=int, help="worker pool size (default: ATTRIBOT_WORKERS)")
    parser.add_argument("--tokenizer-dir", type=Path, help="opus-mt tokenizer: half the chats paste French")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of results")
    parser.add_argument("--smoke", action="store_true", help="6 chats, 1 long: checks it runs")


def main(args: argparse.Namespace, settings: Settings) -> int:
    chats_count, long_count = (6, 1) if args.smoke else (max(1, args.chats), max(0, args.long))
    with tempfile.TemporaryDirectory(prefix="attribot-load-") as scratch:
        work = Path(scratch)
        tuned = settings.with_overrides(
            db_path=work / "attribot.sqlite3",
            models_dir=work / "models",
            offline=True,
            workers=args.workers or settings.workers,
            rate_limit_per_minute=1_000,
            cache_ttl_seconds=0,
        )
        pipeline = _pipeline(tuned, work, args.tokenizer_dir)
        pipeline.warm_up()  # measure serving, not the one-off model loading the bot also does at start
        chats = make_chats(chats_count, long_count, french=args.tokenizer_dir is not None)
        report = asyncio.run(run_load(tuned, pipeline, chats))
    print_table(report, file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(report))
    return 0 if report["answered"] == report["requests"] else 1


def _pipeline(settings: Settings, work: Path, tokenizer_dir: Path | None) -> Any:
    if tokenizer_dir is None:
        from bot.pipeline import Pipeline

        return Pipeline(settings)
    from bot.benchmarks.pipeline import build_pipeline
    from bot.benchmarks.translate import prepare_model

    prepare_model(work, tokenizer_dir, smoke=False)
    return build_pipeline(work, settings.threads, settings)


def _data(name: str) -> str:
    return resources.files("bot.benchmarks").joinpath(f"data/{name}").read_text(encoding="utf-8")


def make_chats(count: int, long_count: int, *, french: bool) -> list[Chat]:
    """Distinct texts per chat: a numbered lead sentence makes every article unique (no cache hits)."""
    english, french_text = _data("article-en.txt"), _data("article-fr.txt")
    paragraphs = [p for p in (french_text if french else english).split("\n\n")[1:] if p.strip()]
    repeats = LONG_ARTICLE_WORDS // len(" ".join(paragraphs).split()) + 1
    long_body = "\n\n".join(paragraphs * repeats)
    chats = []
    for index in range(count):
        long = index < long_count
        if long:
            text = f"Report {index}: water shortage, full dossier\n\n{long_body}"
        elif french and index % 2:
            text = f"Dépêche {index}\n\n{french_text}"
        else:
            text = f"Report {index}\n\n{english}"
        chats.append(Chat(user_id=10_000 + index, text=text, long=long))
    return chats


async def run_load(settings: Settings, pipeline: Any, chats: list[Chat]) -> dict[str, Any]:
    from bot.telegram.emulator import FakeBotApi
    from bot.telegram.server import serve

    api = FakeBotApi(TOKEN).start()
    stop = asyncio.Event()
    bot = asyncio.create_task(serve(settings.with_overrides(telegram_token=TOKEN, telegram_api_url=api.url),
                                    pipeline, stop, grace=30.0))  # fmt: skip
    try:
        await api.wait_for(lambda: api.calls_of("getUpdates") or bot.done(), timeout=120, what="the bot to start")
        if bot.done():
            bot.result()
        sent_at: dict[int, float] = {}
        for chat in chats:
            user = api.user(chat.user_id, first_name=f"User{chat.user_id}")
            api.send(api.private_chat(user), user, chat.text)
            sent_at[chat.user_id] = time.monotonic()
        answered_at = await _wait_for_replies(api, chats, REPLY_TIMEOUT_S)
    finally:
        stop.set()
        await asyncio.wait_for(bot, timeout=60)
        api.stop()
    return _report(chats, sent_at, answered_at, settings.workers)


async def _wait_for_replies(api: Any, chats: list[Chat], timeout: float) -> dict[int, float]:
    """When each chat's final reply (a message no longer showing the ⏳ status) first appeared."""
    answered: dict[int, float] = {}
    deadline = time.monotonic() + timeout
    while len(answered) < len(chats) and time.monotonic() < deadline:
        now = time.monotonic()
        for chat in chats:
            if chat.user_id in answered:
                continue
            if any(not m.text.startswith("⏳") for m in api.bot_messages(chat.user_id)):
                answered[chat.user_id] = now
        await asyncio.sleep(0.05)
    return answered


def _report(
    chats: list[Chat], sent_at: dict[int, float], answered_at: dict[int, float], workers: int
) -> dict[str, Any]:
    waits = {c.user_id: answered_at[c.user_id] - sent_at[c.user_id] for c in chats if c.user_id in answered_at}
    short = [waits[c.user_id] for c in chats if not c.long and c.user_id in waits]
    long = [waits[c.user_id] for c in chats if c.long and c.user_id in waits]
    first_long_done = min((answered_at[c.user_id] for c in chats if c.long and c.user_id in answered_at), default=None)
    short_before_long = (
        sum(1 for c in chats if not c.long and answered_at.get(c.user_id, float("inf")) < first_long_done)
        if first_long_done is not None
        else len(short)
    )
    all_waits = sorted(waits.values())
    return {
        "requests": len(chats),
        "answered": len(waits),
        "lost": len(chats) - len(waits),
        "workers": workers,
        "p50_s": round(statistics.median(all_waits), 2) if all_waits else None,
        "p95_s": round(all_waits[max(0, -(-len(all_waits) * 95 // 100) - 1)], 2) if all_waits else None,
        "short_p50_s": round(statistics.median(short), 2) if short else None,
        "long_p50_s": round(statistics.median(long), 2) if long else None,
        "long_requests": sum(1 for c in chats if c.long),
        "short_answered_before_first_long": short_before_long,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def print_table(report: dict[str, Any], file: Any) -> None:
    print(
        f"{report['requests']} chats at once ({report['long_requests']} with a {LONG_ARTICLE_WORDS:,}-word "
        f"article), {report['workers']} workers",
        file=file,
    )
    print(
        f"answered {report['answered']}/{report['requests']} (lost {report['lost']}); time to reply p50 "
        f"{report['p50_s']} s, p95 {report['p95_s']} s; peak RSS {report['peak_rss_mb']} MB",
        file=file,
    )
    print(
        f"short articles p50 {report['short_p50_s']} s, long p50 {report['long_p50_s']} s; "
        f"{report['short_answered_before_first_long']} short replies came before the first long one finished",
        file=file,
    )
