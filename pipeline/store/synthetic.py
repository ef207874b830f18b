"""Fictional article and mention rows for tests, benchmarks and demos (no real page text)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from pipeline.core.article import article_id_for

WIB = timezone(timedelta(hours=7))
FIRST = ("Asep", "Dede", "Rina", "Yusuf", "Siti", "Bambang", "Wulan", "Agus", "Lina", "Hendra")
LAST = (
    "Kurniawan",
    "Jaelani",
    "Permana",
    "Setiawati",
    "Hidayat",
    "Nugraha",
    "Rahmawati",
    "Saputra",
    "Wibowo",
    "Anggraini",
)
ROLES = ("Bupati", "Wakil Bupati", "Sekda", "Camat", "Kepala Desa", "Kapolres")
REGIONS = (
    ("Kabupaten Sukamaju", "99.01"),
    ("Kabupaten Tanjungsari", "99.02"),
    ("Kota Lembah", "99.71"),
)
ORGS = (
    ("Forum Warga Peduli Sungai", "FWPS", "ormas_cso"),
    ("Ikatan Pemuda Lembah", "IPL", "ormas_cso"),
    ("Majelis Taklim Nurul Fikri", None, "religious"),
    ("Dinas Sosial", None, "government_agency"),
    ("Lembaga Kajian Desa Mandiri", "LKDM", "ormas_cso"),
)
EVENTS = ("rapat koordinasi", "audiensi", "silaturahmi", "sosialisasi", "bimtek", "festival budaya")


def article(
    n: int,
    *,
    portal: str = "sukamajukab",
    province: str = "Jawa Barat",
    published: datetime | None = None,
    extractor: str = "clean/1",
    body: str | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    url = f"https://{portal}.example.go.id/berita/{n}"
    published = published or datetime(2024, 1 + n % 12, 1 + n % 28, 9, 0, tzinfo=WIB)
    body = body or f"Berita nomor {n} dari {portal}.\nParagraf kedua berita {n}."
    return {
        "article_id": article_id_for(url),
        "url": url,
        "portal": portal,
        "province": province,
        "title": title or f"Judul berita {n}",
        "published_at": published,
        "body": body,
        "lang": "id",
        "word_count": len(body.split()),
        "extractor": extractor,
        "relevant": True,
        "fetched_at": datetime(2024, 12, 31, tzinfo=UTC),
        "flags": [],
        "relevance_terms": [],
    }


def mention(
    article_id: str,
    type_: str,
    text: str,
    sentence: str,
    *,
    start: int | None = None,
    normalized: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    found = sentence.find(text)
    begin = start if start is not None else max(found, 0)
    return {
        "article_id": article_id,
        "type": type_,
        "text": text,
        "start": begin,
        "end": begin + len(text),
        "sentence": sentence,
        "normalized": normalized or text,
        "extractor": "nlp/1",
        **extra,
    }


def corpus(
    n_articles: int, mentions_per_article: int = 8, *, seed: int = 7, portals: int = 20
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(article, mentions) pairs shaped like real output: officials meeting organisations."""
    rng = random.Random(seed)
    for n in range(n_articles):
        portal = f"portal{n % portals:02d}"
        region, code = rng.choice(REGIONS)
        role, name = rng.choice(ROLES), f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        org, acronym, kind = rng.choice(ORGS)
        event = rng.choice(EVENTS)
        sentence = f"{role} {name} menghadiri {event} bersama {org} di {region}."
        body = f"{sentence}\nKegiatan berlangsung lancar pada hari itu."
        row = article(n, portal=portal, body=body)
        aid = row["article_id"]
        rows = [
            mention(
                aid,
                "OFFICIAL",
                f"{role} {name}",
                sentence,
                normalized=name,
                role=role,
                jurisdiction=region,
                code=code,
            ),
            mention(aid, "ORG", org, sentence, acronym=acronym, kind=kind),
            mention(aid, "PLACE", region, sentence, code=code, kind="regency"),
            mention(aid, "DATE", "Senin (5/2)", sentence, normalized="2024-02-05"),
        ]
        while len(rows) < mentions_per_article:
            extra = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            rows.append(mention(aid, "PERSON", extra, f"Menurut {extra}, acara berjalan baik."))
        yield row, rows[:mentions_per_article]


