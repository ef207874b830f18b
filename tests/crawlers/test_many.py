"""Many portals crawled in one Scrapy process (crawlers.many): each keeps its own stats and pages."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest

from crawlers.runner import run_many
from tests.crawlers import blog, sites
from tests.crawlers.conftest import fixture_portal, stored_rows
from tests.crawlers.fixture_server import serve

pytestmark = pytest.mark.slow


def test_portals_sharing_a_process_get_their_own_stats_pages_and_politeness(data_dir: Path) -> None:
    made = [
        blog.Blog(blog.posts(15)).site,
        sites.cms_site(n=12),
        sites.sitemap_only_site(n=5),
        sites.feed_only_site(n=4),
    ]
    with ExitStack() as stack:
        served = [stack.enter_context(serve(site)) for site in made]
        portals = [fixture_portal(s.base_url, name=f"p{i}") for i, s in enumerate(served)]
        portals.append(fixture_portal("http://127.0.0.1:9/", name="dead"))  # nothing listens there
        stats = run_many(
            portals, data_dir=data_dir, run_id="r1", processes=2, window=2, allow_private=True
        )
    assert [s["portal"] for s in stats] == ["p0", "p1", "p2", "p3", "dead"]
    assert [s["new_articles"] for s in stats] == [15, 12, 5, 4, 0]
    assert [len(stored_rows(data_dir, f"p{i}")) for i in range(4)] == [15, 12, 5, 4]
    assert stats[-1]["status"] == "failed"
    assert all(
        site.log.count("/robots.txt") == 1 for site in served
    )  # each portal its own robots.txt
