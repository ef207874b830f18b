"""Where a name ends and what it is not: headline verbs, quantity words, sights, degrees printed in
two words, stacked honorifics, region short forms, names listed after a government body."""

from __future__ import annotations

import pytest

import nlp
from nlp.lexicons.headline_words import verb_shaped


def _names(text: str, kind: str) -> list[str]:
    return [e["name"] for e in nlp.extract(text).as_output()[kind]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wakil Bupati Rina Kartika Sari Mendampingi Gubernur ke lokasi banjir.",
            "Rina Kartika Sari",
        ),
        ("Bupati Hendra Gaspol Perbaikan Jalan Desa Sebelum Musim Hujan", "Hendra"),
        ("Bupati Joko Resmikan Pasar Baru di Desa Sukamaju", "Joko"),
        ("Kepala Bidang Kepemudaan, Andi R. Puluhan pemuda hadir dalam kegiatan itu.", "Andi R."),
    ],
)
def test_official_name_stops_before_headline_verb_or_quantity_word(text: str, name: str) -> None:
    assert name in _names(text, "officials")


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Kuningan Tinjau Longsor Bantaran Kali di Desa Cikadu",
        "Kapolri Minta Warga Tetap Tenang Usai Kejadian",
        "Ribuan warga menyambut Bupati dan Wakil Bupati Terpilih di alun-alun.",
    ],
)
def test_headline_predicate_is_not_an_officials_name(text: str) -> None:
    assert _names(text, "officials") == []


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("Mendampingi", True),
        ("Menyerahkan", True),
        ("Diserahkan", True),
        ("Salurkan", True),
        ("Perbaikan", True),
        ("Pendidikan", True),
        ("Dimyati", False),  # short di- names
        ("Megawati", False),
        ("Pelalawan", False),  # "Pel-" is no nasal prefix
        ("Penambunan", False),  # "Pen-" before a vowel: a surname
        ("Setiawan", False),
    ],
)
def test_verb_shape_tells_affixed_words_from_names(word: str, shaped: bool) -> None:
    assert verb_shaped(word) is shaped


@pytest.mark.parametrize(
    "text",
    [
        # a list of sights has the shape of a list of names
        "Wisata di kota ini, seperti Museum Sang Nila, Masjid Agung, Rumah Songket, Tugu Pejuang "
        "Muda, Makam Datuk Laut, Istana Lama, Kampung Nelayan dan lainnya.",
    ],
)
def test_sights_and_monuments_are_not_persons(text: str) -> None:
    assert _names(text, "persons") == []


def test_degree_in_two_words_is_not_a_listed_name() -> None:
    text = "Hadir diantaranya Rudi Hartono, M Si, Ahmad Fauzi, S Pd, dan Siti Aminah, S Sos."
    names = _names(text, "persons")
    assert "M Si" not in names and "S Pd" not in names and "S Sos" not in names


def test_honorifics_stacked_after_unknown_words_are_left_out_of_the_name() -> None:
    text = "Hadir mantan kepala dinas Provinsi Kaltara Drs. H. Rusdi Amiruddin MSc, Ketua Gemawira."
    assert "Rusdi Amiruddin" in _names(text, "persons")


def test_region_short_form_written_as_region_is_not_an_officials_name() -> None:
    text = (
        "Bupati Polewali Mandar (Polman) hadir. Pelayanan itu ditekankan oleh Bupati Polman agar "
        "setiap instansi melayani warga. Bupati Polman Ahmad Rudi Hartono menutup acara."
    )
    names = _names(text, "officials")
    assert "Polman" not in names
    assert all(not n.startswith("Polman") for n in names)


def test_one_word_official_stays_when_the_text_never_writes_it_as_a_region() -> None:
    assert _names("Bupati Subandi mengatakan jalan segera diperbaiki.", "officials") == ["Subandi"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hadir Kasubdit III Polda Papua, Kompol Yakob Wenda.", "Yakob Wenda"),
        (
            "Hadir unsur Kejaksaan Tinggi Sultra, Rahmat Hidayat, serta tokoh adat.",
            "Rahmat Hidayat",
        ),
    ],
)
def test_name_listed_after_government_body_is_its_official(text: str, name: str) -> None:
    assert name in _names(text, "officials")


def test_religious_honorific_after_government_body_stays_a_person() -> None:
    text = "Hadir Bupati, Forkopimcam, KH. Ahmad Baidowi pengasuh pondok pesantren."
    assert "Ahmad Baidowi" not in _names(text, "officials")


def test_office_joined_to_a_civil_post_by_sekaligus_makes_an_official() -> None:
    text = (
        "Wakil Gubernur Jambi sekaligus Ketua Dewan Penasehat FKUB Jambi, H. Rudi Hartono, hadir."
    )
    officials = nlp.extract(text).as_output()["officials"]
    assert [(o["name"], o["role"]) for o in officials] == [("Rudi Hartono", "Wakil Gubernur")]


def test_haji_muhammad_with_a_full_stop_is_an_honorific() -> None:
    assert _names("Walikota Bima HM. Jafar bantu pembangunan masjid.", "officials") == ["Jafar"]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Bupati Bireuen, Hasanuddin Bin HM Yusuf, membuka acara itu.",
            "officials",
            "Hasanuddin Bin HM Yusuf",
        ),
        (
            "Puisi dibacakan Ketua Sanggar Melati, Siti Aminah Putri Jelita Binti H Raja Ahmad Yani, sebelum doa.",
            "persons",
            "Siti Aminah Putri Jelita Binti H Raja Ahmad Yani",
        ),
        (
            "Hadir Ketua Umum LAM Sumberjaya Raja Ahmad Ibni Raja Haji Yusuf dalam acara itu.",
            "persons",
            "Raja Ahmad Ibni Raja Haji Yusuf",
        ),
    ],
)
def test_patronymic_name_keeps_the_fathers_honorific_and_runs_on(
    text: str, kind: str, name: str
) -> None:
    assert name in [p["name"] for p in nlp.extract(text).as_output()[kind]]
