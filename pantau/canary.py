"""Canary mode: fetch one recent article per portal with the real spider and check its fields.

Each portal is crawled with `--max-pages 1` into a scratch folder (the real data folder is
untouched); the page is cleaned and must give a title, a publication date that is not in the
future, and a body of real length. A portal whose canary fails has a broken discovery or parser.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from crawlers.portals import Portal, registry
from crawlers.runner import run_crawl
from flows.steps import read_pending_pages
from flows.targets import CrawlTarget, new_run_id
from pantau.monitoring import MIN_BODY_WORDS
from pipeline.clean import clean_html
from pipeline.core.errors import Dropped


@dataclass
class CanaryResult:
    portal: str
    ok: bool
    url: str | None = None
    title: str | None = None
    published: str | None = None
    words: int = 0
    problems: list[str] = field(default_factory=list)


def check_article(article: Any, now: datetime | None = None) -> list[str]:
    """What is missing or wrong in a cleaned article (empty when the fields look right)."""
    now = now or datetime.now(UTC)
    problems = []
    if not (article.title or "").strip():
        problems.append("no title")
    if article.published_at is None:
        problems.append("no publication date")
    elif article.published_at > now + timedelta(days=1):
        problems.append(f"publication date in the future: {article.published_at:%Y-%m-%d}")
    if article.word_count < MIN_BODY_WORDS:
        problems.append(f"body too short ({article.word_count} words)")
    return problems


def _first_page(scratch: Path) -> dict[str, Any] | None:
    pages = read_pending_pages(scratch, set(), set())
    return max(pages, key=lambda p: str(p.get("fetched_at"))) if pages else None


def canary_portal(
    target: CrawlTarget, *, allow_private: bool = False, timeout: float = 300
) -> CanaryResult:
    portal: Any = Portal.from_dict(target.record) if target.record else target.name
    parser = (
        target.record.get("parser")
        if target.record
        else getattr(registry().get(target.name), "parser", None)
    )
    scratch = Path(tempfile.mkdtemp(prefix="pantau-canary-"))
    try:
        stats = run_crawl(
            portal,
            url=target.url,
            data_dir=scratch,
            run_id=new_run_id(),
            max_pages=1,
            allow_private=allow_private,
            timeout=timeout,
        )
        page = _first_page(scratch)
        if page is None:
            return CanaryResult(
                target.name,
                False,
                problems=[
                    f"no article fetched (crawl {stats.get('status')}: "
                    f"{stats.get('finish_reason')})"
                ],
            )
        try:
            article = clean_html(
                page["html"], page["url"], parser=parser, encoding=page.get("encoding")
            )
        except Dropped as drop:
            return CanaryResult(
                target.name, False, url=page["url"], problems=[f"cleaner dropped it: {drop}"]
            )
        problems = check_article(article)
        return CanaryResult(
            target.name,
            not problems,
            url=page["url"],
            title=article.title,
            published=article.published_at.isoformat() if article.published_at else None,
            words=article.word_count,
            problems=problems,
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
