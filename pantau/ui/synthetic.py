"""A small, fictional set of Pantau tables: for trying the UI and notebooks without a crawl,
and for tests. Every name, place and sentence here is invented.

`write_synthetic_tables(data_dir)` writes articles (hive-partitioned by portal and month),
mentions, entities, engagements and crawl_runs with the schemas of `pipeline.core.schema`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pipeline.core.article import article_id_for
from pipeline.core.parquet_io import to_table, write_atomic

WIB = timezone(timedelta(hours=7))

# portal -> (province, base url)
PORTALS = {
    "sukamaju-kab": ("Jawa Barat", "https://sukamaju.example.go.id"),
    "kotabaru-kota": ("Jawa Barat", "https://kotabaru.example.go.id"),
    "pesisir-kab": ("Kalimantan Timur", "https://pesisir.example.go.id"),
}
# entity_id -> (type, name, role or kind, acronym)
ENTITIES = {
    "off-andi-pratama": ("OFFICIAL", "Andi Pratama", "Bupati", None),
    "off-siti-rahmawati": ("OFFICIAL", "Siti Rahmawati", "Wakil Bupati", None),
    "off-dewi-lestari": ("OFFICIAL", "Dewi Lestari", "Wali Kota", None),
    "off-rudi-hartono": ("OFFICIAL", "Rudi Hartono", "Kapolres", None),
    "org-fwpl": ("ORG", "Forum Warga Peduli Lingkungan", "ormas_cso", "FWPL"),
    "org-inp": ("ORG", "Ikatan Nelayan Pesisir", "ormas_cso", "INP"),
    "org-mt-hidayah": ("ORG", "Majelis Taklim Nurul Hidayah", "religious", None),
    "org-kpm": ("ORG", "Karang Pemuda Mandiri", "ormas_cso", "KPM"),
    "gov-kesbangpol": ("ORG", "Badan Kesbangpol Sukamaju", "government_agency", "Kesbangpol"),
}
# event index -> government bodies taking part (kept apart so EVENTS keep their shape)
BODIES = {0: ["gov-kesbangpol"], 3: ["gov-kesbangpol"]}
# (portal, published, official ids, organisation ids, place, event type)
EVENTS = [
    (
        "sukamaju-kab",
        datetime(2024, 3, 4, 9, 30, tzinfo=WIB),
        ["off-andi-pratama"],
        ["org-fwpl"],
        "Kecamatan Cibening",
        "audiensi",
    ),
    (
        "sukamaju-kab",
        datetime(2024, 3, 21, 14, 0, tzinfo=WIB),
        ["off-andi-pratama", "off-rudi-hartono"],
        ["org-kpm"],
        "Desa Mekarsari",
        "dialog",
    ),
    (
        "sukamaju-kab",
        datetime(2024, 4, 11, 10, 15, tzinfo=WIB),
        ["off-siti-rahmawati"],
        ["org-fwpl", "org-mt-hidayah"],
        "Kecamatan Cibening",
        "silaturahmi",
    ),
    (
        "sukamaju-kab",
        datetime(2024, 5, 2, 8, 0, tzinfo=WIB),
        ["off-andi-pratama"],
        ["org-mt-hidayah"],
        "Desa Mekarsari",
        "silaturahmi",
    ),
    (
        "kotabaru-kota",
        datetime(2024, 3, 15, 13, 45, tzinfo=WIB),
        ["off-dewi-lestari"],
        ["org-kpm"],
        "Kelurahan Sindangsari",
        "audiensi",
    ),
    (
        "kotabaru-kota",
        datetime(2024, 4, 25, 9, 0, tzinfo=WIB),
        ["off-dewi-lestari"],
        ["org-fwpl"],
        "Kelurahan Sindangsari",
        "rapat",
    ),
    (
        "kotabaru-kota",
        datetime(2024, 5, 19, 16, 20, tzinfo=WIB),
        ["off-dewi-lestari", "off-rudi-hartono"],
        ["org-fwpl", "org-kpm"],
        "Kecamatan Kotabaru Utara",
        "dialog",
    ),
    (
        "pesisir-kab",
        datetime(2024, 4, 3, 11, 0, tzinfo=WIB),
        ["off-siti-rahmawati"],
        ["org-inp"],
        "Kecamatan Tanjung Laut",
        "audiensi",
    ),
    (
        "pesisir-kab",
        datetime(2024, 6, 8, 10, 30, tzinfo=WIB),
        ["off-siti-rahmawati"],
        ["org-inp", "org-mt-hidayah"],
        "Desa Muara Baru",
        "rapat",
    ),
]


def _name(entity_id: str) -> str:
    return ENTITIES[entity_id][1]


def _evidence(officials: list[str], organisations: list[str], place: str, event: str) -> str:
    who = " dan ".join(f"{ENTITIES[o][2]} {_name(o)}" for o in officials)
    whom = " serta ".join(_name(g) for g in organisations)
    return f"{who} menerima {event} pengurus {whom} di {place}."


def _article(index: int, event: tuple[Any, ...]) -> dict[str, Any]:
    portal, published, officials, organisations, place, kind = event
    province, base = PORTALS[portal]
    url = f"{base}/berita/{published:%Y/%m}/kegiatan-{index}"
    sentence = _evidence(officials, organisations, place, kind)
    body = f"{sentence} Pertemuan berlangsung hangat. Warga berharap kerja sama terus berjalan."
    return {
        "article_id": article_id_for(url),
        "url": url,
        "portal": portal,
        "province": province,
        "title": f"{_name(officials[0])} Terima {_name(organisations[0])} di {place}",
        "published_at": published,
        "published_source": "meta",
        "author": "Humas",
        "author_kind": "institution",
        "body": body,
        "lang": "id",
        "word_count": len(body.split()),
        "relevant": True,
        "relevance_terms": ["ormas"],
        "extractor": "synthetic",
        "flags": [],
        "fetched_at": published.astimezone(UTC) + timedelta(hours=5),
        "month": f"{published:%Y-%m}",
    }


def _mentions(article: dict[str, Any], event: tuple[Any, ...]) -> list[dict[str, Any]]:
    _, _, officials, organisations, place, _ = event
    sentence = article["body"].split(". ")[0] + "."
    common = {k: article[k] for k in ("article_id", "portal", "province", "month")}
    rows = [
        {
            "type": "OFFICIAL",
            "text": _name(o),
            "normalized": _name(o),
            "role": ENTITIES[o][2],
            "entity_id": o,
        }
        for o in officials
    ]
    rows += [
        {
            "type": "ORG",
            "text": _name(g),
            "normalized": _name(g),
            "kind": ENTITIES[g][2],
            "acronym": ENTITIES[g][3],
            "entity_id": g,
        }
        for g in organisations
    ]
    rows.append(
        {"type": "PLACE", "text": place, "normalized": place, "kind": place.split()[0].lower()}
    )
    for row in rows:
        start = sentence.find(row["text"])
        row.update(
            common,
            sentence=sentence,
            start=start,
            end=start + len(row["text"]),
            extractor="synthetic",
        )
    return rows


# the Indonesian event word of a synthetic article -> the engagement type (nlp.lexicons.events)
EVENT_TYPE = {
    "audiensi": "meeting",
    "dialog": "meeting",
    "silaturahmi": "meeting",
    "rapat": "coordination",
}


def _engagement(index: int, article: dict[str, Any], event: tuple[Any, ...]) -> dict[str, Any]:
    _, published, officials, organisations, place, kind = event
    return {
        "engagement_id": f"eng-{index:03d}",
        "article_id": article["article_id"],
        "date": published.date(),
        "place_name": place,
        "official_ids": officials,
        "government_body_ids": BODIES.get(index, []),
        "organisation_ids": organisations,
        "event_type": EVENT_TYPE[kind],
        "evidence": article["body"].split(". ")[0] + ".",
        "url": article["url"],
        "portal": article["portal"],
        "province": article["province"],
        "month": article["month"],
    }


def _entities(events: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    rows = []
    for entity_id, (kind, name, role_or_kind, acronym) in ENTITIES.items():
        dates = [
            e[1].date()
            for n, e in enumerate(events)
            if entity_id in e[2] + e[3] + BODIES.get(n, [])
        ]
        rows.append(
            {
                "entity_id": entity_id,
                "type": kind,
                "name": name,
                "aliases": [acronym] if acronym else [],
                "role": role_or_kind if kind == "OFFICIAL" else None,
                "kind": role_or_kind if kind == "ORG" else None,
                "acronym": acronym,
                "first_seen": min(dates),
                "last_seen": max(dates),
                "n_articles": len(dates),
            }
        )
    return rows


def _crawl_runs() -> list[dict[str, Any]]:
    rows = []
    for n, portal in enumerate(PORTALS):
        for day in range(3):
            started = datetime(2024, 6, 10 + day, 2, 0, tzinfo=UTC)
            failed = portal == "pesisir-kab" and day == 2
            rows.append(
                {
                    "run_id": f"run-{day}",
                    "portal": portal,
                    "started_at": started,
                    "finished_at": started + timedelta(minutes=4 + n),
                    "pages": 0 if failed else 12 + n,
                    "articles": 0 if failed else 3,
                    "new_articles": 0 if failed else 1,
                    "errors": 5 if failed else 0,
                    "status": "failed" if failed else "ok",
                    "finish_reason": "finished",
                    "stats": "{}",
                }
            )
    return rows


def write_synthetic_tables(data_dir: Path) -> Path:
    """Write the fictional tables under `data_dir/tables`; returns that folder."""
    tables = data_dir / "tables"
    articles = [_article(i, e) for i, e in enumerate(EVENTS)]
    by_partition: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for article in articles:
        by_partition.setdefault((article["portal"], article["month"]), []).append(article)
    for (portal, month), rows in by_partition.items():
        path = tables / "articles" / f"portal={portal}" / f"month={month}" / "part-0.parquet"
        write_atomic(to_table(rows, "articles"), path, "articles")
    mentions = [m for a, e in zip(articles, EVENTS, strict=True) for m in _mentions(a, e)]
    engagements = [
        _engagement(i, a, e) for i, (a, e) in enumerate(zip(articles, EVENTS, strict=True))
    ]
    for name, rows in (
        ("mentions", mentions),
        ("engagements", engagements),
        ("entities", _entities(EVENTS)),
        ("crawl_runs", _crawl_runs()),
    ):
        write_atomic(to_table(rows, name), tables / name / "part-0.parquet", name)
    return tables


# a fixed "today" for freshness figures on this data set
SYNTHETIC_TODAY = date(2024, 6, 12)
