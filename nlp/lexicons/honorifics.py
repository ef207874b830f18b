"""Religious, customary and regional honorifics (Aceh, Minangkabau, Bali, Maluku, Papua) and words
that are never a person's name. Kept apart from people.py's degrees and ranks; people.py unites them."""

from __future__ import annotations

# one-word honorifics before a name; dropped from the clean name ("Tgk. Muhammad Yusuf")
REGIONAL_HONORIFICS: frozenset[str] = frozenset({
    "Tgk", "Tgk.", "Teungku", "Abuya", "Abon",  # Aceh
    "Dt", "Dt.", "Datuk", "Dtk.",  # Minangkabau / Malay
    "Pedanda", "Pemangku", "Pinandita",  # Bali
    "Pdt", "Pdt.", "Pnt", "Pnt.", "Penatua", "Ev.", "Pater", "Uskup", "Suster", "Sr.", "Bruder",
    "Frater", "Fr.", "Romo", "Pastor", "Mgr.",  # Christian clergy
    "Ustaz", "Ustazah", "Ustadz", "Ustadzah", "Ustad", "Gus", "Syekh", "Habib", "Tuan",  # Muslim
    "Bhante", "Biksu", "Bhiksu", "Ws.", "Js.",  # Buddhist, Confucian
})

# two-word honorifics: their first word is also an ordinary name ("Ida Farida", "Jero Wacik")
MULTIWORD_HONORIFICS: frozenset[tuple[str, str]] = frozenset({
    ("Ida", "Pedanda"), ("Ida", "Rsi"), ("Ida", "Bhagawan"), ("Jero", "Mangku"), ("Jro", "Mangku"),
    ("Tuan", "Guru"), ("Ida", "Sri"),
})

# honorifics that mark a person even without an office ("Tgk. Ahmad ... memimpin doa")
REGIONAL_PERSON_MARKERS: frozenset[str] = frozenset({
    "Tgk", "Tgk.", "Teungku", "Abuya", "Dt.", "Datuk", "Pedanda", "Pemangku", "Pdt", "Pnt.",
    "Penatua", "Pater", "Uskup", "Suster", "Bruder", "Frater", "Ustazah", "Ustad", "Bhante", "Biksu",
})

# capitalised words that start no person's name: church and customary bodies, regions, embassies
NOT_NAME_WORDS_EXTRA: frozenset[str] = frozenset({
    "Keuskupan", "Paroki", "Klasis", "Sinode", "Jemaat", "Dekenat", "Vikariat", "Stasi", "Kevikepan",
    "Kesultanan", "Kerajaan", "Kedutaan", "Kedubes", "Konsulat", "Komunitas", "Lembaga", "Majelis",
    "Nusa", "Tenggara", "Maluku", "Papua", "Sulawesi", "Kalimantan", "Sumatera", "Jawa", "Bali",
    "Gampong", "Nagari", "Negeri", "Kampung", "Lembang", "Distrik", "Banjar", "Jorong", "Pekon",
    "Wilayah", "Daerah", "Kabupaten", "Kota", "Kecamatan", "Desa", "Kelurahan", "Provinsi",
})
