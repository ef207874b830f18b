"""The clean task's cache key changes with the selectors of the parsers a batch uses, and only
with those: the selectors live in the portal records, outside the pipeline's code fingerprint."""

from __future__ import annotations

from dataclasses import replace

import pytest

import flows.batch_tasks as batch_tasks
from crawlers.portals import site_selectors

PARAMS = {
    "pages": [{"url": "https://sabba.id/berita/a", "sha256": "ab", "portal": "sabba"}],
    "parsers": {"sabba": "sabba"},
}


@pytest.mark.parametrize(("edited", "changes"), [("sabba", True), ("serangkab", False)])
def test_the_clean_cache_key_follows_the_batchs_selectors(monkeypatch, edited, changes):
    before = batch_tasks._clean_key(None, PARAMS)
    selectors = dict(site_selectors())
    selectors[edited] = replace(selectors[edited], body=("//main",))
    monkeypatch.setattr(batch_tasks, "site_selectors", lambda: selectors)
    assert (batch_tasks._clean_key(None, PARAMS) != before) is changes
