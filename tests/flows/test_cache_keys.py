"""The clean task's cache key changes with the selectors of the parsers a batch uses, and only
with those: the selectors live in the portal records, outside the pipeline's code fingerprint."""

from __future__ import annotations

from dataclasses import replace

import pytest

import flows.process as process
from crawlers.portals import site_selectors

PARAMS = {
    "pages": [{"url": "https://sabba.id/berita/a", "sha256": "ab", "portal": "sabba"}],
    "parsers": {"sabba": "sabba"},
}


@pytest.mark.parametrize(("edited", "changes"), [("sabba", True), ("serangkab", False)])
def test_the_clean_cache_key_follows_the_batchs_selectors(monkeypatch, edited, changes):
    before = process._clean_key(None, PARAMS)
    selectors = dict(site_selectors())
    selectors[edited] = replace(selectors[edited], body=("//main",))
    monkeypatch.setattr(process, "site_selectors", lambda: selectors)
    assert (process._clean_key(None, PARAMS) != before) is changes
