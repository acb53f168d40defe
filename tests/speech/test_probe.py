"""The probe: a short word rendered by a fresh worker, or the engine's problem with its fix."""

from __future__ import annotations

import pytest

from retrocoach.core.problem import Severity
from retrocoach.speech.errors import EngineUnavailable
from retrocoach.speech.probe import probe
from tests.speech.test_process import BROKEN, LINUX_FIX


def test_the_real_engine_renders(espeak: None) -> None:
    result = probe()
    assert "espeak" in result.engine
    assert 0.1 < result.seconds < 2.0 and result.rate > 0
    assert result.describe().startswith("renders speech (")


def test_an_engine_that_cannot_start_raises_its_problem_with_the_fix() -> None:
    with pytest.raises(EngineUnavailable) as caught:
        probe(BROKEN)
    assert caught.value.fix == LINUX_FIX
    assert caught.value.problem.severity is Severity.SERIOUS
