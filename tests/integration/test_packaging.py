"""The wheel that `pip install .` and the Docker image install carries every file the code reads at run time
(outside a checkout there is no `models/catalog.toml` to fall back on)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("hatchling", reason="the dev extra is not installed: pip install -e '.[dev]'")

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_FILES = {
    "bot/data/catalog.toml",
    "bot/benchmarks/data/article-fr.txt",
    "bot/benchmarks/data/article-fr.en.txt",
    "bot/benchmarks/data/article-en.txt",
    "bot/benchmarks/data/fr_news_sentences.txt",
}


@pytest.mark.slow
def test_the_wheel_carries_the_catalog_and_the_benchmark_data(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q", "-w", str(tmp_path)]
    subprocess.run([*command, str(ROOT)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("attribot-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(name for name in names if name.endswith("entry_points.txt"))
        assert "attribot = bot.cli:main" in archive.read(entry_points).decode()
        catalog = archive.read("bot/data/catalog.toml").decode()
    assert names >= RUNTIME_FILES
    assert catalog == (ROOT / "models" / "catalog.toml").read_text(encoding="utf-8")
    assert not any(name.startswith(("tests/", "models/", "deploy/")) for name in names)
