"""The Indonesian boilerplate rules (pipeline/clean/rules.py), line by line and as a whole."""

from __future__ import annotations

import re

import pytest

from pipeline.clean import byline_rules, rules
from pipeline.clean.assemble import author_kind, clean_person, dateline
from pipeline.clean.boilerplate import clean_lines, matching_rule

BODY = [
    "Pemerintah kabupaten menggelar pertemuan dengan organisasi kemasyarakatan di aula kantor bupati.",
    "Pertemuan membahas rencana kerja bersama untuk tahun depan, termasuk pelatihan pengurus organisasi.",
]

DROPPED_LINES = {
    "Baca juga: Bupati Resmikan Pasar Baru": "baca_juga",
    "BACA JUGA : Ratusan Warga Ikuti Jalan Sehat": "baca_juga",
    "Bacaan Lainnya": "baca_juga",
    "Advertisement": "advertisement",
    "Advertisement Space": "advertisement",
    "- Iklan -": "advertisement",
    "Baca berita terkait Kalimantan Tengah di Google News": "google_news",
    "Ikuti berita terbaru kami di Google News": "google_news",
    "Bagikan berita": "share_widget",
    "Facebook Twitter WhatsApp": "share_networks",
    "Dibaca : 540": "view_counter",
    "Views: 1087": "view_counter",
    "123 Dilihat": "view_counter_suffix",
    "Reporter: Budi Santoso": "reporter_line",
    "Editor : Wanda Nurma": "editor_line",
    "Penulis: Tim Redaksi": "writer_line",
    "(Foto: Humas Pemkot)": "photo_caption",
    "Foto: Dok. Diskominfo": "photo_caption",
    "IMG_20240712_093011.jpg": "image_file",
    "Tinggalkan Balasan": "comment_widget",
    "Tags: ormas, kesbangpol": "tags_line",
}


@pytest.mark.parametrize("line", sorted(DROPPED_LINES))
def test_boilerplate_line_matches_its_named_rule(line):
    assert matching_rule(line, rules.DROP_LINE_RULES) == DROPPED_LINES[line]


@pytest.mark.parametrize(
    "line",
    BODY
    + [
        "Dia juga membaca berita itu di koran lokal sebelum rapat dimulai pada pukul sembilan pagi.",
        "Kegiatan ini didukung iklan layanan masyarakat dari dinas kesehatan setempat selama sebulan.",
        "Humas Polres Contoh menyampaikan terima kasih.",  # a short sentence opening with a press office
    ],
)
def test_prose_lines_match_no_rule(line):
    assert matching_rule(line, rules.DROP_LINE_RULES) is None


@pytest.mark.parametrize(
    "marker",
    [
        "Berita Terkait",
        "BERITA TERKAIT",
        "Artikel Terkait",
        "Berita Populer",
        "Pos terkait",
        "Terkini",
        "Tinggalkan Balasan",
        "Show More",
    ],
)
def test_related_and_comment_markers_end_the_body(marker):
    lines, info = clean_lines(
        [*BODY, marker, "Judul berita lain yang tidak relevan sama sekali"], None
    )
    assert lines == BODY
    assert info.dropped


@pytest.mark.parametrize("tag", ["(Rls/Red)", "(*)", "(kn-2)", "(wda)", "(ADV)"])
def test_closing_credit_tag_is_stripped_and_kept_apart(tag):
    lines, info = clean_lines([BODY[0], f"{BODY[1]} {tag}"], None)
    assert lines == BODY
    assert info.credit == tag


def test_parenthesised_acronym_at_the_end_is_not_a_credit_tag():
    last = "Pertemuan itu dihadiri perwakilan organisasi kemasyarakatan (Ormas)"
    lines, info = clean_lines([BODY[0], last + "."], None)
    assert lines[-1].endswith("(Ormas).")
    assert info.credit is None


CLOSING_CREDITS = [
    "(Prokompim)",
    "(Humas Malteng)",
    "(Kominfo Pringsewu)",
    "(adv)",
    "(ant/jpnn)",
    "(Rls/Red)",
    "(*)",
    "(kn-2)",
    "(ADV/Diskominfo)",
    "[Humas]",
]


