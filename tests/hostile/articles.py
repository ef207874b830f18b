"""Synthetic but realistic Indonesian article pages, generated (fictional names and events).

Used as the "good" page beside hostile ones, and by benchmarks/bench_end_to_end.py as a
stream of varied pages. Deterministic: the same seed gives the same page.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

FIRST = [
    "Andi",
    "Rina",
    "Yusuf",
    "Dewi",
    "Hendra",
    "Sri",
    "Bambang",
    "Lestari",
    "Fajar",
    "Nurul",
    "Agus",
    "Wulan",
    "Rahmat",
    "Intan",
    "Teguh",
    "Sari",
    "Dimas",
    "Ayu",
    "Joko",
    "Putri",
]
LAST = [
    "Saputra",
    "Wijayanti",
    "Hidayat",
    "Kusuma",
    "Pranoto",
    "Rahayu",
    "Siregar",
    "Nasution",
    "Lubis",
    "Harahap",
    "Setiawan",
    "Maharani",
    "Gunawan",
    "Permata",
    "Santoso",
    "Utami",
]
DEGREE_BEFORE = ["", "", "H. ", "Hj. ", "Ir. ", "Drs. ", "Dr. "]
DEGREE_AFTER = ["", "", ", S.Sos", ", MM", ", M.Si", ", S.H., M.H.", ", SE"]
OFFICES = [
    "Bupati",
    "Wakil Bupati",
    "Wali Kota",
    "Sekda",
    "Camat",
    "Kepala Desa",
    "Kapolres",
    "Ketua DPRD",
    "Kepala Dinas Sosial",
    "Dandim",
]
REGIONS = [
    "Kabupaten Sukamaju",
    "Kota Tirtabumi",
    "Kabupaten Lembah Hijau",
    "Kota Pasirputih",
    "Kabupaten Gunung Sari",
]
DISTRICTS = [
    "Kecamatan Cikaret",
    "Kecamatan Batujaya",
    "Kecamatan Sumberwangi",
    "Kecamatan Pandanlaras",
]
ORGS = [
    "Forum Warga Peduli Lingkungan (FWPL)",
    "Lembaga Swadaya Masyarakat Cahaya Desa",
    "Pemuda Pancasila",
    "Gerakan Pramuka Kwartir Cabang",
    "Ikatan Remaja Masjid Al-Ikhlas",
    "Komunitas Literasi Nusantara",
    "Karang Taruna Tunas Bangsa",
    "PKK Kabupaten",
    "Organisasi Masyarakat Sipil (OMS) Simpul Rakyat",
]
EVENTS = [
    "rapat koordinasi",
    "audiensi",
    "sosialisasi program bantuan sosial",
    "bakti sosial",
    "penandatanganan nota kesepahaman",
    "festival inovasi desa",
    "musyawarah perencanaan",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
FILLERS = [
    "Kegiatan tersebut diikuti oleh puluhan peserta dari berbagai desa di wilayah itu.",
    "Menurutnya, sinergi antara pemerintah daerah dan masyarakat menjadi kunci keberhasilan program.",
    "Pihaknya berharap kegiatan serupa dapat dilaksanakan secara rutin setiap tahun.",
    "Acara ditutup dengan sesi tanya jawab dan foto bersama para tamu undangan.",
    "Ia menambahkan bahwa anggaran kegiatan berasal dari dana desa tahun berjalan.",
    "Warga menyambut baik program ini karena dinilai bermanfaat bagi pelaku usaha kecil.",
    "Pemerintah daerah akan terus mendorong partisipasi organisasi kemasyarakatan dalam pembangunan.",
]


@dataclass(frozen=True)
class SyntheticArticle:
    url: str
    title: str
    body: str  # paragraphs separated by blank lines
    published: str  # ISO date
    html: str


def _person(rng: random.Random, with_degrees: bool = True) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if with_degrees:
        return f"{rng.choice(DEGREE_BEFORE)}{name}{rng.choice(DEGREE_AFTER)}"
    return name


def _paragraphs(rng: random.Random, day: str, dmy: str) -> tuple[str, list[str]]:
    office, region = rng.choice(OFFICES), rng.choice(REGIONS)
    official, org, event = _person(rng), rng.choice(ORGS), rng.choice(EVENTS)
    district, chair = rng.choice(DISTRICTS), _person(rng, with_degrees=False)
    title = (
        f"{office} {region.split(' ', 1)[1]} Hadiri {event.title()} Bersama {org.split(' (')[0]}"
    )
    paras = [
        f"{office} {region} {official} menghadiri {event} bersama {org} di {district}, "
        f"{day} ({dmy}).",
        f"Dalam sambutannya, {official.split(',')[0]} menyampaikan apresiasi kepada {org} yang "
        f'dinilai aktif membantu pemerintah. "Kami membuka pintu seluas-luasnya bagi organisasi '
        f'masyarakat untuk berkolaborasi," ujarnya.',
        f"Sementara itu, Ketua {org.split(' (')[0]} {chair} mengatakan pihaknya siap mendukung "
        f"program pemerintah daerah.",
    ]
    paras += rng.sample(FILLERS, k=rng.randint(2, 5))
    return title, paras


def _template_portal(a: dict) -> str:
    body = "".join(f"<p>{escape(p)}</p>\n" for p in a["paras"])
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(a["title"])} - Portal Resmi {a["region"]}</title>
<meta property="article:published_time" content="{a["iso"]}T09:15:00+07:00"></head><body>
<header><div class="top">Jl. Merdeka No 1 | humas@contoh.go.id | (0254) 123-456</div>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li>
<li><a href="/berita">Berita</a></li><li><a href="/layanan">Layanan</a></li></ul></nav></header>
<main><article><h1 class="entry-title">{escape(a["title"])}</h1>
<div class="meta">{a["long_date"]} | Bidang Humas | Dilihat 312 kali</div>
<div class="entry-content">{body}<p><strong>Baca juga:</strong> <a href="/berita/lain">Berita lain hari ini</a></p>
</div></article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/b/1">Rapat paripurna tahun anggaran</a></li>
<li><a href="/b/2">Peresmian jembatan desa</a></li></ul></aside></main>
<footer>&copy; 2024 Pemerintah {a["region"]}. Hak cipta dilindungi.</footer></body></html>"""


