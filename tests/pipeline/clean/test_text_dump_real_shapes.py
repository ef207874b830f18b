"""Text dumps in the shapes of real regional pages (fictional text): body edges, boilerplate inside
the body and publication dates from date lines, published lines, urls and datelines."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from tests.fixtures.clean import (
    real_shape_blocks,
    real_shape_categories,
    real_shape_round5,
    real_shape_round7,
    real_shape_round9,
    real_shape_unseen,
    real_shapes,
)
from tests.pipeline.clean.corpus import NOW

CASES = [
    *real_shapes.CASES,
    *real_shape_categories.CASES,
    *real_shape_blocks.BLOCK_CASES,
    *real_shape_blocks.END_CASES,
    *real_shape_unseen.CASES,
    *real_shape_round5.CASES,
    *real_shape_round7.CASES,
    *real_shape_round9.CASES,
]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("name", "text", "url", "first", "last", "published", "leaked"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_real_shaped_dump_gives_its_body_and_publication_date(
    name: str,
    text: str,
    url: str | None,
    first: str,
    last: str,
    published: str | None,
    leaked: list[str],
) -> None:
    article = clean_text(text, url, now=NOW)
    body = _flat(article.body)
    assert body.startswith(first), f"{name}: body starts {body[:80]!r}"
    assert body.endswith(last), f"{name}: body ends {body[-80:]!r}"
    got = article.published_at.date().isoformat() if article.published_at else None
    assert got == published, f"{name}: published {got}"
    assert not [s for s in leaked if s in body], f"{name}: boilerplate kept in {body!r}"


def test_url_date_is_marked_as_coming_from_the_url() -> None:
    text = "\n".join(case[1] for case in CASES if case[0] == "date in the url only")
    article = clean_text(text, "https://kabarcontoh.id/2025/11/03/ormas/", now=NOW)
    assert article.published_source == "url"
