"""A real article's annotated body inside HTML pages (made here, never stored).

`wordpress_page` carries what real WordPress news pages carry around a body: a top bar with
today's date, a menu, the headline and its date line, a "Baca juga" block and an ad between
paragraphs, tags, share buttons, related posts, a comment form and a footer. `shaped_pages` adds
every HTML shape of the cleaning corpus (tests/fixtures/clean/shapes.py: WordPress, regency
portal, "Baca juga" news site, provincial portal, city portal, table layout, JSON-LD, div blocks,
Blogger). Only the body's paragraphs come from the corpus; every other line is fictional, so the
body F1 measures the HTML cleaner alone.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from tests.fixtures.clean.shapes import MONTHS

_MIN_PARAGRAPHS = {"provincial": 3}  # its pull quote repeats a sentence of the third paragraph
_RELATED = [
    "Warga Desa Contoh Gelar Kerja Bakti Bersihkan Saluran Air",
    "Pemkab Contoh Buka Pendaftaran Beasiswa Mahasiswa Berprestasi",
    "Lomba Kampung Bersih Tingkat Kecamatan Diikuti Dua Puluh Desa",
]


def _date_line(iso: str | None) -> str:
    if not iso:
        return ""
    year, month, day = (int(part) for part in iso.split("-"))
    return f'<span class="posted-on"><time class="entry-date">{day} {MONTHS[month - 1]} {year}</time></span>'


def wordpress_page(body: str, published: str | None, doc_id: str) -> str:
    paras = [line.strip() for line in body.splitlines() if line.strip()]
    blocks = [f"<p>{escape(p)}</p>" for p in paras]
    at = min(2, len(blocks))
    blocks.insert(
        at, f'<p><strong>Baca juga:</strong> <a href="/r/1">{escape(_RELATED[0])}</a></p>'
    )
    blocks.insert(min(at + 2, len(blocks)), '<div class="ads-inline">Advertisement</div>')
    related = "".join(f'<li><a href="/r/{i}">{escape(h)}</a></li>' for i, h in enumerate(_RELATED))
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Kabar Daerah {doc_id}</title></head>
<body>
<div class="topbar"><span class="today-date">Senin, 7 Desember 2026</span></div>
<header class="site-header"><a class="logo" href="/">Kabar Contoh</a>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/pemerintahan">Pemerintahan</a></nav></header>
<main class="site-main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Kabar Daerah Hari Ini Nomor {doc_id}</h1>
<div class="entry-meta">{_date_line(published)} <span class="byline">Oleh Admin Redaksi</span></div></header>
<div class="entry-content">
{chr(10).join(blocks)}
</div>
<div class="tags-links">Tags: <a href="/tag/daerah">daerah</a> <a href="/tag/pemerintahan">pemerintahan</a></div>
<div class="share-buttons">Bagikan: Facebook Twitter WhatsApp</div>
</article>
<section class="related-posts"><h3>Berita Terkait</h3><ul>{related}</ul></section>
<div id="comments" class="comments-area"><h3>Tinggalkan Balasan</h3>
<p>Alamat email Anda tidak akan dipublikasikan.</p></div>
</main>
<footer class="site-footer">© 2026 Kabar Contoh. All Rights Reserved.</footer>
</body></html>
"""


def shaped_pages(body: str, published: str | None, doc_id: str) -> list[tuple[str, str]]:
    """(shape, page) for the body in each fixture HTML shape, with fictional title and bylines."""
    from tests.fixtures.clean.shapes import SHAPES

    stamp = datetime.fromisoformat(published or "2024-01-15").replace(
        hour=9, tzinfo=ZoneInfo("Asia/Jakarta")
    )
    art = {
        "title": f"Kabar Daerah Hari Ini Nomor {doc_id}",
        "slug": f"kabar-daerah-{doc_id}",
        "paragraphs": [line.strip() for line in body.splitlines() if line.strip()],
        "dateline": None,
        "credit": None,
        "author": "Humas Kabupaten",
        "reporter": "Dewi Lestari",
        "editor": "Rudi Hartono",
    }
    pages = [("wordpress_real", wordpress_page(body, published, doc_id))]
    for n, (name, make) in enumerate(SHAPES.items()):
        if len(art["paragraphs"]) >= _MIN_PARAGRAPHS.get(name, 1):
            pages.append((name, make(art, stamp, n)[0]))
    return pages
