"""Late / Crashed flow runs: which run records the report flags, and that it never needs a server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from uuid import uuid4

import pytest

import pantau.runs as runs_mod
from pantau.alerts import alert_on_flow_runs
from pantau.runs import check_flow_runs, run_record, stuck_runs
from pipeline.core.config import redact
from pipeline.core.settings_model import MonitoringSettings

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def record(
    state: str, state_type: str, *, hours_ago: float | None = 1, run: str = "brisk-otter"
) -> dict:
    at = NOW - timedelta(hours=hours_ago) if hours_ago is not None else None
    return {
        "flow": "pantau-run",
        "run": run,
        "state": state,
        "state_type": state_type,
        "id": run,
        "expected_start_time": at,
        "end_time": at if state_type == "CRASHED" else None,
    }


@pytest.mark.parametrize(
    ("rec", "flagged"),
    [
        (record("Late", "SCHEDULED"), True),
        (record("Crashed", "CRASHED"), True),
        (record("Completed", "COMPLETED"), False),
        (record("Failed", "FAILED"), False),  # a failed crawl shows up in the portal health instead
        (record("Scheduled", "SCHEDULED", hours_ago=-2), False),  # due in two hours: not late
        (record("Late", "SCHEDULED", hours_ago=30), False),  # outside the 24 h window
        (record("Crashed", "CRASHED", hours_ago=30), False),
        (record("Late", "SCHEDULED", hours_ago=None), True),  # no time known: still current
    ],
)
def test_stuck_runs_flags_recent_late_and_crashed_runs_only(rec, flagged):
    assert bool(stuck_runs([rec], now=NOW, window_hours=24)) is flagged


def test_stuck_runs_are_oldest_first_and_say_what_to_do():
    got = stuck_runs(
        [
            record("Late", "SCHEDULED", hours_ago=1, run="b"),
            record("Crashed", "CRASHED", hours_ago=5, run="a"),
        ],
        now=NOW,
        window_hours=24,
    )
    assert [p.run for p in got] == ["a", "b"]
    assert "pantau serve" in got[1].text and got[0].text.startswith("pantau-run run a Crashed")


def test_run_record_reads_a_prefect_flow_run():
    flow_id = uuid4()
    fake = SimpleNamespace(
        id=uuid4(),
        name="quiet-heron",
        flow_id=flow_id,
        state_name="Crashed",
        state=SimpleNamespace(type=SimpleNamespace(value="CRASHED")),
        start_time=NOW - timedelta(minutes=3),
        end_time=NOW,
        expected_start_time=NOW - timedelta(minutes=4),
    )
    got = run_record(fake, {flow_id: "pantau-run"})
    assert (got["flow"], got["state"], got["state_type"], got["seconds"]) == (
        "pantau-run",
        "Crashed",
        "CRASHED",
        180.0,
    )
    assert [p.run for p in stuck_runs([got], now=NOW, window_hours=1)] == ["quiet-heron"]


def test_no_reachable_server_means_not_checked_not_failed(monkeypatch):
    monkeypatch.setattr(runs_mod, "reachable_server", lambda: None)
    problems, note = check_flow_runs(MonitoringSettings())
    assert problems == [] and note and "no Prefect server" in note


def test_reachable_server_runs_are_judged_with_the_configured_window(monkeypatch):
    monkeypatch.setattr(runs_mod, "reachable_server", lambda: "http://127.0.0.1:1/api")
    monkeypatch.setattr(
        runs_mod,
        "problem_run_records",
        lambda: [
            record("Late", "SCHEDULED", hours_ago=3),
            record("Crashed", "CRASHED", hours_ago=1),
        ],
    )
    problems, note = check_flow_runs(MonitoringSettings(flow_run_window_hours=2), now=NOW)
    assert note is None
    assert [p.state for p in problems] == ["Crashed"]


def test_a_failing_prefect_api_is_a_note_not_a_crash(monkeypatch):
    def broken() -> list:
        raise ConnectionError("refused")

    monkeypatch.setattr(runs_mod, "reachable_server", lambda: "http://127.0.0.1:1/api")
    monkeypatch.setattr(runs_mod, "problem_run_records", broken)
    problems, note = check_flow_runs(MonitoringSettings())
    assert problems == [] and note and "ConnectionError" in note


def test_late_runs_fire_the_alert_hook(webhook):
    problems = stuck_runs([record("Late", "SCHEDULED")], now=NOW, window_hours=24)
    outcome = alert_on_flow_runs(
        problems, MonitoringSettings(alert_webhook=webhook.url), source="report"
    )
    assert outcome == [f"webhook {redact(webhook.url)}: HTTP 204"]
    (body,) = webhook.bodies
    assert body["event"] == "pantau.flow_run_problem"
    assert [r["state"] for r in body["flow_runs"]] == ["Late"]
    assert (
        alert_on_flow_runs([], MonitoringSettings(alert_webhook=webhook.url), source="report") == []
    )
