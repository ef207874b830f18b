"""Captured article pages: the test fixture of a portal's site parser (Fundus-style).

A captured page is two files in `tests/fixtures/pages/<portal>/`: `<slug>.html.gz` (the bytes as
served, gzipped) and `<slug>.json` (url, fetch time, encoding, origin and the expected fields).
`capture` fetches a page (or wraps a saved file) and proposes the expected fields by running the
current cleaner: a human checks them, adds boilerplate the body must not contain, and commits.
Tests read the gzipped file, never the network.
"""

from __future__ import annotations

import gzip
import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawlers.portals import get_portal
from pipeline.clean import clean_html
from pipeline.core.article import Article
from pipeline.core.errors import InputError

PAGES_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
EDGE = 60  # characters of the body's start and end kept as the expectation


@dataclass
class CapturedPage:
    portal: str
    url: str
    fetched_at: datetime
    html: bytes
    encoding: str | None = None
    origin: str = "captured"  # or "synthetic": written by the project in the site's shape
    expected: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None  # the .json file, once written or read


def slug_of(url: str) -> str:
    """A file name from the URL's last path segment (`page` when it has none)."""
    last = urlsplit(url).path.rstrip("/").rpartition("/")[2]
    return re.sub(r"[^a-z0-9-]+", "-", last.lower()).strip("-")[:60] or "page"


def fetch(url: str, user_agent: str, timeout: float = 20.0) -> tuple[bytes, str | None]:
    """The page's bytes and the charset its server declared."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise InputError(f"{url!r}: expected an http(s) URL")
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) checked above)
            return response.read(), response.headers.get_content_charset()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise InputError(f"{url}: could not fetch: {getattr(exc, 'reason', exc)}") from exc


def clean(page: CapturedPage) -> Article:
    """The page through the current cleaner with its portal's parser, as of its fetch time."""
    parser = get_portal(page.portal).parser
    return clean_html(
        page.html, page.url, parser=parser, encoding=page.encoding, now=page.fetched_at
    )


def propose(page: CapturedPage) -> dict[str, Any]:
    """Expected fields as the current cleaner sees them (a proposal for a human to check)."""
    article = clean(page)
    return {
        "extractor": article.extractor,
        "title": article.title,
        "published": article.published_at.date().isoformat() if article.published_at else None,
        "author": article.author,
        "body_first": article.body[:EDGE],
        "body_last": article.body[-EDGE:],
        "must_not_contain": [],
    }


def differences(page: CapturedPage) -> list[str]:
    """How today's cleaner output differs from the page's expected fields (empty: it matches)."""
    got, want = propose(page), page.expected
    out = [
        f"{key}: expected {want[key]!r}, got {got[key]!r}"
        for key in ("extractor", "title", "published", "author")
        if key in want and want[key] != got[key]
    ]
    body = clean(page).body
    if not body.startswith(want.get("body_first", "")):
        out.append(f"body starts {body[:EDGE]!r}, expected {want['body_first']!r}")
    if not body.endswith(want.get("body_last", "")):
        out.append(f"body ends {body[-EDGE:]!r}, expected {want['body_last']!r}")
    out += [f"body contains {junk!r}" for junk in want.get("must_not_contain", []) if junk in body]
    return out


def write(page: CapturedPage, out_dir: Path | None = None, overwrite: bool = False) -> Path:
    """Write `<out_dir>/<portal>/<slug>.html.gz` and `.json` (default: tests/fixtures/pages); returns
    the JSON's path."""
    folder = (out_dir or PAGES_DIR) / page.portal
    target = folder / f"{slug_of(page.url)}.json"
    if target.exists() and not overwrite:
        raise InputError(f"{target} exists: pass --overwrite to capture {page.url} again")
    folder.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same bytes give the same file, so a re-capture of an unchanged page is no diff
    target.with_suffix(".html.gz").write_bytes(gzip.compress(page.html, mtime=0))
    meta = {
        "portal": page.portal,
        "url": page.url,
        "fetched_at": page.fetched_at.isoformat(),
        "encoding": page.encoding,
        "origin": page.origin,
        "expected": page.expected,
    }
    target.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    page.path = target
    return target


def read(path: Path) -> CapturedPage:
    """A captured page from its `.json` file (the `.html.gz` beside it)."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        html = gzip.decompress(path.with_suffix(".html.gz").read_bytes())
        return CapturedPage(
            meta["portal"],
            meta["url"],
            datetime.fromisoformat(meta["fetched_at"]),
            html,
            meta.get("encoding"),
            meta.get("origin", "captured"),
            meta["expected"],
            path,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a captured page ({type(exc).__name__}: {exc})") from exc


def captured_pages(pages_dir: Path | None = None) -> list[Path]:
    """Every captured page's `.json` (default: in tests/fixtures/pages), sorted."""
    return sorted((pages_dir or PAGES_DIR).glob("*/*.json"))


def capture(
    url: str,
    portal: str,
    *,
    user_agent: str,
    html_file: Path | None = None,
    synthetic: bool = False,
    now: datetime | None = None,
    out_dir: Path | None = None,
    overwrite: bool = False,
) -> CapturedPage:
    """Fetch `url` (or read `html_file`: a page saved from a browser, or one the project wrote in
    the site's shape, `synthetic`), propose its expected fields and write the fixture."""
    record = get_portal(portal)
    if record.selectors is None:
        raise InputError(
            f"portal {portal!r} has no selectors: add them to its record in "
            "crawlers/portals/id/ first"
        )
    if html_file is not None:
        try:
            html, encoding = html_file.read_bytes(), None
        except OSError as exc:
            raise InputError(f"{html_file}: cannot read: {exc.strerror}") from exc
    else:
        html, encoding = fetch(url, user_agent)
    origin = "synthetic" if synthetic else "captured"
    page = CapturedPage(
        portal, url, now or datetime.now(UTC).replace(microsecond=0), html, encoding, origin
    )
    page.expected = propose(page)
    write(page, out_dir, overwrite)
    return page
