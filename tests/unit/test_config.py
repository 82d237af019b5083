from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, describe


def test_env_values_are_parsed_by_type() -> None:
    settings = Settings.from_env(
        {
            "ATTRIBOT_OFFLINE": "yes",
            "ATTRIBOT_THREADS": "4",
            "ATTRIBOT_FETCH_TIMEOUT": "2.5",
            "ATTRIBOT_MODELS_DIR": "/srv/models",
            "ATTRIBOT_ALLOWED_CHATS": "12, -100345",
            "ATTRIBOT_BACKEND": "transformers",
        }
    )
    assert settings.offline is True
    assert settings.threads == 4
    assert settings.fetch_timeout == 2.5
    assert settings.models_dir == Path("/srv/models")
    assert settings.allowed_chats == (12, -100345)
    assert settings.backend == "transformers"


def test_empty_environment_gives_defaults() -> None:
    settings = Settings.from_env({})
    assert settings.offline is False
    assert settings.allow_private_hosts is False
    assert settings.max_download_bytes == 5_000_000


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ATTRIBOT_THREADS", "many"),
        ("ATTRIBOT_OFFLINE", "perhaps"),
        ("ATTRIBOT_BACKEND", "onnx"),
        ("ATTRIBOT_WORKERS", "0"),
    ],
)
def test_bad_values_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value})


def test_every_setting_is_documented_in_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    missing = [env for env, _default, _help in describe() if f"`{env}`" not in readme]
    assert missing == []
