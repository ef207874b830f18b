"""Near-duplicate quality of `Deduper`'s defaults on the labelled fixture (tests/fixtures/dedup).

Each pair: a Deduper seeded with `a`, asked about `b` a day later. Hard negatives (different
events from one template) must stay distinct: a false merge drops an article from researchers'
counts. Recall over the republished copies must stay at or above the floors in floors.json
(measured minus a margin; benchmarks/bench_dedup.py prints the full sweep)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from pipeline.dedup.deduper import Deduper, content_hash
from pipeline.dedup.signature_file import signature_path

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "dedup"
ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in (FIXTURE / "pairs.jsonl").read_text("utf-8").splitlines()
]
FLOORS = json.loads((FIXTURE / "floors.json").read_text("utf-8"))
DUPS = [r for r in ROWS if r["label"] == "dup"]
DISTINCT = [r for r in ROWS if r["label"] == "distinct"]
DAY = datetime(2024, 5, 1, 9)


def copy_found(row: dict[str, Any], dedup: Deduper | None = None) -> bool:
    dedup = Deduper() if dedup is None else dedup  # an empty Deduper is falsy (__len__)
    dedup.seed([{"article_id": "a", "body": row["a"], "published_at": DAY}])
    return dedup.check("b", row["b"], DAY + timedelta(days=1)) == "a"


def test_fixture_is_the_labelled_corpus_the_floors_were_measured_on():
    assert len(DUPS) >= 25 and len(DISTINCT) >= 20
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    assert {r["kind"] for r in DUPS} >= set(FLOORS["recall_by_kind"])
    done = subprocess.run(
        [sys.executable, str(FIXTURE / "make_pairs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, (
        done.stdout + done.stderr
    )  # pairs.jsonl is what make_pairs.py writes


@pytest.mark.parametrize("row", DISTINCT, ids=[r["id"] for r in DISTINCT])
def test_hard_negative_stays_distinct(row):
    """Under the shipped MinHash seed (1) and seven others: a threshold that keeps these apart
    only by one seed's luck (0.5 or 0.55 here) fails; 0.6 merged none in 30 seeds."""
    merged = [seed for seed in range(1, 9) if copy_found(row, Deduper(seed=seed))]
    assert not merged, f"merged under MinHash seeds {merged}"


@pytest.fixture(scope="module")
def found() -> dict[str, bool]:
    return {row["id"]: copy_found(row) for row in DUPS}


def test_recall_over_republished_copies_meets_the_floor(found):
    missed = sorted(i for i, hit in found.items() if not hit)
    recall = 1 - len(missed) / len(found)
    assert recall >= FLOORS["recall"], f"recall {recall:.3f} < {FLOORS['recall']}; missed {missed}"


@pytest.mark.parametrize("kind", sorted(FLOORS["recall_by_kind"]))
def test_recall_per_rewrite_kind_meets_its_floor(found, kind):
    rows = [r for r in DUPS if r["kind"] == kind]
    recall = sum(found[r["id"]] for r in rows) / len(rows)
    missed = [r["id"] for r in rows if not found[r["id"]]]
    assert recall >= FLOORS["recall_by_kind"][kind], f"{kind}: {recall:.3f}; missed {missed}"


def test_no_false_merge_across_the_whole_fixture():
    """Every text through one Deduper: a text may only be called a copy of one joined to it by
    "dup" pairs (the pair-level tests cannot see merges across rows)."""
    parent: dict[str, str] = {}

    def root(text: str) -> str:
        while parent.setdefault(text, text) != text:
            text = parent[text]
        return text

    for row in DUPS:
        parent[root(row["a"])] = root(row["b"])
    texts = list(dict.fromkeys([r["a"] for r in ROWS] + [r["b"] for r in ROWS]))
    dedup = Deduper()
    wrong = []
    for i, text in enumerate(texts):
        original = dedup.check(str(i), text, DAY + timedelta(hours=i))
        if original is not None and root(texts[int(original)]) != root(text):
            wrong.append((original, i))
    assert not wrong


def test_old_setting_misses_what_the_new_one_finds():
    """The reason for the change, kept measurable: 0.7 on word 4-grams (64 permutations) misses the
    trimmed, shortened and heavily rewritten copies the defaults find."""
    old = sum(
        copy_found(r, Deduper(threshold=0.7, num_perm=64, shingle=4, containment=None))
        for r in DUPS
    )
    new = sum(copy_found(r) for r in DUPS)
    assert old < new


# --- the rule at its boundaries, on hand-made signatures ------------------------------------


RULE = Deduper(threshold=0.6, num_perm=128, containment=0.8)


def sketches(
    agree: int, sizes: tuple[int, int], num_perm: int = 128
) -> tuple[tuple[np.ndarray, int], ...]:
    """Two signatures equal in exactly `agree` of `num_perm` positions."""
    first = np.arange(num_perm, dtype=np.uint32)
    second = first.copy()
    second[agree:] += np.uint32(10_000)
    return (first, sizes[0]), (second, sizes[1])


@pytest.mark.parametrize(("agree", "copy"), [(77, True), (76, False), (128, True), (0, False)])
def test_jaccard_threshold_is_inclusive(agree, copy):
    """0.6 x 128 = 76.8: 77 agreeing values reach the threshold, 76 do not (equal sizes and
    containment off, so only Jaccard decides)."""
    dedup = Deduper(threshold=0.6, num_perm=128, containment=None)
    assert dedup.same_text(*sketches(agree, (200, 200))) is copy


