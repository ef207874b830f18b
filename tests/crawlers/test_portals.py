"""The portal registry: coverage of every region, seed sites, validation, duplicates, docs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crawlers.portals import Portal, RegistryError, build_registry, registry, select
from crawlers.portals.check import check_portals, record
from crawlers.portals.docs import DOCS_PATH, render
from crawlers.portals.official import host_for, load_regions
from pantau.cli import app
from pipeline.core.errors import InputError
from tests.crawlers import sites
from tests.crawlers.fixture_server import serve

DATA = Path(__file__).parent / "data"
SEEDS = {
    "serangkab": "serangkab.go.id",
    "sabba": "sabba.id",
    "kupasonline": "kupasonline.com",
    "beritajakarta": "beritajakarta.id",
    "tangerangkota": "tangerangkota.go.id",
}


def test_every_province_regency_and_city_has_an_official_portal() -> None:
    regions = load_regions()
    official = {
        p.region_code
        for p in registry().values()
        if p.kind in ("province", "regency", "city") and ".go.id" in p.host
    }
    assert len(regions) == 552
    assert official == set(regions)


def test_pattern_derived_portals_are_unverified() -> None:
    generated = [p for p in registry().values() if "naming pattern" in p.notes]
    assert len(generated) >= 550 and {p.status for p in generated} == {"unverified"}


@pytest.mark.parametrize(("name", "host"), SEEDS.items())
def test_seed_sites_are_registered_with_their_parser(name: str, host: str) -> None:
    portal = registry()[name]
    assert portal.parser == name and portal.host.removeprefix("www.") == host


@pytest.mark.parametrize(
    ("code", "name", "host"), json.loads((DATA / "host_patterns.json").read_text())
)
def test_official_hosts_follow_the_go_id_patterns_and_exceptions(
    code: str, name: str, host: str
) -> None:
    assert host_for(code, name) == host


def test_duplicate_names_are_rejected_naming_both_sources() -> None:
    a = Portal(name="contoh", base_url="https://contoh.go.id/")
    b = Portal(name="contoh", base_url="https://contoh.id/")
    with pytest.raises(RegistryError, match=r"'contoh'.*province_a.*province_b"):
        build_registry([("province_a", [a]), ("province_b", [b])])


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"name": "x", "base_url": "ftp://x.id/"}, "not an http"),
        ({"name": "x", "base_url": "https://x.id/", "status": "live"}, "status"),
        ({"name": "x", "base_url": "https://x.id/", "discovery": ["rss"]}, "discovery"),
        ({"name": "x", "base_url": "https://x.id/", "colour": "red"}, "unknown field"),
        ({"name": "Bad Name", "base_url": "https://x.id/"}, "name must be"),
        ({"base_url": "https://x.id/"}, "required"),
    ],
)
def test_bad_portal_records_are_refused_with_a_clear_message(record: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        Portal.from_dict(record)


def test_portal_round_trips_through_json() -> None:
    portal = registry()["kupasonline"]
    assert Portal.from_dict(json.loads(json.dumps(portal.to_dict()))) == portal


def test_select_filters_by_province_name_or_code_and_status() -> None:
    portals = list(registry().values())
    banten = select(portals, province="Banten")
    assert banten == select(portals, province="36") and len(banten) == 10
    assert {p.name for p in select(portals, status="stable")} == set(SEEDS)


def test_docs_portals_md_is_up_to_date() -> None:
    assert DOCS_PATH.read_text(encoding="utf-8") == render(registry().values()), (
        "run `pantau portals docs`"
    )


def test_cli_lists_portals_filtered_by_province_and_status() -> None:
    result = CliRunner().invoke(
        app, ["portals", "list", "--province", "Banten", "--status", "stable"]
    )
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == [
        "sabba",
        "serangkab",
        "tangerangkota",
    ]


def test_portal_check_records_what_answers(tmp_path: Path) -> None:
    with serve(sites.feed_only_site(n=1)) as site:
        alive = Portal(name="hidup", base_url=site.base_url)
        gone = Portal(name="hilang", base_url=site.base_url + "tidak-ada")
        results = check_portals([alive, gone], user_agent="test", timeout=5, allow_private=True)
        refused = check_portals([alive], user_agent="test", timeout=5)
    assert [(r["name"], r["ok"], r["status"]) for r in results] == [
        ("hidup", True, 200),
        ("hilang", False, 404),
    ]
    assert refused[0]["ok"] is False and "non-public" in refused[0]["error"]
    path = record(results, tmp_path)
    assert set(json.loads(path.read_text())) == {"hidup", "hilang"}
