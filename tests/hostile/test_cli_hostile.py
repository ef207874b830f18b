"""Bad arguments to the query and export commands: a message and exit 2, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.store import TableStore
from pipeline.store.synthetic import example_world, write_world
from tests.hostile.cli import run_cli


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cliworld")
    write_world(TableStore(folder), example_world())
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "xml"],
        ["--format", "JSONL"],
        ["--max-rows", "-1"],
        ["--max-rows", "0"],
        ["--timeout", "0"],
        ["--timeout", "-3"],
        ["--timeout", "nan"],
        ["--timeout", "inf"],
    ],
)
def test_query_options_that_make_no_sense_exit_2(world: Path, args: list[str]) -> None:
    got = run_cli(["query", "SELECT 1", "--data-dir", str(world), *args])
    assert got.code == 2, got.output


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 'nan'::DOUBLE AS x",
        "SELECT 'inf'::DOUBLE AS x",
        "SELECT [1.0, 'nan'::DOUBLE, '-inf'::DOUBLE] AS x",
        "SELECT {'a': 'nan'::DOUBLE} AS x",
    ],
)
def test_json_output_never_holds_nan_or_infinity(world: Path, sql: str) -> None:
    got = run_cli(["query", sql, "--format", "json", "--data-dir", str(world)])
    assert got.code == 0, got.output
    json.loads(got.output, parse_constant=lambda c: pytest.fail(f"{c} in JSON output"))


@pytest.mark.parametrize("name", ["it's", 'say "hi"', "a;b", "x') TO 'evil.csv' --", "spasi dan ü"])
def test_export_to_a_folder_with_sql_characters_in_its_name(
    world: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    got = run_cli(
        [
            "export",
            "--format",
            "csv",
            "--table",
            "entities",
            "--output",
            str(out),
            "--data-dir",
            str(world),
        ]
    )
    assert got.code == 0, got.output
    assert (out / "entities.csv").read_text().startswith("entity_id")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_export_output_that_is_a_file_exits_2(world: Path, tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("keep me")
    got = run_cli(["export", "--format", "csv", "--output", str(target), "--data-dir", str(world)])
    assert got.code == 2 and "is a file" in got.output
    assert target.read_text() == "keep me"


@pytest.mark.parametrize("command", [["query", "SELECT 1"], ["search", "x"]])
def test_commands_on_a_missing_data_folder_name_it(tmp_path: Path, command: list[str]) -> None:
    got = run_cli([*command, "--data-dir", str(tmp_path / "nowhere")])
    assert got.code == 2 and "no data folder" in got.output
