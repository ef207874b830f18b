"""A small Python API over the tables, for notebooks: every function returns a pandas DataFrame.

from pipeline.store import api
api.engagements(name="Jaelani", since="2024-01-01")   # who met whom
api.search("Forum Warga", type="ORG")
api.sql("SELECT portal, count(*) FROM articles GROUP BY 1")
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from pipeline.store.query import as_date, connect, escape_like
from pipeline.store.query import search as search  # re-exported: one import for notebooks
from pipeline.store.query import sql as sql
from pipeline.store.read import read_frame

DataDir = Path | str | None

ENGAGEMENTS_SQL = r"""
WITH names AS (SELECT entity_id, name FROM entities),
off AS (
  SELECT u.engagement_id, list(n.name ORDER BY n.name) AS officials
  FROM (SELECT engagement_id, unnest(official_ids) AS id FROM engagements) u
  JOIN names n ON n.entity_id = u.id GROUP BY u.engagement_id
),
bod AS (
  SELECT u.engagement_id, list(n.name ORDER BY n.name) AS government_bodies
  FROM (SELECT engagement_id, unnest(government_body_ids) AS id FROM engagements) u
  JOIN names n ON n.entity_id = u.id GROUP BY u.engagement_id
),
org AS (
  SELECT u.engagement_id, list(n.name ORDER BY n.name) AS organisations
  FROM (SELECT engagement_id, unnest(organisation_ids) AS id FROM engagements) u
  JOIN names n ON n.entity_id = u.id GROUP BY u.engagement_id
)
SELECT g.date, off.officials, bod.government_bodies, org.organisations, g.event_type, g.place_name, g.place_code,
       g.evidence, g.url, g.portal, g.province, g.article_id, g.engagement_id
FROM engagements g
LEFT JOIN off ON off.engagement_id = g.engagement_id
LEFT JOIN bod ON bod.engagement_id = g.engagement_id
LEFT JOIN org ON org.engagement_id = g.engagement_id
WHERE ($pattern IS NULL OR array_to_string(off.officials, '|') ILIKE $pattern ESCAPE '\'
       OR array_to_string(bod.government_bodies, '|') ILIKE $pattern ESCAPE '\'
       OR array_to_string(org.organisations, '|') ILIKE $pattern ESCAPE '\')
  AND ($event_type IS NULL OR g.event_type = $event_type)
  AND ($province IS NULL OR g.province ILIKE $province)
  AND ($since IS NULL OR g.date >= $since)
  AND ($until IS NULL OR g.date <= $until)
ORDER BY g.date DESC NULLS LAST, g.engagement_id
"""


def table(name: str, data_dir: DataDir = None) -> pd.DataFrame:
    """A whole table (articles, mentions, entities, engagements, crawl_runs, pages)."""
    return read_frame(name, data_dir)


def entities(type: str | None = None, data_dir: DataDir = None) -> pd.DataFrame:
    """Canonical entities, most-mentioned first."""
    with connect(data_dir) as db:
        return db.sql(
            "SELECT * FROM entities WHERE $type IS NULL OR type = upper($type) "
            "ORDER BY n_articles DESC, entity_id",
            {"type": type},
        )


def engagements(
    name: str | None = None,
    *,
    event_type: str | None = None,
    province: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    data_dir: DataDir = None,
) -> pd.DataFrame:
    """Who met whom: engagements with the names of their officials, government bodies and
    civil-society organisations; `event_type` is one of nlp.lexicons.events.EVENT_TYPES."""
    params = {
        "pattern": f"%{escape_like(name)}%" if name else None,
        "event_type": event_type,
        "province": province,
        "since": as_date(since, "since"),
        "until": as_date(until, "until"),
    }
    with connect(data_dir) as db:
        return db.sql(ENGAGEMENTS_SQL, params)
