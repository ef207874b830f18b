"""Office heads that put a government body inside an official's title ("Kepala Dinas Sosial",
"Ketua DPRD Kota Medan", "Kasat Intelkam Polres Poso"): a body written only there is the office's
unit, not an organisation taking part (tests/fixtures/real/README.md, clarification 1)."""

from __future__ import annotations

# heads of an office over a public unit; "Perwakilan", "Tokoh", "Pembina" are not: a representative
# of a body speaks for the body ("perwakilan Polres Gowa" names the body itself)
TITLE_HEADS: frozenset[str] = frozenset(
    {
        "Kepala",
        "Plt",
        "Plt.",
        "Plh",
        "Pj",
        "Pj.",
        "Kadis",
        "Kaban",
        "Kabag",
        "Kabid",
        "Kasubag",
        "Kasubbag",
        "Kasubid",
        "Kasubbid",
        "Kakan",
        "Kakanwil",
        "Kasi",
        "Kasie",
        "Kasat",
        "Kalak",
        "Karo",
        "Kapolres",
        "Sekwan",
        "Ketua",
        "Wakil",
        "Anggota",
        "Sekretaris",
        "Asisten",
        "Direktur",
        "Dirjen",
        "Deputi",
        "Irjen",
        "Komandan",
        "Danramil",
        "Dandim",
    }
)

# words between a head and its body that name a sub-unit of it ("Kepala Bidang Humas Dinas ...",
# "Kasat Intelkam Polres ..."): the sub-unit's own head word, then at most this many words
SUB_UNIT_WORDS: frozenset[str] = frozenset(
    {"Bidang", "Bagian", "Seksi", "Sub", "Subbag", "Subbagian", "Urusan", "Tata", "Kantor", "Pelaksana"}
)
MAX_GAP = 3
