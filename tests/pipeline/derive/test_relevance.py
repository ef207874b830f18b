"""Stored `articles.relevant` comes from the rule `pantau extract` uses, not the cleaner's keywords."""

from __future__ import annotations

from datetime import datetime

import pytest

import nlp
from pipeline.clean import relevance as keyword_flag
from pipeline.core.article import Article
from pipeline.derive import relevance
from pipeline.store.synthetic import WIB

PUBLISHED = datetime(2024, 6, 10, 9, tzinfo=WIB)

# (title, body, relevant by the engagement rule); fictional texts in the shapes of each category
ENGAGED = (
    "Bupati Terima Audiensi Forum Warga",
    "Bupati Sukamaju Asep Permana menerima audiensi pengurus Forum Warga Peduli Sungai "
    "di pendopo, Senin (3/6/2024).",
    True,
)
CUED = (
    "Bupati Bersilaturahmi dengan Ulama",
    "Bupati Sukamaju Asep Permana bersilaturahmi dengan para kiai dan tokoh agama di "
    "pendopo, Senin (3/6/2024).",
    True,
)
ORDINARY = (
    "Jembatan Desa Rampung",
    "Bupati Sukamaju Asep Permana meninjau jembatan desa yang rampung dikerjakan Dinas PU. "
    "Pembangunan jalan berikutnya dimulai bulan depan.\n"
    "Dalam kesempatan lain, warga menyebut yayasan setempat pernah menanam pohon di sana.",
    False,
)
CASES = [
    pytest.param(*ENGAGED, id="engagement-with-named-organisation"),
    pytest.param(*CUED, id="cued-by-the-lead-without-a-named-organisation"),
    pytest.param(*ORDINARY, id="keyword-in-ordinary-government-news"),
]


def extracted(title: str, body: str) -> tuple[dict, list[dict], bool]:
    article = Article(url="https://sukamajukab.go.id/b/1", title=title, body=body)
    article.published_at = PUBLISHED
    extraction = nlp.extract(body, published=PUBLISHED.date())
    output = extraction.as_output(title)
    return article.to_row(), extraction.mentions, output["relevant"]


@pytest.mark.parametrize(("title", "body", "expected"), CASES)
def test_stored_flag_is_the_extract_outputs_relevant(title: str, body: str, expected: bool) -> None:
    row, mentions, from_extract = extracted(title, body)
    assert relevance.relevant(row, mentions) == from_extract == expected


def test_keyword_flag_alone_would_call_ordinary_news_relevant() -> None:
    """The case the rule fixes: the cleaner's keyword evidence is not engagement."""
    title, body, expected = ORDINARY
    assert keyword_flag(f"{title}\n{body}")[0] is True
    row, mentions, _ = extracted(title, body)
    assert relevance.relevant(row, mentions) is expected is False


def test_tag_sets_extracted_articles_and_copies_take_their_originals_flag() -> None:
    title, body, _ = ENGAGED
    original = Article(url="https://a.example/1", title=title, body=body, relevant=False)
    original.published_at = PUBLISHED
    copy = Article(url="https://b.example/1", title=title, body=body, relevant=False)
    copy.dup_of = original.article_id
    stray = Article(url="https://c.example/1", title="x", body="Cuaca cerah.", relevant=True)
    stray.dup_of = "stored-original"
    mentions = {original.article_id: extracted(title, body)[1]}
    relevance.tag([original, copy, stray], mentions, {"stored-original": False})
    assert (original.relevant, copy.relevant, stray.relevant) == (True, True, False)
    assert relevance.copies_of([original, copy, stray]) == {"stored-original"}
