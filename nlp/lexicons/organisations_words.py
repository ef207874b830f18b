"""Word classes around organisation names: parent units, branches, venues, generic classes,
joiners and the topic words of government units."""

from __future__ import annotations

from nlp.lexicons.organisations_gov import GOV_FIELD_WORDS

# parent units written after a unit ("Bagian Kesra Setda Pandeglang")
PARENT_UNITS: frozenset[str] = frozenset(
    {"Setda", "Setdakab", "Setdakot", "Setdaprov", "Setwan", "Pemprov", "Pemkab", "Pemkot"}
)

# numbered sub-units of a council, written before it and part of it ("Komisi II DPRD Kampar")
SUB_UNIT_HEADS: frozenset[str] = frozenset({"Komisi", "Pansus"})
ORDINALS: frozenset[str] = frozenset(
    {"I", "II", "III", "IV", "V", "VI", "VII", "A", "B", "C", "D", "E"}
)

# words before a region inside an Ormas name ("GMKI Cabang Bandung")
# and, for churches, the congregation or district ("GMIH Jemaat Gura", "HKBP Resort Medan")
BRANCH_WORDS: frozenset[str] = frozenset(
    {
        "Cabang",
        "Wilayah",
        "Daerah",
        "Ranting",
        "Komisariat",
        "Jemaat",
        "Klasis",
        "Resort",
        "Ressort",
        "Stasi",
    }
)

# a name after these is a venue, not an organisation ("Aula Kantor Kejari Garut")
VENUE_WORDS: frozenset[str] = frozenset(
    [
        "Aula",
        "Gedung",
        "Ruang",
        "Kantor",
        "Pendopo",
        "Pendapa",
        "Balai",
        "Halaman",
        "Masjid",
        "Hotel",
        "Lapangan",
        "Alun-alun",
        "Auditorium",
        "Graha",
        "Wisma",
        "Rumah",
        "Markas",
        "Mako",
        "Mapolres",
        "Makodim",
    ]
)

# heads of institutions that are venues when written after "di" ("di Pondok Pesantren Al-Hikmah")
VENUE_HEADS: frozenset[str] = frozenset(
    [
        "Pondok",
        "Ponpes",
        "Masjid",
        "Mushalla",
        "Musholla",
        "Musala",
        "Mushola",
        "Langgar",
        "Surau",
        "Pesantren",
        "Universitas",
        "Gereja",
        "Sekolah",
        "Institut",
        "Politeknik",
        "SMA",
        "SMK",
        "SMP",
        "SD",
        "MAN",
        "MTs",
    ]
)

# generic classes written out in full
GENERIC_LONG: frozenset[str] = frozenset(
    {
        "Lembaga Swadaya Masyarakat",
        "Organisasi Kemasyarakatan",
        "Organisasi Masyarakat Sipil",
        "Organisasi Masyarakat",
        "Organisasi Perangkat Daerah",
        "Organisasi Sipil Masyarakat",
        "Badan Usaha Milik Desa",
        "Organisasi Kepemudaan",
        "Aparatur Sipil Negara",
        "Lembaga Swadaya",  # "Lembaga Swadaya Masyarakat" cut before its last word
        "Kerukunan Umat Beragama",  # the harmony FKUB works for, not FKUB
        "Perangkat Daerah",
        # classes of bodies by their field ("silaturahmi dengan Lembaga Kemasyarakatan")
        "Lembaga Kemasyarakatan",
        "Lembaga Keagamaan",
        "Lembaga Pendidikan",
        "Lembaga Sosial",
        "Organisasi Keagamaan",
        "Organisasi Keislaman",
        "Organisasi Kemahasiswaan",
        "Organisasi Profesi",
        # a holiday school, an event rather than a body
        "Pesantren Ramadan",
        "Pesantren Ramadhan",
        "Pesantren Kilat",
    }
)

