"""Shared test set-up: offscreen Qt, paths to examples and to the optional ../shared material."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """The project's shared material (seeds, official forms); absent in a user's clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a user's clone has no seeds or official fixtures)")
    return SHARED
