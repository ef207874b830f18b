"""Possessive roles: in "FKUB Kabupaten Sleman juga hadir. Ketuanya, KH Ahmad Zuhri, ..." the
name holds the office of the organisation named just before (same or previous sentence).

Run by pantau_role_context (before pantau_people), so the name is claimed with its role; without
an organisation close enough nothing is recorded and pantau_people reads the sentence as before.
Role form: a person's role keeps the organisation (acronym + region when the organisation has an
acronym, "Ketua FKUB Kabupaten Sleman", else its name as written); a government body's head is an
official whose role drops the region, which becomes the jurisdiction ("Kepala BPBD", Kabupaten Sleman).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from nlp import gazetteer
from nlp.lexicons.organisations import GOV
from nlp.lexicons.possessive_roles import NON_GOV_ONLY, POSSESSIVE_HEADS, SENTENCES_BACK
from nlp.mention import OFFICIAL, ORG, PERSON, DocState, Mention
from nlp.names import NameMatch, ends_clause, parse_name
from nlp.state import sentence_starts
from nlp.words import Word

# a cheap test on the raw text first: plain substring search (a regex costs ~2% of the pipeline),
# without the first letter so "Ketuanya" and "ketuanya" need one search
_TRIGGERS = tuple({word[1:] for word in POSSESSIVE_HEADS})


def _name_after(state: DocState, ws: list[Word], k: int) -> NameMatch | None:
    """ "Ketuanya, KH Ahmad Zuhri, mengatakan" (an apposition) or "Ketuanya KH Ahmad Zuhri mengatakan"."""
    if k < len(ws) and ws[k].text == ",":
        name = parse_name(ws, k + 1)
        if name is None or not ends_clause(ws, name.end):
            return None
    else:
        name = parse_name(ws, k)
    if name is None or state.claimed(ws[name.start].start, ws[name.end - 1].end):
        return None
    return name


def _role(org: Mention, head: str) -> tuple[str, str, str | None, str | None]:
    """(type, role, jurisdiction, code) of the head of `org`."""
    core = org.core or org.normalized
    if org.kind == GOV:
        region = gazetteer.by_code(org.code) if org.code else None
        return (
            OFFICIAL,
            f"{head} {org.acronym or core}",
            region.jurisdiction if region else None,
            region.code if region else None,
        )
    if org.acronym and org.normalized.startswith(core):
        return PERSON, f"{head} {org.acronym}{org.normalized[len(core) :]}", None, None
    return PERSON, f"{head} {org.normalized}", None, None


def add_possessive_roles(doc: Doc, state: DocState) -> None:
    """Add a mention for each possessive role word followed by a name."""
    if not any(trigger in state.text for trigger in _TRIGGERS):
        return
    orgs = sorted((m for m in state.mentions if m.type == ORG), key=lambda m: m.end)
    if orgs:
        _find(state, orgs, sentence_starts(doc))


def _antecedent(orgs: list[Mention], ends: list[int], starts: list[int], at: int) -> Mention | None:
    """The last organisation ending before character `at`, if named in the last SENTENCES_BACK sentences."""
    sentence = bisect.bisect_right(starts, at) - 1
    earliest = starts[max(sentence - SENTENCES_BACK + 1, 0)]
    k = bisect.bisect_right(ends, at) - 1
    return orgs[k] if k >= 0 and orgs[k].start >= earliest else None


def _find(state: DocState, orgs: list[Mention], starts: list[int]) -> None:
    ws = state.words
    ends = [m.end for m in orgs]
    for i, word in enumerate(ws):
        low = word.text.lower()
        head = POSSESSIVE_HEADS.get(low)
        if head is None:
            continue
        org = _antecedent(orgs, ends, starts, word.start)
        name = _name_after(state, ws, i + 1) if org is not None else None
        if org is None or name is None or (low in NON_GOV_ONLY and org.kind == GOV):
            continue
        first = i - 1 if i > 0 and ws[i - 1].text.lower() == "wakil" else i
        if first < i:
            head = f"Wakil {head}"
        kind, role, jurisdiction, code = _role(org, head)
        start, end = ws[first].start, ws[name.end - 1].end
        # added at once, so a later possessive cannot take the same name
        state.mentions.append(
            Mention(
                kind,
                start,
                end,
                state.text[start:end],
                name.name,
                role=role,
                jurisdiction=jurisdiction,
                code=code,
            )
        )
