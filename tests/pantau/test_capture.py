"""`pantau portals capture`: a page from a loopback server becomes a gzipped fixture with its url,
fetch time and the cleaner's proposal; bad input is an InputError naming it (`pantau` exits 2)."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from pantau import capture
from pantau.cli import app
from pipeline.core.errors import InputError
from tests.crawlers.fixture_server import Reply, Site, serve

SABBA = capture.read(next(p for p in capture.captured_pages() if p.parent.name == "sabba"))
FETCHED = "2026-11-23T12:00:00+07:00"


def run(*args: str):
    return CliRunner().invoke(app, ["portals", "capture", *args])


def refused(result) -> str:
    """The message of the InputError a command stopped on (`pantau.cli.main` prints it, exits 2)."""
    assert isinstance(result.exception, InputError), result.output
    return str(result.exception)


def test_capture_writes_the_served_bytes_gzipped_with_url_fetch_time_and_proposal(tmp_path):
    site = Site(routes={"/berita/rapat-ormas": Reply(body=SABBA.html)})
    with serve(site):
        url = site.base_url + "berita/rapat-ormas"
        result = run(url, "--portal", "sabba", "--now", FETCHED, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    meta = json.loads((tmp_path / "sabba" / "rapat-ormas.json").read_text(encoding="utf-8"))
    assert gzip.decompress((tmp_path / "sabba" / "rapat-ormas.html.gz").read_bytes()) == SABBA.html
    assert (meta["url"], meta["fetched_at"], meta["origin"], meta["encoding"]) == (
        url,
        FETCHED,
        "captured",
        "utf-8",
    )
    proposed, committed = meta["expected"], SABBA.expected
    for key in ("extractor", "title", "published", "body_first", "body_last"):
        assert proposed[key] == committed[key], key
    assert capture.differences(capture.read(tmp_path / "sabba" / "rapat-ormas.json")) == []


def test_capture_from_a_file_is_marked_synthetic_and_never_overwrites_silently(tmp_path):
    page = tmp_path / "halaman.html"
    page.write_bytes(SABBA.html)
    args = (
        "https://sabba.id/berita/rapat-ormas",
        "--portal",
        "sabba",
        "--html",
        str(page),
        "--synthetic",
        "--now",
        FETCHED,
        "--out",
        str(tmp_path / "pages"),
    )
    assert run(*args).exit_code == 0
    assert (
        json.loads((tmp_path / "pages" / "sabba" / "rapat-ormas.json").read_text())["origin"]
        == "synthetic"
    )
    again = run(*args)
    assert "--overwrite" in refused(again)
    assert run(*args, "--overwrite").exit_code == 0


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("https://sabba.id/x", "--portal", "no-such-portal"), "no-such-portal"),
        (("https://jakarta.go.id/x", "--portal", "jakarta"), "has no selectors"),
        (("ftp://sabba.id/x", "--portal", "sabba"), "ftp://sabba.id/x"),
        (("http://127.0.0.1:9/x", "--portal", "sabba"), "http://127.0.0.1:9/x"),
        (
            ("https://sabba.id/x", "--portal", "sabba", "--html", "/no/such/file.html"),
            "/no/such/file.html",
        ),
        (("https://sabba.id/x", "--portal", "sabba", "--now", "kemarin"), "kemarin"),
    ],
)
def test_bad_input_is_refused_naming_it_and_writes_nothing(tmp_path, args, named):
    assert named in refused(run(*args, "--out", str(tmp_path)))
    assert list(tmp_path.iterdir()) == []
