"""Machine endpoints of the WordPress-shaped portal: Yoast sitemaps, RSS 2.0 and the REST API."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from pantau.demo.html_common import Response, esc, rfc822, urlset, xml_response
from pantau.demo.model import JAKARTA, DemoArticle, PortalSpec
from pantau.demo.site import int_arg

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 10


class WordPressSite(Protocol):
    """What the endpoints read of the site (`wordpress.WordPressSite` is one; declared here, not
    imported, so the site can route to these endpoints without an import cycle)."""

    @property
    def spec(self) -> PortalSpec: ...

    @property
    def items(self) -> Sequence[DemoArticle]: ...

    def url(self, path: str) -> str: ...

    def article_url(self, article: DemoArticle) -> str: ...

    def content_html(self, a: DemoArticle) -> str: ...


def sitemap_index(site: WordPressSite) -> Response:
    newest = site.items[0].published
    maps = "".join(
        f"<sitemap><loc>{site.url(path)}</loc><lastmod>{newest.isoformat()}</lastmod></sitemap>"
        for path in ("/post-sitemap.xml", "/page-sitemap.xml")
    )
    return xml_response(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + maps
        + "</sitemapindex>"
    )


def post_sitemap(site: WordPressSite) -> Response:
    return xml_response(urlset([(site.article_url(a), a.published) for a in site.items]))


def page_sitemap(site: WordPressSite, pages: Iterable[str]) -> Response:
    """The sitemap of the site's static pages (their paths)."""
    moment = datetime(2022, 1, 10, 9, 0, tzinfo=JAKARTA)
    return xml_response(urlset([(site.url(path), moment) for path in pages]))


def _content_html(site: WordPressSite, a: DemoArticle) -> str:
    return site.content_html(a)


def feed(site: WordPressSite) -> Response:
    items = []
    for a in site.items[:10]:
        cats = "".join(f"<category><![CDATA[{t}]]></category>" for t in (a.category, *a.tags))
        items.append(
            f"<item><title>{esc(a.title)}</title><link>{site.article_url(a)}</link>"
            f"<dc:creator><![CDATA[{a.author}]]></dc:creator><pubDate>{rfc822(a.published)}</pubDate>"
            f'{cats}<guid isPermaLink="false">{site.url(f"/?p={a.number}")}</guid>'
            f"<description><![CDATA[{a.paragraphs[0][:200]} [&#8230;]]]></description>"
            f"<content:encoded><![CDATA[{_content_html(site, a)}]]></content:encoded></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(site.spec.title)}</title>"
        f'<atom:link href="{site.url("/feed/")}" rel="self" type="application/rss+xml"/>'
        f"<link>{site.url('/')}</link><description>{esc(site.spec.tagline)}</description>"
        f"<lastBuildDate>{rfc822(site.items[0].published)}</lastBuildDate><language>id-ID</language>"
        + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, body, "application/rss+xml; charset=UTF-8")


def _error(status: int, code: str, message: str) -> Response:
    body = json.dumps({"code": code, "message": message, "data": {"status": status}})
    return Response(status, body, "application/json; charset=UTF-8")


def _post_json(site: WordPressSite, a: DemoArticle) -> dict[str, Any]:
    utc = a.published.astimezone(ZoneInfo("UTC"))
    local = a.published.replace(tzinfo=None)
    return {
        "id": a.number,
        "date": local.isoformat(),
        "date_gmt": utc.replace(tzinfo=None).isoformat(),
        "modified": local.isoformat(),
        "slug": a.slug,
        "status": "publish",
        "type": "post",
        "link": site.article_url(a),
        "title": {"rendered": esc(a.title)},
        "content": {"rendered": _content_html(site, a), "protected": False},
        "excerpt": {
            "rendered": f"<p>{esc(a.paragraphs[0][:200])} [&hellip;]</p>",
            "protected": False,
        },
        "author": 1,
        "categories": [1],
        "tags": list(range(2, 2 + len(a.tags))),
    }


def _parse_after(raw: str) -> datetime | None:
    try:
        # an unencoded '+' of a UTC offset arrives as a space
        moment = datetime.fromisoformat(raw.strip().replace(" ", "+"))
    except ValueError:
        return None
    # WordPress compares `after` with the site-local post date when no offset is given
    return moment if moment.tzinfo else moment.replace(tzinfo=JAKARTA)


def posts(site: WordPressSite, query: dict[str, str]) -> Response:
    page = int_arg(query, "page", 1)
    per_page = int_arg(query, "per_page", DEFAULT_PER_PAGE)
    if page is None:
        return _error(400, "rest_invalid_param", "Parameter tidak valid: page")
    if per_page is None or per_page > MAX_PER_PAGE:
        return _error(400, "rest_invalid_param", "Parameter tidak valid: per_page")
    selected = site.items
    if "after" in query:
        after = _parse_after(query["after"])
        if after is None:
            return _error(400, "rest_invalid_param", "Parameter tidak valid: after")
        selected = [a for a in selected if a.published > after]
    total = len(selected)
    pages = max(1, math.ceil(total / per_page)) if total else 0
    if page > max(pages, 1):
        return _error(
            400,
            "rest_post_invalid_page_number",
            "Nomor halaman yang diminta lebih besar dari jumlah halaman yang tersedia.",
        )
    chunk = selected[(page - 1) * per_page : page * per_page]
    body = json.dumps([_post_json(site, a) for a in chunk], ensure_ascii=False)
    headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
    return Response(200, body, "application/json; charset=UTF-8", headers)
