"""Words around an office and its holder: lower-case heads and posts, parts and fields of a unit,
words that qualify a role or say its holder has left it."""

# customary units: "Kepala Suku Besar ..." heads a tribe, not a public office (Jakarta's "Suku Dinas"
# is public by its "Dinas"); a unit word all the same, never part of a name
CUSTOMARY_UNIT_WORDS: frozenset[str] = frozenset({"Suku", "Marga"})

# fields of a government division that the organisation lexicon's unit fields lack, listed with
# commas in the division's name ("Kepala Bidang Ketahanan Ekososbud, Agama dan Ormas"): the field
# nouns of division and expert-staff names, and their usual short forms; never a holder's name
DIVISION_FIELD_WORDS: frozenset[str] = frozenset(
    {
        *("Ormas", "Ekososbud", "Ekosob", "Kemasyarakatan", "Ekbang", "Ekbangkeu", "Pemkesra"),
        *("Advokasi", "Sosialisasi", "Edukasi", "Informasi", "Publik", "Humas", "Dokumentasi"),
        *("Perekonomian", "Kelembagaan", "Kemitraan", "Fasilitasi", "Pengawasan", "Penegakan"),
        *("Hubungan", "Kerjasama", "Kerja-sama", "Otonomi", "Infrastruktur", "Kewilayahan"),
        *("Penyuluhan", "Partisipasi", "Pemantauan", "Evaluasi", "Pengaduan", "Asing", "Parpol"),
        *("Zakat", "Wakaf", "Penais", "Bimas", "SDM", "PIKP", "Poldagri", "Litbang", "Kesra"),
    }
)

# words before an office saying its holder has left it ("mantan Bupati X Budi"): a person now
FORMER: frozenset[str] = frozenset({"mantan", "eks"})

# posts written in lower case before a civil body and its holder's name ("didampingi ketua MUI Kota
# Padang Japeri", "pendiri HMI Lafran Pane")
LOWER_CIVIL_POSTS: frozenset[str] = frozenset(
    {"ketua", "sekretaris", "bendahara", "pendiri", "pembina", "penasehat", "pengasuh", "imam"}
)

# civil bodies' short names that also name a government agency's field when written inside it
# ("Badan Kesbangpol Linmas Aceh": the agency's Linmas field, not the civil Satlinmas)
GOV_FIELD_ACRONYMS: frozenset[str] = frozenset({"Linmas"})

# parts of a legislature named after a party ("Ketua Fraksi PDI-P", "Anggota Fraksi Golkar"): a post
# in the DPRD, public although the party named in it is a civil body
LEGISLATURE_PARTS: frozenset[str] = frozenset({"Fraksi"})

# words naming which part of a committee or unit a post is in ("Ketua Panitia Pelaksana Zainal",
# "Inspektur Pembantu Elvarinsa"): part of the role, never the first word of the name after it
UNIT_PART_WORDS: frozenset[str] = frozenset(
    {"Pelaksana", "Penyelenggara", "Pengarah", "Pembantu", "Harian", "Pengawas", "Pelantikan"}
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