def _template_news(a: dict) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in a["paras"])
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["title"],
            "datePublished": f"{a['iso']}T10:00:00+07:00",
            "author": {"@type": "Person", "name": a["reporter"]},
        }
    )
    return f"""<html><head><meta charset="utf-8"><title>{escape(a["title"])} | Kabar Daerah</title>
<script type="application/ld+json">{jsonld}</script></head><body>
<div id="menu"><a href="/">Home</a> <a href="/politik">Politik</a> <a href="/daerah">Daerah</a></div>
<div class="post"><h1>{escape(a["title"])}</h1><span class="byline">Reporter: {a["reporter"]} |
Editor: {a["editor"]}</span><div class="post-body">{body}
<div class="share">Bagikan: Facebook Twitter WhatsApp</div></div></div>
<div class="comments">Tinggalkan Balasan</div><div id="footer">Kabar Daerah 2024</div></body></html>"""


def _template_table(a: dict) -> str:
    body = "<br><br>".join(escape(p) for p in a["paras"])
    return f"""<html><head><title>{escape(a["title"])}</title></head><body>
<table width="100%"><tr><td class="menu"><a href="/">Home</a> | <a href="/berita">Berita</a></td></tr>
<tr><td><b>{escape(a["title"])}</b><br><small>{a["long_date"]} - Admin</small></td></tr>
<tr><td class="isi">{body}</td></tr><tr><td>Dibaca: 99 kali</td></tr></table></body></html>"""


TEMPLATES = (_template_portal, _template_news, _template_table)


def make_article(seed: int, host: str = "portal.contoh.go.id") -> SyntheticArticle:
    """One fictional article page; `seed` selects text, date and template."""
    rng = random.Random(seed)
    year, month, dom = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    event = date(year, month, max(1, dom - rng.randint(0, 2)))  # a day or two before publication
    title, paras = _paragraphs(rng, DAYS[event.weekday()], event.strftime("%d/%m/%Y"))
    iso = f"{year}-{month:02d}-{dom:02d}"
    weekday = DAYS[date(year, month, dom).weekday()]
    fields: dict[str, Any] = {
        "title": title,
        "paras": paras,
        "region": rng.choice(REGIONS),
        "iso": iso,
        "long_date": f"{weekday}, {dom} {MONTHS[month - 1]} {year}",
        "reporter": _person(rng, with_degrees=False),
        "editor": _person(rng, with_degrees=False),
    }
    html = TEMPLATES[seed % len(TEMPLATES)](fields)
    url = f"https://{host}/berita/{year}/{month:02d}/artikel-{seed}"
    return SyntheticArticle(url, title, "\n\n".join(paras), iso, html)
