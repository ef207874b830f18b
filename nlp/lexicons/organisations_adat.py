"""Customary councils region by region, and family and home-region associations, by their names
and acronyms; organisations_civil.py gives them the ormas_cso kind (README clarification 13)."""

from __future__ import annotations

CUSTOMARY_BODIES: tuple[str, ...] = (
    # customary councils, region by region (README clarification 13: ormas_cso)
    "LKAAM",  # West Sumatra: Lembaga Kerapatan Adat Alam Minangkabau
    "Lembaga Kerapatan Adat Alam Minangkabau",
    "KAN",
    "Bundo Kanduang",
    "LAM",  # Riau, Jambi, Kepri, Babel: Lembaga Adat Melayu
    "LAMR",
    "LAM Riau",
    "LAMJ",
    "Lembaga Adat Melayu",
    "Lembaga Adat Melayu Riau",
    "Lembaga Adat Melayu Jambi",
    "Majelis Kerapatan Adat",
    "BMA",  # Bengkulu: Badan Musyawarah Adat
    "MPAL",  # Lampung: Majelis Penyimbang Adat Lampung
    "Majelis Penyimbang Adat Lampung",
    "MAA",  # Aceh: Majelis Adat Aceh
    "Majelis Adat Aceh",
    "Majelis Adat Gayo",
    "DAD",  # Kalimantan: Dewan Adat Dayak
    "Dewan Adat Dayak",
    "Majelis Adat Dayak Nasional",
    "MABM",
    "Majelis Adat Budaya Melayu",
    "MABMI",
    "Majelis Adat dan Budaya Melayu Indonesia",
    "Majelis Adat Kutai",
    "Sempekat Keroan Kutai",
    "Lembaga Adat Kutai",
    "Lembaga Adat Paser",
    "Lembaga Adat Besar Republik Indonesia",
    "Majelis Adat Sasak",
    "Lembaga Adat Tolaki",
    "Lembaga Adat Moronene",
    "Lembaga Adat Wolio",
    "Majelis Latupati",
    "Latupati",
    "Dewan Adat Papua",
    "DAP",
    "Lembaga Masyarakat Adat",
    "LMA",
    "Lembaga Musyawarah Adat",
    "Majelis Desa Adat",
    "Majelis Utama Desa Pakraman",
    "Majelis Madya Desa Adat",
    "Majelis Alit Desa Adat",
    "Parisadha",
    "Baga Raksa Alas Mertajati",
    "Kerapatan Adat",
    "Lembaga Adat Betawi",
    "Majelis Adat Sunda",
    "Badan Musyawarah Masyarakat Sunda",
    "Paguyuban Pasundan",
    "Forum Adat Kedukunan",
)

HOME_REGION_BODIES: tuple[str, ...] = (
    # family and home-region associations known by their own names
    "Kerukunan Keluarga Sulawesi Selatan",
    "KKSS",
    "Kerukunan Keluarga Toraja",
    "Kerukunan Keluarga Kawanua",
    "Kerukunan Keluarga Banjar",
    "Kerukunan Keluarga Mandar",
    "Kerukunan Keluarga Bugis Makassar",
    "Kerukunan Keluarga Jawa",
    "Ikatan Keluarga Minang",
    "Gebu Minang",
    "Gerakan Ekonomi dan Budaya Minang",
    "Persatuan Keluarga Daerah Piaman",
    "PKDP",
    "Pujakesuma",
    "Putra Jawa Kelahiran Sumatera",
    "Pakuwaja",
    "PAKUWAJA",
    "Paguyuban Keluarga Jawa",
    "Paguyuban Sosial Marga Tionghoa Indonesia",
    "PSMTI",
    "Perhimpunan Indonesia Tionghoa",
    "Flobamora",
    "Flobamorata",
    "Ikatan Keluarga Flobamora",
    "Himpunan Kerukunan Jawa Madura",
    "Kerukunan Warga Jawa",
    "Ikatan Keluarga Madura",
    "Ikawangi",
    "Keluarga Besar Sulawesi Utara",
    "Kerukunan Keluarga Besar Sulawesi Tenggara",
    "Himpunan Kerukunan Keluarga Muna",
    "Kerukunan Masyarakat Batak",
    "Keluarga Besar Batak",
    "Ikatan Keluarga Besar Bengkulu",
    "Paguyuban Jawa",
    "Paguyuban Sunda",
    "Paguyuban Bali",
    "Paguyuban Tionghoa",
    "Ikatan Keluarga Alumni",
)

# heads of family and home-region associations: a bare region right after them is the home they
# stand for ("Kerukunan Keluarga Muna Kabupaten Kolaka"), not where the branch is
HOME_REGION_HEADS: frozenset[str] = frozenset(
    {
        "Ikatan Keluarga",
        "Ikatan Keluarga Besar",
        "Kerukunan Keluarga",
        "Kerukunan Keluarga Besar",
        "Himpunan Kerukunan",
        "Himpunan Keluarga",
        "Persatuan Keluarga",
        "Persatuan Keluarga Besar",
        "Perkumpulan Keluarga",
        "Perkumpulan Kekeluargaan",
        "Keluarga Besar",
        "Kerukunan Warga",
        "Kerukunan Masyarakat",
        "Paguyuban",
        "Punguan",
        "Parsadaan",
    }
)