def _para_mentions(
    aid: str, body: str, specs: list[tuple[str, str, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Mentions located in `body`: (type, text, extra) with the sentence found around the text."""
    rows = []
    for type_, text, extra in specs:
        start = body.index(text)
        stop = body.rfind(". ", 0, start)
        sentence_start = max(stop + 2 if stop >= 0 else 0, body.rfind("\n", 0, start) + 1)
        ends = [i for i in (body.find(". ", start), body.find("\n", start)) if i >= 0]
        sentence = body[sentence_start : (min(ends) + 1 if ends else len(body))].strip()
        rows.append(mention(aid, type_, text, sentence, start=start, **extra))
    return rows


def example_world() -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Four fictional articles covering the merge, non-merge and engagement cases."""
    body1 = (
        "Bupati Sukamaju Dede Jaelani menerima audiensi Forum Warga Peduli Sungai di Kecamatan "
        "Cibeureum, Kamis (14/3/2024).\nKetua FWPS Rina Kurniawan memaparkan program bersih sungai."
    )
    body2 = (
        "Bupati Dede Jailani membuka sosialisasi bersama Ikatan Pemuda Lembah di Kabupaten "
        "Sukamaju.\nAcara ditutup dengan makan siang."
    )
    body3 = (
        "Wali Kota Lembah Dede Supriatna menghadiri festival bersama IPL.\n"
        "Dinas Sosial menyiapkan tenda."
    )
    body4 = (
        "Camat Cibeureum Asep Permana memimpin rapat koordinasi penanganan banjir. Hadir pula "
        "pengurus Majelis Taklim Nurul Fikri.\nCuaca cerah sepanjang hari."
    )
    bupati = {"role": "Bupati", "code": "99.01"}
    a1 = article(
        1,
        published=datetime(2024, 3, 15, 8, tzinfo=WIB),
        body=body1,
        title="Bupati terima audiensi FWPS",
    )
    a2 = article(2, published=datetime(2024, 5, 2, 10, tzinfo=WIB), body=body2)
    a3 = article(
        3,
        portal="lembahkota",
        province="Jawa Tengah",
        published=datetime(2024, 7, 20, 9, tzinfo=WIB),
        body=body3,
    )
    a4 = article(4, published=datetime(2024, 9, 9, 9, tzinfo=WIB), body=body4)
    m1 = _para_mentions(
        a1["article_id"],
        body1,
        [
            (
                "OFFICIAL",
                "Bupati Sukamaju Dede Jaelani",
                {**bupati, "normalized": "Dede Jaelani", "jurisdiction": "Kabupaten Sukamaju"},
            ),
            ("ORG", "Forum Warga Peduli Sungai", {"acronym": "FWPS", "kind": "ormas_cso"}),
            ("PLACE", "Kecamatan Cibeureum", {"code": "99.01.05", "kind": "district"}),
            ("DATE", "Kamis (14/3/2024)", {"normalized": "2024-03-14"}),
            ("ORG", "FWPS", {"kind": "ormas_cso"}),
            ("PERSON", "Rina Kurniawan", {"role": "Ketua FWPS"}),
        ],
    )
    m2 = _para_mentions(
        a2["article_id"],
        body2,
        [
            (
                "OFFICIAL",
                "Bupati Dede Jailani",
                {**bupati, "normalized": "Dede Jailani", "jurisdiction": "Kab. Sukamaju"},
            ),
            ("ORG", "Ikatan Pemuda Lembah", {"acronym": "IPL", "kind": "ormas_cso"}),
            ("PLACE", "Kabupaten Sukamaju", {"code": "99.01", "kind": "regency"}),
        ],
    )
    m3 = _para_mentions(
        a3["article_id"],
        body3,
        [
            (
                "OFFICIAL",
                "Wali Kota Lembah Dede Supriatna",
                {
                    "normalized": "Dede Supriatna",
                    "role": "Wali Kota",
                    "jurisdiction": "Kota Lembah",
                    "code": "99.71",
                },
            ),
            ("ORG", "IPL", {"kind": "ormas_cso"}),
            ("ORG", "Dinas Sosial", {"kind": "government_agency"}),
        ],
    )
    m4 = _para_mentions(
        a4["article_id"],
        body4,
        [
            (
                "OFFICIAL",
                "Camat Cibeureum Asep Permana",
                {
                    "normalized": "Asep Permana",
                    "role": "Camat",
                    "jurisdiction": "Kecamatan Cibeureum",
                    "code": "99.01.05",
                },
            ),
            ("ORG", "Majelis Taklim Nurul Fikri", {"kind": "religious"}),
        ],
    )
    return [(a1, m1), (a2, m2), (a3, m3), (a4, m4)]


def write_world(store: Any, pairs: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    """Run the store steps a processing flow runs: articles, mentions, entities, engagements."""
    store.upsert_articles([a for a, _ in pairs])
    store.replace_mentions([a["article_id"] for a, _ in pairs], [m for _, ms in pairs for m in ms])
    store.derive()  # entities, then engagements (pipeline.core.tables DERIVED)
