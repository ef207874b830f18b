"""The alert hook: a webhook gets the JSON, a command gets it on stdin, a broken hook is reported."""

from __future__ import annotations

import json
import sys

from pantau.alerts import alert_on_failures, send_alert
from pantau.monitoring import PortalHealth
from pipeline.core.config import redact
from pipeline.core.settings_model import MonitoringSettings

FAILING = PortalHealth("kota", "stable", problems=["zero articles found"], last_run="r9")
HEALTHY = PortalHealth("kab", "stable")


def test_webhook_receives_failing_portals_only(webhook):
    outcome = alert_on_failures(
        [FAILING, HEALTHY],
        MonitoringSettings(alert_webhook=webhook.url),
        source="test",
        run_id="r9",
    )
    assert outcome == [f"webhook {redact(webhook.url)}: HTTP 204"]
    (body,) = webhook.bodies
    assert body["event"] == "pantau.portal_failure"
    assert [p["portal"] for p in body["portals"]] == ["kota"]
    assert body["portals"][0]["problems"] == ["zero articles found"]
    assert body["run_id"] == "r9"


def test_no_alert_when_everything_is_healthy(webhook):
    assert (
        alert_on_failures([HEALTHY], MonitoringSettings(alert_webhook=webhook.url), source="test")
        == []
    )
    assert webhook.bodies == []


def test_command_hook_gets_the_payload_on_stdin(tmp_path):
    out = tmp_path / "alert.json"
    script = f"import sys, pathlib; pathlib.Path({str(out)!r}).write_text(sys.stdin.read())"
    command = f"{sys.executable} -c {json.dumps(script)}"
    outcome = alert_on_failures([FAILING], MonitoringSettings(alert_command=command), source="test")
    assert outcome[0].endswith(": ok")
    assert json.loads(out.read_text())["portals"][0]["portal"] == "kota"


def test_undeliverable_alert_is_reported_not_raised(tmp_path):
    outcome = send_alert(
        MonitoringSettings(
            alert_webhook="http://127.0.0.1:9/nothing-listens",
            alert_command=f"{sys.executable} -c 'exit(3)'",
        ),
        {"event": "x"},
    )
    assert len(outcome) == 2
    assert all("FAILED" in line for line in outcome)


def test_local_test_site_problems_send_no_alert(webhook):
    demo = PortalHealth(
        "demo-kota", "stable", problems=["silent: newest article 2024-01-02"], local=True
    )
    assert (
        alert_on_failures(
            [demo, HEALTHY], MonitoringSettings(alert_webhook=webhook.url), source="test"
        )
        == []
    )
    assert webhook.bodies == []


def test_alert_outcomes_never_print_the_webhook_token(tmp_path):
    secret = "http://127.0.0.1:9/services/T0/B0/s3cr3t-token"
    outcome = send_alert(
        MonitoringSettings(
            alert_webhook=secret, alert_command=f"{sys.executable} -c 'exit(3)' --token=abc"
        ),
        {"e": 1},
    )
    assert len(outcome) == 2
    assert not any("s3cr3t-token" in line or "abc" in line for line in outcome)
