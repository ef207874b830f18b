"""Effective configuration: shipped defaults < ./pantau.toml < PANTAU_* environment variables."""

from __future__ import annotations

import os
import tomllib
from copy import deepcopy
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, get_origin, get_type_hints
from urllib.parse import urlsplit

from pipeline.core.errors import ConfigError
from pipeline.core.settings_model import (
    CrawlSettings,
    DaskSettings,
    FlowsSettings,
    MonitoringSettings,
    QuerySettings,
    Settings,
)

ENV_PREFIX = "PANTAU_"
LOCAL_FILE = "pantau.toml"

# the section classes by table name; a key's type comes from its class' annotation
SECTIONS: dict[str, type[Any]] = {
    "crawl": CrawlSettings,
    "monitoring": MonitoringSettings,
    "dask": DaskSettings,
    "flows": FlowsSettings,
    "query": QuerySettings,
}
_KINDS = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}


def _hints(section: str | None) -> dict[str, Any]:
    return get_type_hints(Settings if section is None else SECTIONS[section])


def _load_toml(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: invalid TOML: {exc}") from exc


def _checked(value: Any, hint: Any, where: str, key: str) -> Any:
    """`value` when it fits the setting's type (a whole number is a number); a ConfigError otherwise."""
    if hint is Path:
        hint = str
    if get_origin(hint) is tuple:  # [[schedules]]: items are validated by flows.schedules
        if not isinstance(value, list):
            raise ConfigError(f"{where}: {key!r} must be a list of tables, got {value!r}")
        return value
    if hint is str and type(value) is date:  # a TOML date (since = 2024-01-01) is its ISO text
        return value.isoformat()
    kinds = (int, float) if hint is float else hint  # a whole number is a number
    if isinstance(value, bool) is not (hint is bool) or not isinstance(value, kinds):
        raise ConfigError(f"{where}: {key!r} must be {_KINDS[hint]}, got {value!r}")
    return value


def _merge(
    base: dict[str, Any], override: dict[str, Any], where: str, section: str | None = None
) -> dict[str, Any]:
    out = deepcopy(base)
    hints = _hints(section)
    for key, value in override.items():
        if key not in base:
            raise ConfigError(
                f"{where}: unknown setting {key!r} (known: {', '.join(sorted(base))})"
            )
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: {key!r} must be a table")
            out[key] = _merge(base[key], value, f"{where}:{key}", key)
        else:
            out[key] = _checked(value, hints[key], where, key)
    return out


def _coerce(raw: str, hint: Any, name: str) -> Any:
    """Turn an environment string into the type of the setting it replaces."""
    if hint is bool:
        if raw.lower() in {"1", "true", "yes", "on"}:
            return True
        if raw.lower() in {"0", "false", "no", "off", ""}:
            return False
        raise ConfigError(f"{name}={raw!r}: expected true or false")
    if hint in (int, float):
        try:
            return hint(raw)
        except ValueError as exc:
            raise ConfigError(f"{name}={raw!r}: expected a {hint.__name__}") from exc
    return raw


def _env_overrides(base: dict[str, Any], environ: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        path = name[len(ENV_PREFIX) :].lower().split("__")
        node, target = base, out
        for part in path[:-1]:
            if not isinstance(node.get(part), dict):
                break
            node, target = node[part], target.setdefault(part, {})
        else:
            key = path[-1]
            if key in node and not isinstance(node[key], dict | list):
                section = path[0] if len(path) > 1 else None
                target[key] = _coerce(raw, _hints(section)[key], name)
    return out


def _build(config: dict[str, Any], data_dir: Path) -> Settings:
    sections = {name: cls(**config[name]) for name, cls in SECTIONS.items()}
    return Settings(data_dir=data_dir, schedules=tuple(config["schedules"]), **sections)


def load_config(cwd: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """The effective configuration (data_dir resolved to an absolute path)."""
    defaults = _load_toml(
        resources.files("pipeline").joinpath("defaults.toml").read_text(), "defaults"
    )
    cwd = cwd or Path.cwd()
    config = defaults
    local = cwd / LOCAL_FILE
    if local.is_file():
        config = _merge(
            config, _load_toml(local.read_text(encoding="utf-8"), str(local)), str(local)
        )
    env = os.environ if environ is None else environ
    config = _merge(config, _env_overrides(defaults, dict(env)), "environment")
    folder = (cwd / config["data_dir"]).resolve()
    if folder.exists() and not folder.is_dir():
        raise ConfigError(
            f"data_dir {folder} is a file, not a folder "
            "(check PANTAU_DATA_DIR or data_dir in pantau.toml)"
        )
    return _build(config, folder)


@cache
def settings() -> Settings:
    """Process-wide configuration, loaded once. Tests call `settings.cache_clear()`."""
    return load_config()


def data_dir(config: Settings | None = None) -> Path:
    return (config or settings()).data_dir


def raw_dir(config: Settings | None = None) -> Path:
    """Immutable crawl output (the pages table and crawl state)."""
    return data_dir(config) / "raw"


def tables_dir(config: Settings | None = None) -> Path:
    return data_dir(config) / "tables"


# settings that may carry credentials (webhook tokens in paths, passwords in URLs, command arguments)
SECRET_SETTINGS = frozenset({"alert_webhook", "alert_command", "redis_url"})


def redact(value: str) -> str:
    """A value safe to print or log: a URL keeps only scheme, host and port; anything else keeps
    only its first word (a command's program name)."""
    value = value.strip()
    if not value:
        return value
    parts = urlsplit(value)
    if parts.scheme and parts.netloc:
        try:
            host = parts.hostname or ""
            port = f":{parts.port}" if parts.port else ""
        except ValueError:
            return f"{parts.scheme}://***"
        hidden = "/***" if (parts.path.strip("/") or parts.query or parts.username) else ""
        return f"{parts.scheme}://{host}{port}{hidden}"
    first = value.split()[0]
    return first if first == value else f"{first} ***"


def redacted(config: Settings | dict[str, Any]) -> dict[str, Any]:
    """`config` as plain data with every secret-bearing setting passed through `redact`."""
    out: dict[str, Any] = {}
    plain = config.as_dict() if isinstance(config, Settings) else config
    for key, value in plain.items():
        if isinstance(value, dict):
            out[key] = redacted(value)
        elif key in SECRET_SETTINGS and isinstance(value, str):
            out[key] = redact(value)
        else:
            out[key] = value
    return out
