"""The bundled demo site: every portal shape is served, every article is discoverable, and the
committed development set matches the content it is built from."""

from __future__ import annotations

import gzip
import json
import math
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from pantau.demo import expected_counts, serve_demo
from pantau.demo.html_common import HARI
from pipeline.derive.lexicon_events import VOCABULARY as EVENT_TYPES
from tests.pantau.devset import DEVSET_DIR, build_records, stale_files

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
LINK = re.compile(r'href="([^"]+)"')
DEGREE_TOKENS = {
    "H.",
    "Hj.",
    "Ir.",
    "Dr.",
    "Drs.",
    "Dra.",
    "KH.",
    "KH",
    "S.Sos",
    "M.Si",
    "MM",
    "SH",
    "S.H.",
    "AKBP",
    "Letkol",
}
ORG_KINDS = {
    "government_agency",
    "ormas_cso",
    "religious",
    "political_party",
    "business",
    "international",
    "media",
    "education",
    "other",
}
LEVEL_BY_DEPTH = {1: {"province"}, 2: {"regency", "city"}, 3: {"district"}, 4: {"village"}}


# ---------- serving ----------


class Fetched:
    def __init__(self, status: int, headers: dict[str, str], body: str) -> None:
        self.status, self.headers, self.body = status, headers, body


