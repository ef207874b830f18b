from __future__ import annotations

import pytest

from nlp.titles import role_key
from tests.nlp.conftest import table


@pytest.mark.parametrize("row", table("role_forms"))
def test_role_key_folds_written_forms_of_one_role(row: dict) -> None:
    assert role_key(row["a"]) == role_key(row["b"])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Wali Kota", "Wakil Wali Kota"),
        ("Ketua FKUB", "Ketua MUI"),
        ("Ketua FKUB Lebak", "Ketua FKUB Serang"),
    ],
)
def test_role_key_keeps_different_roles_apart(a: str, b: str) -> None:
    assert role_key(a) != role_key(b)
