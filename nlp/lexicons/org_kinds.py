"""Kinds of organisation (DESIGN.md's `kind` values)."""

from __future__ import annotations

GOV = "government_agency"
CSO = "ormas_cso"
RELIGIOUS = "religious"
PARTY = "political_party"
BUSINESS = "business"
INTERNATIONAL = "international"
MEDIA = "media"
EDUCATION = "education"
OTHER = "other"
