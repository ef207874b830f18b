"""Words around capitalised runs that say whether they name people: stops of a group's description,
places and events named after someone, attendance words and descriptors of a person."""

# lower-case words that end the description of a group of people before a list of their names
# ("tokoh presidium pembentukan provinsi | wilayah Belitung", "tokoh adat | yang hadir")
GROUP_STOP_WORDS: frozenset[str] = frozenset(
    {
        "di",
        "dari",
        "se",
        "asal",
        "wilayah",
        "daerah",
        "yang",
        "dan",
        "serta",
        "ini",
        "itu",
        "tersebut",
        "pada",
        "dalam",
        "untuk",
        "hadir",
        "turut",
        "juga",
        "pula",
        "diantaranya",
        "antara",
        "yakni",
        "yaitu",
        "seperti",
        "antaranya",
    }
)

# capitalised words of places and sights listed like names ("Pantai Amai, Danau Love, Bukit ..."):
# a comma run holding one is a list of places, not of people
PLACE_LIST_WORDS: frozenset[str] = frozenset(
    {
        "Pantai",
        "Danau",
        "Bukit",
        "Gunung",
        "Sungai",
        "Pulau",
        "Teluk",
        "Goa",
        "Air",
        "Kalurahan",
        "Kapanewon",
        "Kelurahan",
        "Kecamatan",
        "Desa",
        "Dusun",
        "Kampung",
        "Jalan",
        "Pasar",
        "Masjid",
        "Gereja",
        "Pura",
        "Vihara",
    }
)

# lower-case words after which a name may stand before its office with no comma ("hadir pula Rudi
# Hartono Kakankemenag Kota X"): words that list who attended
ATTENDANCE_WORDS: frozenset[str] = frozenset(
    {
        "hadir",
        "pula",
        "dihadiri",
        "oleh",
        "bersama",
        "didampingi",
        "yakni",
        "yaitu",
        "antara",
        "lain",
    }
)

# words before a rank or a name that make it a place named after someone ("Jl. Jenderal Ahmad Yani",
# "Bandara Letkol Wisnu"), or an event's name ("kegiatan Safari Ramadhan, Bupati ..."): no person
NAMED_AFTER_SOMEONE: frozenset[str] = frozenset(
    {
        "Jl.",
        "Jl",
        "Jln.",
        "Jalan",
        "Bandara",
        "Stadion",
        "Taman",
        "Tugu",
        "Monumen",
        "Museum",
        "Lanud",
    }
)

NAMED_EVENT_BEFORE: frozenset[str] = frozenset(
    {"kegiatan", "acara", "program", "agenda", "rapat", "gelaran", "festival", "lomba", "tema"}
)

# lower-case nouns describing a person after their name ("Yohana Tan, pemilik toko, ...")
PERSON_DESCRIPTORS: frozenset[str] = frozenset(
    {
        "warga",
        "pemilik",
        "pedagang",
        "petani",
        "nelayan",
        "guru",
        "siswa",
        "siswi",
        "mahasiswa",
        "mahasiswi",
        "pengusaha",
        "buruh",
        "sopir",
        "tokoh",
        "pemuka",
        "relawan",
        "aktivis",
        "pegiat",
        "pengamat",
        "dosen",
        "peneliti",
        "bidan",
        "perawat",
        "kader",
        "peserta",
        "penyuluh",
        "pendamping",
        "penerima",
        "korban",
        "orang",
        "ibu",
        "bapak",
        "pelajar",
        "santri",
        "pemudi",
        "pemuda",
        "seniman",
        "budayawan",
        "pengrajin",
        "perajin",
        "pelaku",
        "juru",
        "pengelola",
        "pendiri",
        "penggagas",
    }
)