def fetch(url: str) -> Fetched:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return Fetched(resp.status, dict(resp.headers), resp.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        return Fetched(err.code, dict(err.headers), err.read().decode("utf-8"))


@pytest.fixture(scope="module")
def portals() -> Iterator[dict[str, dict[str, Any]]]:
    with serve_demo() as records:
        yield {r["name"]: r for r in records}


def by_kind(portals: dict[str, dict[str, Any]], discovery: str) -> list[dict[str, Any]]:
    return [r for r in portals.values() if discovery in r["discovery"]]


def sitemap_urls(base: str) -> list[str]:
    robots = fetch(base + "robots.txt").body
    roots = re.findall(r"^Sitemap:\s*(\S+)", robots, re.M)
    assert roots, f"no Sitemap line in {base}robots.txt"
    urls: list[str] = []
    pending = list(roots)
    while pending:
        tree = ET.fromstring(fetch(pending.pop()).body)
        if tree.tag == f"{SM}sitemapindex":
            pending += [loc.text or "" for loc in tree.iter(f"{SM}loc")]
            continue
        for entry in tree.iter(f"{SM}url"):
            assert entry.find(f"{SM}lastmod") is not None
            urls.append(entry.findtext(f"{SM}loc") or "")
    return urls


def listing_urls(record: dict[str, Any]) -> list[str]:
    """Follow rel=next from the first listing page; collect links that look like articles."""
    base = record["base_url"].rstrip("/")
    pattern = re.compile(record["article_pattern"])
    url: str | None = base + record["listing_paths"][0]
    found: list[str] = []
    pages = 0
    while url:
        page = fetch(url)
        assert page.status == 200, url
        pages += 1
        found += [
            base + h for h in LINK.findall(page.body) if pattern.search(h) and base + h not in found
        ]
        nxt = re.search(r'rel="next" href="([^"]+)"', page.body)
        url = base + nxt.group(1).replace("&amp;", "&") if nxt else None
    assert pages > 1, "the listing should paginate"
    return found


def discovered(record: dict[str, Any]) -> set[str]:
    base = record["base_url"]
    out: set[str] = set()
    if "sitemap" in record["discovery"]:
        out |= {
            u
            for u in sitemap_urls(base)
            if record["article_pattern"] is None or re.search(record["article_pattern"], u)
        }
    if "wp-json" in record["discovery"]:
        out |= {
            p["link"] for p in json.loads(fetch(base + "wp-json/wp/v2/posts?per_page=100").body)
        }
    if "listing" in record["discovery"]:
        out |= set(listing_urls(record))
    return out


def test_portal_records_are_valid_crawler_portals(portals: dict[str, dict[str, Any]]) -> None:
    model = pytest.importorskip("crawlers.portals.model")
    for record in portals.values():
        portal = model.Portal.from_dict(record)
        assert portal.base_url.startswith("http://127.0.0.1:")
    assert {r["kind"] for r in portals.values()} >= {"regency", "local_news"}


def test_robots_txt_names_sitemap_only_where_one_exists(portals: dict[str, dict[str, Any]]) -> None:
    for record in portals.values():
        robots = fetch(record["base_url"] + "robots.txt")
        assert robots.status == 200
        assert ("Sitemap:" in robots.body) == ("sitemap" in record["discovery"]), record["name"]
    for record in by_kind(portals, "wp-json"):
        assert "Disallow: /wp-admin/" in fetch(record["base_url"] + "robots.txt").body


def test_every_article_is_reachable_from_its_portal_discovery(
    portals: dict[str, dict[str, Any]],
) -> None:
    counts = expected_counts()
    for name, record in portals.items():
        urls = discovered(record)
        assert len(urls) == counts[name], name
        for url in urls:
            page = fetch(url)
            assert page.status == 200 and "<title>" in page.body, url


def test_cms_portal_has_no_sitemap_or_feed(portals: dict[str, dict[str, Any]]) -> None:
    for record in portals.values():
        if record["discovery"] == ["listing"]:
            for path in ("sitemap.xml", "sitemap_index.xml", "feed/", "rss"):
                assert fetch(record["base_url"] + path).status == 404


def test_feed_parses_as_rss_with_dated_items(portals: dict[str, dict[str, Any]]) -> None:
    records = by_kind(portals, "feed")
    for record in records:
        channel = ET.fromstring(fetch(record["base_url"] + "feed/").body).find("channel")
        assert channel is not None
        items = channel.findall("item")
        assert 0 < len(items) <= expected_counts()[record["name"]]
        for item in items:
            assert (item.findtext("link") or "").startswith(record["base_url"])
            assert item.findtext("pubDate")


def test_wp_json_paginates_with_total_pages_header(portals: dict[str, dict[str, Any]]) -> None:
    for record in by_kind(portals, "wp-json"):
        api = record["base_url"] + "wp-json/wp/v2/posts"
        total = expected_counts()[record["name"]]
        first = fetch(api + "?per_page=4")
        pages = int(first.headers["X-WP-TotalPages"])
        assert pages == math.ceil(total / 4) and int(first.headers["X-WP-Total"]) == total
        seen = [
            p["id"]
            for n in range(1, pages + 1)
            for p in json.loads(fetch(f"{api}?per_page=4&page={n}").body)
        ]
        assert len(seen) == len(set(seen)) == total
        assert fetch(f"{api}?per_page=4&page={pages + 1}").status == 400
        assert fetch(f"{api}?per_page=abc").status == 400


def test_wp_json_after_keeps_only_newer_posts(portals: dict[str, dict[str, Any]]) -> None:
    for record in by_kind(portals, "wp-json"):
        api = record["base_url"] + "wp-json/wp/v2/posts?per_page=100"
        posts = json.loads(fetch(api).body)
        cutoff = sorted(p["date"] for p in posts)[len(posts) // 2]
        newer = json.loads(fetch(f"{api}&after={cutoff}").body)
        assert newer and all(p["date"] > cutoff for p in newer)
        assert len(newer) == sum(p["date"] > cutoff for p in posts)
        assert fetch(f"{api}&after=kemarin").status == 400


BOILERPLATE = {
    "wordpress": [
        "Tinggalkan Balasan",
        "Baca juga:",
        "Bagikan ini:",
        "jp-relatedposts",
        "entry-title",
        "Tag:",
    ],
    "cms": ["Dibaca : ", "Berita Terkait", "Jl. ", "<table", "All Rights Reserved"],
    "news": [
        "BACA JUGA:",
        "Advertisement",
        "Berita Terkait",
        "Reporter:",
        "Editor:",
        '"datePublished"',
        'property="og:title"',
    ],
}


@pytest.mark.parametrize("shape", sorted(BOILERPLATE))
def test_article_pages_carry_the_boilerplate_the_cleaner_must_remove(shape: str) -> None:
    pages = [r["html"] for r in dev_records() if _shape(r["portal"]) == shape]
    assert pages
    for html in pages:
        missing = [marker for marker in BOILERPLATE[shape] if marker not in html]
        assert not missing, missing


ANCHOR = re.compile(r'<a [^>]*href="([^"#]+)"')


def test_every_internal_link_on_every_page_resolves(portals: dict[str, dict[str, Any]]) -> None:
    """Walk each site from its home page: no broken navigation, archive or related links."""
    for record in portals.values():
        base = record["base_url"]
        seen, queue, broken = {base}, [base], []
        while queue and len(seen) < 400:
            url = queue.pop()
            page = fetch(url)
            if page.status != 200:
                broken.append((url, page.status))
            for href in ANCHOR.findall(page.body):
                link = urljoin(base, href.replace("&amp;", "&"))
                if link.startswith(base) and link not in seen:
                    seen.add(link)
                    queue.append(link)
        assert not broken, broken
        assert len(seen) > expected_counts()[record["name"]]


def test_unknown_paths_are_404(portals: dict[str, dict[str, Any]]) -> None:
    for record in portals.values():
        assert fetch(record["base_url"] + "tidak-ada/halaman").status == 404


# ---------- development set ----------


@cache
def dev_records() -> list[dict[str, Any]]:
    return build_records()


def _shape(portal: str) -> str:
    from pantau.demo.model import portal_spec

    return portal_spec(portal).shape


@cache
def lokal_regions() -> dict[str, str]:
    lokal = pytest.importorskip("lokal")
    folder = Path(lokal.__file__).parent / "data"
    regions: dict[str, str] = {}
    for name in ("wilayah.json.gz", "desa.json.gz"):
        with gzip.open(folder / name, "rt", encoding="utf-8") as fh:
            regions.update(json.load(fh))
    return regions


def page_text(html: str, selector: str | None = None) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    node = soup.select_one(selector) if selector else soup
    assert node is not None, selector
    return " ".join(node.get_text("").split())


CONTENT = ".entry-content, .isi-berita, .read__content"


def test_committed_devset_equals_a_fresh_build() -> None:
    assert stale_files() == [], "run: python -m tests.pantau.devset"


def test_devset_has_30_articles_with_syndicated_pairs() -> None:
    records = dev_records()
    assert len(records) >= 30
    ids = {r["id"] for r in records}
    copies = [r for r in records if r["dup_of"]]
    assert len(copies) >= 2 and all(r["dup_of"] in ids for r in copies)
    manifest = json.loads((DEVSET_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["n_articles"] == len(records) and len(manifest["syndicated"]) == len(copies)


def test_devset_records_have_the_seed_gold_shape(shared_dir: Path) -> None:
    seed = json.loads(
        (shared_dir / "eval" / "seeds-gold.jsonl").read_text(encoding="utf-8").splitlines()[0]
    )
    for record in dev_records():
        assert set(seed) - {"notes"} <= set(record)
        for key in ("officials", "persons", "organisations", "places"):
            sample = seed[key][0]
            for item in record[key]:
                assert set(sample) - {"aliases"} <= set(item), (record["id"], key, item)


@pytest.mark.parametrize("record", dev_records(), ids=lambda r: r["id"].split("_")[0])
def test_devset_engagements_name_the_records_own_entities(record: dict[str, Any]) -> None:
    """Engagement gold uses the record's canonical names, so pairs can be matched like entities."""
    officials = {o["name"] for o in record["officials"]}
    kinds = {o["name"]: o["kind"] for o in record["organisations"]}
    for engagement in record["engagements"]:
        assert engagement["event_type"] in EVENT_TYPES, engagement
        assert set(engagement["government"]) <= officials, engagement
        assert all(kinds.get(b) == "government_agency" for b in engagement["government_bodies"]), (
            engagement
        )
        assert engagement["organisations"], engagement  # no engagement without civil society
        assert all(
            kinds.get(o) in ("ormas_cso", "religious") for o in engagement["organisations"]
        ), engagement
        assert engagement["government"] or engagement["government_bodies"], engagement
        assert engagement["date"] in {d["iso"] for d in record["dates"]} | {None}, engagement
        assert engagement["place"] in {p["name"] for p in record["places"]} | {None}, engagement


@pytest.mark.parametrize("record", dev_records(), ids=lambda r: r["id"].split("_")[0])
def test_devset_gold_is_grounded_in_the_rendered_page(record: dict[str, Any]) -> None:
    text = page_text(record["html"])
    assert record["body_first"] in text and record["body_last"] in text
    body = page_text(record["html"], CONTENT)
    # the text an annotator read: parenthesised acronyms inside long forms dropped
    flat = re.sub(r" \([^)]{2,20}\)", "", body)
    for official in record["officials"] + record["persons"]:
        assert official["name"] in body, official
        assert not set(official["name"].replace(",", " ").split()) & DEGREE_TOKENS, official
        if "as_written" in official:
            assert official["as_written"] in body, official
        for alias in official.get("aliases", []):
            assert alias in body, (alias, official)
    for org in record["organisations"]:
        forms = [org["name"], *org.get("aliases", [])]
        assert any(f in body or f in flat for f in forms), org
        assert org["kind"] in ORG_KINDS, org
    for place in record["places"]:
        assert any(f in body for f in [place["name"], *place.get("aliases", [])]), place
    for when in record["dates"]:
        assert when["text"] in body, when
        date.fromisoformat(when["iso"])


REGION_PREFIX = re.compile(
    r"^(kabupaten|kab\.|kota|kecamatan|distrik|kelurahan|desa adat|desa|kampung)\s+"
)


def _bare(name: str) -> str:
    """A region name without its level word, spaces or hyphens ('Kota Palangka Raya' -> 'palangkaraya')."""
    return re.sub(r"[\s-]", "", REGION_PREFIX.sub("", name.lower()))


@pytest.mark.parametrize("record", dev_records(), ids=lambda r: r["id"].split("_")[0])
def test_devset_place_codes_exist_in_lokal_at_the_right_level(record: dict[str, Any]) -> None:
    regions = lokal_regions()
    for place in record["places"]:
        code = place["code"]
        if code is None:
            assert place["level"] == "other", place
            continue
        assert code in regions, place
        assert place["level"] in LEVEL_BY_DEPTH[code.count(".") + 1], place
        official = _bare(regions[code])
        forms = [_bare(f) for f in [place["name"], *place.get("aliases", [])]]
        assert any(official in f or f in official for f in forms), (place, regions[code])


@pytest.mark.parametrize("record", dev_records(), ids=lambda r: r["id"].split("_")[0])
def test_devset_weekdays_agree_with_their_dates(record: dict[str, Any]) -> None:
    published = date.fromisoformat(record["published"])
    datetime.fromisoformat(record["published_at"])
    for when in record["dates"]:
        day = date.fromisoformat(when["iso"])
        named = [h for h in HARI if h.lower() in when["text"].lower()]
        if named:
            agrees = named[0] == HARI[day.weekday()]
            assert agrees != when.get("weekday_mismatch", False), when
        if when["basis"] == "publication":
            assert day.year == published.year, when
        assert abs((published - day).days) < 200, when
