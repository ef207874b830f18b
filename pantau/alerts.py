"""The alert hook: POST a JSON payload to `monitoring.alert_webhook` and/or run
`monitoring.alert_command` with the payload on stdin.

An alert that cannot be delivered is reported back (and logged by the caller), never raised:
a broken webhook must not fail the crawl whose failure it was meant to announce.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import urllib.request
from datetime import UTC, datetime
from typing import Any

from pantau.monitoring import PortalHealth
from pantau.runs import RunProblem
from pipeline.core.config import redact
from pipeline.core.settings_model import MonitoringSettings


def _without(message: str, secret: str) -> str:
    """An error message with the secret target (it may embed a token) masked out."""
    return message.replace(secret, redact(secret)) if secret else message


TIMEOUT_SECONDS = 15


def alert_payload(
    failing: list[PortalHealth], *, source: str, run_id: str | None = None
) -> dict[str, Any]:
    return {
        "event": "pantau.portal_failure",
        "source": source,
        "run_id": run_id,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "portals": [
            {
                "portal": h.portal,
                "status": h.portal_status,
                "problems": h.problems,
                "last_run": h.last_run,
            }
            for h in failing
        ],
        "text": "; ".join(f"{h.portal}: {', '.join(h.problems)}" for h in failing),
    }


def post_webhook(url: str, payload: dict[str, Any]) -> str:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "User-Agent": "pantau-alert"},
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        return f"webhook {redact(url)}: HTTP {response.status}"


def run_command(command: str, payload: dict[str, Any]) -> str:
    done = subprocess.run(
        shlex.split(command),
        input=json.dumps(payload, ensure_ascii=False),
        text=True,
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    if done.returncode != 0:
        raise OSError(f"exit code {done.returncode}: {done.stderr.strip()[:200]}")
    return f"command {redact(command)!r}: ok"


def send_alert(monitoring: MonitoringSettings, payload: dict[str, Any]) -> list[str]:
    """Deliver `payload` through every configured hook; returns one line per delivery attempt."""
    outcomes = []
    hooks = (("alert_webhook", post_webhook), ("alert_command", run_command))
    for key, deliver in hooks:
        target = str(getattr(monitoring, key)).strip()
        if not target:
            continue
        try:
            outcomes.append(deliver(target, payload))
        except (OSError, ValueError, subprocess.SubprocessError) as exc:
            outcomes.append(f"{key} {redact(target)!r} FAILED: {_without(str(exc), target)}")
    return outcomes


def alert_on_failures(
    health: list[PortalHealth],
    monitoring: MonitoringSettings,
    *,
    source: str,
    run_id: str | None = None,
) -> list[str]:
    """Send one alert naming every failing portal (a local test site's silence excluded); nothing
    when all are healthy."""
    failing = [h for h in health if h.alerting]
    if not failing:
        return []
    return send_alert(monitoring, alert_payload(failing, source=source, run_id=run_id))


def flow_run_payload(problems: list[RunProblem], *, source: str) -> dict[str, Any]:
    return {
        "event": "pantau.flow_run_problem",
        "source": source,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "flow_runs": [p.as_dict() for p in problems],
        "text": "; ".join(p.text for p in problems),
    }


def alert_on_flow_runs(
    problems: list[RunProblem], monitoring: MonitoringSettings, *, source: str
) -> list[str]:
    """Send one alert naming every Late / Crashed flow run; nothing when there is none."""
    if not problems:
        return []
    return send_alert(monitoring, flow_run_payload(problems, source=source))
