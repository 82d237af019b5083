"""deploy/.env.example must list every setting with its default, and nothing that is not a setting."""

import re
from pathlib import Path

from bot.config import describe

ENV_EXAMPLE = Path(__file__).resolve().parents[2] / "deploy" / ".env.example"
ASSIGNMENT = re.compile(r"^#?([A-Z][A-Z0-9_]*)=(.*)$")
DEPLOYMENT_ONLY = {"PREFETCH_LANGS", "WORKER_REPLICAS"}


def assignments() -> dict[str, str]:
    found = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        match = ASSIGNMENT.match(line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def test_every_setting_is_listed_with_its_default() -> None:
    listed = assignments()
    expected = {env: ("" if default == "(see description)" else default) for env, default, _help in describe()}
    assert {env: listed.get(env) for env in expected} == expected


def test_nothing_but_settings_and_known_deployment_variables_is_listed() -> None:
    settings = {env for env, _default, _help in describe()}
    assert set(assignments()) - settings == DEPLOYMENT_ONLY
