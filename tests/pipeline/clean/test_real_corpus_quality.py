"""Quality gate on the real-article corpus's text dumps (issue 14's targets), when its texts are cached.

Third-party texts are never committed: without data/cache/real-texts/<split>/ (or PANTAU_REAL_TEXTS)
these tests skip and say why; tests/fixtures/real/README.md tells how to fill the cache.
"""

from __future__ import annotations

import pytest

from pantau import real_corpus

TARGETS = {"body_start": 0.95, "body_end": 0.95, "published": 0.95, "html_body_f1": 0.99}


@pytest.fixture(scope="module", params=real_corpus.SPLITS)
def figures(request: pytest.FixtureRequest) -> dict:
    reason = real_corpus.unavailable(request.param)
    if reason:
        pytest.skip(f"real {request.param} corpus not measurable here: {reason}")
    from benchmarks.real_scoring import measure

    tally = measure(real_corpus.load(request.param))
    print(f"real {request.param}: {tally.figures()}")
    for miss in tally.misses:
        print(miss)
    return tally.figures()


@pytest.mark.parametrize("measure", sorted(TARGETS))
def test_real_dumps_meet_the_issue_14_target(figures: dict, measure: str) -> None:
    assert figures[measure] >= TARGETS[measure], figures


def test_no_real_article_is_refused(figures: dict) -> None:
    assert figures["refused"] == 0, figures


def test_no_date_is_given_to_a_real_article_without_one(figures: dict) -> None:
    assert figures["date_given_where_none"] == 0, figures
