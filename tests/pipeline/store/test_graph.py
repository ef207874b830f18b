"""`pantau export --format graphml|gexf`: the official–organisation network opens in networkx."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from pantau.cli import app
from pipeline.store import TableStore
from pipeline.store.synthetic import example_world, write_world

runner = CliRunner()
READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("graph-world")
    pairs = example_world()
    article, mentions = pairs[
        0
    ]  # the same audience reported again a month later: a second engagement
    again = {
        **article,
        "url": article["url"] + "-lagi",
        "article_id": article["article_id"] + "x",
        "published_at": article["published_at"].replace(month=4),
        "body": article["body"].replace("14/3/2024", "15/4/2024"),
    }
    moved = [
        {
            **m,
            "article_id": again["article_id"],
            "normalized": "2024-04-15" if m["type"] == "DATE" else m["normalized"],
            "text": m["text"].replace("14/3/2024", "15/4/2024"),
            "sentence": (m.get("sentence") or "").replace("14/3/2024", "15/4/2024"),
        }
        for m in mentions
    ]
    write_world(TableStore(folder), [*pairs, (again, moved)])
    return folder


def by_label(graph: nx.Graph) -> dict[str, str]:
    return {data["label"]: node for node, data in graph.nodes(data=True)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_writes_a_network_networkx_reads(world: Path, tmp_path: Path, fmt: str) -> None:
    result = runner.invoke(
        app, ["export", "--format", fmt, "--output", str(tmp_path), "--data-dir", str(world)]
    )
    assert result.exit_code == 0, result.output
    graph = READERS[fmt](tmp_path / f"engagements.{fmt}")
    nodes = by_label(graph)
    types = {label: graph.nodes[node]["type"] for label, node in nodes.items()}
    assert types["Dede Jaelani"] == "official" and types["Dinas Sosial"] == "government_body"
    assert types["Forum Warga Peduli Sungai"] == "organisation"
    edge = graph.edges[nodes["Dede Jaelani"], nodes["Forum Warga Peduli Sungai"]]
    assert (int(edge["engagements"]), edge["first_date"], edge["last_date"]) == (
        2,
        "2024-03-14",
        "2024-04-15",
    )
    assert edge["event_types"] == "meeting:2"
    assert graph.has_edge(nodes["Dinas Sosial"], nodes["Ikatan Pemuda Lembah"])
    assert not graph.has_edge(
        nodes["Dede Jaelani"], nodes["Dinas Sosial"]
    )  # government sides never pair


def test_export_of_an_empty_folder_is_an_empty_network(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["export", "--format", "gexf", "--output", str(out), "--data-dir", str(tmp_path / "d")]
    )
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(out / "engagements.gexf").number_of_nodes() == 0


def test_export_names_the_accepted_formats_for_an_unknown_one(world: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", "--format", "dot", "--output", str(tmp_path), "--data-dir", str(world)]
    )
    assert result.exit_code == 2 and "graphml" in result.output
