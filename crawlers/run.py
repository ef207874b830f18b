"""One crawl in this process: `python -m crawlers.run (--portal NAME | --portal-json JSON | --url URL)
--data-dir D --run-id R [--max-pages N] [--since DATE] [--allow-private] [--settings-json JSON]`.

Writes article pages under D/raw/pages/ and the stats JSON D/raw/runs/<run_id>/<portal>.json.
Run it as a subprocess (crawlers.runner): Scrapy's reactor cannot restart within one process.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from crawlers import redaction
from crawlers.portals import Portal
from crawlers.runid import default_run_id
from crawlers.runstats import stats_path
from crawlers.scale import redis_settings
from crawlers.settings import from_pantau_config
from crawlers.spiders.args import horizon_from, resolve_portal
from pipeline.core.config import load_config
from pipeline.core.errors import InputError, PantauError


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m crawlers.run", description=__doc__.split("\n\n")[0]
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--portal", help="a registry portal name")
    target.add_argument(
        "--portal-json", help="a portal record as JSON (crawlers.portals.Portal fields)"
    )
    target.add_argument("--url", help="crawl any site from its base URL (generic discovery)")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the configured one)")
    parser.add_argument("--run-id", default=None, help="run id (default: a UTC timestamp)")
    parser.add_argument(
        "--max-pages", type=int, default=0, help="stop after storing N article pages"
    )
    parser.add_argument(
        "--since", default=None, help="horizon: walk back to this date (default: crawl.since)"
    )
    parser.add_argument(
        "--allow-private", action="store_true", help="allow private/loopback addresses"
    )
    parser.add_argument(
        "--settings-json", default=None, help="Scrapy setting overrides as a JSON object"
    )
    parser.add_argument(
        "--log-level", default=None, help="Scrapy LOG_LEVEL (default: INFO or the settings')"
    )
    return parser.parse_args(argv)


# component tables an override amends rather than replaces: {"X": None} disables X alone, and a
# portal's table can never silently drop the safety middlewares or the resolver's companion
COMPONENT_SETTINGS = (
    "DOWNLOADER_MIDDLEWARES",
    "SPIDER_MIDDLEWARES",
    "ITEM_PIPELINES",
    "EXTENSIONS",
)


def merged_components(settings: Any, overrides: dict[str, Any]) -> dict[str, Any]:
    """`overrides` with each component table merged over the table already in `settings`."""
    merged = dict(overrides)
    for key in COMPONENT_SETTINGS:
        if isinstance(overrides.get(key), dict):
            current = settings.get(key) or {}
            current = current.copy_to_dict() if hasattr(current, "copy_to_dict") else dict(current)
            merged[key] = {**current, **overrides[key]}
    return merged


def scrapy_settings(portal: Portal, args: argparse.Namespace) -> dict[str, Any]:
    """Effective settings: project module < Pantau config < portal politeness < --settings-json."""
    from scrapy.settings import Settings

    config = load_config()
    if args.data_dir:
        config = dataclasses.replace(config, data_dir=args.data_dir.resolve())
    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    settings.setdict(from_pantau_config(config), priority="project")
    # crawl.redis_url: workers share an article queue and seen-set (crawlers.scale)
    settings.setdict(redis_settings(config, portal.name), priority="project")
    settings.setdict(merged_components(settings, portal.politeness), priority="spider")
    if args.settings_json:
        try:
            overrides = json.loads(args.settings_json)
        except json.JSONDecodeError as exc:
            raise InputError(f"--settings-json is not valid JSON: {exc}") from exc
        if not isinstance(overrides, dict):
            raise InputError("--settings-json must be a JSON object of Scrapy settings")
        settings.setdict(merged_components(settings, overrides), priority="cmdline")
    if args.log_level:
        settings.set("LOG_LEVEL", args.log_level, priority="cmdline")
    return settings  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    from scrapy.crawler import CrawlerProcess

    from crawlers.spiders.portal import PortalSpider

    args = parse_args(argv)
    try:
        portal = resolve_portal(args.portal, args.portal_json, args.url)
        settings = scrapy_settings(portal, args)
        horizon_from(args.since, 0)  # a bad date is refused before Scrapy starts
    except PantauError as exc:
        print(f"crawlers.run: {exc}", file=sys.stderr)
        return 2
    run_id = args.run_id or default_run_id()
    process = CrawlerProcess(settings)
    redaction.install()  # after CrawlerProcess has installed its root handler
    process.crawl(
        PortalSpider,
        portal=portal,
        url=args.url,
        run_id=run_id,
        max_pages=args.max_pages,
        allow_private=args.allow_private,
        since=args.since,
    )
    process.start()
    written = stats_path(Path(str(settings.get("PANTAU_DATA_DIR"))), run_id, portal.name).exists()
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