# acronym definitions whose long form starts with these are not organisations
NOT_ORG_HEADS: frozenset[str] = frozenset(
    [
        "Surat",
        "Naskah",
        "Konferensi",
        "Festival",
        "Rapat",
        "Musyawarah",
        "Program",
        "Peraturan",
        "Undang",
        "Kartu",
        "Sistem",
        "Bantuan",
        "Dana",
        "Anggaran",
        "Rencana",
        "Kegiatan",
        "Pelatihan",
        "Bimbingan",
        "Sosialisasi",
        "Pekan",
        "Hari",
        "Bulan",
        "Gerakan",
        "Pemilihan",
        "Pemilu",
        "Penjabat",
        "Pelaksana",
        "Kepala",
        "Ketua",
        "Wakil",
        "Sekretaris",
        "Kuliah",
        "Kartu",
        "Indeks",
        "Angka",
        "Tempat",
        "Sekolah",
        "Kredit",
        "Usaha",
        "Posyandu",
        "Pos",
        "Jaminan",
        "Keluarga",
        "Tenaga",
        "Aparatur",
        "Pegawai",
        "Badan",
        # measures, documents, subjects and threats defined by an acronym in real articles
        "Tingkat",
        "Dokumen",
        "Ancaman",
        "Potensi",
        "Pendidikan",
        "Hubungan",
        "Perangkat",
        "Chef",
        "Taman",
        "Wisata",
        # events, documents and posts defined by an acronym ("Focus Group Discussion (FGD)
        # Pembinaan Ormas", "Kerangka Acuan Kerja (KAK)", "Pejabat Pengelola Informasi (PPID)")
        "Focus",
        "Diskusi",
        "Seminar",
        "Lokakarya",
        "Workshop",
        "Kerangka",
        "Standar",
        "Laporan",
        "Daftar",
        "Pejabat",
        # campaigns, applications and peoples defined by an acronym ("Iklan Layanan Masyarakat
        # (ILM)", "Aplikasi X (SIX)", "Orang Asli Papua (OAP)")
        "Iklan",
        "Aplikasi",
        "Orang",
    ]
) - {"Badan", "Gerakan", "Sekolah"}

# classes and common acronyms that are not the name of one organisation
GENERIC: frozenset[str] = frozenset(
    [
        "Desa Adat",  # a class ("Paruman Desa Adat se-Bali") unless a village is named
        "Lembaga",
        "Ormas",
        "OMS",
        "LSM",
        "OPD",
        "ASN",
        "PNS",
        "APBD",
        "APBN",
        "UMKM",
        "RT",
        "RW",
        "BUMN",
        "BUMD",
        "NGO",
        "CSO",
        "PAD",
        "DAU",
        "DAK",
        "NIK",
        "KTP",
        "KK",
        "COVID",
        "WIB",
        "WITA",
        "WIT",
        "HUT",
        "Rakor",
        "Rakorda",
        "Bimtek",
        "Musrenbang",
        "Pilkada",
        "Pemilu",
        "Pileg",
        "Pilpres",
        "SDM",
        "IKM",
        "Forkopimda",
        "SKPD",
        "TKPKD",
        "OKP",
        "Organisasi",
        "Masyarakat",
        "Sipil",
        "IT",
        "ATK",
        "BBM",
        "TPS",
        "RTH",
        "PKL",
        "CSR",
        "PPKM",
        "SOP",
        "SK",
        "DPT",
        "PSU",
        "MoU",
        "Nomor",
        "UU",
        "Perda",
        "Perbup",
        "Perwali",
        "Pergub",
    ]
) - {"Forkopimda"}

# function words allowed inside an organisation name ("Badan Kesatuan Bangsa dan Politik")
NAME_JOINERS: frozenset[str] = frozenset({"dan", "&", "untuk", "of", "the", "for", "se", "de"})

