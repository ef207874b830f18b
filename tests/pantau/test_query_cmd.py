"""`pantau query`, `pantau search`, `pantau export` on a small fictional data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pantau.cli import app
from pipeline.core.errors import InputError
from pipeline.store import TableStore
from pipeline.store.synthetic import example_world, write_world

runner = CliRunner()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("world")
    write_world(TableStore(folder), example_world())
    return folder


def test_search_prints_sentence_date_portal_and_url(world: Path) -> None:
    result = runner.invoke(app, ["search", "Jailani", "--plain", "--data-dir", str(world)])
    assert result.exit_code == 0, result.output
    assert "2024-05-02\tOFFICIAL\tDede Jaelani\tsukamajukab\thttps://sukamajukab." in result.output
    assert "    Bupati Dede Jailani membuka sosialisasi" in result.output


def test_search_filters_by_type_and_dates(world: Path) -> None:
    args = [
        "search",
        "dede",
        "--type",
        "OFFICIAL",
        "--since",
        "2024-04-01",
        "--until",
        "2024-06-30",
        "--plain",
        "--data-dir",
        str(world),
    ]
    lines = [ln for ln in runner.invoke(app, args).output.splitlines() if not ln.startswith("    ")]
    assert lines == [next(ln for ln in lines if ln.startswith("2024-05-02"))]


def test_search_table_output_and_no_match(world: Path) -> None:
    assert "lembahkota" in runner.invoke(app, ["search", "IPL", "--data-dir", str(world)]).output
    assert (
        "no matches" in runner.invoke(app, ["search", "tidak ada", "--data-dir", str(world)]).output
    )


def test_query_prints_csv(world: Path) -> None:
    sql = "SELECT event_type, count(*) AS n FROM engagements GROUP BY 1 ORDER BY 1"
    result = runner.invoke(app, ["query", sql, "--format", "csv", "--data-dir", str(world)])
    assert result.output.splitlines() == [
        "event_type,n",
        "ceremony,1",
        "coordination,1",
        "meeting,1",
        "socialisation,1",
    ]


def test_query_prints_json_lines_with_iso_dates_and_nulls(world: Path) -> None:
    sql = "SELECT name, first_seen, aliases, acronym FROM entities WHERE name = 'Dede Jaelani'"
    result = runner.invoke(app, ["query", sql, "--format", "json", "--data-dir", str(world)])
    row = json.loads(result.output)
    assert (row["first_seen"], row["acronym"]) == ("2024-03-15", None)
    assert "Dede Jailani" in row["aliases"]


def test_query_refuses_file_access(world: Path) -> None:
    result = runner.invoke(
        app, ["query", "SELECT * FROM read_csv('/etc/hosts')", "--data-dir", str(world)]
    )
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError) and "no file access" in str(result.exception)


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", "csv"), ("json", "jsonl")])
def test_export_writes_one_file_per_table(
    world: Path, tmp_path: Path, fmt: str, suffix: str
) -> None:
    result = runner.invoke(
        app, ["export", "--format", fmt, "--output", str(tmp_path), "--data-dir", str(world)]
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(
        f"{t}.{suffix}" for t in ("articles", "mentions", "entities", "engagements", "crawl_runs")
    )
    text = (tmp_path / f"engagements.{suffix}").read_text()
    if fmt == "json":
        assert {json.loads(line)["event_type"] for line in text.splitlines()} == {
            "ceremony",
            "coordination",
            "meeting",
            "socialisation",
        }
    else:
        assert text.splitlines()[0].startswith("engagement_id,article_id,date")


def test_export_one_table_and_refuse_unknown_format(world: Path, tmp_path: Path) -> None:
    ok = runner.invoke(
        app,
        [
            "export",
            "--format",
            "csv",
            "--table",
            "entities",
            "--output",
            str(tmp_path),
            "--data-dir",
            str(world),
        ],
    )
    assert ok.exit_code == 0 and [p.name for p in tmp_path.iterdir()] == ["entities.csv"]
    bad = runner.invoke(app, ["export", "--format", "xml", "--data-dir", str(world)])
    assert bad.exit_code == 2 and "not one of csv, json" in bad.output
