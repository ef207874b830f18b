"""Religious, customary and regional honorifics (Aceh, Minangkabau, Bali, Maluku, Papua) and words
that are never a person's name. Kept apart from people.py's degrees and ranks; people.py unites them."""

from __future__ import annotations

# one-word honorifics before a name; dropped from the clean name ("Tgk. Muhammad Yusuf")
REGIONAL_HONORIFICS: frozenset[str] = frozenset(
    {
        # "HM" ("Haji Muhammad", in people.py) printed with a full stop ("HM. Lutfi"); not "H.M.", which
        # annotators read as "H." before the initial "M."
        "HM.",
        "Tgk",
        "Tgk.",
        "Teungku",
        "Abuya",
        "Abon",  # Aceh
        "Dt",
        "Dt.",
        "Datuk",
        "Dtk.",  # Minangkabau / Malay
        "Pedanda",
        "Pemangku",
        "Pinandita",  # Bali
        "Pdt",
        "Pdt.",
        "Pnt",
        "Pnt.",
        "Penatua",
        "Ev.",
        "Pater",
        "Uskup",
        "Suster",
        "Sr.",
        "Bruder",
        "Frater",
        "Fr.",
        "Romo",
        "Pastor",
        "Mgr.",  # Christian clergy
        "Ustaz",
        "Ustazah",
        "Ustadz",
        "Ustadzah",
        "Ustad",
        "Gus",
        "Syekh",
        "Habib",
        "Tuan",  # Muslim
        "Bhante",
        "Biksu",
        "Bhiksu",
        "Ws.",
        "Js.",  # Buddhist, Confucian
    }
)

# two-word honorifics: their first word is also an ordinary name ("Ida Farida", "Jero Wacik")
MULTIWORD_HONORIFICS: frozenset[tuple[str, str]] = frozenset(
    {
        ("Ida", "Pedanda"),
        ("Ida", "Rsi"),
        ("Ida", "Bhagawan"),
        ("Jero", "Mangku"),
        ("Jro", "Mangku"),
        ("Tuan", "Guru"),
        ("Ida", "Sri"),
        ("Datuk", "Seri"),
        ("Dato'", "Sri"),
        ("Tan", "Sri"),
    }
)

# address forms (kinship terms, courtesy titles) that mark the full name after them as a person's
# ("diterima Ibu Ratna Sari", "Ny. Hartini ..."); dropped from the name like other honorifics
ADDRESS_MARKERS: frozenset[str] = frozenset(
    {
        "Bapak",
        "Pak",
        "Bpk",
        "Bpk.",
        "Ibu",
        "Bu",
        "Ny",
        "Ny.",
        "Nyonya",
        "Tn",
        "Tn.",
        "Sdr",
        "Sdr.",
        "Sdri",
        "Sdri.",
        "Saudara",
        "Saudari",
    }
)

# name-forming first words, kept in the name, that only begin a person's name when they start a
# phrase ("La Ode ...", "I Made ...", "Andi ..."); after a capitalised word they name a street,
# an airport or a university ("Jalan Teuku Umar", "Bandara I Gusti Ngurah Rai")
NAME_FORMING_STARTS: frozenset[tuple[str, ...]] = frozenset(
    {
        ("La", "Ode"),
        ("Wa", "Ode"),
        ("Andi",),
        ("Daeng",),
        ("Karaeng",),
        ("Opu",),  # Sulawesi
        ("Lalu",),
        ("Baiq",),
        ("Tubagus",),
        ("Raden",),
        ("Teuku",),
        ("Cut",),
        ("Ompu",),
        ("Syarifah",),
        ("Sayyid",),
        ("Gusti",),
        ("Anak", "Agung"),
        ("Ida", "Bagus"),  # Balinese Brahmin names, also written short ("IB Putu ...")
        ("Ida", "Ayu"),
        ("IB",),
        ("Tjokorda",),
        ("Cokorda",),
        *(
            (first, order)
            for first in ("I", "Ni")
            for order in (  # Balinese birth-order names
                "Made",
                "Wayan",
                "Nyoman",
                "Ketut",
                "Putu",
                "Kadek",
                "Komang",
                "Gede",
                "Luh",
                "Gusti",
                "Dewa",
                "Nengah",
                "Kade",
                "Ayu",
            )
        ),
    }
)

# honorifics that mark a person even without an office ("Tgk. Ahmad ... memimpin doa")
REGIONAL_PERSON_MARKERS: frozenset[str] = frozenset(
    {
        "Tgk",
        "Tgk.",
        "Teungku",
        "Abuya",
        "Dt.",
        "Datuk",
        "Pedanda",
        "Pemangku",
        "Pdt",
        "Pnt.",
        "Penatua",
        "Pater",
        "Uskup",
        "Suster",
        "Bruder",
        "Frater",
        "Ustazah",
        "Ustad",
        "Bhante",
        "Biksu",
    }
)

# capitalised words that start no person's name: church and customary bodies, regions, embassies
NOT_NAME_WORDS_EXTRA: frozenset[str] = frozenset(
    {
        "Keuskupan",
        "Paroki",
        "Klasis",
        "Sinode",
        "Jemaat",
        "Dekenat",
        "Vikariat",
        "Stasi",
        "Kevikepan",
        "Kesultanan",
        "Kerajaan",
        "Kedutaan",
        "Kedubes",
        "Konsulat",
        "Komunitas",
        "Lembaga",
        "Majelis",
        "Nusa",
        "Tenggara",
        "Maluku",
        "Papua",
        "Sulawesi",
        "Kalimantan",
        "Sumatera",
        "Jawa",
        "Bali",
        "Gampong",
        "Nagari",
        "Negeri",
        "Kampung",
        "Lembang",
        "Distrik",
        "Banjar",
        "Jorong",
        "Pekon",
        "Wilayah",
        "Daerah",
        "Kabupaten",
        "Kota",
        "Kecamatan",
        "Desa",
        "Kelurahan",
        "Provinsi",
        # a document number or an event noun opening a sentence is never part of the name beside it
        # ("Mendagri Budi Santoso Nomor 100.2 Tahun 2024", "Pelantikan Rahmat Hidayat sebagai ...")
        "Nomor",
        "No",
        "Administrasi",
        "Se",
        "Pelantikan",
        "Pengukuhan",
        "Kunjungan",
        "Audiensi",
        "Peresmian",
        "Penyerahan",
        "Pembukaan",
        "Penutupan",
        "Silaturahmi",
        "Pertemuan",
        "Upacara",
        "Peringatan",
        "Sambutan",
        "Didampingi",
        "Bersama",
        # a term of office or a customary group written in capitals beside a title
        # ("Gubernur ... Masa Jabatan 2025-2030", "Ninik Mamak yang hadir")
        "Masa",
        "Ninik",
        # fields of a unit listed with commas after its head ("Kepala Bidang Ekonomi, Sosial Budaya
        # dan Ormas", "Kadis Pemuda dan Olah Raga") and nouns that open a headline-like clause
        "Sosial",
        "Budaya",
        "Ideologi",
        "Politik",
        "Seni",
        "Raga",
        "Kemasyarakatan",
        "Pidato",
        "Apresiasi",
        "Ngopi",
        "Sesuai",
        "Peraturan",
        "Ibadah",
        "Penyelenggaraan",
        "Propinsi",
    }
)
