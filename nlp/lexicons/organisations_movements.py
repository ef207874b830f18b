"""Who a movement is made of. "Gerakan" names a body when its members follow it ("Gerakan Pemuda
X", "Gerakan Mahasiswa Y", "Gerakan Rakyat Z"); followed by what is done or wished for ("Gerakan
Cinta Kerukunan", "Gerakan Hidup Sehat", "Gerakan Pangan Murah", "Gerakan Menanam") it names a
campaign or a programme, which is not an organisation."""

from __future__ import annotations

# the heads of movements that are bodies when one of these words follows them
MOVEMENT_HEADS: frozenset[str] = frozenset({"Gerakan"})

# groups of people a movement is made of (the word right after its head)
MEMBER_WORDS: frozenset[str] = frozenset(
    {
        "Pemuda",
        "Pemudi",
        "Mahasiswa",
        "Pelajar",
        "Santri",
        "Rakyat",
        "Masyarakat",
        "Warga",
        "Aktivis",
        "Relawan",
        "Mujahid",
        "Ulama",
        "Umat",
        "Perempuan",
        "Wanita",
        "Ibu",
        "Buruh",
        "Petani",
        "Tani",
        "Nelayan",
        "Guru",
        "Pramuka",
        "Kaum",
        "Putra",
        "Putri",
        "Anak",
        "Generasi",
        "Angkatan",
        "Laskar",
        "Front",
        "Persatuan",
        "Ekonomi",  # "Gerakan Ekonomi dan Budaya Minang": a known community body
        "Nasional",  # "Gerakan Nasional Anti Narkotika": a national body's own name
    }
)
