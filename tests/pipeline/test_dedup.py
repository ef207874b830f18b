"""Deduplication: exact copies and near-duplicates across portals point to the earliest copy."""

from __future__ import annotations

from datetime import datetime

from pipeline.clean.dates import JAKARTA
from pipeline.dedup import Deduper, content_hash

RELEASE = (
    "Pemerintah Kabupaten Lebak bersama organisasi masyarakat sipil menggelar lokakarya tentang tata kelola "
    "pemerintahan kolaboratif. Kegiatan dibuka oleh sekretaris daerah dan diikuti perwakilan dinas, akademisi, "
    "dan sektor swasta. Para peserta membahas penguatan kelembagaan, pelatihan pengurus, dan kerja sama lintas "
    "sektor untuk meningkatkan layanan publik di desa. Sekretaris daerah berharap hasil lokakarya menjadi bahan "
    "perencanaan pembangunan tahun depan dan dipantau bersama oleh pemerintah serta organisasi masyarakat."
)
OTHER = (
    "Dinas kesehatan menggelar vaksinasi keliling di enam desa terpencil dengan menurunkan tim medis dan dua "
    "ambulans. Warga menyambut baik layanan itu karena jarak ke puskesmas cukup jauh dan jalan sering rusak."
)


def day(d: int) -> datetime:
    return datetime(2024, 5, d, 9, 0, tzinfo=JAKARTA)


def test_exact_copy_points_to_the_stored_original():
    dedup = Deduper()
    dedup.seed([{"article_id": "portal-a", "body": RELEASE, "published_at": day(1)}])
    assert dedup.check("portal-b", "  " + RELEASE.replace(". ", ".\n"), day(2)) == "portal-a"


def test_exact_copy_is_found_from_a_stored_content_hash_alone():
    dedup = Deduper()
    dedup.seed([{"article_id": "portal-a", "content_sha256": content_hash(RELEASE), "published_at": day(1)}])
    assert dedup.check("portal-b", RELEASE, day(3)) == "portal-a"


def test_syndicated_release_with_small_edits_is_a_near_duplicate():
    dedup = Deduper()
    dedup.seed([{"article_id": "portal-a", "body": RELEASE, "published_at": day(1)}])
    edited = "LEBAK – " + RELEASE.replace("tahun depan", "tahun 2025") + " (Rls/Red)"
    assert dedup.check("portal-c", edited, day(2)) == "portal-a"


def test_different_article_is_not_a_duplicate():
    dedup = Deduper()
    dedup.seed([{"article_id": "portal-a", "body": RELEASE, "published_at": day(1)}])
    assert dedup.check("portal-d", OTHER, day(2)) is None


def test_earliest_copy_stays_the_original_whatever_the_arrival_order():
    dedup = Deduper()
    dedup.seed([{"article_id": "late", "body": RELEASE, "published_at": day(9)}])
    assert dedup.check("early", RELEASE, day(2)) is None
    assert dedup.check("latest", RELEASE, day(12)) == "early"


def test_rechecking_a_known_article_does_not_mark_it_a_copy_of_itself():
    dedup = Deduper()
    dedup.seed([{"article_id": "portal-a", "body": RELEASE, "published_at": day(1)}])
    assert dedup.check("portal-a", RELEASE, day(1)) is None
    assert len(dedup) == 1


def test_undated_copy_never_becomes_the_original_over_a_dated_one():
    dedup = Deduper()
    dedup.seed([{"article_id": "dated", "body": RELEASE, "published_at": day(5)}])
    assert dedup.check("undated", RELEASE, None) == "dated"
