"""Helpers every demo renderer shares: Indonesian date text, escaping, responses, XML."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from html import escape

HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


@dataclass
class Response:
    status: int
    body: str
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def not_found(title: str) -> Response:
    page = (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>404 - {esc(title)}'
        "</title></head><body><h1>Halaman tidak ditemukan</h1>"
        '<p>Maaf, halaman yang Anda cari tidak tersedia.</p><p><a href="/">Kembali ke beranda</a>'
        "</p></body></html>"
    )
    return Response(404, page)


def slugify(text: str) -> str:
    """'Pemilu 2024' -> 'pemilu-2024' (category, tag and author paths)."""
    return "-".join(text.lower().split())


def esc(text: str) -> str:
    return escape(text, quote=True)


def tanggal(moment: datetime) -> str:
    """'14 Juli 2023'."""
    return f"{moment.day} {BULAN[moment.month - 1]} {moment.year}"


def hari_tanggal(moment: datetime) -> str:
    """'Jumat, 14 Juli 2023'."""
    return f"{HARI[moment.weekday()]}, {tanggal(moment)}"


def jam(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def rfc822(moment: datetime) -> str:
    return format_datetime(moment)


def paragraphs_html(paragraphs: list[str], dateline: str | None = None) -> list[str]:
    """<p> elements; the dateline is set in bold at the start of the first paragraph."""
    out = []
    for i, text in enumerate(paragraphs):
        if i == 0 and dateline:
            out.append(f"<p><strong>{esc(dateline)}</strong> {esc(text)}</p>")
        else:
            out.append(f"<p>{esc(text)}</p>")
    return out


def xml_response(body: str) -> Response:
    return Response(200, body, "application/xml; charset=utf-8")


def urlset(entries: list[tuple[str, datetime]]) -> str:
    rows = "".join(
        f"<url><loc>{esc(loc)}</loc><lastmod>{moment.isoformat()}</lastmod></url>"
        for loc, moment in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + rows + "</urlset>"
    )


def page_numbers(current: int, total: int, href: str) -> str:
    """A pagination bar; `href` has a {page} placeholder."""
    items = []
    if current > 1:
        items.append(
            f'<a class="prev" rel="prev" href="{href.format(page=current - 1)}">« Sebelumnya</a>'
        )
    for number in range(1, total + 1):
        if number == current:
            items.append(f'<span class="current" aria-current="page">{number}</span>')
        else:
            items.append(f'<a class="page-numbers" href="{href.format(page=number)}">{number}</a>')
    if current < total:
        items.append(
            f'<a class="next" rel="next" href="{href.format(page=current + 1)}">Selanjutnya »</a>'
        )
    return '<nav class="pagination">' + " ".join(items) + "</nav>"
