"""Every notebook in notebooks/ runs top to bottom in a fresh kernel (nbclient), from notebooks/; the
comparative notebooks also run on the real corpora in ../shared when it is present."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import shared_path

NOTEBOOK_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))


def run_notebook(path: Path, parameters: dict | None = None, timeout: int = 600) -> nbformat.NotebookNode:
    """Execute a notebook; ``parameters`` are appended to the cell tagged ``parameters`` (as papermill does)."""
    nb = nbformat.read(path, as_version=4)
    if parameters:
        cells = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert cells, f"{path.name} has no cell tagged 'parameters'"
        cells[0].source += "\n" + "\n".join(f"{k} = {v!r}" for k, v in parameters.items())
    NotebookClient(nb, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def _errors(nb: nbformat.NotebookNode) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path):
    nb = run_notebook(path)
    assert not _errors(nb)
    if path.stem.endswith("_solutions"):  # every self-check of the solutions says correct
        text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
        assert text.count("✔") >= 5 and "✘" not in text


@pytest.mark.notebook
def test_comparing_statements_on_un_general_debate():
    shared_path("corpora", "ungdc_subset")
    nb = run_notebook(NOTEBOOK_DIR / "02_comparing_official_statements.ipynb", {"CORPUS": "ungdc"})
    assert not _errors(nb)


@pytest.mark.notebook
def test_who_gets_quoted_on_wikinews():
    shared_path("corpora", "wikinews_vanatteveldt", "data")
    nb = run_notebook(NOTEBOOK_DIR / "03_who_gets_quoted.ipynb", {"CORPUS": "wikinews"})
    assert not _errors(nb)
