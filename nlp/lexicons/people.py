"""Honorifics, academic degrees, police and military ranks, and words that are never part of a name."""

from nlp.lexicons.degrees_ranks import (  # noqa: F401  (re-exported)
    DEGREES,
    RANK_CORPS,
    RANK_CORPS_LETTERS,
    RANKS,
)
from nlp.lexicons.honorifics import ADDRESS_MARKERS, REGIONAL_HONORIFICS, REGIONAL_PERSON_MARKERS
from nlp.lexicons.not_names import NOT_NAME_WORDS  # noqa: F401  (re-exported)

# before a name; dropped from the clean name ("Ir. H. Dede Jaelani" -> "Dede Jaelani")
HONORIFICS: frozenset[str] = frozenset(
    [
        "Ir",
        "Ir.",
        "H",
        "H.",
        "Hj",
        "Hj.",
        "Tb.",  # Tubagus, a Banten noble title
        "TB.",
        "KHR.",
        "Hi.",
        "HM",  # Haji Muhammad, written as one honorific ("HM Saelany")
        "Ec.",  # economics graduate, before the name ("Drs. Ec.")
        "Dr",
        "Dr.",
        "Drs",
        "Drs.",
        "Dra",
        "Dra.",
        "dr",
        "dr.",
        "Prof",
        "Prof.",
        "KH",
        "KH.",
        "K.H.",
        "Ky",
        "Ky.",
        "Kyai",
        "Kiai",
        "Ust",
        "Ust.",
        "Ustadz",
        "Ustaz",
        "Ustadzah",
        "Habib",
        "TGH",
        "Gus",
        "Ny",
        "Ny.",
        "Nyonya",
        "Bapak",
        "Pak",
        "Ibu",
        "Bu",
        "Sdr",
        "Sdr.",
        "Sdri",
        "Sdri.",
        "Bpk",
        "Bpk.",
        "Tuan",
        "Saudara",
        "Saudari",
        "drg",
        "drg.",
        "Hajjah",
        "Haji",
        "Syekh",
        "Buya",
        "Romo",
        "Pendeta",
        "Pdt",
        "Pdt.",
        "Pastor",
        "Bhikkhu",
        "Mgr",
        "Mgr.",
        "Letjen",
        "Mayjen",
        "Brigjen",
        "TGH.",
        "Ondofolo",
        "Ondoafi",
        "Pendeta",
        "Ustadzah",
        "Ust",
        "Kak",  # Scouts address their leaders so ("Kak Dra. Sri ...")
        "Kakak",
    ]
)

# honorifics that mark a person even without an office ("Pendeta Markus ...", "KH. Ahmad ...")
PERSON_MARKERS: frozenset[str] = frozenset(
    [
        "KH",
        "KH.",
        "K.H.",
        "Kyai",
        "Kiai",
        "Ky.",
        "Ustadz",
        "Ustaz",
        "Ustadzah",
        "Ust.",
        "Habib",
        "TGH",
        "TGH.",
        "Pendeta",
        "Pdt.",
        "Pastor",
        "Romo",
        "Bhikkhu",
        "Ondofolo",
        "Ondoafi",
        "Buya",
        "Syekh",
        "Gus",
        "Hj.",
        "H.",
        "Dr.",
        "Drs.",
        "Dra.",
        "Prof.",
        "Ir.",
    ]
)


# lower-case particles allowed inside a name ("Siti binti Ahmad", "Muhammad bin Salman")
# and the Batak "br" / "boru" before a woman's clan name ("Rosita br Ginting")
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binti", "ibni", "van", "de", "al", "el", "br", "boru"}
)

# verbs after which the name of who stands in or leads follows ("diwakili Pdt. Maria ...")
STAND_IN_VERBS: frozenset[str] = frozenset(
    {"diwakili", "diwakilkan", "didampingi", "dipimpin", "dipandu", "dimoderatori"}
)

# of those, the ones whose subject is the body the person stands for ("MDA yang diwakili ...")
REPRESENT_VERBS: frozenset[str] = frozenset({"diwakili", "diwakilkan"})

