"""Deduplication: exact copies and near-duplicates across portals point to the earliest copy."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.clean.dates import JAKARTA
from pipeline.dedup.deduper import Deduper, content_hash
from pipeline.dedup.signature_file import signature_path

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
    dedup.seed(
        [
            {
                "article_id": "portal-a",
                "content_sha256": content_hash(RELEASE),
                "published_at": day(1),
            }
        ]
    )
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


def _stored(dedup: Deduper, article_id: str, body: str, published: datetime) -> dict:
    """A stored row as the articles table gives it without its body column."""
    return {
        "article_id": article_id,
        "content_sha256": content_hash(body),
        "published_at": published,
    }


def test_saved_signatures_let_a_bodiless_seed_find_near_duplicates(data_dir):
    path = signature_path(data_dir)
    first_run = Deduper()
    first_run.seed([{"article_id": "portal-a", "body": RELEASE, "published_at": day(1)}])
    assert first_run.check("portal-x", OTHER, day(2)) is None
    assert first_run.save_signatures(path) == 2
    next_run = Deduper()
    assert next_run.load_signatures(path) == 2
    next_run.seed(
        [
            _stored(next_run, "portal-a", RELEASE, day(1)),
            _stored(next_run, "portal-x", OTHER, day(2)),
        ]
    )
    edited = "LEBAK – " + RELEASE.replace("tahun depan", "tahun 2025") + " (Rls/Red)"
    assert next_run.check("portal-c", edited, day(3)) == "portal-a"
    assert next_run.check("portal-y", OTHER.replace("enam", "tujuh"), day(3)) == "portal-x"


def test_without_saved_signatures_a_bodiless_seed_finds_exact_copies_only(data_dir):
    dedup = Deduper()
    assert dedup.load_signatures(signature_path(data_dir)) == 0
    dedup.seed([_stored(dedup, "portal-a", RELEASE, day(1))])
    assert (
        dedup.check("portal-c", "LEBAK – " + RELEASE.replace("tahun depan", "tahun 2025"), day(2))
        is None
    )
    assert dedup.check("portal-b", RELEASE, day(2)) == "portal-a"


def test_signature_of_changed_content_is_not_reused(data_dir):
    path = signature_path(data_dir)
    first_run = Deduper()
    first_run.seed([{"article_id": "portal-a", "body": RELEASE, "published_at": day(1)}])
    first_run.save_signatures(path)
    next_run = Deduper()
    next_run.load_signatures(path)
    next_run.seed(
        [{"article_id": "portal-a", "body": OTHER, "published_at": day(1)}]
    )  # re-crawled, rewritten
    assert next_run.check("portal-b", RELEASE.replace("tahun depan", "tahun 2025"), day(2)) is None
    assert next_run.check("portal-c", OTHER.replace("enam", "tujuh"), day(2)) == "portal-a"


@pytest.mark.parametrize("content", [b"", b"not a zip file", b"PK\x03\x04 broken"])
def test_damaged_signature_file_counts_as_empty(data_dir, content):
    path = signature_path(data_dir)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert Deduper().load_signatures(path) == 0


@pytest.mark.parametrize(
    "params",
    [
        {"num_perm": 32},
        {
            "num_perm": 64,
            "shingle": 4,
            "threshold": 0.7,
            "containment": None,
        },  # the defaults before 2
        {"shingle": 4},
        {"seed": 2},
    ],
)
def test_signatures_from_other_parameters_are_ignored(data_dir, params):
    path = signature_path(data_dir)
    other = Deduper(**params)
    other.seed([{"article_id": "portal-a", "body": RELEASE, "published_at": day(1)}])
    assert other.save_signatures(path) == 1
    assert Deduper(**params).load_signatures(path) == 1  # readable with its own parameters
    assert Deduper().load_signatures(path) == 0
    dedup = Deduper()
    dedup.load_signatures(path)
    dedup.seed(
        [_stored(dedup, "portal-a", RELEASE, day(1))]
    )  # bodiless: stale file, exact copies only
    assert (
        dedup.check("portal-c", "LEBAK – " + RELEASE.replace("tahun depan", "tahun 2025"), day(2))
        is None
    )


def test_signature_file_from_before_shingle_counts_is_stale(data_dir):
    """Format 1 (params num_perm, shingle, seed; no shingle counts) predates containment."""
    import numpy as np

    current = Deduper()
    current.seed([{"article_id": "portal-a", "body": RELEASE, "published_at": day(1)}])
    sig, _size = current.minhash(RELEASE)
    path = signature_path(data_dir)
    path.parent.mkdir(parents=True)
    np.savez(
        path,
        params=np.array([current.num_perm, current.shingle, 1], dtype=np.int64),
        ids=np.array(["portal-a"]),
        digests=np.array([content_hash(RELEASE).encode()], dtype="S64"),
        sigs=sig[None],
    )
    assert Deduper().load_signatures(path) == 0


def test_band_index_finds_every_edited_copy_among_many_seeded_articles():
    """The numpy LSH index against a known answer: 150 random bodies, 30 edited copies, 30 new."""
    import random

    rng = random.Random(3)
    vocab = [f"kata{i}" for i in range(3000)]
    bodies = [" ".join(rng.choices(vocab, k=120)) for _ in range(150)]
    dedup = Deduper()
    dedup.seed(
        [{"article_id": f"a{i}", "body": b, "published_at": day(1)} for i, b in enumerate(bodies)]
    )
    for i in range(0, 150, 5):
        words = bodies[i].split()
        words[rng.randrange(120)] = "diubah"
        assert dedup.check(f"copy{i}", " ".join(words), day(2)) == f"a{i}"
    for i in range(30):
        assert dedup.check(f"new{i}", " ".join(rng.choices(vocab, k=120)), day(2)) is None


def test_missing_stored_hash_falls_back_to_the_body():
    """Rows from a DataFrame carry NaN for a missing content_sha256."""
    dedup = Deduper()
    dedup.seed(
        [
            {
                "article_id": "portal-a",
                "content_sha256": float("nan"),
                "body": RELEASE,
                "published_at": day(1),
            }
        ]
    )
    assert dedup.check("portal-b", RELEASE, day(2)) == "portal-a"
