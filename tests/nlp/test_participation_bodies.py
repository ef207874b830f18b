"""A government body takes part where the event is reported (nlp.engagements), on fictional
sentences: a body named as the subject of a statement about its policy, outside the lead and in a
sentence telling of no event ("menerangkan bahwa Pemkab X mempunyai ..."), is only named."""

from __future__ import annotations

from nlp import engagements as eng
from tests.nlp.engagement_parts import parts_of

SIDES = {
    "Bupati Rahmat": eng.OFFICIAL,
    "Pemkab Sukamaju": eng.BODY,
    "Kesbangpol Sukamaju": eng.BODY,
    "Forum Warga": eng.ORG,
}


def bodies(text: str) -> list[str]:
    got = eng.find(text, parts_of(text, SIDES))
    assert len(got) == 1
    return got[0].government_bodies


def test_body_in_a_policy_statement_outside_the_lead_takes_no_part() -> None:
    text = (
        "Bupati Rahmat membuka musda Forum Warga di pendopo.\n"
        "Ia menerangkan bahwa Pemkab Sukamaju mempunyai empat fokus pembangunan tahun ini."
    )
    assert bodies(text) == []


def test_body_where_the_event_is_reported_takes_part() -> None:
    text = (
        "Bupati Rahmat membuka musda Forum Warga di pendopo.\n"
        "Kesbangpol Sukamaju turut hadir bersama para camat."
    )
    assert bodies(text) == ["Kesbangpol Sukamaju"]


def test_body_in_the_lead_takes_part() -> None:
    text = "Pemkab Sukamaju menggelar musda Forum Warga di pendopo bersama Bupati Rahmat."
    assert bodies(text) == ["Pemkab Sukamaju"]
