import argparse
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from bot import doctor
from bot.config import Settings
from bot.doctor import Check, Status

TOKEN = "123456789:AAEhBOweik6ad6PsWfQ2bQ3V2xYcJq4sT_k"
SECRET = TOKEN.split(":")[1]


def statuses(checks: list[Check]) -> dict[str, Status]:
    return {check.name: check.status for check in checks}


def test_a_well_formed_token_passes_and_is_never_printed() -> None:
    check = doctor.check_token(TOKEN)
    assert check.status is Status.OK
    assert SECRET not in check.detail and "123456789" in check.detail


@pytest.mark.parametrize("token", ["", "not-a-token", "123456789:short", "abc:" + SECRET, TOKEN + " extra"])
def test_a_missing_or_malformed_token_fails_without_showing_it(token: str) -> None:
    check = doctor.check_token(token)
    assert check.status is Status.FAIL
    assert check.fix
    if token:
        assert SECRET not in check.detail


def test_the_configuration_row_hides_secrets(settings: Settings) -> None:
    configured = replace(
        settings, telegram_token=TOKEN, webhook_secret="s3cr3t-value", broker_url="redis://:hunter2@redis:6379/0"
    )
    detail = doctor.check_configuration(configured).detail
    assert "ATTRIBOT_BROKER_URL=redis://:***@redis:6379/0" in detail
    for secret in (SECRET, "s3cr3t-value", "hunter2"):
        assert secret not in detail


def test_a_webhook_needs_https_and_a_secret(settings: Settings) -> None:
    plain = doctor.check_webhook(replace(settings, webhook_url="http://bot.example.org/hook"))
    assert [check.status for check in plain] == [Status.FAIL, Status.FAIL]
    good = doctor.check_webhook(
        replace(settings, webhook_url="https://bot.example.org/hook", webhook_secret="abc_DEF-123")
    )
    assert [check.status for check in good] == [Status.OK]


def test_a_new_database_is_created_and_reported_writable(tmp_path: Path) -> None:
    path = tmp_path / "state" / "attribot.sqlite3"
    check = doctor.check_database(path, quick=False)
    assert check.status is Status.OK and "writable" in check.detail
    assert path.exists()


def test_a_damaged_database_fails_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "attribot.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
        db.executemany("INSERT INTO t VALUES (?)", [(str(n) * 100,) for n in range(200)])
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 12] = b"\xff" * 12  # an invalid b-tree page header on page 2
    path.write_bytes(bytes(data))
    check = doctor.check_database(path, quick=False)
    assert check.status is Status.FAIL
    assert "backup" in check.fix


def fake_model(models_dir: Path, name: str) -> None:
    directory = models_dir / name
    directory.mkdir(parents=True)
    for file in ("config.json", "source.spm", "model.safetensors"):
        (directory / file).write_bytes(b"x")


def test_named_languages_get_one_row_each_and_missing_models_fail_when_offline(settings: Settings) -> None:
    fake_model(settings.models_dir, "opus-mt-de-en")
    checks = doctor.check_models(settings, ["de", "fr", "xx"])
    assert statuses(checks) == {
        "model de→en": Status.OK,
        "model fr→en": Status.FAIL,  # offline: it cannot be fetched on first use
        "model xx→en": Status.FAIL,
    }
    assert "attribot models fetch fr" in checks[1].fix


def test_a_missing_model_is_only_a_warning_when_it_can_be_downloaded(settings: Settings) -> None:
    checks = doctor.check_models(replace(settings, offline=False), ["fr"])
    assert statuses(checks) == {"model fr→en": Status.WARN}


def test_without_named_languages_one_row_summarises_the_models_on_disk(settings: Settings) -> None:
    (summary,) = doctor.check_models(settings, None)
    assert summary.status is Status.WARN and "0 of" in summary.detail
    fake_model(settings.models_dir, "opus-mt-de-en")
    (summary,) = doctor.check_models(settings, None)
    assert summary.status is Status.OK and "de" in summary.detail.split("covering: ")[1].split()


def test_low_disk_space_fails(tmp_path: Path) -> None:
    check = doctor._free_space("disk (models)", tmp_path / "not" / "yet", warn=2**62, fail=2**61)
    assert check.status is Status.FAIL and str(tmp_path) in check.detail


def test_an_unreachable_broker_fails(settings: Settings) -> None:
    pytest.importorskip("redis", reason="the scale extra is not installed")
    (check,) = doctor.check_broker(replace(settings, broker_url="redis://127.0.0.1:1/0"), quick=True)
    assert check.status is Status.FAIL and "ATTRIBOT_BROKER_URL" in check.fix


def test_a_worker_is_not_asked_for_a_bot_token_or_a_database(settings: Settings) -> None:
    names = [check.name for check in doctor.run_checks(settings, quick=True, role="worker")]
    assert "bot token" not in names and "database" not in names
    assert "english model" in names


def test_a_bot_using_workers_does_not_need_models(settings: Settings) -> None:
    pytest.importorskip("redis", reason="the scale extra is not installed")
    scaled = replace(settings, broker_url="redis://127.0.0.1:1/0")
    names = [check.name for check in doctor.run_checks(scaled, quick=True)]
    assert "models" not in names and "broker" in names and "database" in names


def test_the_command_prints_a_table_and_exits_2_on_any_failure(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    args = argparse.Namespace(quick=True, languages=None, role="bot")
    assert doctor.main(args, settings) == 2  # no token
    assert doctor.main(args, replace(settings, telegram_token=TOKEN)) == 0
    out = capsys.readouterr().out
    assert "bot token" in out and "FAIL" in out and "0 failed" in out and SECRET not in out
