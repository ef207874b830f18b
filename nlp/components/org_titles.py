"""Government bodies named only inside an office title are the office's unit, not organisations
(tests/fixtures/real/README.md, clarification 1): "Kepala Dinas Sosial Kota Contoh, Budi" gives an
official; the Dinas is listed when the text names it on its own ("Dinas Sosial menggelar ...")."""

from __future__ import annotations

from nlp.lexicons.org_kinds import GOV
from nlp.lexicons.org_titles import MAX_GAP, SUB_UNIT_WORDS, TITLE_HEADS
from nlp.mention import ORG, DocState
from nlp.words import Word

TITLED = "titled"  # Mention flag: the mention follows an office head


def in_title(ws: list[Word], i: int) -> bool:
    """Whether the body starting at word i follows an office head, directly ("Ketua DPRD") or
    past a sub-unit of it ("Kepala Bidang Humas Dinas ...", "Kasat Intelkam Polres ...")."""
    for gap in range(MAX_GAP + 1):
        k = i - 1 - gap
        if k < 0:
            return False
        if ws[k].text in TITLE_HEADS:
            return gap == 0 or _sub_unit(ws[k + 1 : i])
    return False


def _sub_unit(gap: list[Word]) -> bool:
    """ "Intelkam", "Bidang Humas", "Ops": a sub-unit written between the head and its body."""
    if not all(w.text[:1].isupper() and w.text.replace("-", "").isalpha() for w in gap):
        return False
    return len(gap) == 1 or gap[0].text in SUB_UNIT_WORDS


def drop_title_only(state: DocState) -> None:
    """Remove government bodies every mention of which sits in an office title (after linking)."""
    free: set[str | None] = {
        m.entity for m in state.mentions if m.type == ORG and TITLED not in m.flags
    }
    state.mentions = [
        m
        for m in state.mentions
        if not (m.type == ORG and m.kind == GOV and m.entity not in free)
    ]
