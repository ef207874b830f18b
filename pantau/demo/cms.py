"""Portal shape B: a regency government portal on a custom CMS.

No sitemap and no feed: articles are found only through the paginated listing `/berita?page=N`.
Article pages lay the story out in a <table>, with a visible Indonesian date, a view counter,
a "Berita Terkait" list and the office address in the header and footer.
"""

from __future__ import annotations

import math

from pantau.demo.html_common import Response, esc, hari_tanggal, jam, page_numbers
from pantau.demo.model import DemoArticle
from pantau.demo.site import DemoSite, Handler, int_arg

PER_PAGE = 6
ADDRESS = "Jl. Mayor Widagdo No. 3 Pendopo Kab. Pandeglang"
EMAIL = "diskominfo[at]pandeglangkab.example"
PHONE = "(0253) 201-118"
MENU = ("Beranda", "Profil Daerah", "Pemerintahan", "Berita", "Layanan Publik", "PPID", "Kontak")


class CmsSite(DemoSite):
    def article_path(self, article: DemoArticle) -> str:
        return f"/berita/detail/{article.number}/{article.slug}"

    def routes(self) -> dict[str, Handler]:
        return {
            "/": lambda q: Response(200, self.home()),
            "/robots.txt": lambda q: Response(
                200, "User-agent: *\nDisallow: /admin/\nDisallow: /cari\n", "text/plain"
            ),
            "/berita": self.listing,
        }

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(len(self.items) / PER_PAGE))

    def chrome_top(self, title: str, description: str = "") -> str:
        menu = "".join(
            f'<li><a href="{"/berita" if m == "Berita" else "/" if m == "Beranda" else "#"}">{m}</a></li>'
            for m in MENU
        )
        return (
            '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f"<title>{esc(title)} | {esc(self.spec.title)}</title>"
            f'<meta name="description" content="{esc(description or self.spec.tagline)}">'
            '<link rel="stylesheet" href="/assets/css/portal.css"></head><body>'
            '<div class="topbar"><div class="container">'
            f'<span class="alamat"><i class="icon-map"></i> {ADDRESS}</span>'
            f'<span class="email"><i class="icon-mail"></i> {EMAIL}</span>'
            f'<span class="telp"><i class="icon-phone"></i> {PHONE}</span></div></div>'
            '<header class="header"><div class="container"><a class="logo" href="/">'
            f'<img src="/assets/img/logo.png" alt="logo pandeglangkab"> <span>Pemerintah<br>{esc(self.spec.title.replace("Pemerintah ", ""))}</span></a>'
            f'<ul class="navbar">{menu}</ul></div></header><div class="container main">'
        )

    def chrome_bottom(self) -> str:
        return (
            '</div><footer class="footer"><div class="container"><div class="col">'
            f"<h4>Pemerintah {esc(self.spec.title.replace('Pemerintah ', ''))}</h4>"
            f"<p>Alamat<br>{ADDRESS}</p><p>Telp. {PHONE}</p></div>"
            '<div class="col"><h4>Ikuti Kami</h4><a href="#">Facebook</a> <a href="#">Instagram</a> '
            '<a href="#">YouTube</a></div><div class="col"><h4>Kontak Kami</h4>'
            '<p>Hubungi melalui Telegram resmi kami sekarang!</p><a class="btn" href="#">Hubungi Kami</a></div>'
            '<div class="copyright">© 2024 Dinas Komunikasi dan Informatika Kabupaten Pandeglang. '
            "All Rights Reserved.</div></div></footer></body></html>"
        )

    def _card(self, a: DemoArticle) -> str:
        return (
            f'<div class="card-berita"><a class="judul" href="{self.article_path(a)}">{esc(a.title)}</a>'
            f'<div class="meta">{hari_tanggal(a.published)} | {esc(a.author)}</div>'
            f"<p>{esc(a.paragraphs[0][:140])}...</p>"
            f'<a class="selengkapnya" href="{self.article_path(a)}">Selengkapnya</a></div>'
        )

    def home(self) -> str:
        cards = "".join(self._card(a) for a in self.latest(4))
        return (
            self.chrome_top("Beranda")
            + '<section class="sambutan"><h2>Selamat Datang</h2><p>Portal resmi pemerintah daerah.</p></section>'
            + f'<section class="berita-terbaru"><h2>Berita Terbaru</h2>{cards}'
            + '<a class="indeks" href="/berita?page=1">Indeks Berita</a></section>'
            + self.chrome_bottom()
        )

    def listing(self, query: dict[str, str]) -> Response:
        page = int_arg(query, "page", 1)
        if page is None or page > self.page_count:
            return Response(
                404,
                self.chrome_top("Berita")
                + "<p>Halaman tidak ditemukan.</p>"
                + self.chrome_bottom(),
            )
        chunk = self.items[(page - 1) * PER_PAGE : page * PER_PAGE]
        cards = "".join(self._card(a) for a in chunk)
        return Response(
            200,
            self.chrome_top(f"Berita - Halaman {page}")
            + '<div class="breadcrumb"><a href="/">Beranda</a> / Berita</div>'
            + f'<section class="daftar-berita"><h1>Berita</h1>{cards}</section>'
            + page_numbers(page, self.page_count, "/berita?page={page}")
            + self.chrome_bottom(),
        )

    def _gallery(self, a: DemoArticle) -> str:
        """Photo slides captioned with the headline: the repeated-title trap of real portals."""
        return "".join(
            f'<div class="slide"><img src="/uploads/berita/{a.number}-{i}.jpg" alt="{esc(a.title)}">'
            f'<p class="caption">{esc(a.title)}</p></div>'
            for i in range(1, 4)
        )

    def article_page(self, article: DemoArticle) -> str:
        a = article
        crumb = a.title.lower().replace(",", "")
        body = "".join(f"<p>{esc(p)}</p>" for p in (*a.paragraphs[:-1], a.last_paragraph))
        related = "".join(
            f'<li><a href="{self.article_path(r)}">{esc(r.title)}</a><span>{hari_tanggal(r.published)}</span></li>'
            for r in self.related(a, 4)
        )
        return (
            self.chrome_top(a.title, a.paragraphs[0][:150])
            + f'<div class="breadcrumb"><a href="/berita">Berita</a> / {esc(crumb)}</div>'
            + f'<div class="slug">{esc(a.slug)}</div>'
            + '<table class="tbl-berita" width="100%" cellpadding="4">'
            + f'<tr><td colspan="2"><h2 class="judul-berita">{esc(a.title)}</h2></td></tr>'
            + f'<tr><td class="tgl">{hari_tanggal(a.published)} {jam(a.published)} WIB</td>'
            + f'<td class="penulis">{esc(a.author)}</td></tr>'
            + f'<tr><td class="dibaca">Dibaca : {a.views}</td><td class="kategori">{esc(a.category)}</td></tr>'
            + f'<tr><td colspan="2" class="galeri">{self._gallery(a)}</td></tr>'
            + f'<tr><td colspan="2" class="isi-berita">{body}</td></tr></table>'
            + '<div class="bagikan">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>'
            + f'<div class="berita-terkait"><h3>Berita Terkait</h3><ul>{related}</ul></div>'
            + self.chrome_bottom()
        )
