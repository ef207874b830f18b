"""The demo server on the same ports every time, so a second demo run finds the same URLs.

Article ids hash the URL and the URL holds the port: a demo on fresh ports would store every
article again under a new id. The first run picks free ports and remembers them in the data
folder's state; later runs reuse them (falling back to free ports, with a note, when taken).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pantau.demo.server import DemoServer

PORTS_FILE = "demo_ports.json"


def remembered_ports(state_dir: Path) -> dict[str, int]:
    try:
        data = json.loads((state_dir / PORTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): int(v) for k, v in data.items() if isinstance(v, int) and 0 < v < 65536}


def remember_ports(state_dir: Path, records: list[dict[str, Any]]) -> None:
    ports = {r["name"]: urlsplit(r["base_url"]).port for r in records}
    state_dir.mkdir(parents=True, exist_ok=True)
    path = state_dir / PORTS_FILE
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(ports, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


@contextmanager
def demo_server(state_dir: Path) -> Iterator[tuple[list[dict[str, Any]], str]]:
    """Serve the demo portals; yields (portal records, a note when the ports had to change)."""
    wanted = remembered_ports(state_dir)
    note = ""
    server = DemoServer(ports=wanted)
    try:
        records = server.start()
    except OSError as exc:
        server.stop()
        note = (
            f"the demo's earlier ports are taken ({exc}); serving on new ports, so this run "
            "stores the demo articles under new URLs"
        )
        server = DemoServer()
        records = server.start()
    try:
        remember_ports(state_dir, records)
        yield records, note
    finally:
        server.stop()
