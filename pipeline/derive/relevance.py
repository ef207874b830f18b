"""`articles.relevant` from the engagement rule: one source of truth with `pantau extract`.

An article is relevant when its mentions make an engagement (`pipeline.derive.engagements`, the
rules of `nlp.engagements`) or its title or lead shows government and civil society interacting
(`nlp.relevance`), exactly what `pantau extract` outputs as `relevant`. The cleaner's keyword flag
only stands in until the article is extracted; its matched terms stay in `relevance_terms` as
evidence. A copy (dup_of) is not extracted: it takes its original's flag.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from nlp import relevance
from pipeline.derive.engagements import find_engagements


def relevant(article: Mapping[str, Any], mentions: Iterable[dict[str, Any]]) -> bool:
    """Whether one article (a row of the articles table) is relevant, from its mention rows.
    Mentions not stored yet have no entity_id: their type and name stand in (only whether an
    engagement exists matters here, not which entity row it points at)."""
    rows = [
        m if m.get("entity_id") else {**m, "entity_id": f"{m.get('type')}:{m.get('normalized')}"}
        for m in mentions
    ]
    found = find_engagements(dict(article), rows)
    return relevance.relevant(found, article.get("body") or "", article.get("title"))


def tag(
    articles: Iterable[Any],
    mentions: Mapping[str, list[dict[str, Any]]],
    stored: Mapping[str, bool | None] | None = None,
) -> None:
    """Set `relevant` on each extracted article (in `mentions`) by the rule; a copy takes its
    original's flag (from this batch, else `stored`: article_id -> stored flag), else the rule on
    its own text without mentions."""
    articles = list(articles)
    for article in articles:
        if article.dup_of is None and article.article_id in mentions:
            article.relevant = relevant(article.to_row(), mentions[article.article_id])
    flags = {a.article_id: a.relevant for a in articles if a.dup_of is None}
    for article in articles:
        if article.dup_of is None:
            continue
        known = flags.get(article.dup_of)
        if known is None and stored is not None:
            known = stored.get(article.dup_of)
        article.relevant = known if known is not None else relevant(article.to_row(), [])


def copies_of(articles: Iterable[Any]) -> set[str]:
    """Originals that copies in `articles` point at outside the batch (their flags must be read)."""
    articles = list(articles)
    ids = {a.article_id for a in articles}
    return {a.dup_of for a in articles if a.dup_of and a.dup_of not in ids}
