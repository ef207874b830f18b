"""One article reached many ways: one canonical URL where the links are the same page, and one
original whatever order the copies arrive in."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest

from pipeline.core.article import article_id_for, canonical_url
from pipeline.dedup.deduper import Deduper

PAGE = "https://portal.example.go.id/berita/bupati-buka-rapat"
SAME_PAGE = [
    PAGE,
    "HTTPS://Portal.Example.GO.ID:443/berita/bupati-buka-rapat/",
    PAGE + "?utm_source=facebook&utm_medium=social&utm_campaign=x",
    PAGE + "/amp/",
    PAGE + "?amp=1#komentar",
    PAGE + "?fbclid=IwAR0abc",
    PAGE + "?gclid=xyz&UTM_Term=a",
    "https://portal.example.go.id/amp/berita/bupati-buka-rapat",
    PAGE + "#",
    PAGE + "/amp",
]


@pytest.mark.parametrize("url", SAME_PAGE)
def test_tracking_amp_case_port_and_fragment_variants_share_one_id(url: str) -> None:
    assert canonical_url(url) == PAGE
    assert article_id_for(url) == article_id_for(PAGE)


@pytest.mark.parametrize(
    "a,b",
    [
        ("https://x.go.id/b?id=5&page=2", "https://x.go.id/b?page=2&id=5"),
        ("https://x.go.id/b?id=5&utm_source=a&page=2", "https://x.go.id/b?page=2&id=5"),
    ],
)
def test_query_parameters_are_sorted(a: str, b: str) -> None:
    assert canonical_url(a) == canonical_url(b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("https://x.go.id/berita?id=5", "https://x.go.id/berita?id=6"),
        ("https://x.go.id/Berita/1", "https://x.go.id/berita/1"),  # paths are case-sensitive
        ("http://127.0.0.1:8080/a", "http://127.0.0.1:8081/a"),
        ("https://x.go.id/tag/amplop", "https://x.go.id/tag"),
        ("https://x.go.id/berita/amp-news/1", "https://x.go.id/berita/1"),
    ],
)
def test_different_pages_keep_different_ids(a: str, b: str) -> None:
    assert article_id_for(a) != article_id_for(b)


BODY = " ".join(
    f"kalimat nomor {i} tentang rapat koordinasi bupati bersama ormas kecamatan" for i in range(40)
)
WHEN = datetime(2024, 5, 2, 9, 0, tzinfo=UTC)
IDS = ["ccc", "bbb", "aaa", "ddd"]


@pytest.mark.parametrize("order", list(itertools.permutations(IDS)))
def test_identical_copies_at_one_time_have_one_original_whatever_the_order(
    order: tuple[str, ...],
) -> None:
    got = Deduper().check_many((i, BODY, WHEN) for i in order)
    assert got == {"aaa": None, "bbb": "aaa", "ccc": "aaa", "ddd": "aaa"}


@pytest.mark.parametrize("order", [IDS, list(reversed(IDS))])
def test_checking_one_by_one_never_gives_two_originals(order: list[str]) -> None:
    deduper = Deduper()
    answers = [deduper.check(i, BODY, WHEN) for i in order]
    assert answers.count(None) == 1
    original = order[answers.index(None)]
    assert all(a == original for a in answers if a is not None)


def test_an_earlier_copy_is_still_the_original() -> None:
    got = Deduper().check_many(
        [("zzz", BODY, datetime(2024, 5, 1, tzinfo=UTC)), ("aaa", BODY, WHEN)]
    )
    assert got == {"zzz": None, "aaa": "zzz"}


def test_one_article_linked_six_ways_is_one_original_and_marked_copies() -> None:
    links = [*SAME_PAGE[:5], "http://portal.example.go.id/berita/bupati-buka-rapat?p=1"]
    ids = {article_id_for(u) for u in links}
    assert 1 < len(ids) < len(links)  # the tracking variants collapsed; other URLs stay rows
    got = Deduper().check_many((i, BODY, WHEN) for i in sorted(ids, reverse=True))
    assert list(got.values()).count(None) == 1
    assert {v for v in got.values() if v} == {min(ids)}


def test_a_new_copy_of_a_stored_copy_points_at_the_original() -> None:
    deduper = Deduper()
    # the stored original "aaa" is known only as bbb's dup_of (its own text differs a little)
    deduper.seed([{"article_id": "bbb", "published_at": WHEN, "body": BODY, "dup_of": "aaa"}])
    assert deduper.check("zzz", BODY, WHEN) == "aaa"
