"""`pantau serve`: a local Prefect server (SQLite, a child process) plus the scheduled deployments.

Prefect's temporary server refuses cron schedules, so serving needs `prefect server start`
(PITFALLS.md). Its address goes to <prefect home>/server.json, so other `pantau` commands
started meanwhile record their runs on the same server instead of starting their own.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import serve
from prefect.schedules import Cron
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.crawl import crawl_flow
from flows.full import full_flow
from flows.prefect_env import SERVER_FILE
from flows.schedules import Schedule
from pipeline.core.errors import PantauError

STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_deployments(schedules: list[Schedule]) -> list[Any]:
    """One RunnerDeployment per schedule: the full run, or the crawl alone when process = false."""
    deployments = []
    for schedule in schedules:
        target = full_flow if schedule.process else crawl_flow
        deployments.append(
            target.to_deployment(
                name=schedule.name,
                schedules=[Cron(schedule.cron, timezone=schedule.timezone)],
                parameters=schedule.flow_parameters(),
                tags=["pantau", f"schedule:{schedule.name}"],
                description=f"pantau schedule {schedule.name!r}: {schedule.cron} ({schedule.timezone})",
            )
        )
    return deployments


def _wait_healthy(api_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(encoding="utf-8", errors="replace")[-800:]
            raise PantauError(
                f"the Prefect server exited with code {process.returncode}; log {log}:\n{tail}"
            )
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise PantauError(f"the Prefect server did not answer within {STARTUP_SECONDS} s; log: {log}")


@contextmanager
def prefect_server(home: Path, port: int = 0) -> Iterator[str]:
    """A `prefect server start` child process for the block; yields its API URL."""
    port = port or free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log = home / "server.log"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    cmd = [
        sys.executable,
        "-m",
        "prefect",
        "server",
        "start",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--analytics-off",
    ]
    with open(log, "ab") as handle:
        process = subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env)
    info = home / SERVER_FILE
    try:
        _wait_healthy(api_url, process, log)
        info.write_text(json.dumps({"api_url": api_url, "pid": process.pid}), encoding="utf-8")
        yield api_url
    finally:
        info.unlink(missing_ok=True)
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def serve_schedules(schedules: list[Schedule], home: Path, port: int = 0) -> None:
    """Start the server, register the deployments and run them on schedule until interrupted."""
    with prefect_server(home, port) as api_url:
        os.environ["PREFECT_API_URL"] = api_url  # flow-run subprocesses inherit it
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            serve(*build_deployments(schedules), print_starting_message=True)
