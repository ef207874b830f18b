"""The Portal record: one small declarative entry per site Pantau crawls."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from pipeline.core.errors import InputError
from pipeline.core.selectors import Selectors

KINDS = ("province", "regency", "city", "dprd", "kesbangpol", "local_news")
STATUSES = ("stable", "quarantined", "unverified", "deprecated")
# discovery sources, in the default order they are tried
SOURCES = ("sitemap", "feed", "wp-json", "listing")
TIMEZONES = ("WIB", "WITA", "WIT")
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Portal:
    """A crawl target. `politeness` holds Scrapy setting overrides (DOWNLOAD_DELAY, ...)."""

    name: str
    base_url: str
    province: str = ""
    region_code: str = ""
    kind: str = "local_news"
    discovery: tuple[str, ...] = SOURCES
    # the site parser: a record with `selectors` is its own (parser = its name); another record
    # may name that parser to share it
    parser: str | None = None
    selectors: Selectors | None = None
    status: str = "unverified"
    lang: str = "id"
    timezone: str = "WIB"
    politeness: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    # optional hints for discovery; empty means "use the generic defaults"
    sitemap_urls: tuple[str, ...] = ()
    feed_urls: tuple[str, ...] = ()
    listing_paths: tuple[str, ...] = ()
    article_pattern: str | None = None
    # listing pagination overrides (crawlers.paging): a page URL template with {n} (page number)
    # or {offset} (items skipped, page_size per page), and a "load more" JSON endpoint template
    pagination: str | None = None
    page_size: int = 10
    load_more: str | None = None
    allowed_domains: tuple[str, ...] = ()
    notes: str = ""

    def __post_init__(self) -> None:
        if self.selectors is not None and self.parser is None:
            object.__setattr__(self, "parser", self.name)  # frozen: set once, while being built
        problems = list(_problems(self))
        if problems:
            raise InputError(f"portal {self.name!r}: " + "; ".join(problems))

    @property
    def host(self) -> str:
        return (urlsplit(self.base_url).hostname or "").lower()

    def domains(self) -> tuple[str, ...]:
        """Domains a crawl of this portal may visit (a leading www. is dropped so subdomains pass)."""
        host = self.host.removeprefix("www.")
        return (host, *self.allowed_domains)

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Portal:
        """Build a portal from plain data (JSON); unknown keys and bad values name the portal."""
        if not isinstance(data, dict):
            raise InputError(f"portal record must be a JSON object, got {type(data).__name__}")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        name = data.get("name", "?")
        if unknown:
            raise InputError(f"portal {name!r}: unknown field(s) {unknown}; known: {sorted(known)}")
        if "name" not in data or "base_url" not in data:
            raise InputError(f"portal {name!r}: 'name' and 'base_url' are required")
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in data.items()
        }
        if values.get("selectors") is not None:
            values["selectors"] = Selectors.from_dict(values["selectors"], name)
        return cls(**values)


def _problems(portal: Portal) -> list[str]:
    out = []
    if not _NAME.match(portal.name):
        out.append("name must be lower-case letters, digits, '.', '_' or '-'")
    parts = urlsplit(portal.base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        out.append(f"base_url {portal.base_url!r} is not an http(s) URL")
    if portal.kind not in KINDS:
        out.append(f"kind {portal.kind!r} not in {KINDS}")
    if portal.status not in STATUSES:
        out.append(f"status {portal.status!r} not in {STATUSES}")
    if portal.timezone not in TIMEZONES:
        out.append(f"timezone {portal.timezone!r} not in {TIMEZONES}")
    bad = [s for s in portal.discovery if s not in SOURCES]
    if bad or not portal.discovery:
        out.append(f"discovery {portal.discovery!r}: each must be one of {SOURCES}")
    if not isinstance(portal.politeness, dict):
        out.append("politeness must be a dict of Scrapy settings")
    for name in ("pagination", "load_more"):
        template = getattr(portal, name)
        if template and "{n}" not in template and "{offset}" not in template:
            out.append(f"{name} {template!r} must contain {{n}} or {{offset}}")
    if not isinstance(portal.page_size, int) or portal.page_size < 1:
        out.append(f"page_size {portal.page_size!r} must be a positive integer")
    out += _selector_problems(portal)
    if portal.article_pattern:
        try:
            re.compile(portal.article_pattern)
        except re.error as exc:
            out.append(f"article_pattern is not a valid regex: {exc}")
    return out


def _selector_problems(portal: Portal) -> list[str]:
    if portal.selectors is None:
        return []
    if not isinstance(portal.selectors, Selectors):
        return [f"selectors must be a Selectors record, got {type(portal.selectors).__name__}"]
    if portal.parser != portal.name:
        return [
            f"a record with selectors is its own parser: parser must be {portal.name!r} or unset"
        ]
    out = []
    for field_name, paths in vars(portal.selectors).items():
        for path in paths:
            try:
                etree.XPath(path)
            except etree.XPathSyntaxError as exc:
                out.append(f"selectors.{field_name} {path!r} is not a valid XPath: {exc}")
    return out


def portal_for_url(url: str) -> Portal:
    """An ad-hoc portal for `--url`: generic discovery from the base URL alone, named after the host."""
    try:  # urlsplit and .port raise ValueError for "http://[::1" and port 99999
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InputError(f"--url {url!r}: not a valid URL ({exc})") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"--url {url!r}: expected an http(s) URL such as https://example.go.id/")
    name = parts.hostname.lower() + (f"-{port}" if port else "")
    return Portal(
        name=name, base_url=url, kind="local_news", status="unverified", notes="ad-hoc --url crawl"
    )
