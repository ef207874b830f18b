"""A portal record carries its site's selectors: it is then its own site parser, and the registry
refuses selectors or parser keys that cannot work."""

from __future__ import annotations

import pytest

from crawlers.portals import Portal, RegistryError, build_registry, registry, site_selectors
from crawlers.portals.id import PROVINCE_MODULES
from pipeline.clean import parsers
from pipeline.core.errors import InputError
from pipeline.core.selectors import Selectors

SELECTORS = Selectors(title=("//h1",), date=("//time/@datetime",), body=("//article",))


def test_a_record_with_selectors_is_its_own_parser_and_the_cleaner_has_it() -> None:
    assert {name for name, p in registry().items() if p.selectors is not None} == set(
        site_selectors()
    )
    for name in site_selectors():
        assert registry()[name].parser == name
        assert (
            parsers.get(name) is not None
            and parsers.get(name).selectors == registry()[name].selectors
        )


def test_every_province_module_in_the_folder_is_found() -> None:
    assert {"banten", "dki_jakarta", "kalimantan_tengah"} <= set(PROVINCE_MODULES)
    sources = {p.province for p in registry().values() if p.selectors is not None}
    assert {"Banten", "Kalimantan Tengah"} <= sources


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            {"selectors": Selectors(title=("//h1[",), date=(), body=("//div",))},
            r"selectors\.title '//h1\['",
        ),
        ({"selectors": SELECTORS, "parser": "lain"}, "its own parser"),
        ({"selectors": {"title": ["//h1"]}}, "selectors must be a Selectors record"),
    ],
)
def test_unusable_selectors_are_refused_naming_the_portal(record: dict, message: str) -> None:
    with pytest.raises(InputError, match=rf"portal 'contoh'.*{message}"):
        Portal(name="contoh", base_url="https://contoh.go.id/", **record)


def test_selectors_from_json_need_title_date_and_body() -> None:
    with pytest.raises(
        InputError, match="portal 'contoh': selectors must be an object with title, date and body"
    ):
        Portal.from_dict(
            {
                "name": "contoh",
                "base_url": "https://contoh.go.id/",
                "selectors": {"title": ["//h1"]},
            }
        )


def test_a_record_may_share_another_records_parser() -> None:
    own = Portal(name="induk", base_url="https://induk.go.id/", selectors=SELECTORS)
    sharing = Portal(name="cabang", base_url="https://cabang.go.id/", parser="induk")
    assert build_registry([("a", [own, sharing])])["cabang"].parser == "induk"


def test_a_parser_key_that_names_no_record_with_selectors_is_refused() -> None:
    with pytest.raises(
        RegistryError, match=r"portal 'cabang' in a: parser 'induk' is no record with selectors"
    ):
        build_registry(
            [("a", [Portal(name="cabang", base_url="https://cabang.go.id/", parser="induk")])]
        )
