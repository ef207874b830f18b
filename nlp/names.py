"""Person names in word lists: honorifics and ranks before, degrees after, both left out of the name.

"Ir. H. Dede Jaelani, MM" -> "Dede Jaelani"; "AKBP Budi Santoso, S.I.K." -> "Budi Santoso"."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from nlp.lexicons.degrees_ranks import LONG_RANK_STARTS, LONG_RANKS
from nlp.lexicons.event_roles import EVENT_ROLE_WORDS, UNIT_GRADE_WORDS, numbered
from nlp.lexicons.headline_words import HEADLINE_VERBS, QUANTITY_WORDS, verb_shaped
from nlp.lexicons.honorifics import MULTIWORD_HONORIFICS, NAME_FORMING_STARTS, NOT_NAME_WORDS_EXTRA
from nlp.lexicons.not_names import PLACE_HEADS
from nlp.lexicons.organisations import GOV_UNIT_HEADS, KIND_HEADS, KNOWN
from nlp.lexicons.people import (
    DEGREES,
    HONORIFICS,
    NOT_NAME_WORDS,
    RANK_CORPS,
    RANK_CORPS_LETTERS,
    RANKS,
)
from nlp.lexicons.role_unit_words import UNIT_PART_WORDS
from nlp.name_glue import name_word
from nlp.name_initials import inner_initials
from nlp.name_particles import particle_len, word_limit
from nlp.titles import office_at
from nlp.words import Word

MAX_NAME_WORDS = 5  # "Anak Agung Gde Anom Wirata", "I Gusti Ngurah Made Arya"
# honorifics that only ever open a name; customary titles ("Dt.", "Datuk", "Sutan") also follow one
_NAME_OPENERS = frozenset({"Ir", "Drs", "Dra", "Dr", "dr", "Prof", "KH", "Hj", "TGH", "Pdt"})
_DEGREE_LETTERS = frozenset({"S", "M", "D"})  # a degree's first letter printed apart
_NYA_WORD = 7  # shorter words ending in "-nya" may be names ("Sonya", "Vanya")
_END = frozenset({",", ".", ";", ":", ")", "(", "!", "?", '"', "“", "”", "'"})


class NameMatch(NamedTuple):
    start: int  # first word (honorific included)
    end: int  # after the last word (degrees included)
    name: str
    words: int
    prefixed: bool  # an honorific or rank preceded the name


@cache
def _not_name() -> frozenset[str]:
    heads = {h.split()[0] for h in (*GOV_UNIT_HEADS, *KIND_HEADS)}
    known = {k.split()[0] for k in KNOWN if k.split()[0].isupper()}
    headline = HEADLINE_VERBS | QUANTITY_WORDS | PLACE_HEADS
    events = EVENT_ROLE_WORDS | UNIT_GRADE_WORDS
    return (
        NOT_NAME_WORDS | NOT_NAME_WORDS_EXTRA | UNIT_PART_WORDS | events | headline | heads | known
    )


def degree_len(ws: list[Word], k: int) -> int:
    """Words making one degree at k ("MM", "S.Sos", "M. Si"), or 0."""
    if k >= len(ws):
        return 0
    one = ws[k].text.replace(".", "")
    if one in DEGREES and (ws[k].is_upper or "." in ws[k].text or one in DEGREES):
        return 1
    spaced = ws[k].is_initial or ws[k].text in _DEGREE_LETTERS  # "S. Sos", "M Si"
    if k + 1 < len(ws) and spaced and (one + ws[k + 1].text.replace(".", "")) in DEGREES:
        return 2
    return 0


def _prefix_len(ws: list[Word], k: int) -> int:
    if k + 1 < len(ws) and (ws[k].text, ws[k + 1].text) in MULTIWORD_HONORIFICS:
        return 2
    long_rank = _long_rank_len(ws, k)
    if (
        long_rank or ws[k].text in RANKS
    ):  # before honorifics: "Brigjen" is both; a rank takes a corps
        n = max(long_rank, 1)
        if k + n + 1 < len(ws) and ws[k + n].text == "." and is_name_word(ws[k + n + 1]):
            n += 1  # "AKP. Musa", "Mayor. Inf. Dwi": the rank printed with a stop
        n += _corps_len(ws, k + n)
        n += _bracketed_rank_len(ws, k + n)
        if (
            k + n + 1 < len(ws)
            and ws[k + n].text == ","
            and ws[k + n + 1].is_title
            and not ws[k + n + 1].text.endswith(".")  # "Mayor, Arh. Bambang": a corps first
            and not (k + n + 2 < len(ws) and ws[k + n + 2].text == ".")
        ):
            n += 1  # "Pangdam XV/Pattimura Mayjen TNI, Putranto ...": the name after a comma
        return n
    if ws[k].text in HONORIFICS or ws[k].text.rstrip(".") in HONORIFICS or _glued_honorifics(ws[k]):
        return 1 + _honoris_causa_len(ws, k + 1)
    return 0


def _initials_then_name(ws: list[Word], k: int) -> bool:
    """Up to three initials, then a full name word ("M. J. Lomban", "J. P. Solossa")."""
    n = k
    while n < min(k + 3, len(ws)) and ws[n].is_initial:
        n += 1
    return n > k and n < len(ws) and is_name_word(ws[n]) and not ws[n].is_initial


def _honoris_causa_len(ws: list[Word], k: int) -> int:
    """ "Dr (HC).", "Dr. (CH)": an honorary doctorate's bracket after the title."""
    if k + 2 >= len(ws) or ws[k].text != "(" or ws[k + 2].text != ")":
        return 0
    if ws[k + 1].text.replace(".", "").upper() not in {"HC", "CH"}:
        return 0
    return 4 if k + 3 < len(ws) and ws[k + 3].text == "." else 3


