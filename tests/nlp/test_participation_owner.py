"""A deputy coordinated with an official named as a programme's or a term's owner takes no part
(nlp.participation_owner), on fictional sentences."""

from __future__ import annotations

import pytest

from nlp import engagements as eng
from nlp.participation_owner import owned_partner
from tests.nlp.engagement_parts import parts_of

SIDES = {
    "Bupati Rahmat Hidayat": eng.OFFICIAL,
    "Wakil Bupati Lestari Wening": eng.OFFICIAL,
    "Camat Dodi": eng.OFFICIAL,
    "Forum Warga": eng.ORG,
}


def officials(text: str) -> list[str]:
    got = eng.find(text, parts_of(text, SIDES))
    return got[0].government if got else []


@pytest.mark.parametrize(
    "text",
    [
        "Di bawah kepemimpinan Bupati Rahmat Hidayat dan Wakil Bupati Lestari Wening, "
        "Camat Dodi membuka musda Forum Warga.",
        "Sesuai program Bupati Rahmat Hidayat bersama Wakil Bupati Lestari Wening, "
        "Camat Dodi menyerahkan hibah kepada Forum Warga.",
        "Camat Dodi membuka musda Forum Warga, sejalan dengan agenda 100 hari kerja "
        "Bupati Rahmat Hidayat-Wakil Bupati Lestari Wening.",
    ],
)
def test_owners_and_their_partner_take_no_part(text: str) -> None:
    assert officials(text) == ["Camat Dodi"]


@pytest.mark.parametrize(
    "text",
    [
        # a verb between: the deputy acts in a clause of their own
        "Sesuai program itu, Bupati Rahmat Hidayat menyerahkan hibah bersama Wakil Bupati "
        "Lestari Wening kepada Forum Warga.",
    ],
)
def test_partner_acting_or_celebrated_takes_part(text: str) -> None:
    assert "Wakil Bupati Lestari Wening" in officials(text)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("masa kepemimpinannya bersama Wagub ", True),
        ("di bawah kepemimpinan Bupati Rahmat S. Hidayat dan ", True),
        ("Bupati Rahmat Hidayat hadir bersama ", False),
        ("program itu. Bupati Rahmat Hidayat dan ", False),
        # the anniversary of the term is the owners' own event
        ("genap satu tahun kepemimpinan Bupati Rahmat Hidayat Saputra dan ", False),
    ],
)
def test_owned_partner_shape(before: str, expected: bool) -> None:
    assert owned_partner(before) is expected
