"""Capitalised words that say what part someone plays at an event, or which grade a unit is: never
the first word of a person's name ("Narasumber dari Bappenas", "Juliman sebagai Narasumber",
"Kalapas Kelas IIA Kotabumi")."""

# parts played at a meeting, briefing or sermon, capitalised in attendance lists and rundowns
EVENT_ROLE_WORDS: frozenset[str] = frozenset(
    {
        *("Narasumber", "Narsum", "Moderator", "Pemateri", "Pembicara", "Penceramah", "Pemandu"),
        *("Fasilitator", "Instruktur", "Notulen", "Notulis", "Undangan", "Pengisi", "Penanggap"),
    }
)

# the grade written after a unit ("Lapas Kelas IIA", "Rutan Kelas I", "Balmon Kelas II")
UNIT_GRADE_WORDS: frozenset[str] = frozenset({"Kelas", "Tipe"})
