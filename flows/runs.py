"""`pantau runs`: recent flow runs and their states from the Prefect API (embedded or served)."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def _seconds(start: datetime | None, end: datetime | None) -> float | None:
    return (end - start).total_seconds() if start and end else None


def recent_runs(limit: int = 20) -> list[dict[str, Any]]:
    """The newest flow runs first: name, flow, state, start, duration (seconds)."""
    from flows.prefect_env import configure

    configure()
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=limit)
        flow_ids = sorted({run.flow_id for run in runs}, key=str)
        flows = {f.id: f.name for f in client.read_flows(limit=200)} if flow_ids else {}
    out = []
    for run in runs:
        start = run.start_time or run.expected_start_time
        out.append(
            {
                "flow": flows.get(run.flow_id, str(run.flow_id)),
                "run": run.name,
                "state": run.state_name or (run.state.type.value if run.state else "?"),
                "start": start.isoformat(timespec="seconds") if start else "",
                "seconds": _seconds(run.start_time, run.end_time),
                "id": str(run.id),
            }
        )
    return out
