"""Walks of paginated discovery sources and the rules that end them.

A walk follows one source (a feed, a listing and its pages, the WordPress REST API, a sitemap
tree) page by page. Which articles are new is decided by the set of known URLs (stored in
data/raw), never by a date. A walk ends when:

- `known`: the links new to the walk on a page are all *settled* articles (stored by the last
  complete crawl or before): that crawl saw everything listed after them;
- `horizon`: every entry new to the walk on a page is dated before the horizon (`--since`);
- `end`: the source has no next page, or a page lists nothing;
- `repeat`: a page lists nothing this walk had not seen (an ignored page parameter, a loop);
- `page_limit` / `budget`: the walk's page limit or the run's listing budget (pagination traps);
- `missing`: the source's first page is absent (404: the portal has no such source);
- `error`: a page could not be fetched (a server error, a network failure).

`known`, `horizon`, `end`, `repeat` and `missing` mean the walk covered what it could; the rest
mean it stopped short, and a walk that listed articles before stopping short leaves a possible gap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crawlers.discovery import Entry
from pipeline.core.article import canonical_url

COVERED = frozenset({"known", "horizon", "end", "repeat", "missing"})
SHORT = ("budget", "page_limit", "error")  # in the order a run's stop reason reports them


@dataclass
class Walk:
    source: str  # sitemap | feed | wp-json | listing
    start: str
    pages: int = 0
    listed: int = 0  # article entries seen on its pages (known or new)
    new: int = 0  # of those, not stored yet
    oldest: datetime | None = None
    stop: str | None = None
    seen: set[str] = field(default_factory=set, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "start": self.start,
            "requests": self.pages,
            "listed": self.listed,
            "found": self.listed,
            "new": self.new,
            "stop": self.stop or "open",
            "oldest": self.oldest.isoformat() if self.oldest else None,
        }


@dataclass
class Judge:
    """The stop rules of a run: what is known and settled, the horizon, the page limits."""

    known: Callable[[str], bool]  # stored already (not fetched again)
    settled: Callable[[str], bool]  # stored by the last complete crawl (a walk may stop there)
    horizon: datetime | None
    max_pages: int  # pages per walk
    budget: int  # discovery pages per run (all walks)
    spent: int = 0
    listed: set[str] = field(default_factory=set)  # every article key any walk listed this run

    def admit(self, walk: Walk) -> bool:
        """Whether `walk` may request one more page (counts it against the budget)."""
        if walk.pages >= self.max_pages:
            walk.stop = "page_limit"
            return False
        if self.spent >= self.budget:
            walk.stop = "budget"
            return False
        walk.pages += 1
        self.spent += 1
        return True

    def old(self, entry: Entry) -> bool:
        """Dated before the horizon (an undated entry never is)."""
        return bool(self.horizon and entry.lastmod and entry.lastmod < self.horizon)

    def page(self, walk: Walk, entries: Iterable[Entry], *, has_next: bool) -> list[Entry]:
        """Record one page of `walk`; return its entries worth fetching and decide whether it goes on
        (`walk.stop` set when it ends)."""
        entries = list(entries)
        keys = [canonical_url(e.url) for e in entries]
        fresh = {k for k in keys if k not in walk.seen}
        unseen = list(fresh)
        self.listed.update(keys)
        walk.listed += len(unseen)
        dated = [e.lastmod for e in entries if e.lastmod]
        if dated:
            walk.oldest = min([*dated, walk.oldest] if walk.oldest else dated)
        walk.seen.update(keys)
        wanted = [
            e
            for e, k in zip(entries, keys, strict=True)
            if k in fresh and not self.known(k) and not self.old(e)
        ]
        walk.new += len({canonical_url(e.url) for e in wanted})
        if not entries:
            walk.stop = "end"
        elif not unseen:
            walk.stop = "repeat"
        elif all(self.settled(k) for k in fresh):
            # judged on the links new to this walk: a "latest news" sidebar repeated on every
            # page would otherwise keep a walk going to its page limit every day
            walk.stop = "known"
        elif all(
            e.lastmod and self.old(e) for e, k in zip(entries, keys, strict=True) if k in fresh
        ):
            walk.stop = "horizon"
        elif not has_next:
            walk.stop = "end"
        return wanted


def run_stop(walks: list[Walk], finish_reason: str) -> str:
    """One word for how far the run got: how it ended if not finished, else the first walk that
    stopped short after listing something, else the best covering stop."""
    if finish_reason != "finished":
        return finish_reason
    for reason in SHORT:
        if any(w.stop == reason and w.listed for w in walks):
            return reason
    stops = {w.stop for w in walks if w.listed}
    if not stops:
        return "nothing_listed"
    return next((reason for reason in ("known", "horizon") if reason in stops), "end")


def oldest(walks: list[Walk]) -> datetime | None:
    stamps = [w.oldest for w in walks if w.oldest]
    return min(stamps) if stamps else None
