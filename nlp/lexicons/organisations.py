"""Organisations: unit heads, known bodies with their kind, generic classes that are not names."""

from __future__ import annotations

from nlp.lexicons.org_kinds import (  # noqa: F401  (re-exported)
    BUSINESS,
    CSO,
    EDUCATION,
    GOV,
    INTERNATIONAL,
    MEDIA,
    OTHER,
    PARTY,
    RELIGIOUS,
)
from nlp.lexicons.organisations_campus import CAMPUS_HEADS, CAMPUS_KNOWN
from nlp.lexicons.organisations_civil import CIVIL_KNOWN
from nlp.lexicons.organisations_civil_shapes import CIVIL_KIND_HEADS, CIVIL_LEVELS
from nlp.lexicons.organisations_events import BARE_UNITS, BUILDING_HEADS, EVENT_HEADS  # noqa: F401
from nlp.lexicons.organisations_fields import UNIT_FIELD_WORDS  # noqa: F401  (re-exported)
from nlp.lexicons.organisations_forums import FORUMS, upper_forms
from nlp.lexicons.organisations_generic import GENERIC, GENERIC_LONG  # noqa: F401  (re-exported)
from nlp.lexicons.organisations_generic import NOT_ORG_HEADS as _NOT_ORG_HEADS
from nlp.lexicons.organisations_gov import GOV_KNOWN_NAMES
from nlp.lexicons.organisations_known import KNOWN
from nlp.lexicons.organisations_more import (  # noqa: F401  (WING_PREFIXES re-exported)
    MORE_KIND_HEADS,
    MORE_KNOWN,
    MORE_LEVELS,
    WING_PREFIXES,
)
from nlp.lexicons.organisations_words import (  # noqa: F401  (re-exported)
    BRANCH_WORDS,
    LAW_TITLE_WORDS,
    NAME_FINAL_WORDS,
    NAME_JOINERS,
    ORDINALS,
    ORGAN_ACRONYMS,
    ORGAN_HEADS,
    PARENT_UNITS,
    SUB_UNIT_HEADS,
    VENUE_PREPOSITIONS,
    VENUE_WORDS,
    WORD_LIKE_NAMES,
)
from nlp.lexicons.organisations_words import VENUE_HEADS as _VENUE_HEADS

NOT_ORG_HEADS = _NOT_ORG_HEADS | EVENT_HEADS
VENUE_HEADS = _VENUE_HEADS | BUILDING_HEADS

# words that open a government unit name, followed by its field ("Dinas Kesehatan")
GOV_UNIT_HEADS: tuple[str, ...] = (
    "Kepolisian Resor Kota Besar",
    "Kepolisian Resor Kota",
    "Kepolisian Resor",
    "Kepolisian Daerah",
    "Kepolisian Sektor",
    "Komando Rayon Militer",
    "Panitia Pengawas",
    "Komisi",
    "Suku Badan",
    "Suku Dinas",
    "Dinas",
    "Badan",
    "Kantor",
    "Bagian",
    "Biro",
    "Sekretariat",
    "Inspektorat",
    "Satuan",
    "Balai",
    "Kementerian",
    "Kementrian",
    "Direktorat",
    "Kepolisian",
    "Kejaksaan Negeri",
    "Kejaksaan Tinggi",
    "Kejaksaan Agung",
    "Pengadilan Negeri",
    "Pengadilan Agama",
    "Pengadilan Tinggi",
    "Dewan Perwakilan Rakyat Daerah",
    "Rumah Sakit Umum Daerah",
    "Komando Distrik Militer",
    "Komando Resor Militer",
    "Lembaga Pemasyarakatan",
    "Komisi Pemilihan Umum",
    "Badan Pengawas Pemilu",
    "Unit Pelaksana Teknis",
)
# regional governments: the head plus a region ("Pemkab Serang", "Pemerintah Kota Tangerang")
REGIONAL_GOV_HEADS: dict[str, str] = {
    "Pemkab": "regency",
    "Pemkot": "city",
    "Pemko": "city",  # Sumatra's and Aceh's usual short form ("Pemko Medan")
    "Pemprov": "province",
    "Pemda": "",
    "Pemdes": "village",
    "Pemerintah Kabupaten": "regency",
    "Pemerintah Kota": "city",
    "Pemerintah Kota Administrasi": "city",
    "Pemerintah Provinsi": "province",
    "Pemerintah Daerah": "",
    "Pemerintah Desa": "village",
    "Pemerintah Kecamatan": "district",
    "Pemerintah Distrik": "district",
    # village governments under their regional names
    "Pemerintah Kelurahan": "village",
    "Pemerintah Nagari": "village",
    "Pemerintah Kampung": "village",
    "Pemerintah Gampong": "village",
    "Pemerintah Negeri": "village",
    "Pemerintah Pekon": "village",
    "Pemerintah Lembang": "village",
    "Pemerintah Kabupaten Administrasi": "regency",
    # written in lower case after "Pemerintah" too ("Pemerintah kabupaten (Pemkab) Lebak")
    "Pemerintah kabupaten": "regency",
    "Pemerintah kota": "city",
    "Pemerintah provinsi": "province",
    "Pemerintah daerah": "",
    # "Pemerintah Aceh", "pemerintah Sulbar": a government named by its region alone, and the
    # head written in lower case inside a sentence ("bersama pemerintah Kota Pekalongan")
    "Pemerintah": "",
    "pemerintah": "",
    "pemerintah Kabupaten": "regency",
    "pemerintah Kota": "city",
    "pemerintah Provinsi": "province",
    "pemerintah Kecamatan": "district",
    "pemerintah Desa": "village",
}

