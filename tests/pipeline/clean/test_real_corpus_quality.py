"""Quality gate on the real-article corpus's text dumps (issue 14's targets), when its texts are cached.

Third-party texts are never committed: without data/cache/real-texts/<split>/ (or PANTAU_REAL_TEXTS)
these tests skip and say why; tests/fixtures/real/README.md tells how to fill the cache.
"""

from __future__ import annotations

import pytest

from pantau import real_corpus

TARGETS = {"body_start": 0.95, "body_end": 0.95, "published": 0.95, "html_body_f1": 0.99}
# The blind part (the third one, 54 articles, first run 2026-12-07 16:35: start 0.944, end 0.944,
# published 1.0, HTML F1 1.0) is below the start/end targets. Its gate holds those figures minus 0.03
# so a regression fails; it does not claim the target. Nobody tunes on blind misses: an article tuned
# on moves to dev and the floors are measured again on a new blind part.
# Dev measured 2026-12-07 after the third cleaning round (start 0.995, end 1.0, published 1.0, HTML
# F1 0.998); its floors sit a little under those figures. Dev grew to 260 with the second blind
# part (start 0.933 / end 0.917 on its 60 when it moved in); after round 2's categories (view
# counters, bracket credits, source links, raw markup, caption labels, coded datelines, a lede past
# a byline and caption) dev 260 measures start 1.0, end 1.0, published 1.0, HTML F1 0.998.
# Session 5: dev 368 (the fourth blind part moved in) measures start 1.0, end 0.992, published where
# given 0.991, HTML F1 0.998. The fifth blind part's first run (64 articles): start 0.953, end 0.953,
# published where given 0.857 (18 of 21: below the 0.95 target), HTML F1 0.999, none refused; its
# floors were those figures minus 0.03. Session 6: the fifth part moved to dev (dev 432: start 0.993,
# end 0.986, published where given 0.970, HTML F1 0.998; after round 5: start 0.998, end 0.991,
# published 0.993). The sixth blind part's first run (64 articles, start-of-session code): start
# 0.922, end 0.891, published where given 0.952 (20 of 21), one date given where the page has none,
# HTML F1 0.999, none refused. It moved to dev at the end of session 6 (dev 496: start 0.990, end
# 0.984, published 0.987, HTML F1 0.998). The seventh blind
# part's first run (74 articles, end-of-session-6 code): start 0.905, end 0.959, published where
# given 0.905 (19 of 21), none given where the page has none, HTML F1 0.990, none refused; its floors
# are those figures minus 0.03. Session 7: the seventh part moved to dev (dev 570: start 0.979, end
# 0.981, published 0.977, HTML F1 0.997); after round 7's cleaning (credit tags closed by a full
# stop, captions over the lede, lone site datelines): start 0.988, end 0.989, published 0.983.
# The eighth blind part's first run (86 articles, start-of-session-7 code): start 0.930, end
# 0.953, published where given 0.967 (29 of 30), none given where the page has none, HTML F1 0.994,
# none refused; floors are those minus 0.03. Then 73 government-portal articles joined dev (dev 643,
# after round 8's portal shapes: start 0.980, end 0.983, published 0.980, HTML F1 0.997).
# Session 8: the eighth part moved to dev (dev 729: start 0.974, end 0.981, published 0.978, HTML F1
# 0.997). The ninth blind part's first run (86 articles, end-of-session-7 code): start 0.965, end
# 0.907, published where given 0.917 (22 of 24), one date given where the page has none, HTML F1
# 0.992, none refused; its floors are those figures minus 0.03. After round 9's cleaning (glued page
# furniture, bar datelines, more closing credits): dev start 0.984, end 0.985, published 0.982; the
# ninth part unchanged.
FLOORS = {
    "dev": {"body_start": 0.97, "body_end": 0.975, "published": 0.975, "html_body_f1": 0.99},
    "blind": {"body_start": 0.935, "body_end": 0.877, "published": 0.887, "html_body_f1": 0.96},
}


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
    return {**tally.figures(), "split": request.param}


@pytest.mark.parametrize("measure", sorted(TARGETS))
def test_real_dumps_stay_above_their_floor(figures: dict, measure: str) -> None:
    assert figures[measure] >= FLOORS[figures["split"]][measure], figures


def test_no_real_article_is_refused(figures: dict) -> None:
    assert figures["refused"] == 0, figures


# the first blind part gave one date where the gold has none (a date-like url id); it moved to dev
# with that miss, fixed in the third round; the third to fifth and the seventh blind parts measured
# none; the sixth one (moved to dev unfixed: dev 496 gave that one date, a weather widget's day,
# left out since round 8); the ninth blind part's first run gave one (measured, not yet studied)
DATES_GIVEN_WHERE_NONE = {"dev": 0, "blind": 1}


def test_no_date_is_given_to_a_real_article_without_one(figures: dict) -> None:
    assert figures["date_given_where_none"] <= DATES_GIVEN_WHERE_NONE[figures["split"]], figures
