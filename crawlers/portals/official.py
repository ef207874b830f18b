"""Official portals of every province, regency and city, generated from the lokal region data."""

from __future__ import annotations

import gzip
import json
import re
from importlib import resources

from crawlers.portals.domains import EXCEPTIONS, NAME_PREFIXES, PROVINCE_HOSTS, timezone_for
from crawlers.portals.model import Portal

_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def load_regions() -> dict[str, str]:
    """Kemendagri code -> name for provinces (level 1) and regencies/cities (level 2)."""
    raw = resources.files("lokal").joinpath("data").joinpath("wilayah.json.gz").read_bytes()
    data: dict[str, str] = json.loads(gzip.decompress(raw))
    return {code: name for code, name in data.items() if code.count(".") <= 1}


def host_label(region_name: str) -> str:
    """'Kabupaten Aceh Selatan' -> 'acehselatan' (the name part of `<name>kab.go.id`)."""
    name = region_name.lower()
    for prefix in NAME_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    return _NOT_ALNUM.sub("", name)


def kind_of(code: str, name: str) -> str:
    if "." not in code:
        return "province"
    return "city" if name.lower().startswith("kota") else "regency"


def host_for(code: str, name: str) -> str:
    if "." not in code:
        return PROVINCE_HOSTS.get(code) or f"{host_label(name)}prov.go.id"
    if code in EXCEPTIONS:
        return EXCEPTIONS[code]
    suffix = "kota" if kind_of(code, name) == "city" else "kab"
    return f"{host_label(name)}{suffix}.go.id"


def official_portals(skip_codes: frozenset[str] = frozenset()) -> list[Portal]:
    """One unverified portal per region, skipping codes already covered by a hand-written record."""
    regions = load_regions()
    portals = []
    for code, name in sorted(regions.items()):
        if code in skip_codes:
            continue
        host = host_for(code, name)
        province = regions[code[:2]]
        portals.append(
            Portal(
                name=host.removesuffix(".go.id").replace(".", "-"),
                base_url=f"https://{host}/",
                province=province,
                region_code=code,
                kind=kind_of(code, name),
                status="unverified",
                timezone=timezone_for(code),
                notes=f"{name}; host from the naming pattern, not verified by a fetch",
            )
        )
    return portals