# heads of names by kind ("PT Maju Jaya", "Universitas Padjadjaran", "Yayasan ...")
KIND_HEADS: dict[str, str] = {
    "PT": BUSINESS,
    "PT.": BUSINESS,
    "CV": BUSINESS,
    "CV.": BUSINESS,
    "Bank": BUSINESS,
    "BUMDes": BUSINESS,
    "Koperasi": BUSINESS,
    "Perum": BUSINESS,
    "Perumda": BUSINESS,
    "Universitas": EDUCATION,
    "Institut": EDUCATION,
    "Sekolah Tinggi": EDUCATION,
    "STIE": EDUCATION,
    "Politeknik": EDUCATION,
    "Akademi": EDUCATION,
    "UIN": EDUCATION,
    "IAIN": EDUCATION,
    "SMA": EDUCATION,
    "SMAN": EDUCATION,
    "SMK": EDUCATION,
    "SMKN": EDUCATION,
    "SMP": EDUCATION,
    "SMPN": EDUCATION,
    "SD": EDUCATION,
    "SDN": EDUCATION,
    "MAN": EDUCATION,
    "MTs": EDUCATION,
    "Pondok Pesantren": RELIGIOUS,
    "Ponpes": RELIGIOUS,
    "Pesantren": RELIGIOUS,
    "Yayasan": CSO,
    "Lembaga": CSO,
    "Perkumpulan": CSO,
    "Himpunan": CSO,
    "Ikatan": CSO,
    "Persatuan": CSO,
    "Paguyuban": CSO,
    "Komunitas": CSO,
    "Koalisi": CSO,
    "Forum": CSO,
    "Gerakan": CSO,
    "Aliansi": CSO,
    "Dewan": CSO,
    "LSM": CSO,
    "Gereja": RELIGIOUS,
    "Asosiasi": CSO,
    "Serikat": CSO,
    "Solidaritas": CSO,
    "Jaringan": CSO,
    "Perhimpunan": CSO,
    "Simpul": CSO,
    "Partai": PARTY,
    "Majelis": RELIGIOUS,
}

# hierarchy levels written before an Ormas name ("PC GP Ansor", "DPD KNPI", "Pimpinan Daerah Aisyiyah")
ORG_LEVELS: tuple[str, ...] = (
    "PB",
    "PBNU",
    "PP",
    "PW",
    "PC",
    "PD",
    "PR",
    "PAC",
    "MWC",
    "DPP",
    "DPD",
    "DPW",
    "DPC",
    "MPN",  # Majelis Pimpinan Nasional, the top of a Pemuda Pancasila-style hierarchy
    "MPW",
    "MPC",
    "PCM",
    "PDM",
    "PWM",
    "Pimpinan Pusat",
    "Pimpinan Wilayah",
    "Pimpinan Daerah",
    "Pimpinan Cabang",
    "Pimpinan Ranting",
    "Pengurus Besar",
    "Pengurus Pusat",
    "Pengurus Wilayah",
    "Pengurus Cabang",
    "Pengurus Daerah",
    "Pengurus Anak Cabang",
    "Pengurus Ranting",
    "Dewan Pimpinan Daerah",
    "Dewan Pimpinan Cabang",
    "Dewan Pimpinan Wilayah",
    "Dewan Pimpinan Pusat",
    "Majelis Pimpinan Nasional",
    "Majelis Pimpinan Cabang",
    "Majelis Pimpinan Wilayah",
    "Majelis Wakil Cabang",
    "Dewan Pengurus Daerah",
    "Dewan Pengurus Cabang",
    "Dewan Pengurus Wilayah",
    "Dewan Pengurus Pusat",
    "Pimpinan Anak Cabang",
    "Pengurus Anak Ranting",
    "MPW",
    "DPAC",
    "PDA",
    "PCA",
    "PWA",
)


KIND_HEADS = {**KIND_HEADS, **MORE_KIND_HEADS, **CIVIL_KIND_HEADS, **CAMPUS_HEADS}
# the government side's completions first: a civil or earlier entry of the same name wins
KNOWN = {
    **CAMPUS_KNOWN,
    **dict.fromkeys(GOV_KNOWN_NAMES, GOV),
    **CIVIL_KNOWN,
    **KNOWN,
    **MORE_KNOWN,
    **FORUMS,
}
KNOWN = {**upper_forms(KNOWN), **KNOWN}
ORG_LEVELS = (*ORG_LEVELS, *MORE_LEVELS, *CIVIL_LEVELS)
