"""Portal health from the crawl_runs and articles tables: flags, the report table, exit verdict.

Pure functions over DataFrames so they can be tested without a crawl; `health_from_store`
reads the tables. A portal is flagged when its latest run failed or found zero articles, when
that run's error rate passes `monitoring.max_error_rate`, or when its newest article is older
than `monitoring.silent_days`.

Only a failing *stable* portal blocks (`pantau report` exits 1). A portal whose base URL is a
loopback address (the bundled demo, a fixture site) is a local test site: its silence is shown
but neither blocks nor alerts — the demo's articles are dated 2023–24 on purpose, so their age
says nothing about a crawl's health — while its crawl failures count like any portal's.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from crawlers.portals import registry
from flows.targets import portal_status, seen_records
from pipeline.core.settings_model import Settings
from pipeline.store import TableStore

SILENT = "silent:"  # how a silence problem starts
MIN_BODY_WORDS = 20  # a body shorter than this is counted as missing in the coverage figure
ARTICLE_COLUMNS = ["portal", "title", "published_at", "fetched_at", "word_count", "dup_of"]


@dataclass
class PortalHealth:
    portal: str
    portal_status: str  # registry status: stable, unverified, ...
    problems: list[str] = field(default_factory=list)
    last_run: str | None = None
    last_run_status: str | None = None
    last_success: datetime | None = None
    newest_article: datetime | None = None
    articles_7d: int = 0
    articles_30d: int = 0
    articles_total: int = 0
    title_coverage: float | None = None
    date_coverage: float | None = None
    body_coverage: float | None = None
    local: bool = False  # served from a loopback address: a test site, whose silence is not counted

    @property
    def health(self) -> str:
        return "failing" if self.problems else "ok"

    @property
    def counted_problems(self) -> list[str]:
        """The problems that block and alert: all but a local test site's silence."""
        return [p for p in self.problems if not (self.local and p.startswith(SILENT))]

    @property
    def blocking(self) -> bool:
        """A stable portal with a counted problem makes `pantau report` exit non-zero."""
        return bool(self.counted_problems) and self.portal_status == "stable"

    @property
    def alerting(self) -> bool:
        return bool(self.counted_problems)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["health"] = self.health
        for key in ("last_success", "newest_article"):
            out[key] = out[key].isoformat() if out[key] is not None else None
        return out


def is_local_url(url: str | None) -> bool:
    """True for a base URL on this machine: localhost or a loopback IP address."""
    host = (urlsplit(url or "").hostname or "").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def error_rate(pages: int, errors: int) -> float:
    """Errors per fetched response; a run with errors and no response at all counts as 1.0."""
    if pages <= 0:
        return 1.0 if errors > 0 else 0.0
    return min(1.0, errors / pages)


def articles_seen(run: dict[str, Any]) -> int:
    """Articles the run saw listed, new or not: an incremental run may fetch none of them."""
    extra = run.get("stats")
    if isinstance(extra, str):
        try:
            extra = json.loads(extra)
        except ValueError:
            extra = {}
    discovery = (extra or {}).get("discovery") if isinstance(extra, dict) else None
    discovery = discovery or run.get("discovery") or []
    listed = sum(int(d.get("listed") or 0) for d in discovery if isinstance(d, dict))
    return max(int(run.get("articles") or 0), listed)


def run_problems(run: dict[str, Any], max_error_rate: float) -> list[str]:
    """What is wrong with one crawl run (a crawl_runs row); empty when it is healthy."""
    problems = []
    status = run.get("status")
    if status == "failed":
        problems.append(f"crawl failed ({run.get('finish_reason') or 'no reason'})")
    if articles_seen(run) == 0:
        problems.append("zero articles found")
    rate = error_rate(int(run.get("pages") or 0), int(run.get("errors") or 0))
    if rate > max_error_rate:
        problems.append(f"error rate {rate:.0%} > {max_error_rate:.0%}")
    short = stopped_short(run)
    if short:
        problems.append(f"stopped before reaching known articles or the horizon ({short})")
    return problems


# walk stops that leave a possible gap (crawlers.walks), and run ends that cut the walks
SHORT_STOPS = frozenset({"budget", "page_limit", "error", "shutdown"})


def stopped_short(run: dict[str, Any]) -> str | None:
    """The stop reason of a run that ended its walks early (a crawl_runs row or a stats dict)."""
    raw = run.get("coverage")
    coverage: dict[str, Any] = raw if isinstance(raw, dict) else {}
    reason = run.get("stop_reason") or coverage.get("stop_reason")
    if not isinstance(reason, str) or run.get("status") == "failed":
        return None  # a row from before coverage was recorded, or a failure reported as such
    return reason if reason in SHORT_STOPS or reason.startswith("timeout") else None


