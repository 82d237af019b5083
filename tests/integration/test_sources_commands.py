"""`attribot fetch`: the extracted article as text or JSON, and refusals as user errors."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator

import pytest

from bot.commands import fetch as fetch_command
from bot.config import Settings
from bot.errors import RefusedSource
from tests.support.http_server import LocalServer, article_html, serve

PARAGRAPHS = [
    "The harbour authority said on Friday that the new container terminal would open in the spring.",
    "Shipping companies welcomed the decision but asked for lower fees during the first year of operation.",
]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve() as running:
        running.page("/news", article_html("New terminal to open in spring", PARAGRAPHS, lang="nl"))
        yield running


def _run(argv: list[str], settings: Settings) -> int:
    parser = argparse.ArgumentParser()
    fetch_command.add_arguments(parser, ("fetch",))
    return fetch_command.main(parser.parse_args(argv), settings)


def test_fetch_prints_metadata_and_text(
    server: LocalServer, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run([server.url("/news")], settings.with_overrides(allow_private_hosts=True)) == 0
    out = capsys.readouterr().out
    assert "title:    New terminal to open in spring" in out
    assert "language: nl" in out
    assert out.rstrip().endswith("\n\n".join(PARAGRAPHS))


def test_fetch_json(server: LocalServer, settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run([server.url("/news"), "--json"], settings.with_overrides(allow_private_hosts=True)) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["text"] == "\n\n".join(PARAGRAPHS)
    assert article["title"] == "New terminal to open in spring"
    assert article["site"] == "Example News"
    assert article["language_hint"] == "nl"
    assert article["url"] == server.url("/news")


def test_fetch_refuses_local_addresses_by_default(server: LocalServer, settings: Settings) -> None:
    with pytest.raises(RefusedSource):
        _run([server.url("/news")], settings)


def test_fetch_refuses_other_schemes(settings: Settings) -> None:
    with pytest.raises(RefusedSource, match="http and https"):
        _run(["file:///etc/passwd"], settings)