@pytest.mark.parametrize("tag", CLOSING_CREDITS)
@pytest.mark.parametrize("joint", [" ", "", "\n"])
def test_any_short_closing_credit_is_cut_from_the_body_end(tag, joint):
    """After the final full stop, glued to it, or on its own line: cut, and kept as the credit."""
    lines, info = clean_lines(
        [BODY[0], f"{BODY[1]}{joint}{tag}"] if joint != "\n" else [*BODY, tag], None
    )
    assert lines == BODY
    lone_symbol_line = joint == "\n" and tag == "(*)"  # dropped earlier by the lone_symbol rule
    assert info.credit == (None if lone_symbol_line else tag)


@pytest.mark.parametrize("tag", ["(Prokompim)", "(Humas Malteng)", "(ant/jpnn)", "(kn-2)", "(adv)"])
def test_credit_that_reads_like_one_is_cut_even_without_a_full_stop(tag):
    last = BODY[1].rstrip(".")
    lines, info = clean_lines([BODY[0], f"{last} {tag}"], None)
    assert lines == [BODY[0], last]
    assert info.credit == tag


@pytest.mark.parametrize(
    "last",
    [
        "Pemerintah menjalin kerja sama dengan Badan Kesatuan Bangsa dan Politik Kesbangpol (Kesbangpol).",
        "Pemerintah menjalin kerja sama dengan Badan Kesatuan Bangsa dan Politik (Kesbangpol)",
        "Rapat koordinasi lanjutan dijadwalkan berlangsung pada hari Selasa (12/3/2024)",
        "Pertemuan itu dihadiri perwakilan organisasi kemasyarakatan. (Ormas)",
        "Ia menyebut program tersebut (yang sudah berjalan sejak tahun lalu dengan dukungan dinas sosial).",
    ],
)
def test_bracket_that_belongs_to_the_sentence_is_not_a_credit(last):
    lines, info = clean_lines([BODY[0], last], None)
    assert lines == [BODY[0], last]
    assert info.credit is None


ARTICLE_CREDITS = ["(Humas Malteng)", "(Rls/Red)", "(ant/jpnn)", "(kn-2)", "(*)", "[Humas]"]


@pytest.mark.parametrize("tag", ARTICLE_CREDITS)
def test_credit_of_a_text_dump_becomes_the_article_credit_and_a_flag(tag):
    from pipeline.clean import clean_text
    from tests.pipeline.clean.corpus import NOW

    dump = f"Judul Pertemuan Pemkab Dengan Ormas Setempat\n\nSenin, 4 Maret 2024\n\n{BODY[0]}\n{BODY[1]} {tag}\n"
    article = clean_text(dump, "https://contoh.go.id/berita/kredit", now=NOW)
    assert article.credit == tag
    assert article.body.endswith("pelatihan pengurus organisasi.")
    assert f"credit_tag:{tag}" in article.flags
    assert article.to_row()["credit"] == tag


@pytest.mark.parametrize("tag", ARTICLE_CREDITS)
def test_credit_of_an_html_page_becomes_the_article_credit(tag):
    from pipeline.clean import clean_html
    from tests.pipeline.clean.corpus import NOW

    page = (
        f"<html><body><h1>Pertemuan Pemkab Dengan Ormas Setempat</h1><div class='entry-content'>"
        f"<p>{BODY[0]}</p><p>{BODY[1]} {tag}</p></div></body></html>"
    )
    article = clean_html(page, "https://contoh.go.id/berita/kredit", now=NOW)
    assert article.credit == tag
    assert article.body.splitlines() == BODY


def test_article_without_a_closing_credit_has_none():
    from pipeline.clean import clean_text
    from tests.pipeline.clean.corpus import NOW

    last = "Pertemuan itu dihadiri perwakilan organisasi kemasyarakatan (Ormas)."
    dump = f"Judul Pertemuan Pemkab Dengan Ormas Setempat\n\nSenin, 4 Maret 2024\n\n{BODY[0]}\n{last}\n"
    article = clean_text(dump, "https://contoh.go.id/berita/tanpa-kredit", now=NOW)
    assert article.credit is None
    assert article.body.endswith("(Ormas).")
    assert not [f for f in article.flags if f.startswith("credit_tag")]


