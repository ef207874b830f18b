"""Schedule configuration is validated without a Prefect server, with errors naming the culprit."""

from __future__ import annotations

import pytest

from crawlers.portals import Portal
from flows.schedules import Schedule, parse_schedules, resolve_selector
from pipeline.core.config import load_config
from pipeline.core.errors import ConfigError, InputError

PORTALS = {
    p.name: p
    for p in (
        Portal(
            name="kotaa",
            base_url="https://kotaa.go.id/",
            province="Banten",
            region_code="36.71",
            kind="city",
            status="stable",
        ),
        Portal(
            name="kaba",
            base_url="https://kaba.go.id/",
            province="Banten",
            region_code="36.04",
            kind="regency",
            status="unverified",
        ),
        Portal(
            name="beritab",
            base_url="https://beritab.example/",
            province="Jawa Barat",
            region_code="32",
            kind="local_news",
            status="stable",
        ),
    )
}


def schedule(**overrides):
    raw = {"name": "daily", "cron": "0 2 * * *", "portals": "status:stable"}
    raw.update(overrides)
    return {k: v for k, v in raw.items() if v is not None}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (schedule(cron="0 2 * *"), "five-field"),
        (schedule(cron="61 2 * * *"), "not valid"),
        (schedule(cron="every day"), "five-field"),
        (schedule(cron="H 2 * * *"), "not valid"),
        (schedule(portals=["kotaa", "nowhere"]), "'nowhere'"),
        (schedule(portals="status:shiny"), "status must be one of"),
        (schedule(portals="stable"), "portal selector 'stable'"),
        (schedule(portals="kind:village"), "kind must be one of"),
        (schedule(portals="province:Papua"), "matches no portal"),
        (schedule(portals=[]), "empty portal list"),
        (schedule(portals=None), "missing 'portals'"),
        (schedule(cron=None), "missing 'cron'"),
        (schedule(name="Daily Crawl"), "lower-case"),
        (schedule(timezone="Mars/Olympus"), "unknown timezone"),
        (schedule(max_pages=-1), "max_pages"),
        (schedule(process="yes"), "process must be true or false"),
        (schedule(hourly=True), "unknown key(s) hourly"),
    ],
)
def test_bad_schedule_raises_config_error_naming_it(raw, message):
    with pytest.raises(ConfigError) as caught:
        parse_schedules([raw], PORTALS)
    assert message in str(caught.value)


def test_schedule_names_must_be_unique():
    with pytest.raises(ConfigError, match="used twice: daily"):
        parse_schedules([schedule(), schedule(cron="0 * * * *")], PORTALS)


def test_schedules_must_be_a_list_of_tables():
    with pytest.raises(ConfigError, match="expected a list"):
        parse_schedules({"name": "daily"}, PORTALS)
    with pytest.raises(ConfigError, match="expected a table"):
        parse_schedules(["daily"], PORTALS)


def test_valid_schedules_keep_selector_and_list():
    got = parse_schedules(
        [
            schedule(),
            schedule(
                name="hourly-watch", cron="0 * * * *", portals=["kaba", "kotaa"], process=False
            ),
        ],
        PORTALS,
    )
    assert got == [
        Schedule("daily", "0 2 * * *", "status:stable"),
        Schedule("hourly-watch", "0 * * * *", ("kaba", "kotaa"), process=False),
    ]
    assert got[0].flow_parameters() == {"max_pages": 0, "selector": "status:stable"}
    assert got[1].flow_parameters() == {"max_pages": 0, "portals": ["kaba", "kotaa"]}


@pytest.mark.parametrize(
    ("selector", "names"),
    [
        ("status:stable", ["beritab", "kotaa"]),
        ("province:banten", ["kaba", "kotaa"]),
        ("province:32", ["beritab"]),
        ("kind:regency", ["kaba"]),
        ("all", ["beritab", "kaba", "kotaa"]),
        (["kotaa", "kaba", "kotaa"], ["kaba", "kotaa"]),
    ],
)
def test_selectors_resolve_to_portal_names(selector, names):
    assert resolve_selector(selector, PORTALS) == names


def test_unknown_portal_in_selector_is_an_input_error():
    with pytest.raises(InputError, match="unknown portal"):
        resolve_selector(["ghost"], PORTALS)


def test_shipped_default_schedules_are_valid():
    config = load_config(environ={})
    assert [s.name for s in parse_schedules(config.schedules)] == ["daily-stable"]
