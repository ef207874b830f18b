"""Small constructors that keep the gold annotations in the content modules short and uniform.

Shapes follow ../shared/eval/seeds-gold.jsonl; the rules are in tests/fixtures/devset/README.md.
"""

from __future__ import annotations

from typing import Any


def official(
    name: str, role: str, jurisdiction: str, aliases: tuple[str, ...] = (), written: str | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "role": role, "jurisdiction": jurisdiction}
    if aliases:
        out["aliases"] = list(aliases)
    if written:
        out["as_written"] = written
    return out


def person(name: str, role: str | None, written: str | None = None, aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "role": role}
    if aliases:
        out["aliases"] = list(aliases)
    if written:
        out["as_written"] = written
    return out


# Ormas hierarchy levels written before the organisation's name ("PC GP Ansor Pandeglang"); the
# name without them refers to the same body, so it is accepted as an alias.
LEVEL_PREFIXES = (
    "Dewan Pengurus Daerah", "Dewan Pimpinan Daerah", "Pengurus Cabang", "Pengurus Daerah",
    "Pimpinan Daerah", "Pimpinan Cabang", "Majelis Pimpinan Cabang", "Majelis Pimpinan Wilayah",
    "DPD", "MPC", "MPW", "PAC", "PC", "PD",
)  # fmt: skip


def org(name: str, acronym: str | None, kind: str, aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    forms = list(aliases)
    for prefix in LEVEL_PREFIXES:
        if name.startswith(prefix + " ") and kind != "government_agency":
            forms.append(name.removeprefix(prefix + " "))
            break
    out: dict[str, Any] = {"name": name, "acronym": acronym, "kind": kind}
    if forms:
        out["aliases"] = list(dict.fromkeys(forms))
    return out


def place(
    name: str, level: str, code: str | None, aliases: tuple[str, ...] = (), dateline: bool = False
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "level": level, "code": code}
    if aliases:
        out["aliases"] = list(aliases)
    if dateline:
        out["dateline"] = True
    return out


def date(text: str, iso: str, basis: str = "explicit") -> dict[str, Any]:
    return {"text": text, "iso": iso, "basis": basis}