def test_repeated_headline_and_pull_quote_are_removed():
    title = "Pemkab Gelar Pertemuan Dengan Ormas"
    quote = "rencana kerja bersama untuk tahun depan"
    lines, info = clean_lines([title, title, BODY[0], f'"{quote}"', BODY[1]], title)
    assert lines == BODY
    assert info.dropped["repeated_headline"] == 2
    assert info.dropped["pull_quote"] == 1


def test_baca_juga_block_drops_its_listed_headlines():
    lines, _ = clean_lines(
        [BODY[0], "Baca Juga", "Bupati Resmikan Pasar Baru", "Warga Antusias", BODY[1]], None
    )
    assert lines == BODY


def test_reporter_and_editor_lines_are_recorded_not_kept():
    lines, info = clean_lines([*BODY, "Reporter: Budi Santoso", "Editor: Wanda Nurma"], None)
    assert lines == BODY
    assert (info.reporter, info.editor) == ("Budi Santoso", "Wanda Nurma")


@pytest.mark.parametrize(
    "first,expected",
    [
        ("SERANG – Bupati Serang meminta organisasi sipil turut serta.", "SERANG –"),
        ("GORONTALO - Pemerintah provinsi menggelar rapat koordinasi.", "GORONTALO -"),
        (
            "SABBA.ID | LEBAK – Pemerintah kabupaten bersama mitra menggelar lokakarya.",
            "SABBA.ID | LEBAK –",
        ),
        (
            "CIANJUR, LENSAPRIANGAN.COM – Badan Kesatuan Bangsa menggelar rapat.",
            "CIANJUR, LENSAPRIANGAN.COM –",
        ),
        (
            "Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.",
            "Mataram, NTB (ANTARA News) -",
        ),
        ("Pemerintah kabupaten menggelar pertemuan di aula kantor bupati.", None),
    ],
)
def test_dateline_is_its_own_field(first, expected):
    assert dateline(first) == expected


@pytest.mark.parametrize(
    "name,kind",
    [
        ("Humas Pemkot Cilegon", "institution"),
        ("Diskominfo", "institution"),
        ("Admin", "institution"),
        ("Redaksi", "institution"),
        ("Bidang KIP", "institution"),
        ("Fajar Nugroho", "person"),
    ],
)
def test_author_is_split_into_person_or_institution(name, kind):
    assert author_kind(name) == kind


def test_byline_prefix_is_removed_from_author():
    assert clean_person("Oleh: Fajar Nugroho") == "Fajar Nugroho"


ODD_TABLE = (
    rules.Rule("either_end", re.compile(r"^start|finish$", re.I)),  # top-level "|": not anchored
    rules.Rule("case_kept", re.compile(r"^KODE\b")),  # no IGNORECASE: must stay case-sensitive
    rules.Rule("anywhere", re.compile(r"\bpenanda\b", re.I), literal="penanda"),
    rules.Rule("fallback", re.compile(r"^.", re.I)),
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Start here", "either_end"),
        ("we finish", "either_end"),
        ("KODE 12", "case_kept"),
        ("kode 12", "fallback"),
        ("ada PENANDA di sini", "anywhere"),
        ("", None),
    ],
)
def test_a_compiled_rule_table_keeps_each_rules_flags_order_and_anchoring(line, expected):
    assert matching_rule(line, ODD_TABLE) == expected


@pytest.mark.parametrize(
    "pattern",
    [byline_rules.REPORTER_INLINE, byline_rules.EDITOR_INLINE, byline_rules.WRITER_INLINE],
)
def test_every_byline_keyword_contains_a_byline_word_so_the_cheap_gate_never_skips_a_match(pattern):
    keywords = re.match(r"\\b\(\?:([^)]*)\)", pattern.pattern).group(1).split("|")
    assert keywords
    for keyword in keywords:
        literal = keyword.replace("\\s+", " ")
        assert any(word in literal for word in byline_rules.BYLINE_WORDS), keyword