def _long_rank_len(ws: list[Word], k: int) -> int:
    if ws[k].text not in LONG_RANK_STARTS:  # most words: one set lookup
        return 0
    for words in LONG_RANKS:
        if tuple(w.text for w in ws[k : k + len(words)]) == words:
            return len(words)
    return 0


def _bracketed_rank_len(ws: list[Word], k: int) -> int:
    """ "(Kompol)", "(Letkol Inf)" after a rank written out: its short form."""
    if k + 2 >= len(ws) or ws[k].text != "(" or ws[k + 1].text not in RANKS:
        return 0
    close = next((c for c in range(k + 2, min(k + 5, len(ws))) if ws[c].text == ")"), None)
    return close - k + 1 if close is not None else 0


def _glued_honorifics(word: Word) -> bool:
    """ "Ir.Hj.", "Dr.H.": honorifics printed without a space between them."""
    if "." not in word.text[:-1]:
        return False
    parts = word.text.rstrip(".").split(".")
    return len(parts) > 1 and all(p and (p in HONORIFICS or f"{p}." in HONORIFICS) for p in parts)


def _corps_len(ws: list[Word], k: int) -> int:
    """Words of the corps after a rank: "Inf", "Laut (P)", "TNI", "Pnb" (up to two parts)."""
    n = 0
    for _ in range(3):
        if k + n < len(ws) and ws[k + n].text in RANK_CORPS:
            n += 1
            if k + n + 1 < len(ws) and ws[k + n].text == "." and ws[k + n + 1].is_title:
                n += 1  # "Brigjen Pol. Djati"
        elif (
            k + n + 2 < len(ws)
            and ws[k + n].text == "("
            and ws[k + n + 2].text == ")"
            and (
                ws[k + n + 1].text.split("/")[0] in RANK_CORPS_LETTERS
                or ws[k + n + 1].text in RANK_CORPS
            )
        ):
            n += 3  # "Laut (P)", "Letkol ( Inf )"
        else:
            break
    return n


@cache
def _forming() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for parts in NAME_FORMING_STARTS:
        index.setdefault(parts[0], []).append(parts)
    return {first: tuple(sorted(v, key=len, reverse=True)) for first, v in index.items()}


def name_forming_len(ws: list[Word], k: int) -> int:
    """Words of a name-forming start at k ("La Ode", "I Made", "Andi"), kept in the name; or 0."""
    for parts in _forming().get(ws[k].text, ()):
        if all(k + n < len(ws) and ws[k + n].text == part for n, part in enumerate(parts)):
            return len(parts)
    return 0


def honorific_len(ws: list[Word], k: int) -> int:
    """Words of the honorific or rank at k ("Tgk.", "Ida Pedanda", "AKBP"), or 0."""
    return _prefix_len(ws, k)


def is_name_word(word: Word) -> bool:
    text = word.text
    if word.is_initial:
        return True
    if not word.is_title or word.is_upper:
        return False
    if text[:3].lower() == "se-":  # "Walikota Se-Bali": "all of Bali", never a name
        return False
    if len(text) >= _NYA_WORD and text.endswith("nya"):  # "Lanjutnya", "Menurutnya": a clause word
        return False
    return (
        text not in _not_name()
        and not text[:1].isdigit()
        and not numbered(text)  # "Menag RI No. SE 04", "Jl. Kapten Maulana Lubis No.2"
        and not verb_shaped(text)
    )


