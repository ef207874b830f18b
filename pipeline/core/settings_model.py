"""The typed settings object: one frozen dataclass per section of `pipeline/defaults.toml`.

The defaults here mirror defaults.toml (the file users read and copy); a test keeps the two equal.
Values are built by `pipeline.core.config.load_config`, which checks names and types against these
classes first, so a consumer reads attributes and never meets a wrong type.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

USER_AGENT = "PantauBot/0.1 (+https://github.com/pantau-id/pantau; research crawler of Indonesian regional news)"


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    user_agent: str = USER_AGENT
    download_delay: float = 1.0
    concurrent_requests_per_domain: int = 1
    autothrottle: bool = True
    obey_robots: bool = True
    max_bytes: int = 10485760
    timeout: int = 30
    retry_times: int = 3
    max_pages: int = 0
    since: str = "2023-01-01"
    backfill_days: int = 0
    listing_budget: int = 500
    max_listing_pages: int = 50
    allow_private: bool = False
    redis_url: str = ""


@dataclass(frozen=True, slots=True)
class MonitoringSettings:
    silent_days: int = 14
    max_error_rate: float = 0.2
    flow_run_window_hours: float = 24
    alert_webhook: str = ""
    alert_command: str = ""


@dataclass(frozen=True, slots=True)
class DaskSettings:
    address: str = ""
    workers: int = 2


@dataclass(frozen=True, slots=True)
class FlowsSettings:
    crawl_timeout: float = 3600
    parallel_crawls: int = 2
    shared_crawl_from: int = 20
    shared_processes: int = 2
    shared_window: int = 150
    retries: int = 2
    retry_delay: float = 10
    batch_size: int = 50
    runner: str = "default"


@dataclass(frozen=True, slots=True)
class QuerySettings:
    timeout: float = 30
    memory_limit: str = "2GB"


def _default_schedules() -> tuple[dict[str, Any], ...]:
    return ({"name": "daily-stable", "cron": "0 2 * * *", "portals": "status:stable"},)


@dataclass(frozen=True, slots=True)
class Settings:
    """Pantau's effective configuration (field order = the order `pantau config show` prints)."""

    data_dir: Path = Path("data")
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    monitoring: MonitoringSettings = field(default_factory=MonitoringSettings)
    # the raw [[schedules]] tables: flows.schedules validates them against the portal registry,
    # which the kernel must not import
    schedules: tuple[dict[str, Any], ...] = field(default_factory=_default_schedules)
    dask: DaskSettings = field(default_factory=DaskSettings)
    flows: FlowsSettings = field(default_factory=FlowsSettings)
    query: QuerySettings = field(default_factory=QuerySettings)

    def as_dict(self) -> dict[str, Any]:
        """Plain data (data_dir as a string, schedules as a list) for printing and JSON."""
        out = dataclasses.asdict(self)
        out["data_dir"] = str(self.data_dir)
        out["schedules"] = [dict(item) for item in self.schedules]
        return out
