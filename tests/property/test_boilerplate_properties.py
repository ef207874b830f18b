"""Properties of the boilerplate rules (pipeline.clean.boilerplate.clean_lines over rules.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

boilerplate = pytest.importorskip("pipeline.clean.boilerplate")
clean_lines = boilerplate.clean_lines

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VOCAB = [
    "pemerintah",
    "daerah",
    "warga",
    "desa",
    "program",
    "bantuan",
    "kegiatan",
    "organisasi",
    "masyarakat",
    "bupati",
    "menyampaikan",
    "bahwa",
    "rapat",
    "berlangsung",
    "lancar",
    "dan",
    "pihaknya",
    "mendukung",
    "pembangunan",
    "jalan",
    "sekolah",
    "kesehatan",
    "tahun",
    "anggaran",
]
BOILERPLATE = [
    "Baca juga: Bupati resmikan pasar rakyat",
    "Dibaca 1.204 kali",
    "Facebook Twitter WhatsApp",
    "Editor: Sari Utami",
    "Reporter: Andi Lubis",
    "(Foto: Humas Pemkab)",
    "Tags: berita, daerah, desa",
    "ADVERTISEMENT",
    "Ikuti berita terbaru di Google News",
    "Copyright 2024 Pemkab Contoh",
    "***",
]
# these end the body wherever they follow prose (a comment form too)
END_MARKERS = [
    "Berita Terkait",
    "Artikel Lainnya",
    "Related Posts",
    "Terpopuler",
    "Tinggalkan Balasan",
    "Bagikan:",
]


@st.composite
def paragraphs(draw: st.DrawFn) -> list[str]:
    """Distinct prose paragraphs (>= 20 words, ending with a full stop)."""
    count = draw(st.integers(1, 4))
    out = []
    for i in range(count):
        body = draw(st.lists(st.sampled_from(VOCAB), min_size=20, max_size=28))
        out.append(f"Paragraf nomor {i} " + " ".join(body) + ".")
    return out


@st.composite
def page_lines(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """(lines of a page body with boilerplate mixed in, the prose it should come down to)."""
    prose = draw(paragraphs())
    lines = draw(st.lists(st.sampled_from(BOILERPLATE), max_size=3))
    for para in prose:
        lines.append(para)
        lines += draw(st.lists(st.sampled_from(BOILERPLATE), max_size=2))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(END_MARKERS)))
        lines += draw(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=4))
    return lines, prose


@FAST
@given(page=page_lines())
def test_boilerplate_rules_keep_exactly_the_prose(page: tuple[list[str], list[str]]) -> None:
    lines, prose = page
    kept, _ = clean_lines(list(lines), "Judul Berita Uji")
    assert kept == prose


@FAST
@given(page=page_lines())
def test_boilerplate_rules_are_idempotent(page: tuple[list[str], list[str]]) -> None:
    once, _ = clean_lines(list(page[0]), None)
    twice, _ = clean_lines(list(once), None)
    assert twice == once


line_text = st.one_of(st.sampled_from(BOILERPLATE + END_MARKERS + VOCAB), st.text(max_size=80))


@FAST
@given(lines=st.lists(line_text, max_size=15), title=st.none() | st.text(max_size=40))
def test_boilerplate_output_is_an_ordered_selection_of_input_lines(
    lines: list[str], title: str | None
) -> None:
    """Never invents text: each kept line is an input line (the last may lose a credit tag), in order."""
    kept, info = clean_lines(list(lines), title)
    position = 0
    for line in kept:
        while position < len(lines) and not lines[position].startswith(line):
            position += 1
        assert position < len(lines), f"{line!r} is not from the input"
        position += 1
    assert all(count > 0 for count in info.dropped.values())


def _first_rule_in_order(line: str, table: tuple) -> str | None:
    """The reference: every rule tried in table order (what the compiled RuleTable must equal)."""
    return next((rule.name for rule in table if rule.pattern.search(line)), None)


rule_line = st.one_of(
    st.sampled_from(BOILERPLATE + END_MARKERS + VOCAB),
    st.text(max_size=80),
    st.builds(
        lambda a, b: f"{a} {b}", st.sampled_from(BOILERPLATE + END_MARKERS), st.text(max_size=40)
    ),
    st.builds(
        lambda a, b: f"{b} {a}", st.sampled_from(BOILERPLATE + END_MARKERS), st.text(max_size=40)
    ),
)


@settings(max_examples=400, deadline=None)
@given(line=rule_line)
def test_compiled_rule_tables_answer_as_rules_tried_in_order(line: str) -> None:
    rules = pytest.importorskip("pipeline.clean.rules")
    for table in (rules.DROP_LINE_RULES, rules.END_MARKERS):
        assert boilerplate.matching_rule(line, table) == _first_rule_in_order(line, table)
