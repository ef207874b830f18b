"""The hostile corpus through the cleaner: an Article or a reason-coded Dropped, never a crash.

Also checks that what the cleaner lets through can be stored (an articles row) and that NLP
survives the bad dates it carries.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.core.errors import Dropped, Reason
from pipeline.core.parquet_io import to_table
from tests.hostile.corpus import HostileInput, run_corpus

clean = pytest.importorskip("pipeline.clean")


@pytest.fixture(scope="module")
def report():
    return run_corpus(clean.clean_html, clean.clean_text, Dropped)


def test_hostile_corpus_has_no_crash(report, capsys) -> None:
    with capsys.disabled():
        print(f"\nhostile corpus: {report.summary()}")
    assert report.tried >= 100
    assert report.crashed == [], "\n".join(report.crashed)


def test_hostile_corpus_drops_carry_known_reasons(report) -> None:
    known = {reason.value for reason in Reason}
    assert set(report.dropped) <= known
    assert report.articles + sum(report.dropped.values()) + len(report.crashed) == report.tried


def test_run_corpus_counts_a_foreign_exception_as_a_crash() -> None:
    """The harness itself can fail: a cleaner raising KeyError is reported, not swallowed."""

    def fragile(payload, url=None, **_):
        raise KeyError("boom") if payload == "" else Dropped(Reason.EMPTY, "x")

    cases = iter([HostileInput("a", "html", ""), HostileInput("b", "text", "isi")])
    result = run_corpus(fragile, fragile, Dropped, cases)
    assert result.tried == 2 and result.dropped == {"empty": 1}
    assert len(result.crashed) == 1 and result.crashed[0].startswith("a: KeyError")


def _unstorable(report) -> dict[str, str]:
    failures = {}
    for name, article in report.survivors:
        try:
            to_table([article.to_row()], "articles")
            assert "\x00" not in article.body, "NUL in body"
        except Exception as exc:  # noqa: BLE001 (every failure is listed)
            failures[name] = f"{type(exc).__name__}: {exc}"
    return failures


def test_every_article_from_hostile_input_is_storable(report) -> None:
    """What the cleaner returns must become an articles row: no lone surrogates, no NUL, an id."""
    failures = _unstorable(report)
    assert not failures, failures


def test_hostile_dates_never_give_impossible_publication_dates(report) -> None:
    latest = datetime.now(UTC).year + 1
    bad = [
        f"{name}: {a.published_at}"
        for name, a in report.survivors
        if a.published_at is not None and not 1990 <= a.published_at.year <= latest
    ]
    assert not bad, bad


INVALID_DATE_TEXTS = [
    "31/02/2023",
    "Kamis (45/13)",
    "Senin, 14 Juli 20233",
    "00/00/0000",
    "Jumat (14/07/-2023)",
    "Rabu, 30 Februari 2024",
    "Selasa (1/1/1)",
]


@pytest.mark.parametrize("published", [None, date(2023, 7, 14)])
def test_nlp_extract_survives_invalid_dates(published) -> None:
    nlp = pytest.importorskip("nlp")
    text = " ".join(f"Rapat digelar {t} di Kantor Bupati." for t in INVALID_DATE_TEXTS)
    output = nlp.extract(text, published=published).as_output()
    for found in output["dates"]:
        iso = found.get("iso")
        if iso:
            year = int(iso[:4])
            assert 1900 <= year <= 2100, found
            if published:
                date.fromisoformat(iso)  # a real calendar date, never 31 February
