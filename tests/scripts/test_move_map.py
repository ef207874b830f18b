"""scripts/move_map.py: old module paths become issue 13's, new ones stay, conflict hunks keep theirs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "move_map.py"
spec = importlib.util.spec_from_file_location("move_map", SCRIPT)
assert spec is not None and spec.loader is not None
move_map = importlib.util.module_from_spec(spec)
spec.loader.exec_module(move_map)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("from flows.cli import app", "from pantau.cli import app"),
        ("from flows.demo.model import DemoArticle", "from pantau.demo.model import DemoArticle"),
        ("from flows.demo_ports import demo_server", "from pantau.demo_ports import demo_server"),
        (
            "from flows.ui.testdata import prepare_tables",
            "from tests.pantau.testdata import prepare_tables",
        ),
        ("from flows.crawl import crawl_flow", "from flows.crawl import crawl_flow"),
        ("from pipeline.config import settings", "from pipeline.core.config import settings"),
        ("from pipeline.dedup import Deduper", "from pipeline.dedup.deduper import Deduper"),
        (
            "from pipeline.dedup_specifics import specifics",
            "from pipeline.dedup.specifics import specifics",
        ),
        ("import pipeline.lexicon_events", "import pipeline.derive.lexicon_events"),
        ("from pipeline import api", "from pipeline.store import api"),
        (
            "    from pipeline import engagements, entities",
            "    from pipeline.derive import engagements, entities",
        ),
        ("from pipeline import config, api", "from pipeline import config, api"),
        (
            "see `flows/commands/ops_cmd.py` and flows/ui/",
            "see `pantau/commands/ops_cmd.py` and pantau/ui/",
        ),
        ("pipeline/dedup.py", "pipeline/dedup/deduper.py"),
        ("tests/flows/test_ui.py", "tests/pantau/test_ui.py"),
        ("tests/flows/test_process.py", "tests/flows/test_process.py"),
    ],
)
def test_an_old_path_becomes_the_new_one(old: str, new: str):
    assert move_map.rewrite(old) == new


@pytest.mark.parametrize(
    "text",
    [
        "from pipeline.dedup.deduper import Deduper",
        "from pipeline.dedup.lsh_index import BandIndex",
        "pipeline/dedup/specifics.py",
        "from pipeline.core.config import settings",
        "from pantau.demo import serve_demo",
        "from tests.pantau.devset import build_records",
        "from pipeline.store.query import connect",
    ],
)
def test_a_new_path_is_left_alone(text: str):
    assert move_map.rewrite(text) == text


def test_a_conflict_hunk_keeps_the_merged_branchs_lines():
    merged = "a\n<<<<<<< HEAD\nfrom pipeline.core.errors import E\n=======\nfrom pipeline.errors import E, F\n>>>>>>> b\nz\n"
    assert (
        move_map.rewrite(move_map.take_theirs(merged))
        == "a\nfrom pipeline.core.errors import E, F\nz\n"
    )
