"""Round-5 participation and relevance shapes (nlp.participation, nlp.relevance), on fictional
sentences: a government body named in a named member's or a former holder's title does not act
(unnamed members stand for it), and one
event told over two lead sentences is relevant."""

from __future__ import annotations

import pytest

from nlp import engagements as eng
from nlp import relevance
from tests.nlp.engagement_parts import parts_of

SIDES = {
    "Bupati Rahmat": eng.OFFICIAL,
    "Lestari Wening": eng.OFFICIAL,
    "DPRD Sukamaju": eng.BODY,
    "Dinas Sosial": eng.BODY,
    "Forum Warga": eng.ORG,
}


def parts(text: str) -> list[eng.Part]:
    return parts_of(text, SIDES)


def bodies(text: str) -> list[str]:
    got = eng.find(text, parts(text))
    assert len(got) == 1
    return got[0].government_bodies


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Rahmat membuka musda Forum Warga. Hadir Anggota DPRD Sukamaju Lestari Wening.",
        "Bupati Rahmat bertemu Forum Warga bersama mantan Kepala Dinas Sosial Lestari Wening.",
        "Bupati Rahmat membuka musda Forum Warga. Hadir Lestari Wening, anggota DPRD Sukamaju.",
        "Bupati Rahmat membuka musda Forum Warga, dihadiri anggota DPRD Sukamaju seperti Dewi.",
        "Bupati Rahmat bertemu Forum Warga bersama mantan Anggota DPRD Sukamaju Lestari Wening.",
    ],
)
def test_body_in_a_members_or_former_holders_title_does_not_act(text: str) -> None:
    assert bodies(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Rahmat membuka musda Forum Warga. Hadir Ketua DPRD Sukamaju Lestari Wening.",
        "DPRD Sukamaju menerima audiensi Forum Warga di ruang rapat.",
        # members named by no one stand for their body (README clarification 5)
        "Bupati Rahmat menyerahkan hibah kepada Forum Warga, didampingi anggota DPRD Sukamaju.",
        "Bupati Rahmat membuka musda Forum Warga, dihadiri sejumlah anggota DPRD Sukamaju, tokoh agama.",
    ],
)
def test_body_led_or_acting_itself_still_acts(text: str) -> None:
    assert bodies(text) == ["DPRD Sukamaju"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Kesbangpol Sukamaju menghadiri diskusi kebangsaan di sebuah hotel. "
            "Acara itu dihadiri tokoh masyarakat, organisasi kepemudaan dan lembaga adat.",
            True,
        ),
        # the civil side named in the first sentence, the government only later on
        (
            "Paguyuban Warga Sukamaju menggelar musyawarah di balai desa. "
            "Bupati Sukamaju hadir membuka acara tersebut.",
            True,
        ),
        # two sentences, but the second tells of no interaction
        (
            "Kepala Kesbangpol Sukamaju menghadiri diskusi kebangsaan di sebuah hotel. "
            "Lembaga adat di daerah itu berdiri sejak lama.",
            False,
        ),
        # the civil side only asked for something in the second sentence
        (
            "Bupati Sukamaju membuka rapat anggaran di kantor bupati. "
            "Ia meminta ormas dilibatkan dalam rapat berikutnya.",
            False,
        ),
    ],
)
def test_one_event_told_over_two_lead_sentences_is_relevant(text: str, expected: bool) -> None:
    assert relevance.cued(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Lestari Wening membuka musda Forum Warga, bagian dari program Bupati Rahmat.",
        "Lestari Wening membuka musda Forum Warga di bawah kepemimpinan Bupati Rahmat.",
        "Lestari Wening, yang menggantikan Bupati Rahmat, membuka musda Forum Warga.",
    ],
)
def test_official_owning_a_programme_or_replaced_is_only_named(text: str) -> None:
    got = eng.find(text, parts(text))
    assert len(got) == 1 and got[0].government == ["Lestari Wening"]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Sukamaju menghadiri perayaan pesta pelindung Paroki Santa Maria di Sukamaju.",
        "Wakil Bupati Sukamaju menghadiri upacara adat Kasepuhan Cibunar di Sukamaju.",
        "Kepala Kesbangpol Sukamaju menggelar dialog kebangsaan bersama OKP dan BEM se-Sukamaju.",
        "Gubernur Sukamaju menerima audiensi Lembaga Masyarakat Hukum Adat Suku Timur.",
    ],
)
def test_church_customary_and_youth_bodies_are_the_civil_side(text: str) -> None:
    assert relevance.cued(text)
