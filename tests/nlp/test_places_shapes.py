"""Shapes of place mentions on unseen pages: addresses read as lists of names, district names that
are words of another name, bare regions of another province, villages written apart."""

from __future__ import annotations

import pytest

import nlp


def _places(text: str, province: str) -> list[tuple[str, str]]:
    return [
        (p["name"], p["code"]) for p in nlp.extract(text, province=province).as_output()["places"]
    ]


@pytest.mark.parametrize(
    ("text", "province", "place"),
    [
        (  # an address after a named person: its items are places, not more people
            "Pertemuan diadakan di rumah Ketua RT Andi Saputra, Jl. Melati No. 7, Petisah Tengah, "
            "Kec. Medan Petisah, Kota Medan.",
            "Sumatera Utara",
            ("Kelurahan Petisah Tengah", "12.71.19.1001"),
        ),
        (
            "Pertemuan diadakan di rumah Ketua RT Andi Saputra, Jl. Melati No. 7, Petisah Tengah, "
            "Kec. Medan Petisah, Kota Medan.",
            "Sumatera Utara",
            ("Kecamatan Medan Petisah", "12.71.19"),
        ),
        (  # a name written with spaced hyphens
            "Pengajian digelar di Jl. Mawar, Kec. Alang - Alang Lebar, Kota Palembang.",
            "Sumatera Selatan",
            ("Kecamatan Alang-alang Lebar", "16.71.15"),
        ),
        (  # a village name closing with a compass word before its district
            "Wagub berkunjung ke Masjid Raya, Jorong Koto, Tiku Selatan, Kecamatan Tanjung Mutiara.",
            "Sumatera Barat",
            ("Desa Tiku Selatan", "13.06.01.2001"),
        ),
        (  # written apart, recorded together ("Kebunbunga")
            "Acara berlangsung di Aula Lubuk, Kebun Bunga, Kecamatan Sukarami, Kota Palembang.",
            "Sumatera Selatan",
            ("Kelurahan Kebunbunga", "16.71.07.1007"),
        ),
        (  # a bare district standing alone is still a place
            "Rapat warga digelar di Sumber, Kabupaten Cirebon, kemarin.",
            "Jawa Barat",
            ("Kecamatan Sumber", "32.09.15"),
        ),
        (  # a weekday after a bare district does not continue its name
            "Rapat digelar di Masbagik Senin lalu bersama warga Kabupaten Lombok Timur.",
            "Nusa Tenggara Barat",
            ("Kecamatan Masbagik", "52.03.05"),
        ),
        (  # nor does its parent written without a comma
            "Rapat digelar di Masbagik Lombok Timur kemarin.",
            "Nusa Tenggara Barat",
            ("Kecamatan Masbagik", "52.03.05"),
        ),
        (  # a region of another province after "di" is a place
            "Tim dari Kota Ambon bertanding di Palembang pekan lalu.",
            "Maluku",
            ("Kota Palembang", "16.71"),
        ),
        (  # the district of a named regency, not the same-named regency of another province
            "Camat memantau pemungutan suara di kecamatan Gerung, Kediri dan Kuripan, "
            "Kabupaten Lombok Barat.",
            "Nusa Tenggara Barat",
            ("Kecamatan Kediri", "52.01.02"),
        ),
        (  # a bare city of another province, without "di" and nothing else of its province named
            "Rombongan kafilah asal Surabaya disambut Wali Kota Ambon kemarin.",
            "Maluku",
            ("Kota Surabaya", "35.78"),
        ),
    ],
)
def test_places_found_in_address_and_list_shapes(
    text: str, province: str, place: tuple[str, str]
) -> None:
    assert place in _places(text, province)


def test_places_address_items_are_not_persons() -> None:
    text = "Pertemuan diadakan di rumah Ketua RT Andi Saputra, Jl. Melati No. 7, Petisah Tengah, "
    text += "Kec. Medan Petisah, Kota Medan."
    persons = nlp.extract(text, province="Sumatera Utara").as_output()["persons"]
    assert not any("Petisah" in p["name"] for p in persons)


@pytest.mark.parametrize(
    ("text", "province", "not_a_place"),
    [
        (  # a phrase
            "Pelatihan untuk kemajuan Sumber Daya Manusia di Kabupaten Cirebon dibuka kemarin.",
            "Jawa Barat",
            "Kecamatan Sumber",
        ),
        (  # a surname
            "Pemateri Rudi Purba hadir dalam diskusi di Kabupaten Simalungun.",
            "Sumatera Utara",
            "Kecamatan Purba",
        ),
        (  # a road segment
            "Pekerjaan meliputi ruas Kalirejo dan ruas Jabung di Kabupaten Lampung Timur.",
            "Lampung",
            "Kecamatan Jabung",
        ),
        (  # the district of a named regency, not the same-named regency of another province
            "Camat memantau pemungutan suara di kecamatan Gerung, Kediri dan Kuripan, "
            "Kabupaten Lombok Barat.",
            "Nusa Tenggara Barat",
            "Kabupaten Kediri",
        ),
    ],
)
def test_places_words_of_other_names_are_not_places(
    text: str, province: str, not_a_place: str
) -> None:
    assert not_a_place not in [name for name, _ in _places(text, province)]
