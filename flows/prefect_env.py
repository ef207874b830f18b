"""Prefect's environment, set before `prefect` is first imported.

Prefect reads its settings when it is imported, so every module that needs Prefect calls
`configure()` first (or imports `flows.prefect_env` and calls it at the top). The defaults:
the Prefect home (SQLite database, results) under the data folder, analytics off, a generous
start-up timeout for the embedded server, and quiet logs. Anything already set in the
environment wins, so a user can point Pantau at their own Prefect server with PREFECT_API_URL.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import urllib.request
from pathlib import Path

from pipeline.core.config import data_dir as config_data_dir
from pipeline.core.errors import PantauError

SERVER_FILE = "server.json"  # written by `pantau serve`: the address of its Prefect server

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # a fresh database under load can take longer than Prefect's 20 s default (PITFALLS.md)
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_SERVER_LEVEL": "WARNING",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
}


def prefect_home(data_dir: Path | None = None) -> Path:
    """Where Prefect keeps its database and results: $PREFECT_HOME or <data>/prefect."""
    explicit = os.environ.get("PREFECT_HOME")
    return Path(explicit) if explicit else (data_dir or config_data_dir()) / "prefect"


def server_alive(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


def running_server(home: Path) -> str | None:
    """The API URL of a live `pantau serve` server for this Prefect home, if any."""
    try:
        info = json.loads((home / SERVER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = info.get("api_url") if isinstance(info, dict) else None
    return url if isinstance(url, str) and server_alive(url) else None


RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs")


class PantauErrorsWithoutTraceback(logging.Filter):
    """A PantauError is a message for the user (the CLI prints it, exit 2): Prefect's run loggers
    keep their one line about it but drop the traceback around it."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, PantauError):
            record.exc_info, record.exc_text = None, None
        return True


def quiet_pantau_errors() -> None:
    for name in RUN_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, PantauErrorsWithoutTraceback) for f in logger.filters):
            logger.addFilter(PantauErrorsWithoutTraceback())


def configure(data_dir: Path | None = None) -> Path:
    """Set Prefect's environment for this process; returns the Prefect home.

    When Prefect is already imported the settings are frozen: the call is then a no-op apart
    from returning the home Prefect was configured with.
    """
    home = prefect_home(data_dir)
    quiet_pantau_errors()  # logger objects (and their filters) outlive Prefect's logging setup
    if "prefect" in sys.modules:
        return Path(os.environ.get("PREFECT_HOME", home))
    home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(home))
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
    if "PREFECT_API_URL" not in os.environ:
        # runs started while `pantau serve` is up are recorded on its server, not a second one
        api_url = running_server(home)
        if api_url:
            os.environ["PREFECT_API_URL"] = api_url
    return home
