"""Shared fixtures. Evaluation sets and corpora live in ../shared beside the project; tests that need
them skip cleanly when it is absent (a user's fresh clone has no ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_DIR = ROOT / "data" / "articles"
SEED_FILE = SEED_DIR / "rt_2017-01-30_lavrov_safe_zones.txt"

# Property tests run with a fixed seed in CI so a failure is reproducible.
settings.register_profile("ci", derandomize=True, deadline=None, max_examples=100)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile("ci")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared is only beside developer and CI checkouts)")
    return p


@pytest.fixture(scope="session")
def seed_articles():
    import discourse as dc

    return dc.read_articles(SEED_DIR)
