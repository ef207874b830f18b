"""English office titles in English paragraphs of Indonesian articles ("Regent of Sleman Kustini
Sri Purnomo said", "Bandung Mayor Yana Mulyana") and the English names of the 38 provinces.

Choice: the role is kept as written ("Regent", "Vice Governor", "Head of the Regional Disaster
Management Agency"), as the annotation rules ask for every role ("the title as written, without
the region"); only the jurisdiction is normalised to the official region ("Kabupaten Sleman").

"Mayor" is also the Indonesian rank Major ("Mayor Inf Budi"): an English title is only read in a
sentence whose function words are mostly English, and never before a corps abbreviation.
"""

from __future__ import annotations

_R, _C, _P = ("regency",), ("city",), ("province",)
_ANY = ("regency", "city", "province")

# closed English titles -> region levels of their jurisdiction
ENGLISH_TITLES: dict[str, tuple[str, ...]] = {
    "Regent": _R,
    "Deputy Regent": _R,
    "Vice Regent": _R,
    "Acting Regent": _R,
    "Mayor": _C,
    "Deputy Mayor": _C,
    "Vice Mayor": _C,
    "Acting Mayor": _C,
    "Governor": _P,
    "Deputy Governor": _P,
    "Vice Governor": _P,
    "Acting Governor": _P,
    "Regional Secretary": _ANY,
}

# open heads: "Head of the <unit> (<acronym>) <region>"
ENGLISH_OPEN_HEADS: frozenset[str] = frozenset({"Head of"})

# function words that mark a sentence as English or as Indonesian (lower case)
ENGLISH_WORDS: frozenset[str] = frozenset(
    {
        "the",
        "of",
        "and",
        "said",
        "is",
        "was",
        "were",
        "will",
        "has",
        "had",
        "have",
        "would",
        "that",
        "this",
        "in",
        "on",
        "for",
        "with",
        "to",
        "at",
        "by",
        "from",
        "be",
        "been",
        "are",
        "which",
        "who",
        "it",
        "its",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "not",
        "also",
    }
)
INDONESIAN_WORDS: frozenset[str] = frozenset(
    {
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "dengan",
        "untuk",
        "dalam",
        "pada",
        "ini",
        "itu",
        "akan",
        "sebagai",
        "oleh",
        "juga",
        "tidak",
        "telah",
        "sudah",
        "mengatakan",
        "kata",
        "ujar",
        "bahwa",
        "para",
        "serta",
        "kepada",
        "agar",
        "bertindak",
        "hadir",
        "memimpin",
        "dipimpin",
    }
)

# English names of the provinces -> official name in the gazetteer (Aceh, Riau, Jambi, Bengkulu,
# Lampung, Banten, Bali, Gorontalo, Maluku and Papua are written the same in both languages;
# "Jakarta" is already an alias in nlp.lexicons.places)
ENGLISH_PROVINCES: dict[str, str] = {
    "North Sumatra": "Sumatera Utara",
    "West Sumatra": "Sumatera Barat",
    "South Sumatra": "Sumatera Selatan",
    "Bangka Belitung Islands": "Kepulauan Bangka Belitung",
    "Riau Islands": "Kepulauan Riau",
    "West Java": "Jawa Barat",
    "Central Java": "Jawa Tengah",
    "East Java": "Jawa Timur",
    "Yogyakarta Special Region": "Daerah Istimewa Yogyakarta",
    "West Nusa Tenggara": "Nusa Tenggara Barat",
    "East Nusa Tenggara": "Nusa Tenggara Timur",
    "West Kalimantan": "Kalimantan Barat",
    "Central Kalimantan": "Kalimantan Tengah",
    "South Kalimantan": "Kalimantan Selatan",
    "East Kalimantan": "Kalimantan Timur",
    "North Kalimantan": "Kalimantan Utara",
    "North Sulawesi": "Sulawesi Utara",
    "Central Sulawesi": "Sulawesi Tengah",
    "South Sulawesi": "Sulawesi Selatan",
    "Southeast Sulawesi": "Sulawesi Tenggara",
    "West Sulawesi": "Sulawesi Barat",
    "North Maluku": "Maluku Utara",
    "West Papua": "Papua Barat",
    "South Papua": "Papua Selatan",
    "Central Papua": "Papua Tengah",
    "Highland Papua": "Papua Pegunungan",
    "Southwest Papua": "Papua Barat Daya",
}
