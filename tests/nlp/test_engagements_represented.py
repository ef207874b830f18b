"""Represented officials, grants at ceremonies and audiences (nlp.represented, nlp.grants,
nlp.cues), on fictional sentences."""

from __future__ import annotations

import pytest

from nlp import engagements as eng
from nlp.cues import event_type
from nlp.grants import handed_over
from nlp.lexicons import events as ev
from tests.nlp.engagement_parts import parts_of

SIDES = {
    "Bupati Rahmat": eng.OFFICIAL,
    "Sekda Wulan": eng.OFFICIAL,
    "Wakil Bupati Sari": eng.OFFICIAL,
    "Kesbangpol": eng.BODY,
    "Forum Warga": eng.ORG,
    "Gereja Bukit Harapan": eng.ORG,
}


def one(text: str) -> eng.Engagement | None:
    got = eng.find(text, parts_of(text, SIDES))
    assert len(got) <= 1
    return got[0] if got else None


@pytest.mark.parametrize(
    "text",
    [
        # the speech read out by someone else, then the official named again as its speaker
        "Sekda Wulan membacakan sambutan Bupati Rahmat pada musda Forum Warga. "
        "Bupati Rahmat berharap Forum Warga tetap kompak.",
        "Bupati Rahmat dalam sambutannya yang dibacakan Sekda Wulan membuka musda Forum Warga. "
        "Menurut Bupati Rahmat, Forum Warga mitra pemerintah.",
        "Dalam sambutan tertulis yang dibacakan oleh Sekda Wulan, Bupati Rahmat membuka "
        "musda Forum Warga.",
        # represented at one mention: absent at every other
        "Sekda Wulan mewakili Bupati Rahmat menghadiri musda Forum Warga. "
        "Bupati Rahmat menitipkan salam kepada Forum Warga.",
    ],
)
def test_represented_official_takes_part_at_no_mention(text: str) -> None:
    found = one(text)
    assert found is not None and found.government == ["Sekda Wulan"]


def test_representative_named_after_the_represented_one_is_not_absent() -> None:
    text = (
        "Mewakili Bupati Rahmat, Wakil Bupati Sari menghadiri musda Forum Warga. "
        "Wakil Bupati Sari lalu menyerahkan hibah kepada Forum Warga."
    )
    found = one(text)
    assert found is not None and found.government == ["Wakil Bupati Sari"]


def test_official_speaking_through_a_spokesman_is_not_represented_at_the_event() -> None:
    text = (
        "Bupati Rahmat bertemu Forum Warga di pendopo. "
        "Bupati Rahmat melalui juru bicaranya menyebut Forum Warga mitra pemerintah."
    )
    found = one(text)
    assert found is not None and found.government == ["Bupati Rahmat"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Bupati Rahmat meresmikan Gereja Bukit Harapan, Minggu. "
            "Bupati Rahmat juga menyerahkan bantuan semen kepada Gereja Bukit Harapan.",
            ev.GRANT,
        ),
        (
            "Bupati Rahmat menghadiri peringatan HUT Gereja Bukit Harapan. "
            "Bantuan tersebut langsung diberikan Bupati Rahmat kepada panitia.",
            ev.GRANT,
        ),
        # a grant promised or only named (who funded what) hands nothing over
        (
            "Bupati Rahmat menghadiri peringatan HUT Gereja Bukit Harapan. "
            "Pekan depan Bupati Rahmat akan menyerahkan bantuan kepada jemaat.",
            ev.CEREMONY,
        ),
        (
            "Bupati Rahmat menghadiri peringatan HUT Gereja Bukit Harapan, yang gedungnya "
            "dibangun dari bantuan pemerintah daerah.",
            ev.CEREMONY,
        ),
    ],
)
def test_grant_handed_over_at_a_ceremony_types_it(text: str, kind: str) -> None:
    found = one(text)
    assert found is not None and found.event_type == kind


@pytest.mark.parametrize(
    ("text", "handed"),
    [
        ("Wali Kota menyerahkan bantuan dana kepada panitia.", True),
        ("Dana hibah itu diserahkan di halaman gereja.", True),
        ("“Kami akan memberikan bantuan tahun depan,” ujarnya.", False),
        ("Wali Kota akan menyerahkan bantuan kepada jemaat.", False),
        ("Gedung itu dibangun dengan dana hibah provinsi.", False),
    ],
)
def test_handed_over_needs_an_act_of_handing_over(text: str, handed: bool) -> None:
    assert handed_over(text) is handed


@pytest.mark.parametrize(
    "text",
    [
        "Dalam momentum peringatan Hari Pemuda, Wakil Bupati menerima audiensi Forum Warga.",
        "Bupati menerima panitia kongres Forum Warga dalam rangka audiensi, Jumat.",
        "Pengurus Forum Warga beraudiensi dengan Bupati di sela festival budaya.",
    ],
)
def test_an_audience_is_a_meeting_whatever_frames_it(text: str) -> None:
    assert event_type(text) == ev.MEETING


def test_an_audience_gives_way_to_a_grant_handed_over_in_it() -> None:
    text = "Dalam audiensi itu Bupati menyerahkan hibah kepada Forum Warga."
    assert event_type(text) == ev.GRANT


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Bupati Rahmat mengunjungi Forum Warga untuk mempererat hubungan antara "
            "Kesbangpol dengan para tokoh.",
            [],
        ),
        # the same body acting in its own name still takes part
        ("Kesbangpol menggelar dialog dengan Forum Warga di aula.", ["Kesbangpol"]),
    ],
)
def test_government_body_named_as_a_party_to_a_relation_does_not_act(
    text: str, bodies: list[str]
) -> None:
    found = one(text)
    assert found is not None and found.government_bodies == bodies
