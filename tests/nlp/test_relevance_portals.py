"""Relevance on government-portal shapes (round 8): government news on civil-society topics is not
engagement. Fictional sentences in the shapes of `.go.id` portal pages."""

from __future__ import annotations

import pytest

from nlp import engagements as eng
from nlp import relevance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # harmony is a topic; a body of migrants from one region is civil society
        ("Kesbangpol bersama Kodim menggelar sosialisasi kerukunan umat beragama di aula.", False),
        ("Bupati mengukuhkan pengurus Kerukunan Keluarga Sukamaju di pendopo.", True),
        # people named as a group among a government ceremony's guests
        (
            "Bupati melantik tujuh kepala desa. Hadir dalam pelantikan itu Wakil Bupati, Kapolres, "
            "Kajari, tokoh masyarakat dan jajaran Pemkab Sukamaju.",
            False,
        ),
        (
            "Gubernur membuka rapat paripurna yang dihadiri Ketua DPRD, para Asisten, Tokoh Adat, "
            "Tokoh Agama serta undangan lainnya.",
            False,
        ),
        # ... while a body named among the guests, or the group the event is for, still counts
        ("Bupati membuka rapat yang dihadiri Kapolres dan pengurus MUI Sukamaju.", True),
        ("Bupati bersilaturahmi dengan para tokoh agama di pendopo.", True),
        # the event naming the civil side is planned
        (
            "Menyongsong Temu Nasional Tokoh Agama di Sukamaju yang direncanakan bulan Mei, "
            "Kakanwil memberikan arahan kepada penyuluh.",
            False,
        ),
        # interfaith figures and religious institutions however named
        ("Bupati membuka sekolah kerukunan yang diikuti tokoh lintas agama se-kabupaten.", True),
        ("Bupati bertemu lembaga keagamaan se-Kabupaten Sukamaju di aula.", True),
    ],
)
def test_portal_shapes_of_relevance(text: str, expected: bool) -> None:
    assert relevance.cued(text) is expected


def test_a_dateline_cut_off_as_a_sentence_does_not_use_up_the_lead() -> None:
    text = (
        "Sukamaju-Diskominfo. Bupati membuka dialog di aula. Acara itu berlangsung meriah sejak pagi. "
        "Wakil Bupati hadir bersama para tokoh agama."
    )
    assert relevance.cued(text) is True
    assert (
        relevance.cued(text.replace("Sukamaju-Diskominfo.", "Cuaca cerah sejak pagi hari."))
        is False
    )


def test_a_quote_over_several_sentences_is_speech_throughout() -> None:
    text = (
        "Wakil Bupati ditemui usai rapat paripurna di gedung dewan. "
        "\u201cKami selalu bersama masyarakat adat. Kami juga melibatkan tokoh adat,\u201d ujarnya."
    )
    assert relevance.cued(text) is False


@pytest.mark.parametrize(
    ("kind", "name", "side"),
    [
        ("ormas_cso", "Asosiasi Pemerintah Kota Seluruh Indonesia", None),
        ("ormas_cso", "APEKSI", None),
        ("other", "Apkasi", None),
        ("ormas_cso", "Majelis Rakyat Papua", eng.BODY),
        ("other", "Forum Koordinasi dan Konsultasi Keterbukaan Informasi", eng.BODY),
        ("other", "Asosiasi Pedagang Sukamaju", None),
        ("other", "Majelis Taklim Sukamaju", eng.ORG),
    ],
)
def test_state_bodies_and_government_associations_are_not_civil_society(
    kind: str, name: str, side: str | None
) -> None:
    assert eng.side_of(kind, name) == side


def test_a_list_cut_after_a_degree_goes_on_in_the_next_sentence() -> None:
    text = (
        "Sukamaju-Diskominfo. Bupati membuka diskusi kamtibmas di aula kantor bupati. "
        "Gubernur hadir sebagai pembicara utama dalam diskusi itu. "
        "Turut hadir Wakil Bupati Budi Santoso, M.Si dan Sekda Ani Lestari S.Sos.M.M. "
        "Unsur Forkopimda, para pimpinan Organisasi Kemasyarakatan Pemuda (OKP)."
    )
    assert relevance.cued(text) is True
    assert relevance.cued(text.replace("S.Sos.M.M.", "dari Sukamaju.")) is False
