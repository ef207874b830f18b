"""Portal shape C: a local news site.

"BACA JUGA" blocks and "Advertisement" placeholders sit between body paragraphs; a reporter /
editor line, JSON-LD NewsArticle, og: tags, a related-news list and a popular-news sidebar
surround the story. robots.txt names a sitemap; `/indeks?page=N` lists everything.
"""

from __future__ import annotations

import json
import math

from pantau.demo.html_common import (
    Response,
    esc,
    hari_tanggal,
    jam,
    page_numbers,
    paragraphs_html,
    slugify,
    urlset,
    xml_response,
)
from pantau.demo.model import DemoArticle
from pantau.demo.site import DemoSite, Handler, int_arg

PER_PAGE = 8
MENU = ("Home", "Daerah", "Pemerintahan", "Politik", "Religi", "Komunitas", "Indeks")
AD = '<div class="ads ads-inarticle"><span class="ads-label">Advertisement</span><div class="ads-slot"></div></div>'


STATIC = {"/redaksi": "Redaksi", "/pedoman": "Pedoman Media Siber", "/disclaimer": "Disclaimer"}


class NewsSite(DemoSite):
    archives = {"/kanal/": ("category", True), "/tag/": ("tag", False)}

    def article_path(self, article: DemoArticle) -> str:
        return f"/{article.category.lower()}/{article.number}/{article.slug}"

    def routes(self) -> dict[str, Handler]:
        return {
            "/": lambda q: Response(200, self.home()),
            "/robots.txt": lambda q: Response(200, self.robots(), "text/plain; charset=utf-8"),
            "/sitemap.xml": lambda q: xml_response(
                urlset([(self.article_url(a), a.published) for a in self.items])
            ),
            "/indeks": self.listing,
            **{path: self._static_handler(title) for path, title in STATIC.items()},
        }

    def _static_handler(self, title: str) -> Handler:
        text = f"<p>{esc(title)} {esc(self.spec.title)}.</p>"
        return lambda query: Response(
            200,
            self.top(title)
            + f'<main class="content"><h1>{esc(title)}</h1>{text}</main>'
            + self.bottom(),
        )

    def archive_page(self, title: str, items: list[DemoArticle]) -> str:
        rows = "".join(self._list_item(a) for a in items) or "<p>Belum ada berita.</p>"
        return (
            self.top(title)
            + f'<main class="content"><h1>{esc(title)}</h1>{rows}</main>'
            + self.bottom()
        )

    def robots(self) -> str:
        return (
            "User-agent: *\nDisallow: /cari\nDisallow: /amp/\n\n"
            f"Sitemap: {self.url('/sitemap.xml')}\n"
        )

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(len(self.items) / PER_PAGE))

    def top(self, title: str, head_extra: str = "") -> str:
        menu = "".join(
            f'<li><a href="{"/" if m == "Home" else "/indeks" if m == "Indeks" else "/kanal/" + slugify(m)}">{m}</a></li>'
            for m in MENU
        )
        return (
            '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)} - {esc(self.spec.title)}</title>{head_extra}"
            '<link rel="stylesheet" href="/static/css/app.css"></head><body>'
            f'<header class="site-header"><a class="brand" href="/">{esc(self.spec.title)}</a>'
            f'<span class="tagline">{esc(self.spec.tagline)}</span>'
            '<form class="search" action="/cari"><input name="q" placeholder="Cari berita..."></form>'
            f'<nav class="menu"><ul>{menu}</ul></nav></header>'
            f'<div class="ads ads-top"><span class="ads-label">Advertisement</span></div><div class="wrap">'
        )

    def bottom(self) -> str:
        popular = "".join(
            f'<li><span class="rank">{i}</span><a href="{self.article_path(a)}">{esc(a.title)}</a></li>'
            for i, a in enumerate(sorted(self.items, key=lambda x: -x.views)[:5], start=1)
        )
        return (
            f'<aside class="sidebar"><div class="widget populer"><h3>Terpopuler</h3><ol>{popular}</ol></div>'
            '<div class="ads ads-sidebar"><span class="ads-label">Advertisement</span></div></aside></div>'
            '<footer class="site-footer"><ul class="footer-menu"><li><a href="/redaksi">Redaksi</a></li>'
            '<li><a href="/pedoman">Pedoman Media Siber</a></li><li><a href="/disclaimer">Disclaimer</a></li></ul>'
            f"<p>Copyright © 2024 {esc(self.spec.title)}. All rights reserved.</p></footer></body></html>"
        )

    def _list_item(self, a: DemoArticle) -> str:
        return (
            f'<div class="list-item"><a class="title" href="{self.article_path(a)}">{esc(a.title)}</a>'
            f'<span class="date">{hari_tanggal(a.published)} | {jam(a.published)} WIB</span></div>'
        )

    def home(self) -> str:
        items = "".join(self._list_item(a) for a in self.latest(8))
        return (
            self.top("Berita Terkini Priangan")
            + f'<main class="content"><h2>Terkini</h2>{items}</main>'
            + self.bottom()
        )

    def listing(self, query: dict[str, str]) -> Response:
        page = int_arg(query, "page", 1)
        if page is None or page > self.page_count:
            return Response(
                404, self.top("Indeks") + "<p>Halaman tidak ditemukan</p>" + self.bottom()
            )
        chunk = self.items[(page - 1) * PER_PAGE : page * PER_PAGE]
        items = "".join(self._list_item(a) for a in chunk)
        return Response(
            200,
            self.top(f"Indeks Berita - Halaman {page}")
            + f'<main class="content"><h1>Indeks Berita</h1>{items}'
            + page_numbers(page, self.page_count, "/indeks?page={page}")
            + "</main>"
            + self.bottom(),
        )

    def _json_ld(self, a: DemoArticle) -> str:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.published.isoformat(),
            "dateModified": a.published.isoformat(),
            "author": {"@type": "Person", "name": a.reporter or a.author},
            "publisher": {"@type": "Organization", "name": self.spec.title},
            "mainEntityOfPage": self.article_url(a),
            "articleSection": a.category,
            "keywords": list(a.tags),
        }
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'

    def body_html(self, a: DemoArticle) -> str:
        """Paragraphs with a BACA JUGA block after the 2nd and ads after the 1st and 4th."""
        blocks = paragraphs_html(list(a.paragraphs[:-1]) + [a.last_paragraph], a.dateline)
        picks = self.related(a, 2)
        out = []
        for i, block in enumerate(blocks):
            out.append(block)
            if i in (0, 3) and i < len(blocks) - 1:
                out.append(AD)
            if i in (1, 4) and i < len(blocks) - 1 and picks:
                pick = picks.pop(0)
                out.append(
                    f'<div class="baca-juga"><strong>BACA JUGA:</strong> '
                    f'<a href="{self.article_path(pick)}">{esc(pick.title)}</a></div>'
                )
        return "".join(out)

    def article_page(self, article: DemoArticle) -> str:
        a = article
        url = self.article_url(a)
        head = (
            f'<link rel="canonical" href="{url}"><meta name="description" content="{esc(a.paragraphs[0][:150])}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(a.title)}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{esc(self.spec.title)}">'
            f'<meta name="twitter:card" content="summary_large_image">{self._json_ld(a)}'
        )
        tags = "".join(f'<a class="tag" href="/tag/{slugify(t)}">#{esc(t)}</a>' for t in a.tags)
        related = "".join(self._list_item(r) for r in self.related(a, 4))
        return (
            self.top(a.title, head)
            + '<main class="content"><article class="read">'
            + f'<div class="breadcrumb"><a href="/">Home</a> › <a href="/kanal/{slugify(a.category)}">{esc(a.category)}</a></div>'
            + f'<h1 class="read__title">{esc(a.title)}</h1>'
            + f'<div class="read__info"><span class="read__author">Reporter: {esc(a.reporter or a.author)}</span>'
            + f' | <span class="read__editor">Editor: {esc(a.editor or "Redaksi")}</span>'
            + f'<time class="read__time" datetime="{a.published.isoformat()}">{hari_tanggal(a.published)} | {jam(a.published)} WIB</time></div>'
            + f'<figure class="read__photo"><img src="/media/{a.number}.jpg" alt="{esc(a.title)}">'
            + f"<figcaption>Foto: {esc(a.reporter or a.author)}/{esc(self.spec.title)}</figcaption></figure>"
            + f'<div class="read__content">{self.body_html(a)}</div>'
            + f'<div class="read__tags">{tags}</div>'
            + '<div class="share">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>'
            + '<p class="google-news">Ikuti berita terkini dari kami di Google News</p>'
            + f'</article><section class="related"><h3>Berita Terkait</h3>{related}</section></main>'
            + self.bottom()
        )
