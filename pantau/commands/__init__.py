"""Command groups of the `pantau` CLI; each module has `register(app)`."""

from __future__ import annotations

import typer

from pantau.commands import (
    config_cmd,
    crawl_cmd,
    extract_cmd,
    monitor_cmd,
    ops_cmd,
    query_cmd,
    store_cmd,
    ui_cmd,
)


def register_all(app: typer.Typer) -> None:
    for module in (
        ops_cmd,
        monitor_cmd,
        crawl_cmd,
        extract_cmd,
        query_cmd,
        store_cmd,
        ui_cmd,
        config_cmd,
    ):
        module.register(app)
