"""Small pandas helpers behind the research notebooks (kept here so they are tested and reused).

All take DataFrames as `pantau.ui.read_frame` returns them and return new frames or graphs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    import networkx as nx


def monthly_counts(frame: pd.DataFrame, by: str = "province") -> pd.DataFrame:
    """Rows per month (index, `YYYY-MM`) and `by` value (columns); missing combinations are 0."""
    if frame.empty:
        return pd.DataFrame(dtype="int64")
    keyed = frame.assign(
        **{by: frame[by].fillna("(unknown)"), "month": frame["month"].fillna("(undated)")}
    )
    return keyed.groupby(["month", by]).size().unstack(by, fill_value=0).sort_index()


def entity_names(entities: pd.DataFrame) -> dict[str, str]:
    return dict(zip(entities["entity_id"], entities["name"], strict=True))


def top_participants(
    engagements: pd.DataFrame, entities: pd.DataFrame, column: str, n: int = 10
) -> pd.Series:
    """The `n` entities in most engagements, by name.

    `column` is official_ids, government_body_ids or organisation_ids.
    """
    if engagements.empty:
        return pd.Series(dtype="int64", name="engagements")
    ids = engagements[["engagement_id", column]].explode(column).dropna(subset=[column])
    names = entity_names(entities)
    counted = ids.assign(name=ids[column].map(lambda i: names.get(i, i))).groupby("name")[
        "engagement_id"
    ]
    return counted.nunique().sort_values(ascending=False).head(n).rename("engagements")


def engagement_graph(engagements: pd.DataFrame, entities: pd.DataFrame) -> nx.Graph:
    """Officials, government bodies and organisations as nodes (attribute `kind`: official,
    government_body, organisation), an edge per government–organisation pair that met, weighted
    by the number of engagements. (`pantau export --format gexf` writes the same network.)"""
    import networkx as nx

    names = entity_names(entities)
    graph = nx.Graph()
    sides = [c for c in ("official_ids", "government_body_ids") if c in engagements]
    for _, row in engagements.iterrows():
        organisations = row["organisation_ids"] if row["organisation_ids"] is not None else ()
        for column in sides:
            kind = "official" if column == "official_ids" else "government_body"
            for government in row[column] if row[column] is not None else ():
                a = names.get(government, government)
                graph.add_node(a, kind=kind)
                for organisation in organisations:
                    b = names.get(organisation, organisation)
                    graph.add_node(b, kind="organisation")
                    weight = graph.edges[a, b]["weight"] + 1 if graph.has_edge(a, b) else 1
                    graph.add_edge(a, b, weight=weight)
    return graph


def event_counts(engagements: pd.DataFrame) -> pd.Series:
    """Engagements per event type, labelled in Indonesian (nlp.lexicons.events.LABELS_ID)."""
    from nlp.lexicons.events import EVENT_TYPES, LABELS_ID

    counts = (
        engagements["event_type"].value_counts()
        if not engagements.empty
        else pd.Series(dtype="int64")
    )
    return pd.Series({LABELS_ID[t]: int(counts.get(t, 0)) for t in EVENT_TYPES}, name="engagements")


def portal_health(
    articles: pd.DataFrame, crawl_runs: pd.DataFrame, as_of: pd.Timestamp | None = None
) -> pd.DataFrame:
    """One row per portal: articles, dated share, newest article, days silent, last crawl status,
    runs and error rate. `as_of` defaults to the last crawl's end (or now without crawls)."""
    if as_of is None:
        finished = (
            crawl_runs["finished_at"].dropna() if not crawl_runs.empty else pd.Series(dtype=object)
        )
        as_of = finished.max() if len(finished) else pd.Timestamp.now(tz="UTC")
    by_portal = articles.groupby("portal").agg(
        articles=("article_id", "nunique"),
        dated_share=("published_at", lambda s: s.notna().mean()),
        newest=("published_at", "max"),
    )
    runs = (
        crawl_runs.sort_values("started_at")
        .groupby("portal")
        .agg(
            runs=("run_id", "count"),
            last_status=("status", "last"),
            pages=("pages", "sum"),
            errors=("errors", "sum"),
        )
    )
    health = by_portal.join(runs, how="outer")
    newest = pd.to_datetime(health["newest"], utc=True)
    health["days_silent"] = (pd.Timestamp(as_of).tz_convert("UTC") - newest).dt.days
    health["error_rate"] = health["errors"] / health["pages"].where(health["pages"] > 0)
    return health.sort_values("days_silent", ascending=False)
