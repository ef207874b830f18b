"""Word classes around organisation names: parent units, branches, venues, joiners, name-final
words, a body's organs and law titles (generic classes: organisations_generic; the topic words of
government units: organisations_fields)."""

from __future__ import annotations

# parent units written after a unit ("Bagian Kesra Setda Pandeglang")
PARENT_UNITS: frozenset[str] = frozenset(
    {"Setda", "Setdakab", "Setdakot", "Setdaprov", "Setwan", "Pemprov", "Pemkab", "Pemkot"}
)

# numbered sub-units of a council, written before it and part of it ("Komisi II DPRD Kampar")
SUB_UNIT_HEADS: frozenset[str] = frozenset({"Komisi", "Pansus"})
ORDINALS: frozenset[str] = frozenset(
    {"I", "II", "III", "IV", "V", "VI", "VII", "A", "B", "C", "D", "E"}
)

# words before a region inside an Ormas name ("GMKI Cabang Bandung")
# and, for churches, the congregation or district ("GMIH Jemaat Gura", "HKBP Resort Medan")
BRANCH_WORDS: frozenset[str] = frozenset(
    {
        "Cabang",
        "Wilayah",
        "Daerah",
        "Ranting",
        "Komisariat",
        "Jemaat",
        "Klasis",
        "Resort",
        "Ressort",
        "Stasi",
    }
)

# a name after these is a venue, not an organisation ("Aula Kantor Kejari Garut")
VENUE_WORDS: frozenset[str] = frozenset(
    [
        "Aula",
        "Gedung",
        "Ruang",
        "Kantor",
        "Pendopo",
        "Pendapa",
        "Balai",
        "Halaman",
        "Masjid",
        "Hotel",
        "Lapangan",
        "Alun-alun",
        "Auditorium",
        "Graha",
        "Wisma",
        "Rumah",
        "Markas",
        "Mako",
        "Mapolres",
        "Makodim",
    ]
)

# heads of institutions that are venues when written after "di" ("di Pondok Pesantren Al-Hikmah")
VENUE_HEADS: frozenset[str] = frozenset(
    [
        "Pondok",
        "Ponpes",
        "Masjid",
        "Mushalla",
        "Musholla",
        "Musala",
        "Mushola",
        "Langgar",
        "Surau",
        "Pesantren",
        "Universitas",
        "Gereja",
        "Sekolah",
        "Institut",
        "Politeknik",
        "SMA",
        "SMK",
        "SMP",
        "SD",
        "MAN",
        "MTs",
    ]
)


# function words allowed inside an organisation name ("Badan Kesatuan Bangsa dan Politik")
NAME_JOINERS: frozenset[str] = frozenset({"dan", "&", "untuk", "of", "the", "for", "se", "de"})


# words that end many bodies' names though they are no person's name: a name runs on over them
# ("Asosiasi Travel Agent Indonesia", "Aliansi Ormas Islam", "Kementerian Dalam Negeri Republik
# Indonesia"); the country is no region of the name either
NAME_FINAL_WORDS: frozenset[str] = frozenset(
    {
        "Indonesia",
        "Republik",
        "Islam",
        "Nusantara",
        "Kristen",
        "Katolik",
        "Protestan",
        "Hindu",
        "Buddha",
    }
)

# known names that are also common words ("antara lain", "Garuda" the bird): names only when
# nothing follows them but punctuation ("(Antara)")
WORD_LIKE_NAMES: frozenset[str] = frozenset({"Antara", "Garuda", "Tempo", "Detik"})

# words that make a house of worship or a school after them the place of an event, not a party
# ("di Masjid X", "kunjungan ke Gereja Y"; clarification 2 of tests/fixtures/real/README.md)
VENUE_PREPOSITIONS: frozenset[str] = frozenset({"di", "ke", "menuju"})

# a body's own organs (its advisory, honour or supervisory council): "Dewan Penasehat FKDM" is
# FKDM, listed once under the body's name
ORGAN_HEADS: tuple[str, ...] = (
    "Dewan Penasehat",
    "Dewan Penasihat",
    "Dewan Pertimbangan",
    "Dewan Kehormatan",
    "Dewan Pengawas",
    "Dewan Pakar",
    "Majelis Pertimbangan",
    "Majelis Pekerja Harian",
)
ORGAN_ACRONYMS: frozenset[str] = frozenset({"WANHAT", "WANBIN", "WANTIM", "MPH", "BPH"})

# words before the title of a regulation: "Raperda Pengakuan dan Perlindungan Masyarakat Adat",
# "Undang-Undang tentang Organisasi Kemasyarakatan" name a law, not a body
LAW_TITLE_WORDS: frozenset[str] = frozenset(
    """Perda Raperda Ranperda Perbup Perwali Pergub Perpres Permen Permendagri Perppu UU Qanun
    tentang""".split()  # noqa: SIM905
)