def _as_utc(value: Any) -> datetime | None:
    if value is None or pd.isna(value):
        return None
    stamp = pd.Timestamp(value)
    stamp = stamp.tz_localize(UTC) if stamp.tzinfo is None else stamp.tz_convert(UTC)
    moment: datetime = stamp.to_pydatetime()
    return moment


def _article_dates(articles: pd.DataFrame) -> pd.Series:
    """Publication time in UTC, falling back to fetch time when the date is unknown."""
    published = pd.to_datetime(articles["published_at"], utc=True)
    fetched = pd.to_datetime(articles["fetched_at"], utc=True)
    return published.fillna(fetched)


def _coverage(articles: pd.DataFrame) -> tuple[float | None, float | None, float | None]:
    if articles.empty:
        return None, None, None
    title = articles["title"].fillna("").str.strip().ne("").mean()
    date = articles["published_at"].notna().mean()
    body = (articles["word_count"].fillna(0) >= MIN_BODY_WORDS).mean()
    return float(title), float(date), float(body)


def portal_health(
    portal: str,
    runs: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    portal_status: str,
    now: datetime,
    max_error_rate: float,
    silent_days: int,
) -> PortalHealth:
    """Health of one portal from its own crawl_runs rows and article rows."""
    health = PortalHealth(portal=portal, portal_status=portal_status)
    if not runs.empty:
        ordered = runs.sort_values(["started_at", "run_id"])
        latest = ordered.iloc[-1].to_dict()
        health.last_run, health.last_run_status = latest.get("run_id"), latest.get("status")
        health.problems.extend(run_problems(latest, max_error_rate))
        seen = (
            ordered.apply(lambda row: articles_seen(row.to_dict()), axis=1)
            if len(ordered)
            else ordered["articles"]
        )
        good = ordered[ordered["status"].isin(["ok", "partial"]) & (seen > 0)]
        health.last_success = _as_utc(good["finished_at"].max()) if not good.empty else None
    originals = articles[articles["dup_of"].isna()] if "dup_of" in articles else articles
    health.articles_total = len(originals)
    if not originals.empty:
        dates = _article_dates(originals)
        health.newest_article = _as_utc(dates.max())
        health.articles_7d = int((dates >= now - timedelta(days=7)).sum())
        health.articles_30d = int((dates >= now - timedelta(days=30)).sum())
        health.title_coverage, health.date_coverage, health.body_coverage = _coverage(originals)
    newest = health.newest_article
    if newest is not None and newest < now - timedelta(days=silent_days):
        health.problems.append(
            f"{SILENT} newest article {newest:%Y-%m-%d} is older than {silent_days} days"
        )
    if runs.empty and originals.empty:
        health.problems.append("never crawled")
    return health


def health_table(
    runs: pd.DataFrame,
    articles: pd.DataFrame,
    statuses: dict[str, str],
    *,
    now: datetime | None = None,
    max_error_rate: float,
    silent_days: int,
    portals: list[str] | None = None,
    local: set[str] | frozenset[str] = frozenset(),
) -> list[PortalHealth]:
    """One PortalHealth per portal seen in runs or articles (or per name in `portals`);
    the names in `local` are local test sites (see the module docstring)."""
    now = now or datetime.now(UTC)
    names = portals or sorted(
        set(runs.get("portal", pd.Series(dtype=str)))
        | set(articles.get("portal", pd.Series(dtype=str)))
    )
    out = []
    for name in names:
        out.append(
            portal_health(
                name,
                runs[runs["portal"] == name] if not runs.empty else runs,
                articles[articles["portal"] == name] if not articles.empty else articles,
                portal_status=statuses.get(name, "unverified"),
                now=now,
                max_error_rate=max_error_rate,
                silent_days=silent_days,
            )
        )
        out[-1].local = name in local
    return out


def health_from_store(
    data_dir: Path,
    config: Settings,
    *,
    portals: list[str] | None = None,
    now: datetime | None = None,
) -> list[PortalHealth]:
    """Read crawl_runs and articles from the data folder and judge every portal in them."""
    store = TableStore(data_dir)
    runs = store.read("crawl_runs")
    articles = store.read("articles", ARTICLE_COLUMNS)
    names = portals or sorted(set(runs["portal"]) | set(articles["portal"]))
    statuses = {name: portal_status(name, data_dir / "state") for name in names}
    local = {name for name in names if is_local_url(base_url_of(name, data_dir / "state"))}
    monitoring = config.monitoring
    return health_table(
        runs,
        articles,
        statuses,
        now=now,
        max_error_rate=float(monitoring.max_error_rate),
        silent_days=monitoring.silent_days,
        portals=names,
        local=local,
    )


def base_url_of(name: str, state_dir: Path) -> str | None:
    """A portal's base URL: from the registry, else from its ad-hoc record (the demo's)."""
    portal = registry().get(name)
    if portal is not None:
        return portal.base_url
    url = (seen_records(state_dir).get(name) or {}).get("base_url")
    return url if isinstance(url, str) else None
