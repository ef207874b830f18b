from __future__ import annotations

import pytest

from nlp import gazetteer


@pytest.mark.parametrize(
    ("name", "levels", "codes"),
    [
        ("Serang", ("regency", "city"), {"36.04", "36.73"}),
        ("Jakarta Pusat", None, {"31.71"}),
        ("Kalteng", None, {"62"}),
        ("Palangka Raya", None, {"62.71"}),
        ("Sangihe", None, {"71.03"}),
        ("Padarincang", ("district",), {"36.04.29"}),
        # the gazetteer writes "Kep. Siau Tagulandang Biaro"; writers spell "Kepulauan" out
        ("Kepulauan Siau Tagulandang Biaro", None, {"71.09"}),
        ("Kepulauan Sitaro", None, {"71.09"}),
    ],
)
def test_gazetteer_lookup(name: str, levels: tuple[str, ...] | None, codes: set[str]) -> None:
    assert {r.code for r in gazetteer.lookup(name, levels)} == codes


def test_gazetteer_covers_every_level() -> None:
    levels = [r.level for r in gazetteer.regions().values()]
    assert levels.count("province") == 38
    assert levels.count("regency") + levels.count("city") == 514
    assert levels.count("district") > 7000
    assert len(gazetteer.village_index()) > 50000


def test_gazetteer_display_names() -> None:
    serang = {r.level: r.display for r in gazetteer.lookup("Serang")}
    assert serang == {
        "regency": "Kabupaten Serang",
        "city": "Kota Serang",
        "district": "Kecamatan Serang",
    }
