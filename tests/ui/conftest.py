"""Fixtures shared by the UI tests (tests/ui and its rooms)."""

from __future__ import annotations

import pytest

from tests.core.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    """A fake monotonic and wall clock: the driver's time moves only when a test moves it."""
    return FakeClock()
