"""Hand-written portal records, one module per province (a `PORTALS` tuple each).

Every module in this folder is found by discovery: add a module (or a record to one) and the
registry has it. Records override the generated official portal of the same host.
"""

from __future__ import annotations

import pkgutil

PROVINCE_MODULES = tuple(
    sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
)
