"""More heads of organisation names (churches, dioceses, embassies, customary councils) and the
words of press credits. organisations.py merges the heads into KIND_HEADS."""

from __future__ import annotations

MORE_KIND_HEADS: dict[str, str] = {
    "Keuskupan": "religious",
    "Keuskupan Agung": "religious",
    "Paroki": "religious",
    "Sinode": "religious",
    "Klasis": "religious",
    "Jemaat": "religious",
    "Kevikepan": "religious",
    "Dekenat": "religious",  # a deanery of a Catholic diocese ("Dekenat Jakarta Timur")
    "Vikariat": "religious",
    "Kedutaan Besar": "international",
    "Kedubes": "international",
    "Konsulat Jenderal": "international",
    "Konjen": "international",
    "Konsulat": "international",
    "Majelis Adat": "ormas_cso",
    "Lembaga Adat": "ormas_cso",
    "Dewan Adat": "ormas_cso",
    "Kerapatan Adat Nagari": "ormas_cso",
    "Majelis Desa Adat": "ormas_cso",
    "Badan Musyawarah Adat": "ormas_cso",
    "Badan Pengelola Masjid": "religious",
    "Badan Kemakmuran Masjid": "religious",
    "Majelis Penyimbang Adat": "ormas_cso",
    "Kerukunan Warga": "ormas_cso",
    # associations of a people or a family of migrants ("Kerukunan Keluarga X", "Persaudaraan Y")
    "Kerukunan Keluarga": "ormas_cso",
    "Kerukunan Masyarakat": "ormas_cso",
    "Persaudaraan": "ormas_cso",
    # Bali's customary village, a body of its own beside the administrative village
    "Desa Adat": "ormas_cso",
    "Majelis Ulama": "religious",
    "Forum Ulama": "religious",
    "Lembaga Pengembangan Tilawatil": "religious",
    "Lembaga Ta’mir": "religious",
    "Lembaga Ta'mir": "religious",
    # government task forces and teams ("Tim Kewaspadaan Dini Daerah", "Gugus Tugas ...")
    "Tim Pengendali Inflasi": "government_agency",
    "Tim Pengendalian Inflasi": "government_agency",
    "Tim Kewaspadaan Dini": "government_agency",
    # joint task forces named by their field ("Tim Terpadu Pengawasan Ormas", "Tim Terpadu
    # Penanganan Konflik Sosial Provinsi X", "Tim Saber Pungli X")
    "Tim Terpadu": "government_agency",
    "Tim Saber": "government_agency",
    "Gugus Tugas": "government_agency",
    "Satuan Tugas": "government_agency",
    "Satgas": "government_agency",
    # community groups: a class word, named by what follows ("Karang Taruna Tunas Jaya")
    "Karang Taruna": "ormas_cso",
    "Kelompok Tani": "ormas_cso",
    "Kelompok Wanita Tani": "ormas_cso",
    "Kelompok Sadar Wisata": "ormas_cso",
    "Pokdarwis": "ormas_cso",
    "Majelis Taklim": "religious",
    "Bank Sampah": "ormas_cso",
    # a house of worship named as a party (a grant's recipient); after "di" it is a venue (VENUE_HEADS)
    **dict.fromkeys(
        ["Masjid", "Mushalla", "Musholla", "Musala", "Mushola", "Langgar", "Surau"], "religious"
    ),
    # ... also written in lower case before its name ("bantuan untuk masjid Al-Hidayah")
    **dict.fromkeys(
        ["masjid", "mushalla", "musholla", "musala", "mushola", "langgar", "surau"], "religious"
    ),
    "Sanggar": "ormas_cso",
    # family and home-region associations, church fellowships, customary groups
    "Keluarga Besar": "ormas_cso",
    "Persekutuan Gereja-Gereja": "religious",
    "Persekutuan Gereja": "religious",
    "Golongan Adat": "ormas_cso",
    "Kelompok Usaha Bersama": "ormas_cso",
}

# national youth, student, women's and customary bodies the main list lacks; a branch or region may follow
MORE_KNOWN: dict[str, str] = {
    **dict.fromkeys(
        [
            "Pemuda Katolik",
            "Wanita Katolik Republik Indonesia",
            "WKRI",
            "Pemuda Hindu",
            "Peradah",
            "GAMKI",
            "AMGPM",
            "Pemuda GMIM",
            "Pemuda Gereja",
            "Ikatan Pelajar Muhammadiyah",
            "IPM",
            "Ikatan Mahasiswa Muhammadiyah",
            "Pemuda Persis",
            "Himmah",
            "Gema Pembebasan",
        ],
        "religious",
    ),
    **dict.fromkeys(
        [
            "Bundo Kanduang",
            "Kosgoro",
            "AMPI",
            "Pemuda Mitra Kamtibmas",
            "Gerakan Mahasiswa Kristen Indonesia",
            "Senkom",
            "Tagana",
            "Linmas",
            "Saka Bhayangkara",
            "Saka Wanabakti",
            "Saka Bakti Husada",
            "Kwarran",
            "Kwarnas",
            # wives' associations of the police and armed forces
            "Bhayangkari",
            "Persit Kartika Chandra Kirana",
            "Persit",
            "Jalasenastri",
            "PIA Ardhya Garini",
            "Ikatan Kesejahteraan Keluarga Hakim",
            "IKAHI",
            # professional bodies
            "PWI",
            "Persatuan Wartawan Indonesia",
            "AJI",
            "Aliansi Jurnalis Independen",
            "IJTI",
            "Peradi",
            "Ikadin",
            "PPNI",
            "IBI",
            "Ikatan Bidan Indonesia",
            "Ikatan Dokter Indonesia",
            "IAI",
            "INI",
            "Persatuan Guru Republik Indonesia",
            "Kamar Dagang dan Industri",
            "Gapensi",
            "REI",
        ],
        "ormas_cso",
    ),
    # international NGOs and their Indonesian affiliates
    **dict.fromkeys(
        [
            "WWF",
            "WWF Indonesia",
            "Wahana Visi Indonesia",
            "World Vision",
            "Plan Indonesia",
            "CARE",
            "Mercy Corps",
            "WFP",
            "UNEP",
            "UNOPS",
            "Catholic Relief Services",
            "Islamic Relief",
            "Habitat for Humanity",
            "Palang Merah Internasional",
            "ICRC",
            "IFRC",
        ],
        "international",
    ),
}

