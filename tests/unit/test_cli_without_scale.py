"""The CLI without the optional "scale" extra (Celery and Redis): every command still loads, and `attribot
worker` says what to install instead of failing with a traceback."""

from __future__ import annotations

import sys

import pytest

from bot import cli


def test_the_cli_works_without_celery_and_redis(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for missing in ("redis", "celery"):
        monkeypatch.setitem(sys.modules, missing, None)  # an import of it fails as if it were not installed
    for loaded in [name for name in sys.modules if name.startswith("bot.jobs.")]:
        monkeypatch.delitem(sys.modules, loaded)
    parser = cli.build_parser()
    assert parser.parse_args(["detect"]).command == "detect"
    assert cli.main(["worker"]) == 2
    error = capsys.readouterr().err
    assert "pip install 'attribot[scale]'" in error
    assert "Traceback" not in error
