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
    "Dinas Kepemudaan Olahraga dan Pariwisata": "Disporapar",
    "Dinas Pemuda Olahraga dan Pariwisata": "Disporapar",
}
