"""Capitalised words that say what part someone plays at an event, which grade a unit is, or which
number a document or address has: never a word of a person's name ("Narasumber dari Bappenas",
"Juliman sebagai Narasumber", "Kalapas Kelas IIA Kotabumi", "Menag RI No. SE 04")."""

# parts played at a meeting, briefing or sermon, capitalised in attendance lists and rundowns
EVENT_ROLE_WORDS: frozenset[str] = frozenset(
    {
        *("Narasumber", "Narsum", "Moderator", "Pemateri", "Pembicara", "Penceramah", "Pemandu"),
        *("Fasilitator", "Instruktur", "Notulen", "Notulis", "Undangan", "Pengisi", "Penanggap"),
    }
)

# the grade written after a unit ("Lapas Kelas IIA", "Rutan Kelas I", "Balmon Kelas II")
UNIT_GRADE_WORDS: frozenset[str] = frozenset({"Kelas", "Tipe"})

# a number's abbreviation as printed ("No.", "No.2"): a regulation's or an address's number
NUMBER_WORDS: frozenset[str] = frozenset({"No.", "Nmr.", "Nmr"})


def numbered(text: str) -> bool:
    """ "No.", "No.2", "No.14A": the abbreviation of a number, alone or glued to it."""
    return text in NUMBER_WORDS or (text[:3] == "No." and text[3:4].isdigit())
