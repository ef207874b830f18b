"""Effective configuration: shipped defaults < ./pantau.toml < PANTAU_* environment variables."""

from __future__ import annotations

import os
import tomllib
from copy import deepcopy
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.core.errors import ConfigError

ENV_PREFIX = "PANTAU_"
LOCAL_FILE = "pantau.toml"


def _load_toml(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: invalid TOML: {exc}") from exc


def _merge(base: dict[str, Any], override: dict[str, Any], where: str) -> dict[str, Any]:
    out = deepcopy(base)
    for key, value in override.items():
        if key not in base:
            raise ConfigError(
                f"{where}: unknown setting {key!r} (known: {', '.join(sorted(base))})"
            )
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: {key!r} must be a table")
            out[key] = _merge(base[key], value, f"{where}:{key}")
        else:
            out[key] = value
    return out


def _coerce(raw: str, like: Any, name: str) -> Any:
    """Turn an environment string into the type of the default it replaces."""
    if isinstance(like, bool):
        if raw.lower() in {"1", "true", "yes", "on"}:
            return True
        if raw.lower() in {"0", "false", "no", "off", ""}:
            return False
        raise ConfigError(f"{name}={raw!r}: expected true or false")
    if isinstance(like, int | float):
        try:
            return type(like)(raw)
        except ValueError as exc:
            raise ConfigError(f"{name}={raw!r}: expected a {type(like).__name__}") from exc
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
                target[key] = _coerce(raw, node[key], name)
    return out


def load_config(cwd: Path | None = None, environ: dict[str, str] | None = None) -> dict[str, Any]:
    """The effective configuration as a plain dict (data_dir resolved to an absolute path)."""
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
    config["data_dir"] = str((cwd / config["data_dir"]).resolve())
    if Path(config["data_dir"]).exists() and not Path(config["data_dir"]).is_dir():
        raise ConfigError(
            f"data_dir {config['data_dir']} is a file, not a folder "
            "(check PANTAU_DATA_DIR or data_dir in pantau.toml)"
        )
    return config


@cache
def settings() -> dict[str, Any]:
    """Process-wide configuration, loaded once. Tests call `settings.cache_clear()`."""
    return load_config()


def data_dir(config: dict[str, Any] | None = None) -> Path:
    return Path((config or settings())["data_dir"])


def raw_dir(config: dict[str, Any] | None = None) -> Path:
    """Immutable crawl output (the pages table and crawl state)."""
    return data_dir(config) / "raw"


def tables_dir(config: dict[str, Any] | None = None) -> Path:
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


def redacted(config: dict[str, Any]) -> dict[str, Any]:
    """A copy of `config` with every secret-bearing setting passed through `redact`."""
    out: dict[str, Any] = {}
    for key, value in config.items():
        if isinstance(value, dict):
            out[key] = redacted(value)
        elif key in SECRET_SETTINGS and isinstance(value, str):
            out[key] = redact(value)
        else:
            out[key] = value
    return out