@pytest.mark.parametrize(
    ("agree", "sizes", "copy"),
    [
        (64, (300, 180), True),  # J 0.5: 0.5 x 480 / 1.5 = 160 shared of 180 -> 0.89 contained
        (64, (300, 240), False),  # 180 shared of 240 -> 0.75 < 0.8
        (64, (240, 240), False),  # equal sizes: containment is 2J/(1+J) = 0.67
        (51, (1000, 60), False),  # J 0.398 < 0.4: too noisy to trust, whatever the sizes say
        (64, (90, 40), False),  # 40 shingles: a stub, not checked for containment
    ],
)
def test_containment_boundaries(agree, sizes, copy):
    assert RULE.same_text(*sketches(agree, sizes)) is copy


def test_containment_is_symmetric_in_which_side_is_shorter():
    first, second = sketches(64, (300, 180))
    assert RULE.same_text(first, second) and RULE.same_text(second, first)


@pytest.mark.parametrize(("later", "copy"), [(1, True), (0, False)])
def test_containment_marks_the_shorter_later_text_never_a_fuller_later_one(later, copy):
    """`later` is the side that would become dup_of: a shortened republication is a copy, but a
    fuller text published after a short one stays an original (a dup_of article is not extracted,
    so what only the fuller text says would be lost)."""
    longer, shorter = sketches(64, (300, 180))
    assert RULE.same_text(longer, shorter, later=later) is copy


@pytest.mark.parametrize(
    "row", [r for r in DUPS if r["kind"] == "shortened"], ids=lambda r: r["id"]
)
def test_a_fuller_version_published_after_its_short_copy_is_kept_as_an_original(row):
    dedup = Deduper()
    dedup.seed([{"article_id": "short", "body": row["b"], "published_at": DAY}])
    assert dedup.check("full", row["a"], DAY + timedelta(days=1)) is None
    assert dedup.check("short-again", row["b"], DAY + timedelta(days=2)) == "short"


def test_shortened_copy_is_found_from_saved_signatures_without_bodies(data_dir):
    """Containment needs each stored article's shingle count: it is saved with the signature."""
    row = next(r for r in DUPS if r["kind"] == "shortened")
    path = signature_path(data_dir)
    first_run = Deduper()
    first_run.seed([{"article_id": "a", "body": row["a"], "published_at": DAY}])
    first_run.save_signatures(path)
    next_run = Deduper()
    assert next_run.load_signatures(path) == 1
    next_run.seed(
        [{"article_id": "a", "content_sha256": content_hash(row["a"]), "published_at": DAY}]
    )
    assert next_run.check("b", row["b"], DAY + timedelta(days=1)) == "a"
    assert (
        Deduper(containment=None, threshold=0.6).load_signatures(path) == 1
    )  # same hashing, other rule


# --- specifics: the same template, another event --------------------------------------------


def test_template_look_alikes_with_other_names_places_and_dates_are_never_merged():
    """Synthetic portal articles (tests/hostile/articles.py) share most of their text — a fixed
    sentence frame and boilerplate fillers — but each is another official, organisation, district
    and date. Their bigram Jaccard reaches ~0.6; only the specifics keep them apart."""
    from tests.hostile.articles import make_article

    dedup = Deduper()
    marked = [
        i
        for i in range(300)
        if dedup.check(f"s{i}", make_article(i).body, DAY + timedelta(hours=i))
    ]
    assert marked == []


def test_a_copy_keeping_the_text_but_not_the_names_is_not_a_copy():
    row = next(r for r in DUPS if r["kind"] == "word_edits")
    renamed = row["b"]
    for word in {w for w in renamed.split() if w[:1].isupper() and w.isalpha() and len(w) > 3}:
        renamed = renamed.replace(f" {word}", f" {word[::-1].capitalize()}")
    dedup = Deduper()
    dedup.seed([{"article_id": "a", "body": row["a"], "published_at": DAY}])
    assert dedup.check("b", row["b"], DAY + timedelta(days=1)) == "a"
    assert dedup.check("renamed", renamed, DAY + timedelta(days=2)) is None


def test_specifics_are_saved_with_the_signatures(data_dir):
    """A look-alike that the shingle rule alone calls a copy stays distinct after a reload from the
    signature file (no bodies): the specifics travel with the signatures."""
    from tests.hostile.articles import make_article

    shingles_only = Deduper()  # (signature, size) pairs: the shingle rule without specifics
    bodies = [make_article(i).body for i in range(120)]
    sketches_ = [shingles_only.minhash(body) for body in bodies]
    first, second = next(
        (i, j)
        for i in range(len(bodies))
        for j in range(i + 1, len(bodies))
        if shingles_only.same_text(sketches_[i], sketches_[j])
    )
    path = signature_path(data_dir)
    first_run = Deduper()
    first_run.seed([{"article_id": "a", "body": bodies[first], "published_at": DAY}])
    first_run.save_signatures(path)
    next_run = Deduper()
    assert next_run.load_signatures(path) == 1
    next_run.seed(
        [{"article_id": "a", "content_sha256": content_hash(bodies[first]), "published_at": DAY}]
    )
    assert next_run.check("b", bodies[second], DAY + timedelta(days=1)) is None
