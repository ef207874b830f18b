"""`[[schedules]]` from the config: validated into Schedule records, each naming its portals.

    [[schedules]]
    name = "daily-stable"        # letters, digits, dashes
    cron = "0 2 * * *"           # five-field cron, evaluated in `timezone`
    portals = "status:stable"    # all | status:S | province:P | kind:K | a list of portal names
    timezone = "Asia/Jakarta"    # optional
    max_pages = 0                # optional: stop each portal after N new pages
    process = true               # optional: also clean, extract and store (the full run)

Validation needs no Prefect server: bad cron, unknown portal, bad selector or unknown keys
raise ConfigError naming the schedule and the value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawlers.portals import KINDS, STATUSES, registry, select
from pipeline.core.errors import ConfigError, InputError

DEFAULT_TIMEZONE = "Asia/Jakarta"
KNOWN_KEYS = frozenset({"name", "cron", "portals", "timezone", "max_pages", "process"})
SELECTOR_KEYS = ("status", "province", "kind")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_CRON_FIELD = re.compile(r"^[0-9A-Za-z*/,\-?LW#]+$")


@dataclass(frozen=True)
class Schedule:
    name: str
    cron: str
    selector: str | tuple[str, ...]
    timezone: str = DEFAULT_TIMEZONE
    max_pages: int = 0
    process: bool = True

    def flow_parameters(self) -> dict[str, Any]:
        """Parameters of the scheduled flow run; a selector is resolved when the run starts."""
        params: dict[str, Any] = {"max_pages": self.max_pages}
        if isinstance(self.selector, tuple):
            params["portals"] = list(self.selector)
        else:
            params["selector"] = self.selector
        return params


def check_cron(cron: str, where: str) -> str:
    """A five-field cron string Prefect accepts; ConfigError naming `where` otherwise."""
    fields = cron.split() if isinstance(cron, str) else []
    if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
        raise ConfigError(
            f"{where}: cron {cron!r} is not a five-field cron expression (minute hour day month weekday), "
            'e.g. "0 2 * * *"'
        )
    # Prefect's cron parser is the one the server uses; imported here because Prefect takes seconds
    # to import and the CLI validates schedules before it starts anything (flows/__init__ configured it)
    from prefect._vendor.croniter.croniter import croniter

    if not croniter.is_valid(cron) or any(f.upper() in {"R", "H"} for f in fields):
        raise ConfigError(f"{where}: cron {cron!r} is not valid (a value is out of range?)")
    return " ".join(fields)


def resolve_selector(
    selector: str | list[str] | tuple[str, ...], portals: Mapping[str, Any]
) -> list[str]:
    """Portal names a selector stands for, sorted; InputError for a bad selector or unknown name."""
    if isinstance(selector, list | tuple):
        unknown = [name for name in selector if name not in portals]
        if unknown:
            raise InputError(
                f"unknown portal(s) {', '.join(map(repr, unknown))}; `pantau portals list` shows the registry"
            )
        if not selector:
            raise InputError("an empty portal list selects nothing")
        return sorted(set(selector))
    if not isinstance(selector, str) or not selector.strip():
        raise InputError(
            f"portal selector {selector!r}: expected a string or a list of portal names"
        )
    if selector.strip() == "all":
        return sorted(portals)
    key, sep, value = selector.strip().partition(":")
    if not sep or key not in SELECTOR_KEYS or not value:
        raise InputError(
            f"portal selector {selector!r}: expected all, status:<status>, province:<name>, kind:<kind> "
            "or a list of portal names"
        )
    allowed = {"status": STATUSES, "kind": KINDS}.get(key)
    if allowed and value not in allowed:
        raise InputError(f"portal selector {selector!r}: {key} must be one of {', '.join(allowed)}")
    if key == "kind":
        names = [p.name for p in portals.values() if p.kind == value]
    else:
        names = [p.name for p in select(portals.values(), **{key: value})]
    if not names:
        raise InputError(f"portal selector {selector!r} matches no portal in the registry")
    return sorted(names)


def _one_schedule(raw: Any, index: int, portals: Mapping[str, Any]) -> Schedule:
    where = f"schedules[{index}]"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a table ([[schedules]]), got {raw!r}")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigError(f"{where}: name {name!r} must be lower-case letters, digits and dashes")
    where = f"schedule {name!r}"
    unknown = sorted(set(raw) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(KNOWN_KEYS))})"
        )
    for key in ("cron", "portals"):
        if key not in raw:
            raise ConfigError(f"{where}: missing {key!r}")
    cron = check_cron(raw["cron"], where)
    timezone = raw.get("timezone", DEFAULT_TIMEZONE)
    try:
        ZoneInfo(str(timezone))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"{where}: unknown timezone {timezone!r}") from exc
    max_pages = raw.get("max_pages", 0)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 0:
        raise ConfigError(f"{where}: max_pages must be a whole number >= 0, got {max_pages!r}")
    process = raw.get("process", True)
    if not isinstance(process, bool):
        raise ConfigError(f"{where}: process must be true or false, got {process!r}")
    selector = raw["portals"]
    try:
        resolve_selector(selector, portals)
    except InputError as exc:
        raise ConfigError(f"{where}: {exc}") from exc
    frozen = tuple(selector) if isinstance(selector, list) else selector.strip()
    return Schedule(name, cron, frozen, str(timezone), max_pages, process)


def parse_schedules(raw: Any, portals: Mapping[str, Any] | None = None) -> list[Schedule]:
    """Validate the `schedules` config value against the portal registry."""
    if portals is None:
        portals = registry()
    if not isinstance(raw, list | tuple):
        raise ConfigError(f"schedules: expected a list of [[schedules]] tables, got {raw!r}")
    schedules = [_one_schedule(item, i, portals) for i, item in enumerate(raw)]
    names = [s.name for s in schedules]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ConfigError(f"schedules: name(s) used twice: {', '.join(repeated)}")
    return schedules
