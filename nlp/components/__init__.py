"""spaCy components of the Pantau pipeline, found by discovery: every module in this folder is
imported here, so each one that registers a component (`@nlp.component.component(name)`) is known
to spaCy. nlp/config.cfg declares which components run, and in what order."""

from __future__ import annotations

import importlib
import pkgutil

MODULES = tuple(
    sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
)

for _name in MODULES:
    importlib.import_module(f"{__name__}.{_name}")
