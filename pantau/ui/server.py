"""Start Datasette on 127.0.0.1 over the SQLite file built from the tables.

The file is opened immutable (`-i` in Datasette's terms): nothing in the UI can write, and
Datasette may cache counts. The socket is bound before the URL is printed, so `--port 0`
(any free port) works and the printed address is already reachable.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn
from datasette.app import Datasette

from pantau.ui.metadata import DATABASE, SETTINGS, build_metadata
from pantau.ui.sqlite_build import refresh
from pipeline.core.errors import InputError

HOST = "127.0.0.1"  # the UI is for the person at this machine; never listen on other addresses
DEFAULT_PORT = 8001


def make_datasette(db_path: Path) -> Datasette:
    """A read-only Datasette over `db_path` with Pantau's facets, canned queries and limits."""
    return Datasette(
        immutables=[str(db_path)],
        metadata=build_metadata(),
        settings=dict(SETTINGS),
    )


def bind_socket(port: int, host: str = HOST) -> socket.socket:
    """A listening TCP socket on host:port (0 picks a free port); a busy port is a clear error."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise InputError(
                f"--port {port}: already in use on {host}; pick another or use --port 0"
            ) from exc
        raise InputError(f"--port {port}: cannot listen on {host}: {exc}") from exc
    sock.listen(128)
    return sock


def ui_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{host}:{port}/{DATABASE}"


async def _serve(ds: Datasette, sock: socket.socket) -> None:
    await ds.invoke_startup()
    config = uvicorn.Config(ds.app(), lifespan="on", log_level="warning", access_log=False)
    await uvicorn.Server(config).serve(sockets=[sock])


def run_ui(
    data_dir: Path,
    *,
    port: int = DEFAULT_PORT,
    open_browser: bool = True,
    echo: Callable[[str], Any] = print,
) -> None:
    """Refresh the SQLite file from the tables, then serve it until interrupted."""
    db_path, counts, rebuilt = refresh(data_dir)
    summary = ", ".join(f"{name} {n}" for name, n in counts.items())
    echo(f"{'Built' if rebuilt else 'Reusing'} {db_path} ({summary})")
    if not any(counts.values()):
        echo(f"No table rows under {data_dir / 'tables'}: run `pantau demo` or a crawl first.")
    ds = make_datasette(db_path)
    sock = bind_socket(port)
    url = ui_url(sock)
    echo(f"Pantau UI: {url}  (Ctrl+C to stop)")
    if open_browser:
        webbrowser.open(url)
    try:
        asyncio.run(_serve(ds, sock))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
