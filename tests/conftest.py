"""Fixtures every test area may use. Area-specific helpers live in tests/support/<area>.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings isolated from the environment and the user's files: temp model store and database, offline."""
    return Settings(
        models_dir=tmp_path / "models",
        db_path=tmp_path / "attribot.sqlite3",
        offline=True,
    )
