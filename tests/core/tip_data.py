"""Tip data the tip tests share: entries, files, and the shipped library."""

from __future__ import annotations

from typing import Any

from retrocoach.assets_path import assets_dir
from retrocoach.core.problem import english
from retrocoach.core.tips import (
    TipLibrary,
    parse_tips_text,
)

BACKWARD = ["backward-walk", "backward-jog", "backward-run"]


def entry(tip_id: str, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": tip_id,
        "text": f"Tip {tip_id} text.",
        "categories": ["posture"],
        "phases": BACKWARD,
        "source": "seed blog: Focus on posture",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def tips_file(*entries: object) -> dict[str, object]:
    return {"version": 1, "tips": list(entries)}


def shipped() -> TipLibrary:
    library, found_problems = parse_tips_text(
        (assets_dir() / "tips" / "en.json").read_text(encoding="utf-8"), "en.json"
    )
    problems = english(found_problems)
    assert problems == []
    return library
