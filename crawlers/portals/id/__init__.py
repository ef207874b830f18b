"""Hand-written portal records, one module per province (a `PORTALS` tuple each).

Add a module here and list it in PROVINCE_MODULES; records override the generated official
portal of the same region code.
"""

from __future__ import annotations

PROVINCE_MODULES = ("banten", "dki_jakarta", "kalimantan_tengah")