# words after which a nickname follows, not a new person ("akrab disapa Kapolres Anis")
NICKNAME_INTRODUCERS: frozenset[str] = frozenset(
    {"disapa", "dipanggil", "alias", "sapaan", "panggilan"}
)

# customary units: "Kepala Suku Besar ..." heads a tribe, not a public office (Jakarta's "Suku Dinas"
# is public by its "Dinas"); a unit word all the same, never part of a name
CUSTOMARY_UNIT_WORDS: frozenset[str] = frozenset({"Suku", "Marga"})

# fields of a government division that the organisation lexicon's unit fields lack, listed with
# commas in the division's name ("Kepala Bidang Ketahanan Ekososbud, Agama dan Ormas")
DIVISION_FIELD_WORDS: frozenset[str] = frozenset({"Ormas", "Ekososbud", "Ekosob", "Kemasyarakatan"})

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

# words before an office saying its holder has left it ("mantan Bupati X Budi"): a person now
FORMER: frozenset[str] = frozenset({"mantan", "eks"})

# posts written in lower case before a civil body and its holder's name ("didampingi ketua MUI Kota
# Padang Japeri", "pendiri HMI Lafran Pane")
LOWER_CIVIL_POSTS: frozenset[str] = frozenset(
    {"ketua", "sekretaris", "bendahara", "pendiri", "pembina", "penasehat", "pengasuh", "imam"}
)

# verbs saying who heads a body named before them ("FKUB Babel yang dipimpin Budi", "Bawaslu Kaltara,
# yang kini diketuai oleh Yakobus"): the name after them is the body's chair
LED_BY_VERBS: frozenset[str] = frozenset({"diketuai", "dipimpin", "dinakhodai", "dikomandoi"})
# words that may stand between the body and that verb
LED_BY_GAP_WORDS: frozenset[str] = frozenset(
    {
        ",",
        "yang",
        "kini",
        "saat",
        "ini",
        "sekarang",
        "tersebut",
        "periode",
        "masa",
        "bakti",
        "–",
        "-",
    }
)

# civil bodies' short names that also name a government agency's field when written inside it
# ("Badan Kesbangpol Linmas Aceh": the agency's Linmas field, not the civil Satlinmas)
GOV_FIELD_ACRONYMS: frozenset[str] = frozenset({"Linmas"})

# parts of a legislature named after a party ("Ketua Fraksi PDI-P", "Anggota Fraksi Golkar"): a post
# in the DPRD, public although the party named in it is a civil body
LEGISLATURE_PARTS: frozenset[str] = frozenset({"Fraksi"})

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

