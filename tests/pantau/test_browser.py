"""A person's view of the UI: headless Chromium opens `pantau ui`, runs a canned query and
reads the rows.

Needs Debian's `chromium` and `chromium-driver` (scripts/ci-system-deps.sh installs them in CI).
Locally a missing Chromium skips; under CI=true it fails, so CI never passes without running it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pantau.ui import canned
from pantau.ui.sqlite_build import DB_NAME, ui_dir
from tests.pantau.testdata import prepare_tables, wait_for_url

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
)


def _find(path: Path) -> str | None:
    return str(path) if path.is_file() else shutil.which(path.name)


def _require_chromium() -> tuple[str, str]:
    """Paths of chromium and chromedriver; skips (fails under CI=true) when either is missing."""
    chromium, driver = _find(CHROMIUM), _find(CHROMEDRIVER)
    if chromium and driver:
        return chromium, driver
    missing = [p.name for p, found in ((CHROMIUM, chromium), (CHROMEDRIVER, driver)) if not found]
    message = (
        f"headless Chromium not installed ({', '.join(missing)} missing): "
        "run `sudo bash scripts/ci-system-deps.sh` (Debian chromium + chromium-driver)"
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def chromium_paths() -> tuple[str, str]:
    """Checked before the (slow) test data is prepared, so a missing Chromium skips at once."""
    return _require_chromium()


@pytest.fixture(scope="module")
def ui_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    data_dir, _source = prepare_tables(tmp_path_factory.getbasetemp() / "ui-data")
    env = {**os.environ, "PANTAU_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pantau.cli", "ui", "--port", "0", "--no-open"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    try:
        yield wait_for_url(proc), ui_dir(data_dir) / DB_NAME
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def browser(chromium_paths: tuple[str, str], tmp_path: Path) -> Iterator[object]:
    chromium, chromedriver = chromium_paths
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium not installed (pip install -e '.[dev]')"
    )
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    service = webdriver.ChromeService(executable_path=chromedriver)
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _busiest_organisation(db_path: Path) -> tuple[str, set[str]]:
    """The organisation in the most engagements, and the officials the canned query must list."""
    conn = sqlite3.connect(db_path)
    try:
        name = conn.execute(
            "select e.name from engagements g join json_each(g.organisation_ids) j "
            "join entities e on e.entity_id = j.value group by e.entity_id "
            "order by count(*) desc, e.name limit 1"
        ).fetchone()[0]
        query = canned.OFFICIALS_WHO_MET_ORGANISATION
        officials = {row[0] for row in conn.execute(query.sql, {"organisation": name})}
    finally:
        conn.close()
    return name, officials


def test_browser_runs_canned_query_and_shows_its_rows(
    chromium_paths: tuple[str, str], ui_url: tuple[str, Path], browser, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    url, db_path = ui_url
    organisation, expected = _busiest_organisation(db_path)
    assert expected, f"no official met {organisation!r}: the test data has no engagements"

    browser.get(url)
    browser.find_element(
        By.PARTIAL_LINK_TEXT, canned.OFFICIALS_WHO_MET_ORGANISATION.title_en
    ).click()
    field = WebDriverWait(browser, 15).until(
        ec.presence_of_element_located((By.NAME, "organisation"))
    )
    field.clear()
    field.send_keys(organisation)
    field.submit()
    WebDriverWait(browser, 15).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "td.col-official"))
    )

    shown = {
        cell.text.strip() for cell in browser.find_elements(By.CSS_SELECTOR, "td.col-official")
    }
    screenshot = tmp_path / "ui-canned-query.png"
    browser.save_screenshot(str(screenshot))
    print(f"screenshot: {screenshot}")
    assert shown == expected
    assert organisation in browser.page_source
    assert screenshot.stat().st_size > 10_000
