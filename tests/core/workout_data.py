"""A valid workout file, as the workout tests start from."""

from __future__ import annotations

from typing import Any


def valid() -> dict[str, Any]:
    return {
        "version": 1,
        "id": "test",
        "name": "Test",
        "description": "",
        "default_rounds": 2,
        "warm_up": [{"name": "Walk", "direction": "backward", "pace": "walk", "seconds": 60}],
        "round": [
            {"name": "Jog", "direction": "backward", "pace": "jog", "seconds": 30},
            {"name": "Rest", "direction": "forward", "pace": "walk", "seconds": 45},
        ],
        "cool_down": [{"name": "Easy", "direction": "forward", "pace": "walk", "seconds": 120}],
    }
