"""Arbitrary input never escapes as anything but Dropped, and never as an internal failure
(EXTRACTION_FAILED is the wrapper for a crash inside the cleaner: a bug to fix)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_html, clean_text
from pipeline.core.errors import Dropped, Reason
from tests.pipeline.clean.corpus import NOW

TAGS = st.sampled_from(["p", "div", "h1", "table", "td", "br", "script", "a", "span", "li", "time"])
FRAGMENT = st.one_of(
    st.text(max_size=80),
    st.builds(lambda t, x: f"<{t} class='content'>{x}</{t}>", TAGS, st.text(max_size=120)),
    st.sampled_from(
        [
            "<html>",
            "</body>",
            "<!--",
            "<![CDATA[",
            "&#0;",
            "Baca juga:",
            "Jumat, 14 Juli 2023",
            "(Rls/Red)",
            "\x00",
            "<meta charset='utf-16'>",
        ]
    ),
)
LIMITS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@LIMITS
@given(st.lists(FRAGMENT, max_size=30).map("".join))
def test_any_markup_gives_an_article_or_a_drop(page):
    try:
        article = clean_html(page, now=NOW)
    except Dropped as drop:
        assert drop.reason is not Reason.EXTRACTION_FAILED, drop.detail
        return
    assert article.body.strip()


@LIMITS
@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_a_drop(data):
    try:
        clean_html(data, encoding="utf-8", now=NOW)
    except Dropped as drop:
        assert drop.reason is not Reason.EXTRACTION_FAILED, drop.detail


@LIMITS
@given(st.text(max_size=2000))
def test_any_text_dump_gives_an_article_or_a_drop(text):
    try:
        clean_text(text, now=NOW)
    except Dropped as drop:
        assert drop.reason is not Reason.EXTRACTION_FAILED, drop.detail


def _mutate(rng, page: bytes) -> bytes:
    data = bytearray(page)
    choice = rng.random()
    if choice < 0.3:
        return bytes(data[: rng.randrange(len(data))])
    if choice < 0.6:
        for _ in range(rng.randint(1, 50)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if choice < 0.8:
        a, b = sorted((rng.randrange(len(data)), rng.randrange(len(data))))
        return bytes(data[:a] + data[b:])
    return bytes(data).replace(b">", b"", rng.randint(1, 20))


def test_mutated_corpus_pages_never_crash_the_cleaner():
    """Truncated, bit-flipped, spliced and tag-broken versions of real-shaped pages (seeded)."""
    import random

    from tests.pipeline.clean.corpus import FIXTURES, manifest

    rng = random.Random(7)
    pages = [(FIXTURES / row["file"]).read_bytes() for row in manifest()]
    crashes = []
    for _ in range(300):
        data = _mutate(rng, rng.choice(pages))
        encoding = rng.choice([None, "utf-8", "windows-1252", "no-such-charset", "utf-16"])
        try:
            clean_html(data, encoding=encoding, now=NOW)
        except Dropped as drop:
            if drop.reason is Reason.EXTRACTION_FAILED:
                crashes.append(drop.detail)
    assert crashes == []
