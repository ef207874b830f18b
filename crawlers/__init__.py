"""Pantau's crawling layer: a Scrapy project plus the portal registry.

- `crawlers.portals.registry()`: every known portal (hand records per province + generated
  official portals); `pantau portals list | check | docs`.
- `crawlers.runner.run_crawl(...)`: one crawl in a subprocess (`python -m crawlers.run`), returning
  its stats; pages land in `raw/pages/portal=<name>/`, stats in `raw/runs/<run_id>/<name>.json`.
- `scrapy crawl portal -a portal=NAME` (or `-a url=...`) works from the repository root too.
"""
