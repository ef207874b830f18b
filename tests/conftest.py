"""Fixtures shared by every test package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.config import settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh PANTAU_DATA_DIR for one test; the config cache is cleared around it."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PANTAU_DATA_DIR", str(folder))
    settings.cache_clear()
    yield folder
    settings.cache_clear()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the clone; tests that need it skip with a clear message when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}: shared seeds and benchmarks are only beside CI's clone")
    return SHARED
