"""Government-side data for organisations: the field words of regional agencies (Dinas, Badan,
Bagian, Biro) as the Permendagri nomenclature names them, so a field list written with commas
("Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga") stays one body, and a person's name after a
unit is told from its last field word."""

from __future__ import annotations

# Field words missing from the older lists (organisations_fields.UNIT_FIELD_WORDS unites them).
# Words that are also place or person-name words ("Kota", "Islam", "Air", "Jasa") are left out.
GOV_FIELD_WORDS: frozenset[str] = frozenset(
    {
        # Dispora, Disbudpar, Disperindagkop-UKM and the like
        "Pemuda",
        "Kreatif",
        "UKM",
        "Kecil",
        "Menengah",
        # agriculture, estates, food crops, animal health
        "Perkebunan",
        "Hortikultura",
        "Tanaman",
        "Hewan",
        "Veteriner",
        # public works, parks, cleanliness, land, irrigation, cemeteries
        "Pertamanan",
        "Kebersihan",
        "Pertanahan",
        "Kawasan",
        "Pengairan",
        "Irigasi",
        "Pemakaman",
        "Marga",
        "Cipta",
        # labour, licensing, the economy, procurement, research
        "Ketenagakerjaan",
        "Perizinan",
        "Perekonomian",
        "Pengadaan",
        "Riset",
        "Inovasi",
        "Arsip",
        # order and rescue: Satpol PP, Damkar, Linmas
        "Ketenteraman",
        "Ketertiban",
        "Pamong",
        "Praja",
        "Linmas",
        "Penyelamatan",
        # the short forms written as field words ("Bagian Kesra", "Dinas Kominfo", "Disdukcapil")
        "Kesra",
        "Kominfo",
        "Dukcapil",
        "Laksana",
        # "Badan Pertanahan Nasional": a national body's last word, never a head's name
        "Nasional",
        # Aceh's agencies (Dinas Syariat Islam, Dinas Pendidikan Dayah, Wilayatul Hisbah)
        "Syariat",
        "Dayah",
        "Wilayatul",
        "Hisbah",
    }
)

# Government bodies by acronym or short name, completing organisations_known.KNOWN: every
# province's naming habits for its regional agencies, the vertical (central) agencies' regional
# offices, and the security and court units local news names. Ambiguous short forms ("PT", "PA",
# "WH", "MPU") and bare parent words ("Kanwil", "Ditjen") are left out.
GOV_KNOWN_NAMES: tuple[str, ...] = (
    # disaster, planning, revenue and staff agencies under each province's own spelling
    "BPBA",  # Aceh's BPBD
    "Bapeda",
    "Bappedalitbang",
    "Bapedalitbang",
    "Barenlitbangda",
    "Bapenda",
    "BPPRD",
    "BPKD",
    "BPPKAD",
    "BKPSDMD",
    "Bakesbang",
    "Kesbangpolinmas",
    "Bakesbangpolinmas",
    "Kesbangpollinmas",
    "Bakesbangpollinmas",
    "Setdako",
    # regional services (dinas) by their usual contractions
    "DPMG",  # Aceh: Pemberdayaan Masyarakat dan Gampong
    "DPMK",  # Papua, Lampung: ... dan Kampung
    "DPPKBP3A",
    "DPRKP",
    "DPUPR",
    "PUPR",
    "DLH",
    "DLHK",
    "Dinpar",
    "Dispar",
    "Disbudpar",
    "Disporapar",
    "Disdikbud",
    "Dinsosnakertrans",
    "Disnakertrans",
    "Disperindagkop",
    "Diskop",
    "Diskopukm",
    "Disnakkeswan",
    "Dispertan",
    "Distan",
    "Disbun",
    "Dishut",
    "Disperkimtan",
    "Disperpusip",
    "Dispusip",
    "Disarpus",
    "Diskominfosantik",
    "Kominfosantik",
    "Diskominfotiksan",
    # vertical agencies and their regional offices
    "Kankemenag",
    "Depag",  # the old name of Kemenag, still written for its offices ("Depag Lobar")
    "Kemenkomdigi",
    "Komdigi",
    "BAKTI",
    "Balmon",
    "BPOM",
    "BBPOM",
    "BMKG",
    "BNPB",
    "BNPT",
    "BPK",
    "BPKP",
    "BKKBN",
    "BKN",
    "BRIN",
    "BSSN",
    "BP2MI",
    "Bakamla",
    "DJP",
    "KPPN",
    "KSOP",
    "BBWS",
    "BPJN",
    "BPPW",
    "BPTP",
    "BPMP",
    "BGP",
    "LPMP",
    "Imigrasi",
    "Rutan",
    "Bapas",
    "LPKA",
    "PTUN",
    "Cabjari",
    "Timpora",
    "KemenATR",
    "KemenPU",
    "Kemenbud",
    "Kemendiktisaintek",
    "Kemenkop",
    "Kemenpan",
    "Kemenpan-RB",
    # security units
    "Brimob",
    "Satbrimob",
    "Yonif",
    "Polairud",
    "Ditpolairud",
    "Bareskrim",
    "Densus",
    "Kodaeral",
    "Koarmada",
    # regional leadership forums and inflation teams
    "Forkompimda",
    "Forkopimko",
    "Forkopimkab",
    "Forkopimprov",
    "Muspida",
    "Muspika",
    "TPID",
    "TPIP",
    "TKPK",
    # the state's monetary and financial authorities (a "Bank" head alone reads as a business)
    "Bank Indonesia",
    "OJK",
    "Otoritas Jasa Keuangan",
    # Aceh's state bodies for zakat and endowments and for pesantren (README clarification 13)
    "Baitul Mal",
    "Baitul Maal",
    "Badan Dayah",
    "Dinas Pendidikan Dayah",
)

# government heads local news also writes in lower case before a capitalised region ("unsur
# forkopimda Kota Pontianak", "Asisten I setda Lobar", "pemda Kota Kediri"): lower -> written form
LOWER_GOV_HEADS: dict[str, str] = {
    "forkopimda": "Forkopimda",
    "forkopimcam": "Forkopimcam",
    "setda": "Setda",
    "pemkab": "Pemkab",
    "pemkot": "Pemkot",
    "pemko": "Pemko",
    "pemprov": "Pemprov",
    "pemda": "Pemda",
    "kesbangpol": "Kesbangpol",
    "bakesbangpol": "Bakesbangpol",
}

# a vertical unit's grade, written between its name and its place ("Lapas Kelas IIA Sukamiskin",
# "Bapas Kelas I Denpasar", "Kantor Imigrasi Kelas I TPI X", "Pengadilan Negeri Kelas IA X")
GRADE_WORDS: frozenset[str] = frozenset({"Kelas", "Klas"})
GRADES: frozenset[str] = frozenset(
    {"I", "IA", "IB", "II", "IIA", "IIB", "III", "IIIA", "IIIB", "IV", "1", "2", "3"}
)

# a central body's regional representation, written between its name and the region
# ("Bank Indonesia Perwakilan Sumatera Barat", "Ombudsman RI Perwakilan Jawa Tengah")
REPRESENTATION_WORDS: frozenset[str] = frozenset({"Perwakilan"})

# a ministry's general units: "Direktorat Jenderal Pajak", "Inspektorat Jenderal Kemenag",
# "Sekretariat Jenderal DPR" ("Jenderal" is otherwise a rank that ends a body's name)
GENERAL_UNIT_HEADS: frozenset[str] = frozenset({"Direktorat", "Inspektorat", "Sekretariat"})
GENERAL_WORDS: frozenset[str] = frozenset({"Jenderal"})
