"""``retrocoach check`` says whether other sounds can be lowered here, and why not."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from retrocoach.desktop.check import ducking_line
from retrocoach.desktop.ducking import platform
from tests.desktop.private_pulse import private_pulse


def test_with_a_sound_server_it_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    with private_pulse() as pulse:
        monkeypatch.setenv("PULSE_SERVER", pulse.server)
        line = ducking_line()
    assert line.startswith("ok       lower other sounds while the coach speaks: through PulseAudio")


def test_without_a_server_it_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/nothing-here")
    line = ducking_line()
    assert line.startswith("absent   lower other sounds while the coach speaks: no PulseAudio")


def test_on_a_mac_it_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert "absent   lower other sounds while the coach speaks: macOS lets no" in ducking_line()
    assert platform.make_ducker(Path("x"), enabled=True, on_problem=print) is None


def test_without_pulsectl_it_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    found = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "pulsectl" else found(name, *a),
    )
    assert "pip install pulsectl" in ducking_line()
