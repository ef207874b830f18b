"""First words of events, documents and measures that an article defines by an acronym like a body
("Kongres Masyarakat Adat X (KMAX) 2025", "Perubahan APBD (P-APBD)", "Indeks Demokrasi Indonesia
(IDI)"): the long form names no organisation. Completes organisations_generic.NOT_ORG_HEADS. Also
the units that, written bare, name no body to list (BARE_UNITS)."""

from __future__ import annotations

EVENT_HEADS: frozenset[str] = frozenset(
    {
        # gatherings and congresses (a body's own meeting, not the body)
        "Kongres",
        "Muktamar",
        "Musda",
        "Muswil",
        "Muscab",
        "Mubes",
        "Munas",
        "Musrenbang",
        "Rakor",
        "Rakernas",
        "Rakerda",
        "Sidang",
        "Sarasehan",
        "Temu",
        # contests, shows and ceremonies
        "Lomba",
        "Kejuaraan",
        "Turnamen",
        "Pameran",
        "Jambore",
        "Kemah",
        "Pentas",
        "Parade",
        "Kirab",
        "Gebyar",
        "Upacara",
        "Peringatan",
        "Perayaan",
        "Apel",
        "Deklarasi",
        "Ikrar",
        "Pakta",
        # each faith's recitation and choir contests ("Musabaqah Tilawatil Quran (MTQ)", "Seleksi
        # Tilawatil Quran (STQ)", "Utsawa Dharma Gita", "Pesparawi", "Pesparani")
        "Musabaqah",
        "Seleksi",
        "Utsawa",
        "Uttsawa",
        "Pesparawi",
        "Pesparani",
        # drafts, amendments and decisions
        "Rancangan",
        "Perubahan",
        "Keputusan",
        "Instruksi",
        "Nota",
        "Kebijakan",
        # measures and surveys ("Indek" is a common misspelling of "Indeks")
        "Indek",
        "Survei",
        "Survey",
        "Skor",
        "Nilai",
    }
)

# police, military and prosecution units named bare, without their region or number ("pihak
# Polres", "Pasi Intel Kodim", "Kejati dan pejabat OPD"): the body itself is not named
BARE_UNITS: frozenset[str] = frozenset(
    {"Polres", "Polresta", "Polsek", "Kodim", "Koramil", "Korem", "Kejari", "Kejati"}
)

# buildings and grounds that, written after "di", "ke" or "menuju", are where an event happens
# ("di Balai Kartini", "di Rumah Adat Melayu X"), whatever body owns them
BUILDING_HEADS: frozenset[str] = frozenset(
    {"Balai", "Rumah", "Gedung", "Wisma", "Graha", "Hotel", "Aula", "Pendopo", "Pendapa", "Stadion"}
)
