"""The research notebooks run top to bottom on the demo's tables (or the synthetic set until the
demo exists) and each ends with a figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.pantau.testdata import prepare_tables

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir, _source = prepare_tables(tmp_path_factory.getbasetemp() / "ui-data")
    return data_dir


def _last_code_cell(notebook) -> dict:  # type: ignore[no-untyped-def]
    return [cell for cell in notebook.cells if cell.cell_type == "code"][-1]


def test_the_three_notebooks_exist() -> None:
    names = {p.stem for p in NOTEBOOKS}
    assert {"01-engagement-overview", "02-network", "03-portal-health"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    stored = [
        c for c in cells if c["cell_type"] == "code" and (c["outputs"] or c["execution_count"])
    ]
    assert not stored, f"{path.name}: clear outputs before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_and_ends_with_a_figure(
    path: Path, tables_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("PANTAU_DATA_DIR", str(tables_dir))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend draws the PNGs
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    outputs = _last_code_cell(notebook).outputs
    assert any("image/png" in out.get("data", {}) for out in outputs), (
        f"{path.name} ends without a figure"
    )
    errors = [
        out
        for cell in notebook.cells
        for out in cell.get("outputs", [])
        if out.output_type == "error"
    ]
    assert not errors