# topic words of government units, so "Kepala Dinas Kesehatan Budi" splits before the name
UNIT_FIELD_WORDS: frozenset[str] = frozenset(
    [
        # fields of Kesbangpol's divisions, often listed with commas ("Kabid Ekonomi, Seni Budaya
        # dan Kemasyarakatan", "Kabid Ideologi dan Wawasan Kebangsaan")
        "Seni",
        "Ideologi",
        "Wawasan",
        "Kebangsaan",
        "Kewaspadaan",
        "Pembinaan",
        "Pemilu",
        "Kesehatan",
        "Pendidikan",
        "Kebudayaan",
        "Sosial",
        "Perhubungan",
        "Pekerjaan",
        "Umum",
        "Penataan",
        "Ruang",
        "Pertanian",
        "Perikanan",
        "Kelautan",
        "Peternakan",
        "Pariwisata",
        "Kepemudaan",
        "Olahraga",
        "Perindustrian",
        "Perdagangan",
        "Koperasi",
        "Usaha",
        "Mikro",
        "Tenaga",
        "Kerja",
        "Transmigrasi",
        "Lingkungan",
        "Hidup",
        "Kehutanan",
        "Perumahan",
        "Permukiman",
        "Kependudukan",
        "Pencatatan",
        "Sipil",
        "Komunikasi",
        "Informatika",
        "Persandian",
        "Statistik",
        "Keuangan",
        "Pendapatan",
        "Aset",
        "Perencanaan",
        "Pembangunan",
        "Penelitian",
        "Pengembangan",
        "Kepegawaian",
        "Sumber",
        "Daya",
        "Manusia",
        "Kesatuan",
        "Bangsa",
        "Politik",
        "Pemberdayaan",
        "Masyarakat",
        "Desa",
        "Perempuan",
        "Perlindungan",
        "Anak",
        "Keluarga",
        "Berencana",
        "Pengendalian",
        "Penduduk",
        "Ketahanan",
        "Pangan",
        "Energi",
        "Mineral",
        "Penanggulangan",
        "Bencana",
        "Daerah",
        "Pemadam",
        "Kebakaran",
        "Penanaman",
        "Modal",
        "Pelayanan",
        "Terpadu",
        "Satu",
        "Pintu",
        "Perpustakaan",
        "Kearsipan",
        "Pemerintahan",
        "Umum",
        "Hukum",
        "Organisasi",
        "Protokol",
        "Ekonomi",
        "Kesejahteraan",
        "Rakyat",
        "Administrasi",
        "Keagamaan",
        "Budaya",
        "Agama",
        "Kemasyarakatan",
        "Penerangan",
        "Reserse",
        "Kriminal",
        "Intelijen",
        "Keamanan",
        # ministries and central offices ("Menteri Dalam Negeri", "Kepala Seksi Intel")
        "Dalam",
        "Negeri",
        "Luar",
        "Pertahanan",
        "Koordinator",
        "HAM",
        "Kabinet",
        "Intel",
    ]
)
# the regional nomenclature's field words, kept with the government side's data
UNIT_FIELD_WORDS = UNIT_FIELD_WORDS | GOV_FIELD_WORDS


# words that end many bodies' names though they are no person's name: a name runs on over them
# ("Asosiasi Travel Agent Indonesia", "Aliansi Ormas Islam", "Kementerian Dalam Negeri Republik
# Indonesia"); the country is no region of the name either
NAME_FINAL_WORDS: frozenset[str] = frozenset(
    {
        "Indonesia",
        "Republik",
        "Islam",
        "Nusantara",
        "Kristen",
        "Katolik",
        "Protestan",
        "Hindu",
        "Buddha",
    }
)

# known names that are also common words ("antara lain", "Garuda" the bird): names only when
# nothing follows them but punctuation ("(Antara)")
WORD_LIKE_NAMES: frozenset[str] = frozenset({"Antara", "Garuda", "Tempo", "Detik"})

# words that make a house of worship or a school after them the place of an event, not a party
# ("di Masjid X", "kunjungan ke Gereja Y"; clarification 2 of tests/fixtures/real/README.md)
VENUE_PREPOSITIONS: frozenset[str] = frozenset({"di", "ke", "menuju"})

# a body's own organs (its advisory, honour or supervisory council): "Dewan Penasehat FKDM" is
# FKDM, listed once under the body's name
ORGAN_HEADS: tuple[str, ...] = (
    "Dewan Penasehat",
    "Dewan Penasihat",
    "Dewan Pertimbangan",
    "Dewan Kehormatan",
    "Dewan Pengawas",
    "Dewan Pakar",
    "Majelis Pertimbangan",
    "Majelis Pekerja Harian",
)
ORGAN_ACRONYMS: frozenset[str] = frozenset({"WANHAT", "WANBIN", "WANTIM", "MPH", "BPH"})

# words before the title of a regulation: "Raperda Pengakuan dan Perlindungan Masyarakat Adat",
# "Undang-Undang tentang Organisasi Kemasyarakatan" name a law, not a body
LAW_TITLE_WORDS: frozenset[str] = frozenset(
    """Perda Raperda Ranperda Perbup Perwali Pergub Perpres Permen Permendagri Perppu UU Qanun
    tentang""".split()  # noqa: SIM905
)
