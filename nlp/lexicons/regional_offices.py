"""Regional names of village and district offices, and village councils.

Indonesia's village heads carry local titles: Perbekel (Bali), Keuchik/Geuchik (Aceh), Wali Nagari
(West Sumatra), Raja Negeri (Maluku), Kepala Kampung (Papua), Pambakal (South Kalimantan),
Kuwu (Cirebon/Indramayu), Reje (Gayo),
Penghulu (Riau), Kepala Lembang (Toraja), Hukum Tua (Minahasa), Peratin/Kepala Pekon
(Lampung). They all hold the village level; Papua's Kepala Distrik holds a district. Village
councils (BPD, Saniri Negeri, Bamus Kampung) are public offices at the village level too."""

from __future__ import annotations

VILLAGE_HEADS: tuple[str, ...] = (
    "Perbekel",
    "Kelian Desa",
    "Keuchik",
    "Keucik",
    "Geuchik",
    "Geusyik",
    "Kepala Gampong",
    "Wali Nagari",
    "Walinagari",
    "Kepala Nagari",
    "Wali Jorong",
    "Raja Negeri",
    "Kepala Negeri",
    "Kepala Ohoi",
    "Kepala Kampung",
    "Kepala Kampong",
    "Pambakal",
    "Pembakal",
    "Kuwu",
    "Kepala Lembang",
    "Hukum Tua",
    "Kumtua",
    "Peratin",
    "Kepala Pekon",
    "Kepala Tiyuh",
    "Petinggi",
    "Kepala Jorong",
    "Sekretaris Nagari",
    "Sekretaris Gampong",
    "Sekretaris Kampung",
    "Reje",  # Gayo (Aceh Tengah, Bener Meriah): "Reje Kampung Kenawat"
)

# village heads whose title is also a common noun: an office only with the village written after it
# ("Penghulu Kepenghuluan Bagan Punak" in Riau, but a KUA's "penghulu" marries couples)
VILLAGE_HEADS_WITH_PLACE: tuple[str, ...] = ("Penghulu", "Datuk Penghulu")

# heads of customary communities, not of the administrative village: a desa adat, banjar adat or
# Papuan customary land is no region of government, so its head is a person with a role
# (Bali: Bendesa Adat heads the desa adat, Kelian Adat a banjar adat)
CUSTOMARY_HEADS: tuple[str, ...] = (
    "Bendesa Adat",
    "Bendesa",
    "Kelian Adat",
    "Kelian Banjar Adat",
)

VILLAGE_COUNCIL: tuple[str, ...] = (
    "Ketua BPD",
    "Wakil Ketua BPD",
    "Sekretaris BPD",
    "Anggota BPD",
    "Ketua Badan Permusyawaratan Desa",
    "Anggota Badan Permusyawaratan Desa",
    "Ketua Saniri Negeri",
    "Ketua Saniri",
    "Anggota Saniri Negeri",
    "Anggota Saniri",
    "Ketua Bamus Kampung",
    "Ketua Bamuskam",
    "Ketua Tuha Peut",
    "Ketua Tuha Peuet",
    "Ketua Bamus Nagari",
    "Ketua Kerapatan Adat Nagari",
)

DISTRICT_HEADS: tuple[str, ...] = (
    "Kepala Distrik",
    "Kadistrik",
    "Sekretaris Distrik",
)

# unit words that make an open head ("Ketua", "Anggota", "Kepala") a public office in the regions:
# Aceh's and Papua's legislatures, Papua's people's assembly, customary village governments
PUBLIC_UNIT_WORDS_REGIONAL: frozenset[str] = frozenset(
    {
        "DPRK",
        "DPRA",
        "DPRP",
        "DPRPB",
        "DPRPS",
        "DPRPT",
        "DPRPP",
        "MRP",
        "MRPB",
        "Distrik",
        "Nagari",
        "Gampong",
        "Kampung",
        "Negeri",
        "Lembang",
        "Pekon",
        "BPD",
        "Saniri",
        "Bamuskam",
        "Panwaslu",
        "Panwascam",
        "KIP",
    }
)
