"""Deployments are built from the schedules without a server; targets and run ids are checked."""

from __future__ import annotations

import pytest

from flows.schedules import Schedule
from flows.targets import build_targets, new_run_id
from pipeline.core.errors import InputError


def test_each_schedule_becomes_a_cron_deployment_of_the_right_flow():
    from flows.serve import build_deployments

    schedules = [
        Schedule("daily-stable", "0 2 * * *", "status:stable"),
        Schedule("hourly-watch", "0 * * * *", ("serangkab",), max_pages=5, process=False),
    ]
    daily, hourly = build_deployments(schedules)
    assert (daily.name, daily.flow_name, daily.parameters) == (
        "daily-stable",
        "pantau-run",
        {"max_pages": 0, "selector": "status:stable"},
    )
    assert (hourly.flow_name, hourly.parameters) == (
        "pantau-crawl",
        {"max_pages": 5, "portals": ["serangkab"]},
    )
    assert [(s.schedule.cron, s.schedule.timezone) for s in hourly.schedules] == [
        ("0 * * * *", "Asia/Jakarta")
    ]


def test_run_ids_differ_within_one_second():
    assert len({new_run_id() for _ in range(50)}) == 50


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "nothing to crawl"),
        ({"portals": ["no-such-portal"]}, "unknown portal"),
        ({"records": [{"base_url": "http://x/"}]}, "without a name"),
        ({"records": [{"name": "a"}, {"name": "a"}]}, "named twice"),
    ],
)
def test_bad_crawl_targets_are_input_errors(kwargs, message):
    with pytest.raises(InputError, match=message):
        build_targets(**kwargs)
