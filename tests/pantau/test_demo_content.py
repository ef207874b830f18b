"""The demo's content files: every shipped file is in shape, and a file out of shape is refused
with an error that names the file, the article and the key."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from pantau.demo.content import PORTAL_FILES
from pantau.demo.model import check_content, expected_counts
from pipeline.core.errors import InputError


def shipped(stem: str) -> dict[str, Any]:
    return json.loads(
        resources.files("pantau.demo.content").joinpath(f"{stem}.json").read_text("utf-8")
    )


@pytest.mark.parametrize("stem", PORTAL_FILES)
def test_every_shipped_content_file_is_in_shape(stem: str):
    check_content(shipped(stem), stem)


def test_the_content_files_give_the_demo_its_33_articles():
    assert sum(expected_counts().values()) == 33


def _drop_title(d: dict[str, Any]) -> None:
    del d["articles"][1]["title"]


def _extra_key(d: dict[str, Any]) -> None:
    d["articles"][0]["subtitle"] = "x"


def _tags_as_text(d: dict[str, Any]) -> None:
    d["articles"][0]["tags"] = "Ormas"


def _twice(d: dict[str, Any]) -> None:
    d["articles"][1]["slug"] = d["articles"][0]["slug"]


def _bad_date(d: dict[str, Any]) -> None:
    d["articles"][0]["published"] = "13 September 2023"


def _empty_paragraph(d: dict[str, Any]) -> None:
    d["articles"][0]["body"].append(" ")


def _gold_typo(d: dict[str, Any]) -> None:
    d["articles"][0]["gold"]["official"] = []


def _portal_without_domain(d: dict[str, Any]) -> None:
    del d["portal"]["domain"]


def _gold_of_names(d: dict[str, Any]) -> None:
    d["articles"][0]["gold"]["persons"] = ["Dedi"]


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (_drop_title, r"article 2: .*missing keys \['title'\]"),
        (_extra_key, r"article 1: unknown keys \['subtitle'\]"),
        (_tags_as_text, r"article 1: tags must be list, got str"),
        (_twice, r"article 2: slug .* is used twice"),
        (_bad_date, r"article 1: published '13 September 2023' is not an ISO date-time"),
        (_empty_paragraph, r"article 1: body must be a list of non-empty paragraphs"),
        (_gold_typo, r"article 1 \(.*\): gold: unknown keys \['official'\]"),
        (_portal_without_domain, r"portal: unknown keys \[\], missing keys \['domain'\]"),
        (_gold_of_names, r"article 1: gold persons must be a list of objects"),
    ],
)
def test_a_content_file_out_of_shape_is_refused_naming_where(spoil, expected):
    data = copy.deepcopy(shipped("pandeglang"))
    spoil(data)
    with pytest.raises(InputError, match=r"^pandeglang\.json: " + expected):
        check_content(data, "pandeglang.json")
