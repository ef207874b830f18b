"""Fixtures shared by every test package.

Prefect in tests: a throw-away PREFECT_HOME, set before anything imports Prefect. Tests never share
the developer's Prefect database, and never talk to a `pantau serve` server.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from pipeline.core.config import settings
from tests.http_server import running_server

_HOME = tempfile.mkdtemp(prefix="pantau-test-prefect-")
atexit.register(shutil.rmtree, _HOME, True)
os.environ["PREFECT_HOME"] = _HOME
os.environ.pop("PREFECT_API_URL", None)


class Receiver:
    """A webhook endpoint on 127.0.0.1 that keeps every JSON body POSTed to it."""

    def __init__(self, base_url: str, bodies: list[dict[str, Any]]) -> None:
        self.url = f"{base_url}hook"
        self.bodies = bodies


def _keeping(bodies: list[dict[str, Any]]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            bodies.append(json.loads(self.rfile.read(length)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    return Handler


def _receiver() -> Iterator[Receiver]:
    bodies: list[dict[str, Any]] = []
    with running_server(_keeping(bodies)) as base_url:
        yield Receiver(base_url, bodies)


@pytest.fixture
def webhook() -> Iterator[Receiver]:
    yield from _receiver()


@pytest.fixture(scope="session")
def session_webhook() -> Iterator[Receiver]:
    yield from _receiver()


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
        pytest.skip(
            f"../shared not found at {SHARED}: shared seeds and benchmarks are only beside CI's clone"
        )
    return SHARED
