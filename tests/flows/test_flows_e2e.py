"""The flows end to end with the embedded Prefect: the demo twice (the second time through the
`pantau demo` command), a broken portal that must alert and fail `pantau report`, and the Dask
runner against the default one. Prefect starts once for the whole module (it is slow to start).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.core.config import settings
from tests.http_server import running_server

pytestmark = pytest.mark.slow

COMPARED = ("articles", "mentions", "entities", "engagements")


def snapshot(folder: Path) -> dict[str, pd.DataFrame]:
    from pipeline.store import TableStore

    store = TableStore(folder)
    out = {}
    for name in COMPARED:
        frame = store.read(name)
        out[name] = frame.astype(str).sort_values(list(frame.columns)).reset_index(drop=True)
    return out


def assert_same_tables(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    for name in COMPARED:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


@pytest.fixture(scope="module")
def env() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PANTAU_FLOWS__RETRY_DELAY", "0")
        patch.setenv("PANTAU_FLOWS__RETRIES", "1")
        settings.cache_clear()
        yield patch
    settings.cache_clear()


@pytest.fixture(scope="module")
def demo(env: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo run twice on one data folder: once as a flow call, once through `pantau demo`."""
    from flows.full import demo_flow
    from pantau.cli import app

    folder = tmp_path_factory.mktemp("demo") / "data"
    env.setenv("PANTAU_DATA_DIR", str(folder))
    settings.cache_clear()
    first = demo_flow(data_dir=str(folder))
    tables_first = snapshot(folder)
    cli = CliRunner().invoke(app, ["demo"])
    return {
        "folder": folder,
        "first": first,
        "tables_first": tables_first,
        "cli": cli,
        "tables_second": snapshot(folder),
    }


def test_demo_stores_every_demo_article_once(demo: dict[str, Any]) -> None:
    from pantau.demo import expected_counts

    articles = demo["tables_first"]["articles"]
    assert articles["portal"].value_counts().to_dict() == expected_counts()
    assert articles["article_id"].is_unique


def test_demo_articles_carry_the_closing_credit_their_page_prints(demo: dict[str, Any]) -> None:
    from collections import Counter

    from pantau.demo import all_articles
    from pipeline.store import TableStore

    stored = TableStore(demo["folder"]).read("articles", ["portal", "credit", "body"])
    expected = Counter((a.portal, a.credit) for a in all_articles() if a.credit)
    assert sum(expected.values()) == 23  # "(ags/red)", "(*)", "(Rls/Red)", ... on two news portals
    assert (
        Counter(
            stored.dropna(subset=["credit"])[["portal", "credit"]].itertuples(
                index=False, name=None
            )
        )
        == expected
    )
    assert not any(
        body.rstrip().endswith(credit)
        for body, credit in stored.dropna()[["body", "credit"]].values
    )


def test_demo_finds_officials_and_organisations(demo: dict[str, Any]) -> None:
    entities = demo["tables_first"]["entities"]
    assert {"OFFICIAL", "ORG"} <= set(entities["type"])


def test_second_demo_through_the_cli_leaves_the_same_rows(demo: dict[str, Any]) -> None:
    cli = demo["cli"]
    assert cli.exit_code == 0, cli.output
    assert "Top officials" in cli.output and "Tables" in cli.output
    assert_same_tables(demo["tables_first"], demo["tables_second"])


def test_crawl_flow_ran_twice_in_one_process(demo: dict[str, Any]) -> None:
    from pantau.demo import expected_counts
    from pipeline.store import TableStore

    runs = TableStore(demo["folder"]).read("crawl_runs")
    assert runs["run_id"].nunique() == 2
    assert sorted(runs["portal"]) == sorted(list(expected_counts()) * 2)
    assert set(runs["status"]) <= {"ok", "empty", "partial"}


def test_runs_lists_the_demo_flow_runs(demo: dict[str, Any]) -> None:
    import json

    from pantau.cli import app

    result = CliRunner().invoke(app, ["runs", "--json", "--limit", "50"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    # other test modules may run the demo in this session too: ours are two of them
    demo_runs = [r for r in rows if r["flow"] == "pantau-demo" and r["state"] == "Completed"]
    assert len(demo_runs) >= 2
    assert {"pantau-crawl", "pantau-process"} <= {r["flow"] for r in rows}


def test_dask_runner_gives_the_same_tables(demo: dict[str, Any], tmp_path: Path) -> None:
    from flows.full import run_processing

    folder = tmp_path / "data"
    shutil.copytree(demo["folder"] / "raw", folder / "raw")
    shutil.copytree(
        demo["folder"] / "state", folder / "state", ignore=shutil.ignore_patterns("*.lock*", "dask")
    )
    summary = run_processing(folder, "dask", settings(), use_cache=False)
    assert summary["errors"] == []
    assert_same_tables(demo["tables_first"], snapshot(folder))


class ServerError(BaseHTTPRequestHandler):
    """A portal whose every page is an HTTP 500."""

    def do_GET(self) -> None:  # noqa: N802
        body = b"<html><body>Internal Server Error</body></html>"
        self.send_response(500)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def broken_record(base_url: str) -> dict[str, Any]:
    return {
        "name": "fixture-broken",
        "base_url": base_url,
        "province": "Banten",
        "region_code": "36",
        "kind": "local_news",
        "status": "stable",
        "politeness": {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 0},
    }


def test_broken_portal_alerts_and_fails_the_report(
    env: pytest.MonkeyPatch, session_webhook: Any, tmp_path: Path
) -> None:
    from flows.crawl import crawl_flow
    from pantau.cli import app

    folder = tmp_path / "data"
    env.setenv("PANTAU_DATA_DIR", str(folder))
    env.setenv("PANTAU_MONITORING__ALERT_WEBHOOK", session_webhook.url)
    settings.cache_clear()
    try:
        with running_server(ServerError) as base_url:
            result = crawl_flow(
                records=[broken_record(base_url)], allow_private=True, data_dir=str(folder)
            )
    finally:
        env.delenv("PANTAU_MONITORING__ALERT_WEBHOOK")
    assert "zero articles found" in result["problems"]["fixture-broken"]
    (alert,) = session_webhook.bodies
    assert [p["portal"] for p in alert["portals"]] == ["fixture-broken"]
    settings.cache_clear()
    report = CliRunner().invoke(app, ["report"])
    assert report.exit_code == 1, report.output
    assert "fixture-broken" in report.output


def test_canary_passes_on_a_demo_portal_and_fails_on_a_broken_one(env: pytest.MonkeyPatch) -> None:
    from flows.targets import record_targets
    from pantau.canary import canary_portal
    from pantau.demo import serve_demo

    with serve_demo() as records:
        (good,) = [canary_portal(t, allow_private=True) for t in record_targets(records[:1])]
    assert good.ok, good.problems
    assert good.title and good.published and good.words > 20
    with running_server(ServerError) as base_url:
        (bad,) = [
            canary_portal(t, allow_private=True) for t in record_targets([broken_record(base_url)])
        ]
    assert not bad.ok
    assert "no article fetched" in bad.problems[0]
