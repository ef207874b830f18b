from __future__ import annotations

import pytest

from nlp.role_match import same_role
from tests.nlp.conftest import table


@pytest.mark.parametrize("row", table("same_roles"))
def test_same_role_allows_only_a_jurisdiction_written_into_the_role(row: dict) -> None:
    assert same_role(row["gold"], row["pred"], official=row["official"]) is row["same"]
    assert same_role(row["pred"], row["gold"], official=row["official"]) is row["same"]
