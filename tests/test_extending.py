"""docs/extending.md cannot rot: each recipe is walked in a copy of the package, with the page's
own code blocks written into the files the page lists, and the new thing must be found and used.

A walk runs in a subprocess with the copy first on PYTHONPATH, so discovery sees the copied
folder exactly as a contributor's checkout would; the repository itself is never written."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOC = (REPO / "docs" / "extending.md").read_text(encoding="utf-8")
NOW = "2026-11-23T12:00:00+07:00"

RECIPES = {
    "Add a portal parser": ["crawlers/portals/id/<province>.py"],
    "Add an NLP component": ["nlp/components/<name>.py", "nlp/config.cfg"],
    "Add a lexicon entry": ["nlp/lexicons/<lexicon>.py"],
    "Add a table": ["pipeline/core/tables.py", "<its build step>"],
}
CAPTURED = [
    "tests/fixtures/pages/<portal>/<slug>.html.gz",
    "tests/fixtures/pages/<portal>/<slug>.json",
]


def section(title: str) -> str:
    return DOC.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def listed_files(title: str) -> list[str]:
    return re.findall(r"^\d+\. `([^`]+)`", section(title), re.MULTILINE)


def block(marker: str) -> str:
    """The code block after `<!-- recipe: marker -->` in the page."""
    found = re.search(rf"<!-- recipe: {marker} -->\n```\w*\n(.*?)\n```", DOC, re.DOTALL)
    assert found, f"docs/extending.md has no code block marked {marker!r}"
    return found.group(1) + "\n"


def copy_of(tmp: Path, package: str) -> Path:
    shutil.copytree(REPO / package, tmp / package, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp / package


def touched(tmp: Path, package: str) -> list[str]:
    """Files of the copied package that differ from the repository's, or are new."""
    out = []
    for path in sorted((tmp / package).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            original = REPO / path.relative_to(tmp)
            if not original.exists() or original.read_bytes() != path.read_bytes():
                out.append(path.relative_to(tmp).as_posix())
    return out


def walk(tmp: Path, code: str, *args: str) -> dict:
    """Run `code` with the copy first on the import path, then this checkout (for the packages not
    copied); it prints one JSON object."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp), str(REPO)])}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=tmp,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("title", "files"), RECIPES.items())
def test_each_recipe_lists_exactly_the_files_its_walk_touches(title: str, files: list[str]):
    assert listed_files(title) == files


def test_the_portal_recipe_names_the_files_its_script_run_writes():
    for path in CAPTURED:
        assert f"- `{path}`" in section("Add a portal parser")


# ---- a portal parser: 1 file + `pantau portals capture` ----------------------------------------

PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Kabar Contoh</title></head><body>
<nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav>
<h1 class="judul">Forum Warga Bahas Saluran Air Bersama Kepala Desa</h1>
<span class="tanggal">Senin, 3 Maret 2025</span> <span class="penulis">Rina Kartika</span>
<div class="isi"><p>Forum warga dan pemerintah desa membahas perbaikan saluran air di balai desa, Senin.</p>
<div class="bagikan">Bagikan: Facebook Twitter WhatsApp</div>
<p>Kepala desa berjanji mengajukan anggaran perbaikan pada musyawarah perencanaan bulan depan.</p></div>
<footer>Hak cipta Kabar Contoh</footer></body></html>
"""

CAPTURE = """
import json, sys
from pathlib import Path
from typer.testing import CliRunner
from pantau import capture
from pantau.cli import app
from pipeline.clean import parsers
url, page_file, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
result = CliRunner().invoke(app, ["portals", "capture", url, "--portal", "kabarcontoh", "--html", page_file,
                                  "--synthetic", "--now", sys.argv[4], "--out", str(out)])
page = capture.read(capture.captured_pages(out)[0])
print(json.dumps({"exit": result.exit_code, "output": result.output,
                  "files": sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()),
                  "expected": page.expected, "differences": capture.differences(page),
                  "body": capture.clean(page).body, "parser": parsers.get("kabarcontoh") is not None}))
"""


def test_walk_add_a_portal_parser(tmp_path: Path):
    crawlers = copy_of(tmp_path, "crawlers")
    (crawlers / "portals" / "id" / "jawa_barat.py").write_text(block("portal"), encoding="utf-8")
    assert touched(tmp_path, "crawlers") == ["crawlers/portals/id/jawa_barat.py"]
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    got = walk(
        tmp_path,
        CAPTURE,
        "https://kabarcontoh.example/berita/rapat-forum-warga",
        str(tmp_path / "page.html"),
        str(tmp_path / "pages"),
        NOW,
    )
    assert got["exit"] == 0, got["output"]
    assert got["parser"] and got["differences"] == []
    assert got["files"] == [
        "kabarcontoh/rapat-forum-warga.html.gz",
        "kabarcontoh/rapat-forum-warga.json",
    ]
    expected = got["expected"]
    assert (
        expected["extractor"],
        expected["title"],
        expected["published"],
        expected["author"],
    ) == (
        "pantau:kabarcontoh",
        "Forum Warga Bahas Saluran Air Bersama Kepala Desa",
        "2025-03-03",
        "Rina Kartika",
    )
    assert (
        got["body"].startswith("Forum warga dan pemerintah desa") and "Bagikan" not in got["body"]
    )


# ---- an NLP component: 2 files ----------------------------------------------------------------

EXTRACT = """
import json, sys
import nlp
from nlp.version import VERSION
print(json.dumps({"version": VERSION, "pipes": nlp.load().pipe_names,
                  "mentions": [[m["type"], m["text"]] for m in nlp.extract(sys.argv[1]).mentions]}))
"""
HAMLET_TEXT = "Warga Dusun Sukamulya bergotong royong membersihkan saluran air."


def config_with(snippet: str, config: str) -> str:
    """config.cfg with the snippet's pipeline line in place of its own and its blocks appended."""
    pipeline_line, _, blocks = snippet.partition("\n\n")
    return (
        re.sub(r"^pipeline = .*$", pipeline_line, config, count=1, flags=re.MULTILINE)
        + "\n"
        + blocks
    )


def test_the_component_recipes_pipeline_is_todays_plus_the_new_component():
    snippet = block("component-config").splitlines()[0]
    config = (REPO / "nlp" / "config.cfg").read_text(encoding="utf-8")
    today = re.search(r"^pipeline = (.*)$", config, re.MULTILINE)
    assert today and [
        n for n in json.loads(snippet.split(" = ", 1)[1]) if n != "pantau_hamlets"
    ] == json.loads(today.group(1))


def test_walk_add_an_nlp_component(tmp_path: Path):
    import nlp
    from nlp.version import VERSION

    assert ["PLACE", "Dusun Sukamulya"] not in [
        [m["type"], m["text"]] for m in nlp.extract(HAMLET_TEXT).mentions
    ]
    copy = copy_of(tmp_path, "nlp")
    (copy / "components" / "hamlets.py").write_text(block("component"), encoding="utf-8")
    config = copy / "config.cfg"
    config.write_text(
        config_with(block("component-config"), config.read_text(encoding="utf-8")), encoding="utf-8"
    )
    assert touched(tmp_path, "nlp") == ["nlp/components/hamlets.py", "nlp/config.cfg"]
    got = walk(tmp_path, EXTRACT, HAMLET_TEXT)
    assert got["pipes"].index("pantau_hamlets") == got["pipes"].index("pantau_organisations") + 1
    assert ["PLACE", "Dusun Sukamulya"] in got["mentions"]
    assert got["version"] != VERSION and got["version"].startswith("pantau-nlp/3+")


# ---- a lexicon entry: 1 file ------------------------------------------------------------------

ORG_TEXT = "Pengurus Garda Tirta Sukamaju menggelar rapat di balai desa, Senin."


def test_walk_add_a_lexicon_entry(tmp_path: Path):
    import nlp
    from nlp.version import VERSION

    assert not [m for m in nlp.extract(ORG_TEXT).mentions if m["type"] == "ORG"]
    lexicon = copy_of(tmp_path, "nlp") / "lexicons" / "organisations_known.py"
    text = lexicon.read_text(encoding="utf-8")
    end = text.rindex("}")  # the closing brace of KNOWN, the module's last dict
    lexicon.write_text(text[:end] + block("lexicon") + text[end:], encoding="utf-8")
    assert touched(tmp_path, "nlp") == ["nlp/lexicons/organisations_known.py"]
    got = walk(tmp_path, EXTRACT, ORG_TEXT)
    assert ["ORG", "Garda Tirta Sukamaju"] in got["mentions"]
    assert got["version"] != VERSION


# ---- a table: one record, from which every other place derives ------------------------------


def missing_places(name: str) -> list[str]:
    """The places a stored table must reach from its record that do not know `name`."""
    from pantau.ui import metadata, sqlite_build, tables
    from pipeline.core import schema
    from pipeline.core.tables import SPECS
    from pipeline.store import layout, query, rebuild, table_store

    ui_tables = metadata.build_metadata()["databases"][metadata.DATABASE]["tables"]
    places = {
        "pipeline/core/tables.py SPECS": SPECS,
        "pipeline/core/schema.py TABLES": schema.TABLES,
        "pipeline/store/layout.py SORT_BY": layout.SORT_BY,
        "pipeline/store/query.py QUERY_TABLES": query.QUERY_TABLES,
        "pantau/ui/tables.py UI_TABLES": tables.UI_TABLES,
        "pantau/ui/metadata.py facets": ui_tables,
        "pantau/ui/sqlite_build.py INDEXES": sqlite_build.INDEXES,
    }
    if name in SPECS and SPECS[name].derived_from:
        places["pipeline/store/rebuild.py STEPS"] = rebuild.STEPS
    else:  # a written table: the TableStore method that writes it
        code = Path(table_store.__file__).read_text(encoding="utf-8")
        places["pipeline/store/table_store.py method"] = re.findall(rf"def \w*({name})\w*\(", code)
    return [where for where, names in places.items() if name not in names]


def test_every_stored_table_reaches_each_place_from_its_record():
    from pipeline.store import layout

    for name in layout.STORED_TABLES:
        assert missing_places(name) == [], name


def insert_before(text: str, anchor: str, new: str, after: str = "") -> str:
    """`text` with `new` placed before the first `anchor` found after `after`."""
    at = text.index(anchor, text.index(after) if after else 0)
    return text[:at] + new + text[at:]


TABLE = """
import json, sqlite3, sys
from pathlib import Path
from pantau.ui import sqlite_build
from pipeline.core import tables, tables_doc
from pipeline.store import TableStore, query
from pipeline.store.export import export_tables
from pipeline.store.read import read_frame
from pipeline.store.synthetic import example_world, write_world
from tests.test_extending import missing_places
data = Path(sys.argv[1])
write_world(TableStore(data), example_world())  # what a processing run does: store, then derive
stored = read_frame("portal_months", data).sort_values(["portal", "month"])
with query.connect(data) as db:
    queried = db.sql("SELECT sum(articles) AS n FROM portal_months")["n"][0]
    articles = db.sql("SELECT count(*) AS n, count_if(relevant) AS r FROM articles")
ui = sqlite_build.build_sqlite(data / "tables", data / "pantau.db")
with sqlite3.connect(data / "pantau.db") as con:
    ui_rows = con.execute("SELECT count(*) FROM portal_months").fetchone()[0]
exported = export_tables(data, "csv", data / "export", ["portal_months"])
print(json.dumps({
    "missing": missing_places("portal_months"), "derived": list(tables.DERIVED),
    "rows": stored[["portal", "month", "articles", "relevant"]].values.tolist(),
    "queried": int(queried), "articles": int(articles["n"][0]), "relevant": int(articles["r"][0]),
    "ui": ui.get("portal_months"), "ui_rows": ui_rows, "exported": [p.name for p in exported],
    "doc": [tables_doc.main(["--check"]), tables_doc.main([]), tables_doc.main(["--check"])],
    "documented": "portal_months" in tables_doc.CONTRACTS.read_text(encoding="utf-8"),
}, default=str))
"""


def test_walk_add_a_table(tmp_path: Path):
    from pipeline.core.tables import SPECS

    assert "portal_months" not in SPECS
    pipeline = copy_of(tmp_path, "pipeline")
    specs = pipeline / "core" / "tables.py"
    entry = textwrap.indent(block("table").rstrip("\n"), " " * 8) + ",\n"  # an item of SPECS
    specs.write_text(
        insert_before(specs.read_text(encoding="utf-8"), "    )\n}\n", entry, "SPECS"),
        encoding="utf-8",
    )
    steps = pipeline / "store" / "rebuild.py"
    text = insert_before(
        steps.read_text(encoding="utf-8"), "STEPS: dict", block("table-step") + "\n\n"
    )
    steps.write_text(
        insert_before(text, "}\n", block("table-step-entry"), "STEPS: dict"), encoding="utf-8"
    )
    assert touched(tmp_path, "pipeline") == ["pipeline/core/tables.py", "pipeline/store/rebuild.py"]
    shutil.copytree(REPO / "docs", tmp_path / "docs")  # tables_doc writes the copy's contracts.md
    got = walk(tmp_path, TABLE, str(tmp_path / "data"))
    assert got["missing"] == []
    assert got["derived"] == ["entities", "engagements", "portal_months"]
    assert got["rows"] and all(n >= r >= 0 for _, _, n, r in got["rows"])
    assert got["queried"] == got["articles"] == sum(n for _, _, n, _ in got["rows"])
    assert sum(r for *_, r in got["rows"]) == got["relevant"]
    assert got["ui"] == got["ui_rows"] == len(got["rows"])
    assert got["exported"] == ["portal_months.csv"]
    # contracts.md is stale until the script run regenerates its column tables
    assert got["doc"] == [1, 0, 0] and got["documented"]
