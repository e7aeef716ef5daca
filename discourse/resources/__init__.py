"""Bundled resources: word lists and lexicons shipped as data files inside the package.

Every file starts with a ``#`` comment header that names its source. Files are read once per process
and cached; functions that use a resource also accept a user's own list.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources as _ir

__all__ = ["load_lines", "load_table", "read_text"]


def read_text(name: str) -> str:
    """Return the text of the bundled resource file ``name`` (e.g. ``"abbreviations.txt"``)."""
    return _ir.files(__name__).joinpath(name).read_text(encoding="utf-8")


def _strip_comments(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """The non-comment, non-blank lines of a bundled list file, stripped, in file order."""
    return tuple(_strip_comments(read_text(name)))


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a bundled CSV resource (comment lines starting with ``#`` skipped) as dicts."""
    body = "\n".join(ln for ln in read_text(name).splitlines() if not ln.lstrip().startswith("#"))
    return tuple(dict(r) for r in csv.DictReader(io.StringIO(body)))
