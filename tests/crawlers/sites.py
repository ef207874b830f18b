"""Small fictional sites in the shapes Pantau meets: WordPress, custom CMS, sitemap-only, feed-only.

All text is invented. `{BASE}` is replaced by the fixture server's base URL.
"""

from __future__ import annotations

import json

from tests.crawlers.fixture_server import Reply, Site

XML = "application/xml; charset=utf-8"
TOPICS = (
    "Dialog Ormas",
    "Forum FKUB",
    "Pelatihan LSM",
    "Musyawarah Desa",
    "Rapat Koordinasi OMS",
    "Festival Budaya",
)


def article_html(n: int, title: str | None = None) -> bytes:
    title = title or f"Pemkab Contoh Gelar {TOPICS[n % len(TOPICS)]} Ke-{n}"
    return f"""<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav>
<article><h1>{title}</h1><p class="date">Senin, {n % 28 + 1} Maret 2025</p>
<p>KOTA CONTOH - Pemerintah Kabupaten Contoh bersama organisasi kemasyarakatan menggelar kegiatan nomor {n}
di aula kantor bupati. Bupati Contoh, Budi Santosa, mengajak warga ikut serta.</p>
<p>Kegiatan ini diikuti perwakilan LSM, tokoh agama dan pemuda dari sembilan kecamatan.</p></article>
<footer>Hak cipta Pemkab Contoh</footer></body></html>""".encode()


def slug(n: int) -> str:
    return f"pemkab-contoh-gelar-kegiatan-bersama-warga-{n}"


def _sitemap(paths: list[str], lastmod: str = "2025-03-01") -> bytes:
    urls = "".join(f"<url><loc>{{BASE}}{p}</loc><lastmod>{lastmod}</lastmod></url>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def _sitemap_index(paths: list[str]) -> bytes:
    items = "".join(
        f"<sitemap><loc>{{BASE}}{p}</loc><lastmod>2025-03-01</lastmod></sitemap>" for p in paths
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'.encode()


def _rss(paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Berita {i}</title><link>{{BASE}}{p}</link><pubDate>Mon, 03 Mar 2025 08:00:00 +0700</pubDate></item>"
        for i, p in enumerate(paths)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Contoh</title>{items}</channel></rss>'.encode()


def _home(links: list[str], feed: str | None = None) -> bytes:
    head = f'<link rel="alternate" type="application/rss+xml" href="{feed}">' if feed else ""
    anchors = "".join(f'<li><a href="{p}">Judul berita {i}</a></li>' for i, p in enumerate(links))
    return f"<html><head><title>Beranda</title>{head}</head><body><ul>{anchors}</ul></body></html>".encode()


def wordpress_site(n: int = 6) -> Site:
    """robots.txt -> sitemap index -> posts sitemap; also /feed/, /wp-json/wp/v2/posts and a homepage."""
    paths = [f"/2025/03/{slug(i)}/" for i in range(n)]
    posts = [
        {
            "link": "{BASE}" + p,
            "date_gmt": "2025-03-03T01:00:00",
            "modified_gmt": "2025-03-03T01:00:00",
        }
        for p in paths
    ]
    routes = {
        "/robots.txt": Reply(
            content_type="text/plain",
            body=b"User-agent: *\nDisallow: /wp-admin/\nSitemap: {BASE}/wp-sitemap.xml\n",
        ),
        "/wp-sitemap.xml": Reply(
            content_type=XML, body=_sitemap_index(["/wp-sitemap-posts-post-1.xml"])
        ),
        "/wp-sitemap-posts-post-1.xml": Reply(content_type=XML, body=_sitemap(paths)),
        "/feed/": Reply(content_type="application/rss+xml", body=_rss(paths)),
        "/wp-json/wp/v2/posts": Reply(
            content_type="application/json",
            body=json.dumps(posts).encode(),
            headers={"X-WP-TotalPages": "1"},
        ),
        "/": Reply(body=_home(paths, feed="/feed/")),
    }
    routes.update({p: Reply(body=article_html(i)) for i, p in enumerate(paths)})
    return Site(routes, paths)


def cms_site(n: int = 25, per_page: int = 10) -> Site:
    """No sitemap, no feed: a homepage, /berita?page=N listings with 'Berikutnya' links, /berita/detail/<id>/<slug>."""
    paths = [f"/berita/detail/{i}/{slug(i)}" for i in range(n)]
    pages = [paths[i : i + per_page] for i in range(0, n, per_page)]
    routes: dict[str, object] = {
        "/robots.txt": Reply(content_type="text/plain", body=b"User-agent: *\nDisallow:\n")
    }
    for number, chunk in enumerate(pages, start=1):
        nav = f'<a href="/berita?page={number + 1}">Berikutnya</a>' if number < len(pages) else ""
        anchors = "".join(
            f'<div class="item"><a href="{p}">Judul {p[-2:]}</a></div>' for p in chunk
        )
        body = f'<html><body><h1>Berita</h1>{anchors}<nav><a href="/">Beranda</a> {nav}</nav></body></html>'.encode()
        routes[f"/berita?page={number}"] = Reply(body=body)
    routes["/berita"] = routes["/berita?page=1"]
    routes["/"] = Reply(body=_home(["/berita"] + pages[0][:3]))
    routes.update({p: Reply(body=article_html(i)) for i, p in enumerate(paths)})
    return Site(routes, paths)  # type: ignore[arg-type]


def sitemap_only_site(n: int = 8) -> Site:
    paths = [f"/read/{100 + i}/{slug(i)}" for i in range(n)]
    routes = {
        "/robots.txt": Reply(
            content_type="text/plain",
            body=b"User-agent: *\nAllow: /\nSitemap: {BASE}/sitemap.xml\n",
        ),
        "/sitemap.xml": Reply(content_type=XML, body=_sitemap(paths)),
        "/": Reply(body=b"<html><body><p>Situs contoh</p></body></html>"),
    }
    routes.update({p: Reply(body=article_html(i)) for i, p in enumerate(paths)})
    return Site(routes, paths)


def feed_only_site(n: int = 5) -> Site:
    paths = [f"/artikel/{slug(i)}.html" for i in range(n)]
    routes = {
        "/": Reply(body=_home([], feed="/rss.xml")),
        "/rss.xml": Reply(content_type="application/rss+xml", body=_rss(paths)),
    }
    routes.update({p: Reply(body=article_html(i)) for i, p in enumerate(paths)})
    return Site(routes, paths)
