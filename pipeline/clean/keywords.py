"""Relevance keywords: civil-society organisations and the offices that deal with them.

Each entry: the term reported in `Article.relevance_terms`, a lower-case literal that every
match contains (a cheap `in` test before the regex runs), and the pattern. Acronyms match
case-sensitively (so "oms" inside running words does not count); phrases case-insensitively.
"""

from __future__ import annotations

import re

ACRONYMS: list[tuple[str, str, str]] = [
    ("Ormas", "ormas", r"\b(?:ORMAS|Ormas|ormas)\b"),
    ("OMS", "oms", r"\bOMS\b"),
    ("LSM", "lsm", r"\bLSM\b"),
    ("FKUB", "fkub", r"\bFKUB\b"),
    ("NGO", "ngo", r"\bNGOs?\b"),
    ("CSO", "cso", r"\bCSOs?\b"),
    ("Kesbangpol", "kesbangpol", r"\b(?:Kesbangpol|KESBANGPOL|Bakesbangpol|Kesbangpolinmas)\b"),
    ("FK-Ormas", "ormas", r"\bFK-?Ormas\b"),
    ("KNPI", "knpi", r"\bKNPI\b"),
    ("PKK", "pkk", r"\bPKK\b"),
    ("NU", "nu", r"\b(?:PCNU|PWNU|PBNU)\b"),
]
PHRASES: list[tuple[str, str, str]] = [
    ("organisasi kemasyarakatan", "kemasyarakatan", r"\borganisasi\s+kemasyarakatan\b"),
    ("organisasi masyarakat", "organisasi", r"\borganisasi\s+masyarakat(?:\s+sipil)?\b"),
    ("organisasi sipil", "organisasi", r"\borganisasi\s+(?:sipil|non[-\s]?pemerintah)\b"),
    ("masyarakat sipil", "sipil", r"\bmasyarakat\s+sipil\b"),
    ("lembaga swadaya masyarakat", "swadaya", r"\blembaga\s+swadaya\s+masyarakat\b"),
    ("forum kerukunan umat beragama", "kerukunan", r"\bforum\s+kerukunan\s+umat\s+beragama\b"),
    ("kesatuan bangsa dan politik", "kesatuan", r"\bkesatuan\s+bangsa\s+dan\s+politik\b"),
    ("organisasi kepemudaan", "kepemudaan", r"\borganisasi\s+kepemudaan\b"),
    ("tokoh agama", "tokoh", r"\btokoh\s+(?:agama|masyarakat)\b"),
    ("Muhammadiyah", "muhammadiyah", r"\bmuhammadiyah\b"),
    ("Nahdlatul Ulama", "nahdlatul", r"\bnahdlatul\s+ulama\b"),
    ("karang taruna", "taruna", r"\bkarang\s+taruna\b"),
    ("yayasan", "yayasan", r"\byayasan\b"),
    ("civil society", "civil", r"\bcivil\s+society\b"),
]

CHECKS: list[tuple[str, str, re.Pattern[str]]] = [
    (term, hint, re.compile(pattern)) for term, hint, pattern in ACRONYMS
] + [(term, hint, re.compile(pattern, re.IGNORECASE)) for term, hint, pattern in PHRASES]
