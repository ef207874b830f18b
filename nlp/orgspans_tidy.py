"""Finishing a found organisation mention: the body whose organ it names, a leading "Kantor" and
trailing junk cut, venues dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from nlp.lexicons import organisations as lex
from nlp.mention import Mention
from nlp.orgspans import kind_of

# Buildings named after a body or a place: venues, never organisations ("Balai Kota Bandung").
_VENUE_PAIRS = frozenset(
    {
        "Balai Kota",
        "Balai Adat",
        "Balai Raya",
        "Balai Desa",
        "Balai Pertemuan",
        "Balai Kampung",
        "Balai Nagari",
        "Balai Warga",
        "Balai Rakyat",
        "Balai Sidang",
        "Balai Keureukon",
        "Balai Prajurit",
        "Balai Wartawan",
        "Kantor Balai",
    }
)

# words an organisation name never ends with: money, a conjunction, an honorific opening the next name
# "Kantor" is the body's own name before these ("Kantor Kementerian Agama Kabupaten Poso", "Kantor
# Wilayah ...", "Kantor Urusan Agama"), not the building of the body named after it
_KANTOR_BODIES = frozenset(
    {
        "Kementerian",
        "Kementrian",
        "Kemenag",
        "Wilayah",
        "Urusan",
        "Pertanahan",
        "Kesatuan",
        "Kesbang",
        "Kesbangpol",
        "Imigrasi",
        "Pelayanan",
    }
)

_TRAILING_JUNK = re.compile(
    r"(?:\s+(?:dan|serta|atau|KH\.?|K\.H\.?|H\.|Hj\.|DR\.?|Dr\.?|Prof\.?|Drs\.?|Ir\.?|Pdt\.?"
    r"|(?:19|20)\d\d|Rp[\d.,]*|Rp\.?\s?[\d.,]+|Periode|Masa Bakti|Se))+$"
)  # a holder's honorific or degree, a year, an amount, a board's term ("Periode 2023-2026") or
# the "Se-" of "X Se-Bali" (every X of a region) after the name


def organ_of(m: Mention) -> Mention:
    """ "Dewan Penasehat FKDM": the body whose organ this is, when the rest names a body."""
    head = next((h for h in lex.ORGAN_HEADS if m.normalized.startswith(h + " ")), None)
    if head is None or not m.text.startswith(head + " "):
        return m
    rest = m.normalized[len(head) + 1 :]
    named = rest.split()[0].isupper() or len(rest.split()) > 1  # "Koperasi" alone is a class
    acronym_first = rest.split()[0].isupper()
    if not named or rest in lex.GENERIC or (kind_of(rest) == lex.OTHER and not acronym_first):
        return m
    cut = len(head) + 1
    core = (m.core or m.normalized).removeprefix(head + " ")
    return replace(
        m, start=m.start + cut, text=m.text[cut:], normalized=rest, kind=kind_of(rest), core=core
    )


def tidy(m: Mention) -> Mention | None:
    """The mention without a leading "Kantor" (the building of the body named) or trailing junk;
    None for a venue."""
    if " ".join(m.normalized.split()[:2]) in _VENUE_PAIRS:
        return None
    text, start = m.text, m.start
    if (
        text.startswith("Kantor ")
        and len(text.split()) > 2
        and text.split()[1] not in _KANTOR_BODIES
    ):
        text, start = text[len("Kantor ") :], start + len("Kantor ")
    junk = _TRAILING_JUNK.search(text)
    if junk:
        text = text[: junk.start()]
    if (text, start) == (m.text, m.start):
        return m
    normalized = m.normalized
    if normalized.startswith("Kantor ") and start != m.start:
        normalized = normalized[len("Kantor ") :]
    trimmed = _TRAILING_JUNK.search(normalized)
    if trimmed:
        normalized = normalized[: trimmed.start()]
    kind = (
        kind_of(normalized) if start != m.start else m.kind
    )  # "Kantor" made it look like an office
    return replace(
        m,
        start=start,
        end=start + len(text),
        text=text,
        normalized=normalized,
        kind=kind,
        core=(m.core or normalized).removeprefix("Kantor "),
    )