def parse_name(ws: list[Word], k: int) -> NameMatch | None:
    """A name starting at word k (after optional honorifics and ranks), with its degrees."""
    start, prefixed = k, False
    while k < len(ws) and (n := _prefix_len(ws, k)):
        k, prefixed = k + n, True
    first = k
    parts: list[str] = []
    while k < len(ws) and len(parts) < word_limit(parts, MAX_NAME_WORDS):
        word = ws[k]
        if (
            parts
            and (
                word.bare in _NAME_OPENERS or word.text in RANKS or _haji_after_words(ws, k, parts)
            )
            and (n := _prefix_len(ws, k))
        ):
            # an honorific or rank after capitalised words starts the name: the words before were
            # an unrecognised place or unit ("Bupati Halmahera Ir. Frans", "Dandim Kota Letkol Budi")
            start, prefixed, parts = k, True, []
            k += n
            while k < len(ws) and (n := _prefix_len(ws, k)):
                k += n  # "Babel Drs. H. Asmawie": every honorific of the stack, not only the first
            first = k
            continue
        if not parts and degree_len(ws, k) == 2:
            return None  # "M Si", "S. Sos": a degree printed in two words, never a name
        if not parts and word.is_upper and (n := name_forming_len(ws, k)):
            parts += [w.text for w in ws[k : k + n]]  # "IB Putu ...": a short name-forming start
            k += n
            continue
        if n := particle_len(ws, k, parts):
            parts, k = [*parts, *(w.text for w in ws[k : k + n])], k + n - 1
        elif inner := inner_initials(ws, k, parts, is_name_word, ends_clause):
            parts, k = [*parts, inner[1]], k + inner[0] - 1  # "Martahi JH David"
        elif (
            is_name_word(word)
            and not office_at(ws, k)
            and not ((parts or "." in word.text[:-1]) and degree_len(ws, k))
        ):  # "M.Pd.I" is never a name
            if (
                not parts
                and word.is_initial
                and (
                    not _initials_then_name(ws, k) or degree_len(ws, k) == 2  # "M Si", "S. Sos"
                )
            ):
                return None  # "M. Nawa Said", "M. J. Lomban" are names, a lone "J." is not
            parts.append(name_word(word.text, first=not parts))
        else:
            break
        k += 1
    if not parts or (first == k):
        return None
    return NameMatch(start, _after_degrees(ws, k), " ".join(parts), len(parts), prefixed)


def _haji_after_words(ws: list[Word], k: int, parts: list[str]) -> bool:
    """ "Bupati Tanjab Barat H. Anwar Sadat": "H."/"HM" after full words (not initials) and before
    two name words starts the name; the words before were an unrecognised place."""
    return (
        ws[k].text in {"H.", "HM"}
        and any(len(p) > 2 for p in parts)
        and k + 2 < len(ws)
        and is_name_word(ws[k + 1])
        and is_name_word(ws[k + 2])
        and not ws[k + 1].is_initial
    )


def _after_degrees(ws: list[Word], k: int) -> int:
    while k < len(ws):
        step = 1 if ws[k].text == "," else 0
        n = degree_len(ws, k + step)
        if not n:
            break
        k += step + n
    return k


def parse_name_before(ws: list[Word], end: int) -> NameMatch | None:
    """A name whose words (and degrees) end just before word `end` ("Dadi Budaeri, | Sekda")."""
    k = end - 1
    while k >= 0 and (ws[k].text == "," or degree_len(ws, k)):
        k -= 1
    first = k
    while first - 1 >= 0 and is_name_word(ws[first - 1]) and k - first + 1 < MAX_NAME_WORDS:
        first -= 1
    if k < 0 or not is_name_word(ws[k]):
        return None
    while first - 1 >= 0 and _prefix_len(ws, first - 1):
        first -= 1
    match = parse_name(ws, first)
    return match if match and match.end >= k + 1 else None


def ends_clause(ws: list[Word], k: int) -> bool:
    """Whether a name ending before word k ends its clause (a sentence-final "MM." counts)."""
    return k >= len(ws) or ws[k].text in _END or ws[k].is_lower or ws[k - 1].text.endswith(".")
