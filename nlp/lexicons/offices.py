"""Office titles. A *closed* title is complete by itself ("Bupati"); an *open* head takes the unit
that follows ("Kepala" + "Dinas Kesehatan"). `level` is the region level a jurisdiction after the
title resolves to; `unit` maps a command title to the unit it commands ("Kapolres" -> "Polres")."""

from __future__ import annotations

from dataclasses import dataclass

from nlp.lexicons.offices_commands import COMMAND_TITLES
from nlp.lexicons.public_bodies import PUBLIC_BODY_ACRONYMS
from nlp.lexicons.public_units import PUBLIC_UNIT_WORDS as _UNIT_WORDS
from nlp.lexicons.regional_offices import (
    CUSTOMARY_HEADS,
    DISTRICT_HEADS,
    VILLAGE_COUNCIL,
    VILLAGE_HEADS,
    VILLAGE_HEADS_WITH_PLACE,
)
from nlp.lexicons.role_forms import GLUED_HEADS

# the people components' public unit words: the unit words and the public bodies' acronyms
PUBLIC_UNIT_WORDS: frozenset[str] = _UNIT_WORDS | PUBLIC_BODY_ACRONYMS


@dataclass(frozen=True)
class Office:
    title: str
    levels: tuple[str, ...] = ("regency", "city", "province")
    unit: str | None = None  # "Polres" for "Kapolres"
    public: bool = True  # a public office holder (official) rather than a person with a role
    needs_place: bool = False  # a common noun too: an office only with its region written after it


_R = ("regency",)
_C = ("city",)
_P = ("province",)
_RC = ("regency", "city")
_D = ("district",)
_V = ("village",)

CLOSED_OFFICES: tuple[Office, ...] = (
    *(
        Office(t, _R)
        for t in (
            "Bupati",
            "Wakil Bupati",
            "Wabup",
            "Sekkab",
            "Bupati Administrasi",  # Jakarta's Kepulauan Seribu, and its deputy and secretary
            "Wakil Bupati Administrasi",
            "Sekretaris Kabupaten Administrasi",
        )
    ),
    *(
        Office(t, _C)
        for t in (
            "Wali Kota",
            "Walikota",
            "Wakil Wali Kota",
            "Wakil Walikota",
            "Wawali",
            "Wawalkot",
            "Wawako",
            "Sekkota",
            "Wali Kota Administrasi",  # Jakarta's cities and regency are administrative
            "Walikota Administrasi",
            "Wakil Wali Kota Administrasi",
            "Wakil Walikota Administrasi",
            "Sekretaris Kota Administrasi",
        )
    ),
    *(
        Office(t, _P)
        for t in (
            "Gubernur",
            "Wakil Gubernur",
            "Wagub",
        )
    ),
    *(
        Office(t)
        for t in (
            "Sekretaris Daerah",
            "Sekertaris Daerah",  # a common misspelling
            "Sekda",
            "Sekdakab",
            "Sekdakot",
            "Sekdaprov",
            "Sekretaris Kota",
            "Sekot",
            "Inspektur",
            "Inspektur Daerah",
            "Inspektur Pembantu",  # an inspectorate's assistant inspector (Irban), of a region
            "Irban",
            "Aspidsus",  # a Kejati's assistants: special and general crimes, intelligence, civil
            "Aspidum",
            "Asintel",
            "Asdatun",
            *GLUED_HEADS,
        )
    ),
    *(Office(t, _D) for t in ("Camat", "Sekretaris Camat", "Sekretaris Kecamatan", "Sekcam")),
    *(
        Office(t, _V)
        for t in (
            "Lurah",
            "Kepala Desa",
            "Kades",
            "Sekretaris Desa",
            "Sekdes",
            "Kepala Kelurahan",
            "Sekretaris Kelurahan",
            *VILLAGE_HEADS,
            *VILLAGE_COUNCIL,
        )
    ),
    *(Office(t, _V, needs_place=True) for t in VILLAGE_HEADS_WITH_PLACE),
    *(Office(t, _V, public=False) for t in CUSTOMARY_HEADS),
    *(Office(t, _D) for t in DISTRICT_HEADS),
    *(Office(t, levels, unit) for t, levels, unit in COMMAND_TITLES),
    *(
        Office(t, ())
        for t in (
            "Presiden",
            "Wakil Presiden",
            "Kapolri",
            "Panglima TNI",
            "Mendagri",
            "Menag",
            "Wamendagri",
        )
    ),
)