# words naming which part of a committee or unit a post is in ("Ketua Panitia Pelaksana Zainal",
# "Inspektur Pembantu Elvarinsa"): part of the role, never the first word of the name after it
UNIT_PART_WORDS: frozenset[str] = frozenset(
    {"Pelaksana", "Penyelenggara", "Pengarah", "Pembantu", "Harian", "Pengawas", "Pelantikan"}
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

# open heads written in lower case before a capitalised public unit ("anggota DPRD ...") and the
# words that make such a head generic ("para kepala Dinas", "seluruh anggota DPRD")
LOWER_HEADS: frozenset[str] = frozenset({"anggota", "kepala", "ketua", "wakil", "sekretaris"})
GENERIC_BEFORE_HEAD: frozenset[str] = frozenset(
    {"para", "seluruh", "semua", "segenap", "jajaran", "sejumlah", "beberapa", "bersama"}
)
# public bodies written as an acronym after a head ("kepala Kesbangpol", "anggota DPRD")
PUBLIC_UNIT_ACRONYMS: frozenset[str] = frozenset(
    {"Kesbangpol", "Bakesbangpol", "Kemenag", "Kankemenag", "Bappeda", "Bapeda", "BPBD", "Satpol"}
)

# words before an office title that make it a building ("Rumah Jabatan Bupati", "Rumdin Wali Kota");
# the venue words of nlp.lexicons.organisations too ("Kantor Bupati", "Pendopo Bupati")
OFFICE_BUILDING_WORDS: frozenset[str] = frozenset({"Jabatan", "Rujab", "Rumdin"})

# unit words that slip into lower case inside a capitalised unit ("Kepala badan Kesbangpol kota
# Palopo", "Kepala Kantor wilayah Kementerian Agama", "Ketua umum Persekutuan ..."); only between
# capitalised words
LOWER_UNIT_WORDS: frozenset[str] = frozenset(
    {
        "badan",
        "dinas",
        "kantor",
        "wilayah",
        "bidang",
        "bagian",
        "seksi",
        "kota",
        "kabupaten",
        "umum",
        "harian",
    }
)

# lower-case words that qualify a role before the name ("Ketua BKMT terpilih, Hj. Euis ...")
ROLE_QUALIFIERS: frozenset[str] = frozenset({"terpilih", "demisioner", "baru", "lama", "sementara"})

# words opening an attribution ("Menurut Rudi, Bupati X ..."): the comma after the name ends the
# adverbial, so an office written next starts a new clause and is no apposition of that name
ATTRIBUTION_OPENERS: frozenset[str] = frozenset({"menurut", "bagi"})

# reporters, editors and credits: a name in these contexts is not a person of the article
CREDIT_LABELS: tuple[str, ...] = (
    "Reporter",
    "Editor",
    "Penulis",
    "Pewarta",
    "Redaktur",
    "Fotografer",
    "Foto",
    "Oleh",
    "Kontributor",
    "Penyunting",
    "Sumber",
    "Laporan",
    "Wartawan",
    "Jurnalis",
)

# verbs of saying after which a (short) name refers to the speaker ("kata Tatu", "ungkap Rachmat")
SPEECH_VERBS: frozenset[str] = frozenset(
    [
        "kata",
        "ujar",
        "ucap",
        "ungkap",
        "ungkapnya",
        "jelas",
        "tegas",
        "tandas",
        "imbuh",
        "tambah",
        "terang",
        "papar",
        "tutur",
        "sebut",
        "pinta",
        "harap",
        "ajak",
        "tukas",
        "pungkas",
        "lanjut",
        "menurut",
        "diharapkan",
        "said",  # English paragraphs and quotes
        "says",
        "added",
        "explained",
        "stated",
    ]
)

# passive verbs of saying and the agent word: the name after them is who spoke or acted
# ("Hal itu disampaikan Rosmawati br Tarigan", "diserahkan oleh A. Rahman")
AGENT_VERBS: frozenset[str] = frozenset(
    {
        "disampaikan",
        "dikatakan",
        "diungkapkan",
        "dijelaskan",
        "ditegaskan",
        "dituturkan",
        "diutarakan",
        "dipaparkan",
        "diterangkan",
        "oleh",
    }
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

HONORIFICS = HONORIFICS | REGIONAL_HONORIFICS | ADDRESS_MARKERS
# academic titles printed in capitals ("DR H Syarif ...", "DRS. Budi ...")
HONORIFICS = HONORIFICS | {
    t.upper() for t in ("Dr", "Dr.", "Drs", "Drs.", "Dra", "Dra.", "Ir", "Ir.")
}
PERSON_MARKERS = PERSON_MARKERS | REGIONAL_PERSON_MARKERS | ADDRESS_MARKERS

# religious honorifics that mark a person even before a single-word name ("Kiai Hisyam", "Ustadz Malisi")
SINGLE_NAME_HONORIFICS: frozenset[str] = frozenset(
    {
        "Kiai",
        "Kyai",
        "Ustadz",
        "Ustaz",
        "Ustad",
        "Buya",
        "Habib",
        "Romo",
        "Pastor",
        "Pendeta",
        "Pdt",
        "Tuan Guru",
        "TGH",
    }
)
# honorifics that say what a person is when the text gives no other role ("Kiai Hisyam": a kiai,
# "Pdt. Markus": a pastor), in the role's written form; annotators give exactly that
ROLE_HONORIFICS: dict[str, str] = {
    "Kiai": "Kiai",
    "Kyai": "Kyai",
    "KH": "Kyai",
    "K.H": "Kyai",
    "Ustadz": "Ustadz",
    "Ustaz": "Ustadz",
    "Ustad": "Ustadz",
    "Buya": "Buya",
    "Habib": "Habib",
    "Pendeta": "Pendeta",
    "Pdt": "Pendeta",
    "Pastor": "Pastor",
}