# Scout hierarchy levels ("Kwartir Cabang (Kwarcab) Gerakan Pramuka Garut"), like "Pimpinan Cabang"
# and church councils at each level ("Majelis Jemaat GMIH Gura")
MORE_LEVELS: tuple[str, ...] = (
    "Kwartir Nasional",
    "Kwartir Daerah",
    "Kwartir Cabang",
    "Kwartir Ranting",
    "Gugus Depan",
    "Majelis Jemaat",
    "Majelis Klasis",
    "Majelis Sinode",
    "Badan Pekerja Majelis Sinode",
    "Badan Pekerja Klasis",
    "Badan Pekerja Am Sinode",
    "Badan Pekerja Am",
)

# youth and women's wings written before their body ("Angkatan Muda Gereja Protestan ...")
WING_PREFIXES: tuple[str, ...] = (
    "Angkatan Muda",
    "Pemuda",
    "Remaja",
    "Wanita",
    "Perempuan",
    "Kaum Muda",
    "Kaum Perempuan",
    "Persekutuan Wanita",
    "Persekutuan Pemuda",
    "Generasi Muda",
)

# a lower-case word that introduces a group by its capitalised name ("komunitas Teras Baca")
# (several words for the long class names: "lembaga swadaya masyarakat Teras Mimika")
GROUP_INTRODUCERS: frozenset[str] = frozenset(
    {
        "komunitas",
        "paguyuban",
        "sanggar",
        "kelompok",
        "organisasi",
        "ormas",
        "lsm",
        "lembaga swadaya masyarakat",
        "organisasi masyarakat",
        "organisasi kemasyarakatan",
        "organisasi kepemudaan",
        "organisasi masyarakat sipil",
        "lembaga nirlaba",
    }
)

# "(Humas Malteng)", "(Kominfo Pringsewu)": a credit in brackets names the source, not an actor
CREDIT_UNITS: frozenset[str] = frozenset(
    {
        "Humas",
        "Kominfo",
        "Diskominfo",
        "Prokopim",
        "Protokol",
        "Dokpim",
        "MC",
        "Tim",
        "Red",
        "Foto",
        "Diskominfotik",
        "Diskominfosandi",
        "Kominfotik",
        "Infokom",
        "PPID",
    }
)

# names that go on after "di": "GKI di Tanah Papua", "Gereja Protestan di Indonesia Barat"
DI_CONTINUATIONS: frozenset[str] = frozenset({"Tanah", "Indonesia"})

# common short forms of government bodies, so "Dinsos Karo" and "Dinas Sosial Kabupaten Karo" link
AGENCY_LONG_FORMS: dict[str, str] = {
    "Dinsos": "Dinas Sosial",
    "Dinkes": "Dinas Kesehatan",
    "Disdik": "Dinas Pendidikan",
    "Dikbud": "Dinas Pendidikan dan Kebudayaan",
    "Disdikbud": "Dinas Pendidikan dan Kebudayaan",
    "Dishub": "Dinas Perhubungan",
    "Dispar": "Dinas Pariwisata",
    "Disnaker": "Dinas Tenaga Kerja",
    "Diskominfo": "Dinas Komunikasi dan Informatika",
    "Kominfo": "Komunikasi dan Informatika",
    "Disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
    "DLH": "Dinas Lingkungan Hidup",
    "Disperindag": "Dinas Perindustrian dan Perdagangan",
    "Distan": "Dinas Pertanian",
    "Dispora": "Dinas Pemuda dan Olahraga",
    "DPMD": "Dinas Pemberdayaan Masyarakat dan Desa",
    "DPMK": "Dinas Pemberdayaan Masyarakat Kampung",
    "Bappeda": "Badan Perencanaan Pembangunan Daerah",
    "BPBD": "Badan Penanggulangan Bencana Daerah",
    "Kesbangpol": "Kesatuan Bangsa dan Politik",
    "Bakesbangpol": "Badan Kesatuan Bangsa dan Politik",
    "BKD": "Badan Kepegawaian Daerah",
    "BPKAD": "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Inspektorat": "Inspektorat",
    "Satpol": "Satuan Polisi",
    "PP": "Pamong Praja",
    "Polres": "Kepolisian Resor",
    "Polresta": "Kepolisian Resor Kota",
    "Polda": "Kepolisian Daerah",
    "Polsek": "Kepolisian Sektor",
    "Kejari": "Kejaksaan Negeri",
    "Kejati": "Kejaksaan Tinggi",
    "Kodim": "Komando Distrik Militer",
    "Korem": "Komando Resor Militer",
    "Kemenag": "Kantor Kementerian Agama",
    "Setda": "Sekretariat Daerah",
    "Setwan": "Sekretariat DPRD",
    "RSUD": "Rumah Sakit Umum Daerah",
}
