"""`pantau runs`: recent flow runs and their states from the Prefect API (embedded or served).

Also the flow-run check of `pantau report`: after `pantau serve` stops, its deployments go
NOT_READY and their scheduled runs pile up as Late; a run whose process died is Crashed
(PITFALLS.md). `stuck_runs` decides which run records are problems (pure, tested with fake
records); `problem_runs` asks a *reachable* Prefect server for them and never starts one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from flows.prefect_env import configure, prefect_home, running_server, server_alive
from pipeline.core.settings_model import MonitoringSettings

PROBLEM_STATE_NAMES = (
    "Late",
)  # a SCHEDULED-type state the server sets when nobody picks the run up
PROBLEM_STATE_TYPES = ("CRASHED",)


@dataclass(frozen=True)
class RunProblem:
    flow: str
    run: str
    state: str
    at: datetime | None  # Late: when the run should have started; Crashed: when it ended
    id: str

    @property
    def text(self) -> str:
        when = f"{self.at:%Y-%m-%d %H:%M} UTC" if self.at else "unknown time"
        if self.state == "Late":
            return f"{self.flow} run {self.run} is Late (due {when}): is `pantau serve` running?"
        return f"{self.flow} run {self.run} {self.state} at {when}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "flow": self.flow,
            "run": self.run,
            "state": self.state,
            "id": self.id,
            "text": self.text,
            "at": self.at.isoformat(timespec="seconds") if self.at else None,
        }


def _seconds(start: datetime | None, end: datetime | None) -> float | None:
    return (end - start).total_seconds() if start and end else None


def _utc(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def run_record(run: Any, flows: dict[Any, str]) -> dict[str, Any]:
    """The fields of a Prefect FlowRun that `pantau runs` shows and `stuck_runs` judges."""
    start = run.start_time or run.expected_start_time
    return {
        "flow": flows.get(run.flow_id, str(run.flow_id)),
        "run": run.name,
        "state": run.state_name or (run.state.type.value if run.state else "?"),
        "state_type": run.state.type.value if run.state else None,
        "start": start.isoformat(timespec="seconds") if start else "",
        "seconds": _seconds(run.start_time, run.end_time),
        "id": str(run.id),
        "expected_start_time": run.expected_start_time,
        "end_time": run.end_time,
    }


def is_problem(record: dict[str, Any]) -> bool:
    return (
        record.get("state") in PROBLEM_STATE_NAMES
        or record.get("state_type") in PROBLEM_STATE_TYPES
    )


def stuck_runs(
    records: list[dict[str, Any]], *, now: datetime, window_hours: float
) -> list[RunProblem]:
    """Late or Crashed runs whose due / end time is within the last `window_hours` (oldest first).

    The window keeps an old crash, or the Late runs of a schedule served once long ago, from
    failing every report forever; a Late run without a time counts (it is current by nature).
    """
    since = now - timedelta(hours=window_hours)
    out = []
    for record in records:
        if not is_problem(record):
            continue
        late = record.get("state") in PROBLEM_STATE_NAMES
        at = _utc(
            record.get("expected_start_time")
            if late
            else record.get("end_time") or record.get("start_time")
        )
        if at is not None and at < since:
            continue
        out.append(
            RunProblem(
                str(record.get("flow")),
                str(record.get("run")),
                str(record.get("state")),
                at,
                str(record.get("id")),
            )
        )
    return sorted(out, key=lambda p: (p.at or now, p.run))


def reachable_server() -> str | None:
    """The API URL of a Prefect server that answers now (PREFECT_API_URL or a live `pantau serve`)."""
    configure()
    explicit = os.environ.get("PREFECT_API_URL")
    if explicit:
        return explicit if server_alive(explicit) else None
    return running_server(prefect_home())


# Prefect is imported inside the functions that talk to a server: its import takes seconds, and
# `pantau report` asks a server only when one answers.
def _read(client: Any, flow_run_filter: Any, limit: int) -> list[Any]:
    from prefect.client.schemas.sorting import FlowRunSort

    return list(
        client.read_flow_runs(
            flow_run_filter=flow_run_filter, sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=limit
        )
    )


def problem_run_records(limit: int = 200) -> list[dict[str, Any]]:
    """Late and Crashed flow runs from the configured Prefect API (call only when it is reachable)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateName,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    by_name = FlowRunFilter(
        state=FlowRunFilterState(name=FlowRunFilterStateName(any_=list(PROBLEM_STATE_NAMES)))
    )
    by_type = FlowRunFilter(
        state=FlowRunFilterState(
            type=FlowRunFilterStateType(any_=[StateType(t) for t in PROBLEM_STATE_TYPES])
        )
    )
    with get_client(sync_client=True) as client:
        runs = {run.id: run for f in (by_name, by_type) for run in _read(client, f, limit)}
        flows = {f.id: f.name for f in client.read_flows(limit=200)} if runs else {}
    return [run_record(run, flows) for run in runs.values()]


def check_flow_runs(
    monitoring: MonitoringSettings, *, now: datetime | None = None
) -> tuple[list[RunProblem], str | None]:
    """(Late / Crashed runs in the window, a note when they could not be checked)."""
    api_url = reachable_server()
    if api_url is None:
        return (
            [],
            "flow runs not checked: no Prefect server is running (start one with `pantau serve`)",
        )
    window = float(monitoring.flow_run_window_hours)
    try:
        records = problem_run_records()
    except Exception as exc:  # the report must still print the portal health
        return (
            [],
            f"flow runs not checked: the Prefect API at {api_url} failed: {type(exc).__name__}: {exc}"[
                :300
            ],
        )
    return stuck_runs(records, now=now or datetime.now(UTC), window_hours=window), None


def recent_runs(limit: int = 20) -> list[dict[str, Any]]:
    """The newest flow runs first: name, flow, state, start, duration (seconds), problem flag."""
    configure()
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=limit)
        flow_ids = sorted({run.flow_id for run in runs}, key=str)
        flows = {f.id: f.name for f in client.read_flows(limit=200)} if flow_ids else {}
    out = []
    for run in runs:
        record = run_record(run, flows)
        out.append(
            {key: record[key] for key in ("flow", "run", "state", "start", "seconds", "id")}
            | {"problem": is_problem(record)}
        )
    return out
