"""How civil bodies' names are shaped, as data: the heads that open a civil body's own name, the
board levels of Ormas hierarchies, group nouns that "Bersatu" turns into a body, and office words
written before a body."""

from __future__ import annotations

from nlp.lexicons.org_kinds import CSO, RELIGIOUS

# heads of a civil body's own name ("Dayah Babul Maghfirah", "Ikatan Keluarga Keban Air Hitam")
CIVIL_KIND_HEADS: dict[str, str] = {
    "Dayah": RELIGIOUS,  # Aceh's pesantren
    "Pondok Pesantren": RELIGIOUS,
    "Ponpes": RELIGIOUS,
    "Pesantren": RELIGIOUS,
    "Karangtaruna": CSO,
    "Ikatan Keluarga": CSO,
    "Ikatan Keluarga Besar": CSO,
    "Kerukunan Keluarga Besar": CSO,
    "Himpunan Kerukunan": CSO,
    "Himpunan Keluarga": CSO,
    "Persatuan Keluarga": CSO,
    "Persatuan Keluarga Besar": CSO,
    "Perkumpulan Keluarga": CSO,
    "Perkumpulan Kekeluargaan": CSO,
    "Keluarga Besar": CSO,
    "Kerukunan Warga": CSO,
    "Kerukunan Masyarakat": CSO,
    "Paguyuban": CSO,
    "Lembaga Adat": CSO,
    "Lembaga Masyarakat Adat": CSO,
    "Dewan Adat": CSO,
    "Majelis Adat": CSO,
    "Kerapatan Adat": CSO,
    "Badan Musyawarah Adat": CSO,
    "Prajuru Adat": CSO,
    "Sempekat": CSO,
    "Kesultanan": CSO,
    "Purna Bhakti": CSO,
    "Punguan": CSO,  # Batak clan associations
    "Parsadaan": CSO,
    "Remaja Masjid": RELIGIOUS,
    "Majelis Taklim": RELIGIOUS,
    "Majelis Ta'lim": RELIGIOUS,
}

# board levels of the Ormas hierarchies the main list lacks ("DPK KNPI", "PKC PMII", "Badko HMI")
CIVIL_LEVELS: tuple[str, ...] = (
    "Dewan Pengurus Kecamatan",
    "Dewan Pengurus Kabupaten",
    "Dewan Pengurus Kota",
    "Dewan Pengurus Provinsi",
    "Dewan Pengurus Ranting",
    "Dewan Pimpinan Anak Cabang",
    "Dewan Pimpinan Ranting",
    "Dewan Pimpinan Kecamatan",
    "Pengurus Kecamatan",
    "Pengurus Kabupaten",
    "Pengurus Kota",
    "Pengurus Provinsi",
    "Pengurus Koordinator Cabang",
    "Pimpinan Komisariat",
    "Pengurus Komisariat",
    "Markas Cabang",
    "Markas Daerah",
    "Markas Wilayah",
    "Badan Koordinasi",
    "Koordinator Wilayah",
    "Pengprov",
    "Pengkab",
    "Pengkot",
    "Pengcab",
    "Pengda",
    "Pengwil",
    "Badko",
    "PKC",
    "DPK",
    "DPRt",
    "Korwil",
    "Korda",
    "PP",
    "Dewan Pimpinan Harian",  # LAMR's executive board ("Dewan Pimpinan Harian LAMR")
)

# "Pemuda Maluku Bersatu", "Aliansi Masyarakat Pemalang Bersatu": a group noun, a people or a place,
# then "Bersatu" names a civil body, whichever words stand between
UNITED_GROUPS: frozenset[str] = frozenset(
    {
        "Pemuda",
        "Pemudi",
        "Masyarakat",
        "Aliansi",
        "Forum",
        "Keluarga",
        "Laskar",
        "Rakyat",
        "Warga",
        "Putra",
        "Putri",
        "Mahasiswa",
        "Pelajar",
        "Perempuan",
        "Wanita",
        "Gerakan",
        "Komunitas",
        "Persatuan",
        "Ikatan",
        "Barisan",
        "Front",
        "Generasi",
        "Anak",
        "Kerukunan",
        "Paguyuban",
        "Relawan",
    }
)
UNITY_FINALS: frozenset[str] = frozenset({"Bersatu"})

# an office of a body written before it ("Sekretariat DPD Lembaga Adat Tolaki"): the body is meant
OFFICE_WORDS: frozenset[str] = frozenset({"Sekretariat", "Sekertariat", "Sekretariatan"})
