"""Bootstrap intervals over a real part's articles (benchmarks/bench_real_intervals.py)."""

import pytest

from benchmarks.bench_real_intervals import f1, interval
from benchmarks.compare_preds import paired_difference

SAME = [{"officials": (3, 1, 1)}] * 40
MIXED = [{"officials": (5, 0, 0)}] * 20 + [{"officials": (0, 3, 3)}] * 20


def test_articles_scoring_alike_give_an_interval_of_no_width() -> None:
    whole, low, high = interval(SAME, "officials")
    assert whole == low == high == pytest.approx(f1(3, 1, 1))


def test_articles_scoring_apart_give_an_interval_around_the_whole_part() -> None:
    whole, low, high = interval(MIXED, "officials")
    assert low < whole < high
    assert high - low > 0.1


def test_the_same_seed_gives_the_same_interval() -> None:
    assert interval(MIXED, "officials", seed=1) == interval(MIXED, "officials", seed=1)


def test_a_change_on_no_article_is_no_difference() -> None:
    assert paired_difference(MIXED, MIXED, "officials") == (0.0, 0.0, 0.0)


def test_a_change_that_helps_most_articles_is_told_apart() -> None:
    after = [{"officials": (5, 0, 0)}] * 30 + [{"officials": (0, 3, 3)}] * 10
    diff, low, _ = paired_difference(MIXED, after, "officials")
    assert diff > 0 and low > 0
