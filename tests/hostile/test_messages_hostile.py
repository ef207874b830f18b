"""Bad URLs, data folders and file systems: a message naming the input and exit 2, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows import run_lock
from pantau.cli import file_error
from pipeline.core.config import load_config
from pipeline.core.errors import ConfigError, InputError
from tests.hostile.cli import run_cli

BAD_URLS = [
    "http://[::1",
    "http://example.go.id:99999/",
    "http://example.go.id:-1/",
    "ftp://example.go.id/",
    "http://:80/",
    "example.go.id",
    "javascript:alert(1)",
    "http://[::1]:99999/",
    "",
    "http://",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_crawl_with_a_bad_url_names_it_and_exits_2(url: str, data_dir: Path) -> None:
    got = run_cli(["crawl", "--url", url])
    assert got.code == 2, got.output
    assert "--url" in got.output


def test_data_dir_that_is_a_file_is_a_config_error(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(ConfigError, match="is a file"):
        load_config(cwd=tmp_path, environ={"PANTAU_DATA_DIR": str(afile)})


@pytest.mark.parametrize("folder", run_lock.WRITTEN)
def test_a_read_only_folder_is_refused_before_the_run_starts(
    tmp_path: Path, folder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = run_lock.tempfile.NamedTemporaryFile

    def refuse(*args: object, dir: Path, **kwargs: object) -> object:  # noqa: A002 (tempfile's name)
        if Path(dir).name == folder:
            raise PermissionError(13, "Permission denied", str(dir))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(run_lock.tempfile, "NamedTemporaryFile", refuse)
    with (
        pytest.raises(InputError, match=f"{folder}: cannot write there"),
        run_lock.run_lock(tmp_path / "data", "test"),
    ):
        pass


def test_file_errors_read_as_path_and_reason() -> None:
    assert (
        file_error(PermissionError(13, "Permission denied", "/srv/data/tables"))
        == "/srv/data/tables: Permission denied"
    )
    assert "No space" in file_error(OSError(28, "No space left on device"))


@pytest.mark.parametrize(
    "args,env",
    [
        (["crawl", "--url", "http://[::1"], {}),
        (["query", "SELECT 1"], {"PANTAU_DATA_DIR": "{afile}"}),
        (["process"], {"PANTAU_DATA_DIR": "{afile}"}),
        (["query", "SELECT 1", "--timeout", "nan"], {}),
    ],
)
def test_the_pantau_command_prints_one_line_and_exits_2(
    tmp_path: Path, args: list[str], env: dict[str, str]
) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    environ = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PANTAU_DATA_DIR": str(tmp_path / "data"),
        **{k: v.format(afile=afile) for k, v in env.items()},
    }
    done = subprocess.run(
        [sys.executable, "-m", "pantau.cli", *args],
        capture_output=True,
        text=True,
        env=environ,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.startswith("pantau: ")


def test_a_lost_manifest_stops_a_run_before_it_starts(tmp_path: Path) -> None:
    from pipeline.core.errors import DamagedFileError

    part = (
        tmp_path / "data" / "tables" / "articles" / "portal=x" / "month=2024-01" / "part-0.parquet"
    )
    part.parent.mkdir(parents=True)
    part.write_bytes(b"PAR1")
    with (
        pytest.raises(DamagedFileError, match="pantau repair"),
        run_lock.run_lock(tmp_path / "data", "test"),
    ):
        pass