# a command unit written where its head's title would be ("Kejari Minahasa, Rakhmat ...", "Rombongan
# Kejari Dr. Maryadi ..."): the head's office
UNIT_HEAD_TITLES: dict[str, str] = {
    "Kejari": "Kepala Kejaksaan Negeri",
    "Kejati": "Kepala Kejaksaan Tinggi",
}

# acting appointments written before any office ("Pj Bupati", "Plt Kepala Dinas ..."): written form
# -> the short form used when a bracketed acronym follows the long one ("Penjabat (Pj) Bupati")
ACTING_PREFIXES: dict[str, str] = {
    "pj": "Pj",
    "pj.": "Pj",
    "plt": "Plt",
    "plt.": "Plt",
    "plh": "Plh",
    "plh.": "Plh",
    "pjs": "Pjs",  # acting while the holder stands for election
    "pjs.": "Pjs",
    "penjabat": "Pj",
    "pelaksana tugas": "Plt",
    "pelaksana harian": "Plh",
}

# heads followed by a unit or organisation ("Kepala Bapelitbangda", "Ketua DPRD", "Asisten I")
OPEN_HEADS: tuple[str, ...] = (
    "Wakil Ketua",
    "Ketua",
    "Anggota",
    "Kepala",
    "Sekretaris",
    "Sekertaris",  # a common misspelling (Sekertaris Daerah is a closed title above)
    "Kadis",
    "Kaban",
    "Kabag",
    "Kabid",
    "Kasubag",
    "Kasubbag",
    "Kasubid",
    "Kasubbid",
    "Kasub",
    "Kakan",
    "Kakanwil",
    "Kasi",
    "Kasie",
    "Kasat",
    "Kalak",
    "Karo",  # the rest of the "Ka-" family of short heads: Kepala Biro, Unit, Subdirektorat,
    "Kabiro",  # Subdinas, Urusan, Subseksi, Pusat (HEAD_SHORT_FORMS in nlp.titles spells them out)
    "Kanit",
    "Kasubdit",
    "Kasubdin",
    "Kaur",
    "Kasubsi",
    "Kapus",
    "Asisten",
    "Staf Ahli",
    "Staf Khusus",
    "Tenaga Ahli",
    "Analis Kebijakan",  # a civil servant's functional post ("Analis Kebijakan pada Bagian ...")
    "Juru Bicara",
    "Pembimas",  # Kemenag's community guide for one religion ("Pembimas Kristen")
    "Sekdis",
    "Sekban",
    "Kasudin",
    "Kasuban",
    "Menteri",
    "Komisioner",  # a member of a state commission (KPU, Komnas HAM, Komisi Informasi)
    "Wakil Menteri",  # the deputies of the open heads, each its own office
    "Wakil Kepala",
    "Wakil Direktur",
    "Wakil Komandan",
    "Wakil Rektor",
    "Wakil Dekan",
    "Direktur",
    "Dirjen",
    "Deputi",
    "Komandan",
    "Koordinator",
    "Bendahara",
    "Wakil Bendahara",
    "Pimpinan",
    "Pengasuh",
    "Pembina",
    "Penasihat",
    "Dewan Pembina",
    "Pendiri",
    "Presiden",
    "Rektor",
    "Dekan",
    "Tokoh",
    "Perwakilan",
    "Sekjen",
    "Wakil Sekretaris",
    "Ketua Umum",
    "Ketum",
    "Wakil Ketua Umum",
    "Manajer",
    "Program Manager",
    "Founder",
)

# open heads that are public offices whatever unit follows ("Menteri Dalam Negeri", "Kabid ...")
PUBLIC_HEADS: frozenset[str] = frozenset(
    {
        "Menteri",
        "Wakil Menteri",
        "Komisioner",
        "Dirjen",
        "Asisten",
        "Kadis",
        "Kaban",
        "Kabag",
        "Kabid",
        "Kasubag",
        "Kasubbag",
        "Kasubid",
        "Kasubbid",
        "Kasub",
        "Kakan",
        "Kakanwil",
        "Kasi",
        "Kasie",
        "Kasat",
        "Kalak",
        "Karo",  # a Setda's bureau; "Kabiro" is a civil body's bureau head as often
        "Kanit",
        "Kasubdit",
        "Kasubdin",
        "Kaur",
        "Kasubsi",
        "Kapus",
        "Inspektur",
        "Staf Ahli",
        "Staf Khusus",
        "Tenaga Ahli",
        "Analis Kebijakan",
        "Pembimas",
        "Sekdis",
        "Sekban",
        "Kasudin",
        "Kasuban",
    }
)
