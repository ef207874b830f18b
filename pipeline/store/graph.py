"""The official–organisation network of the engagements table, as GraphML or GEXF (Gephi, networkx).

Nodes are entities typed `official`, `government_body` or `organisation` (a civil-society
organisation), with their name, role and kind. An edge joins a government participant (official or
body) to an organisation that took part in the same engagement; it carries how many engagements
joined them (`weight`, `engagements`), the first and last dates, the provinces and the event types.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from pipeline.core.errors import InputError
from pipeline.store.table_store import TableStore

GRAPH_FORMATS = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}
SIDES = (("official_ids", "official"), ("government_body_ids", "government_body"))


def network(data_dir: Path | str | None) -> nx.Graph:
    """The engagement network of the store at `data_dir`."""
    store = TableStore(data_dir)
    entities = {
        r["entity_id"]: r
        for r in store.read_arrow(
            "entities", ["entity_id", "name", "type", "role", "kind"]
        ).to_pylist()
    }
    columns = [
        "engagement_id",
        "date",
        "province",
        "event_type",
        "organisation_ids",
        *(c for c, _ in SIDES),
    ]
    graph = nx.Graph()
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for row in store.read_arrow("engagements", columns).to_pylist():
        for column, kind in SIDES:
            for gov in row[column] or []:
                _node(graph, gov, kind, entities)
                for org in row["organisation_ids"] or []:
                    _node(graph, org, "organisation", entities)
                    _count(
                        edges.setdefault(
                            (gov, org),
                            {"ids": set(), "dates": [], "types": Counter(), "provinces": set()},
                        ),
                        row,
                    )
    for (gov, org), e in edges.items():
        dates = sorted(e["dates"])
        graph.add_edge(
            gov,
            org,
            weight=len(e["ids"]),
            engagements=len(e["ids"]),
            first_date=dates[0] if dates else "",
            last_date=dates[-1] if dates else "",
            provinces=";".join(sorted(e["provinces"])),
            event_types=";".join(f"{t}:{n}" for t, n in sorted(e["types"].items())),
        )
    return graph


def _node(graph: nx.Graph, key: str, kind: str, entities: dict[str, dict[str, Any]]) -> None:
    if key in graph:
        return
    entity = entities.get(key) or {}
    graph.add_node(
        key,
        label=entity.get("name") or key,
        type=kind,
        role=entity.get("role") or "",
        kind=entity.get("kind") or "",
    )


def _count(edge: dict[str, Any], row: dict[str, Any]) -> None:
    if row["engagement_id"] in edge["ids"]:
        return
    edge["ids"].add(row["engagement_id"])
    if row["date"] is not None:
        edge["dates"].append(row["date"].isoformat())
    edge["types"][row["event_type"] or "other"] += 1
    if row["province"]:
        edge["provinces"].add(row["province"])


def export_graph(data_dir: Path | str | None, fmt: str, output: Path) -> Path:
    """Write `output/engagements.<fmt>` (atomic); returns its path."""
    if fmt not in GRAPH_FORMATS:
        raise InputError(f"export: graph format {fmt!r} is not one of {', '.join(GRAPH_FORMATS)}")
    output.mkdir(parents=True, exist_ok=True)
    target = output / f"engagements.{fmt}"
    tmp = output / f".engagements.{uuid.uuid4().hex}.tmp"
    try:
        GRAPH_FORMATS[fmt](network(data_dir), tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
