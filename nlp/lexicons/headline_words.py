"""Capitalised words that follow a name in headlines and title-case lines and are never part of it.

Headlines capitalise every word, so the word after "Bupati Budi" is the headline's verb ("Bupati
Budi Tinjau Banjir", "Wakil Bupati Rina Mendampingi Gubernur"), and a quantity word can follow a
name closing a clause ("Kepala Bidang, Rudi D. Puluhan peserta ..."). Nothing in the word itself
says it is not a name but its shape (Indonesian verb and noun affixes, `verb_shaped`) or its being
one of the base verbs and quantity words below."""

from __future__ import annotations

import re

# base (unaffixed) verbs that open a headline's predicate after the subject's name
HEADLINE_VERBS: frozenset[str] = frozenset(
    {
        "Ajak",
        "Apresiasi",
        "Bagi",
        "Bahas",
        "Bantu",
        "Beri",
        "Buka",
        "Cek",
        "Dengar",
        "Dorong",
        "Dukung",
        "Gaspol",
        "Gelar",
        "Harap",
        "Hadiri",
        "Ikuti",
        "Imbau",
        "Kawal",
        "Kunjungi",
        "Lantik",
        "Lepas",
        "Minta",
        "Pantau",
        "Pimpin",
        "Raih",
        "Sambangi",
        "Sambut",
        "Sapa",
        "Siap",
        "Temui",
        "Tinjau",
        "Yakin",
        # adjectives of an office holder written after the name in headlines ("Bupati X Terpilih")
        "Terpilih",
        "Definitif",
    }
)

# quantity words that open a noun phrase after a name ("..., Rudi D. Puluhan peserta hadir")
QUANTITY_WORDS: frozenset[str] = frozenset(
    {"Puluhan", "Ratusan", "Ribuan", "Jutaan", "Belasan", "Sejumlah", "Beberapa", "Sebanyak"}
)

# meN-/di- verbs with a -kan or -i suffix ("Mendampingi", "Menyerahkan", "Diserahkan"), any -kan
# verb ("Resmikan", "Salurkan"), and peN-/per- ... -an nouns ("Perbaikan", "Pembangunan"). Long
# enough that names such as "Dimyati" or "Mentari" stay out; "Pel-" names ("Pelalawan") and
# "Pen-" before a vowel ("Penambunan", a Minahasan surname) too.
_AFFIXED = re.compile(
    r"(?:Me(?:ng|ny|m|n)[a-z]{3,}(?:kan|i)|Di[a-z]{5,}(?:kan|i)|[A-Z][a-z]{3,}kan"
    r"|Pe(?:ng|ny|m|r|n(?=[^aeiou]))[a-z]{4,}an)"
)
_MIN_AFFIXED = 9  # "Dikenakan", "Perbaikan"; shorter words are names as often as not


def verb_shaped(text: str) -> bool:
    """Whether a capitalised word has the shape of an affixed verb or noun, never a name's."""
    if len(text) < _MIN_AFFIXED and not text.endswith("kan"):
        return False
    return _AFFIXED.fullmatch(text) is not None
