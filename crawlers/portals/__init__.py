"""The portal registry: hand-written records per province plus generated official portals.

`registry()` is built once at import; a duplicate name anywhere raises RegistryError then.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import import_module

from crawlers.portals.id import PROVINCE_MODULES
from crawlers.portals.model import KINDS, SOURCES, STATUSES, Portal
from crawlers.portals.official import official_portals
from pipeline.core.errors import ConfigError, InputError
from pipeline.core.selectors import Selectors

__all__ = [
    "KINDS",
    "SOURCES",
    "STATUSES",
    "Portal",
    "RegistryError",
    "build_registry",
    "get_portal",
    "registry",
    "select",
    "site_selectors",
]


class RegistryError(ConfigError):
    """The portal registry is inconsistent (e.g. two records share a name)."""


def build_registry(groups: Iterable[tuple[str, Iterable[Portal]]]) -> dict[str, Portal]:
    """Merge (source, portals) groups into one name -> Portal dict; duplicates name both sources."""
    out: dict[str, Portal] = {}
    origin: dict[str, str] = {}
    for source, portals in groups:
        for portal in portals:
            if portal.name in out:
                raise RegistryError(
                    f"duplicate portal name {portal.name!r}: in {origin[portal.name]} and in {source}"
                )
            out[portal.name] = portal
            origin[portal.name] = source
    own = {p.name for p in out.values() if p.selectors is not None}
    for portal in out.values():
        if portal.parser and portal.parser not in own:
            raise RegistryError(
                f"portal {portal.name!r} in {origin[portal.name]}: parser {portal.parser!r} is "
                f"no record with selectors; known parsers: {sorted(own)}"
            )
    return dict(sorted(out.items()))


def _hand_written() -> list[tuple[str, tuple[Portal, ...]]]:
    groups = []
    for module_name in PROVINCE_MODULES:
        module = import_module(f"crawlers.portals.id.{module_name}")
        groups.append((module.__name__, tuple(module.PORTALS)))
    return groups


@cache
def registry() -> dict[str, Portal]:
    """Every known portal by name, sorted by name."""
    hand = _hand_written()
    hand_hosts = {p.host for _, portals in hand for p in portals}
    generated = [p for p in official_portals() if p.host not in hand_hosts]
    return build_registry([*hand, ("crawlers.portals.official (lokal data)", generated)])


@cache
def site_selectors() -> dict[str, Selectors]:
    """The selectors of every portal that has its own site parser, by parser key (= portal name)."""
    return {p.name: p.selectors for p in registry().values() if p.selectors is not None}


def get_portal(name: str) -> Portal:
    portals = registry()
    if name not in portals:
        raise InputError(f"unknown portal {name!r}; `pantau portals list` shows the registry")
    return portals[name]


def select(
    portals: Iterable[Portal], province: str | None = None, status: str | None = None
) -> list[Portal]:
    """Filter by province (name substring or region-code prefix, case-insensitive) and status."""
    out = []
    for portal in portals:
        if status and portal.status != status:
            continue
        if province:
            wanted = province.lower()
            if wanted not in portal.province.lower() and not portal.region_code.startswith(wanted):
                continue
        out.append(portal)
    return out


registry()  # fail at import, not at first use, when the records are inconsistent
