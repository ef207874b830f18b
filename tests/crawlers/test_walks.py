"""The stop rules of discovery walks (crawlers.walks): known URLs decide, dates only bound the horizon."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawlers.discovery import Entry
from crawlers.walks import Judge, Walk, run_stop

HORIZON = datetime(2025, 1, 1, tzinfo=UTC)


def entry(n: int, month: int | None = None, year: int = 2025) -> Entry:
    return Entry(
        f"https://contoh.id/berita/{n}/kabar-warga-nomor-{n}",
        datetime(year, month, 1, tzinfo=UTC) if month else None,
    )


def judge(settled: set[int] = frozenset(), known: set[int] = frozenset(), **kw) -> Judge:  # type: ignore[assignment]
    keys = {entry(n).url for n in settled | known}
    settled_keys = {entry(n).url for n in settled}
    return Judge(
        known=keys.__contains__,
        settled=settled_keys.__contains__,
        horizon=kw.get("horizon", HORIZON),
        max_pages=kw.get("max_pages", 5),
        budget=kw.get("budget", 100),
    )


@pytest.mark.parametrize(
    ("page", "settled", "has_next", "stop", "wanted"),
    [
        ([entry(1), entry(2)], {1}, True, None, [2]),  # one new article: walk on
        ([entry(1), entry(2)], {1, 2}, True, "known", []),  # a whole page of settled articles
        (
            [entry(1, 3, 2024), entry(2, 5, 2024)],
            set(),
            True,
            "horizon",
            [],
        ),  # all older than the horizon
        (
            [entry(1, 3, 2024), entry(2)],
            set(),
            True,
            None,
            [2],
        ),  # an undated entry is never too old
        ([entry(1), entry(2)], set(), False, "end", [1, 2]),
        ([], set(), True, "end", []),
    ],
)
def test_a_page_decides_what_is_fetched_and_whether_the_walk_goes_on(
    page, settled, has_next, stop, wanted
) -> None:
    walk = Walk("listing", "https://contoh.id/")
    got = judge(settled).page(walk, page, has_next=has_next)
    assert walk.stop == stop
    assert [e.url for e in got] == [entry(n).url for n in wanted]


def test_known_but_unsettled_articles_are_not_fetched_yet_do_not_stop_the_walk() -> None:
    # stored by an interrupted run: the last complete crawl did not see what lies beyond them
    walk = Walk("listing", "https://contoh.id/")
    assert judge(known={1, 2}).page(walk, [entry(1), entry(2)], has_next=True) == []
    assert walk.stop is None


def test_a_sidebar_of_new_articles_repeated_on_every_page_does_not_keep_the_walk_going() -> None:
    walk, rules = Walk("listing", "https://contoh.id/"), judge(settled={2, 3, 4, 5})
    rules.page(walk, [entry(1), entry(2), entry(3)], has_next=True)  # entry 1: new, in the sidebar
    assert walk.stop is None
    rules.page(walk, [entry(1), entry(4), entry(5)], has_next=True)
    assert walk.stop == "known"


def test_a_page_repeating_what_the_walk_saw_ends_it() -> None:
    walk, rules = Walk("feed", "https://contoh.id/feed/"), judge()
    rules.page(walk, [entry(1)], has_next=True)
    rules.page(walk, [entry(1)], has_next=True)
    assert walk.stop == "repeat" and walk.listed == 1


def test_page_limit_and_budget_bound_every_walk() -> None:
    rules = judge(max_pages=2, budget=3)
    first, second = Walk("listing", "a"), Walk("listing", "b")
    assert [rules.admit(first) for _ in range(3)] == [
        True,
        True,
        False,
    ] and first.stop == "page_limit"
    assert [rules.admit(second) for _ in range(2)] == [True, False] and second.stop == "budget"


@pytest.mark.parametrize(
    ("stops", "finish", "expected"),
    [
        ([("known", 5), ("missing", 0)], "finished", "known"),
        ([("end", 5), ("budget", 3)], "finished", "budget"),
        (
            [("end", 5), ("error", 0)],
            "finished",
            "end",
        ),  # an error before anything was listed: a missing source
        ([("missing", 0)], "finished", "nothing_listed"),
        ([("known", 5)], "max_pages", "max_pages"),
    ],
)
def test_the_run_stop_reason_names_the_first_walk_cut_short(stops, finish, expected) -> None:
    walks = [
        Walk("listing", str(i), pages=1, listed=listed, stop=stop)
        for i, (stop, listed) in enumerate(stops)
    ]
    assert run_stop(walks, finish) == expected
