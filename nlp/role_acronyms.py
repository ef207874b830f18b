"""An acronym in one role against its words written out in the other ("Kepala Dinas PUPR" /
"Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Ketua Fraksi PDI-P" / "Ketua Fraksi Partai
Demokrasi Indonesia Perjuangan"): one office written two ways, so the run of written-out words is
folded into the acronym it spells before roles are compared (nlp.role_match)."""

from __future__ import annotations

_JOINERS = frozenset({"dan", "&"})  # skipped by acronyms ("Penataan Ruang" after "dan")
_ROMAN_LETTERS = frozenset({"i", "v", "x"})  # "Asisten I" is no split acronym
_MIN_ACRONYM = 3  # shorter ones spell too many runs by chance


def _joined(words: list[str]) -> list[str]:
    """A hyphenated acronym split into pieces ("pdi p") made one word again ("pdip")."""
    out: list[str] = []
    for w in words:
        if out and len(w) == 1 and w.isalpha() and w not in _ROMAN_LETTERS and len(out[-1]) > 1:
            out[-1] += w
        else:
            out.append(w)
    return out


def _spelt(words: list[str], start: int, acronym: str) -> int:
    """How many words from `start` spell `acronym` by their initials (0 if they do not)."""
    letters, n = "", start
    while n < len(words) and len(letters) < len(acronym):
        if words[n] not in _JOINERS or not letters:
            letters += words[n][0]
        n += 1
        if letters != acronym[: len(letters)]:
            return 0
    return n - start if letters == acronym and n - start > 1 else 0


def _fold(words: list[str], acronyms: set[str]) -> list[str]:
    out: list[str] = []
    n = 0
    while n < len(words):
        run = next(((a, k) for a in sorted(acronyms) if (k := _spelt(words, n, a))), None)
        if run:
            out.append(run[0])
            n += run[1]
        else:
            out.append(words[n])
            n += 1
    return out


def fold_acronyms(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """Both roles with any run of words spelling an acronym of the other folded into it."""
    a, b = _joined(a), _joined(b)
    a_acr = {w for w in a if len(w) >= _MIN_ACRONYM and w.isalpha() and w not in b}
    b_acr = {w for w in b if len(w) >= _MIN_ACRONYM and w.isalpha() and w not in a}
    return _fold(a, b_acr), _fold(b, a_acr)
