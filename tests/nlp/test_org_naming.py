from __future__ import annotations

import nlp


def _orgs(text: str) -> list[dict]:
    return nlp.extract(text).as_output()["organisations"]


def test_a_body_defined_without_region_is_named_by_its_one_regional_reference() -> None:
    text = (
        "Forum Kerukunan Umat Beragama (FKUB) menggelar dialog lintas iman. "
        "Ketua FKUB Boyolali, Budi Hartono, membuka dialog itu bersama warga."
    )
    names = [o["name"] for o in _orgs(text)]
    assert "FKUB Boyolali" in names
    assert "Forum Kerukunan Umat Beragama" not in names


def test_a_body_defined_without_region_keeps_its_name_when_two_regions_refer_to_it() -> None:
    text = (
        "Forum Kerukunan Umat Beragama (FKUB) menggelar dialog lintas iman. "
        "FKUB Boyolali dan FKUB Klaten hadir bersama warga."
    )
    assert "Forum Kerukunan Umat Beragama" in [o["name"] for o in _orgs(text)]
