"""Long forms of organisations that roles name, folded to their acronym so that "Ketua Forum
Kerukunan Umat Beragama" and "Ketua FKUB" are one role (articles and annotators write either)."""

from __future__ import annotations

ROLE_ORG_ACRONYMS: dict[str, str] = {
    "Forum Kerukunan Umat Beragama": "FKUB",
    "Forum Kewaspadaan Dini Masyarakat": "FKDM",
    "Forum Pembauran Kebangsaan": "FPK",
    "Majelis Ulama Indonesia": "MUI",
    "Parisada Hindu Dharma Indonesia": "PHDI",
    "Pimpinan Daerah Muhammadiyah": "PDM",
    "Pimpinan Wilayah Muhammadiyah": "PWM",
    "Pimpinan Cabang Nahdlatul Ulama": "PCNU",
    "Pengurus Cabang Nahdlatul Ulama": "PCNU",
    "Pengurus Wilayah Nahdlatul Ulama": "PWNU",
    "Komite Nasional Pemuda Indonesia": "KNPI",
    "Badan Musyawarah Adat": "BMA",
    "Lembaga Adat Melayu": "LAM",
    "Dewan Adat Dayak": "DAD",
    "Dewan Masjid Indonesia": "DMI",
    "Lembaga Pengembangan Tilawatil Quran": "LPTQ",
    "Persekutuan Gereja-Gereja di Indonesia": "PGI",
    "Majelis Desa Adat": "MDA",
    "Tim Penggerak PKK": "TP PKK",
    "Tim Penggerak Pemberdayaan Kesejahteraan Keluarga": "TP PKK",
    "Aliansi Masyarakat Adat Nusantara": "AMAN",
    "Dewan Pimpinan Daerah": "DPD",
    "Dewan Pimpinan Cabang": "DPC",
    "Dewan Pimpinan Wilayah": "DPW",
    "Dewan Perwakilan Rakyat Daerah": "DPRD",
    "Badan Kesatuan Bangsa dan Politik": "Kesbangpol",
    "Kesatuan Bangsa dan Politik": "Kesbangpol",
    # Kesbangpol is itself a Badan (a Kantor in some regions), written short in many ways
    "Badan Kesbangpol": "Kesbangpol",
    "Kantor Kesbangpol": "Kesbangpol",
    "Badan Kesbang Pol": "Kesbangpol",
    "Badan Kesbang": "Kesbangpol",
    "Kesbang Pol": "Kesbangpol",
    "Kesbang": "Kesbangpol",
    "Bakesbangpol": "Kesbangpol",
    "Bankesbangpol": "Kesbangpol",
    "Bankesbang": "Kesbangpol",
    "Pemerintahan dan Kesejahteraan Rakyat": "Pemkesra",
    "Dinas Kepemudaan Olahraga dan Pariwisata": "Disporapar",
    "Dinas Pemuda Olahraga dan Pariwisata": "Disporapar",
}

# Comparing two written roles (nlp.role_match): what may follow an office without making it another.
# Words that open the body an office sits in ("Kabid Bimas Kristen | Kanwil Kemenag", "Asisten I |
# Setda"): the parent body belongs to the jurisdiction, so an official's role written with or without
# it is one office. Lower case, as compared.
PARENT_BODY_WORDS: frozenset[str] = frozenset(
    {
        "setda",
        "setdakab",
        "setdakot",
        "setdako",
        "setdaprov",
        "setwan",
        "sekretariat",
        "biro",
        "kanwil",
        "kantor",
        "kesbangpol",
        "bakesbangpol",
        "badan",
        "dinas",
        "polres",
        "polresta",
        "polda",
        "polsek",
        "kodim",
        "korem",
        "kodam",
        "kejati",
        "kejari",
        "kejaksaan",
        "kementerian",
        "kemendagri",
        "kemenag",
        "kemenko",
        "ditjen",
        "pemkab",
        "pemkot",
        "pemprov",
        "pemerintah",
        "dprd",  # "Anggota Komisi C | DPRD"
        "dpr",
    }
)
# Unit words that need their field: "Kepala Badan" is no office until "Kesbangpol" follows it.
GENERIC_UNIT_WORDS: frozenset[str] = frozenset(
    {
        "badan",
        "dinas",
        "kantor",
        "bagian",
        "bidang",
        "seksi",
        "biro",
        "subbagian",
        "subbidang",
        "kantor wilayah",
        "sekretariat",
        "unit",
        "satuan",
    }
)
# Region level words that may follow a role with no name after them ("Wakil Ketua DPRD Provinsi").
LEVEL_WORDS: frozenset[str] = frozenset(
    {"provinsi", "prov", "kabupaten", "kab", "kota", "kecamatan", "kec", "desa", "kelurahan"}
)

# Heads of one agency written as one word ("Kakankemenag Kota X", "Kadisbud"): the office they stand
# for, in the form role_key compares. Each is also a closed office title (nlp.lexicons.offices).
GLUED_HEADS: dict[str, str] = {
    "Kakankemenag": "Kepala Kantor Kementerian Agama",
    "Kakan Kemenag": "Kepala Kantor Kementerian Agama",
    "Kakanwil Kemenag": "Kepala Kantor Wilayah Kementerian Agama",
    "Kadisbud": "Kepala Dinas Kebudayaan",
    "Kadinkes": "Kepala Dinas Kesehatan",
    "Kadiskes": "Kepala Dinas Kesehatan",
    "Kadisdik": "Kepala Dinas Pendidikan",
    "Kadispora": "Kepala Dinas Pemuda dan Olahraga",
    "Kadisnaker": "Kepala Dinas Tenaga Kerja",
    "Kadishub": "Kepala Dinas Perhubungan",
    "Kadispar": "Kepala Dinas Pariwisata",
    "Kadinsos": "Kepala Dinas Sosial",
    "Kadiskominfo": "Kepala Dinas Komunikasi dan Informatika",
    "Kadisdukcapil": "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    "Kaban Kesbangpol": "Kepala Badan Kesbangpol",
    "Kabakesbangpol": "Kepala Badan Kesbangpol",
}
