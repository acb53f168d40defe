"""The tip library: short spoken tips, validated on load, picked without repeats; this module
gathers its three parts: the model (:mod:`.tip_model`), parsing (:mod:`.tip_parsing`) and the
picker (:mod:`.tip_picker`).

A tips file looks like::

    {"version": 1,
     "tips": [{"id": "posture-chest-up", "text": "Chest up, eyes level, stand tall.",
               "categories": ["posture"], "phases": ["backward-walk", "backward-jog"],
               "places": ["track", "hall"],             # optional; default: every place
               "source": "seed blog: Focus on posture"}],
     "disabled": ["some-built-in-id"]}          # user files only

Loading never fails as a whole because of one entry: a bad entry is reported (naming the
source, the tip id and the field) and skipped, and the rest load. Nothing here reads files;
the caller passes decoded JSON or the text.
"""

from __future__ import annotations

from retrocoach.core.tip_model import (
    ALL_PLACES,
    FORMAT_VERSION,
    PHASE_KEYS,
    Focus,
    Place,
    Tip,
    TipCategory,
    TipLibrary,
    phase_key,
    spoken_word_count,
)
from retrocoach.core.tip_parsing import (
    MAX_SOURCE_CHARACTERS,
    MAX_TIP_CHARACTERS,
    MAX_TIP_WORDS,
    merge_user_tips,
    merge_user_tips_text,
    parse_tips,
    parse_tips_text,
)
from retrocoach.core.tip_picker import (
    REPEAT_GAP_SECONDS,
    TipPicker,
)

__all__ = [
    "ALL_PLACES",
    "FORMAT_VERSION",
    "MAX_SOURCE_CHARACTERS",
    "MAX_TIP_CHARACTERS",
    "MAX_TIP_WORDS",
    "PHASE_KEYS",
    "REPEAT_GAP_SECONDS",
    "Focus",
    "Place",
    "Tip",
    "TipCategory",
    "TipLibrary",
    "TipPicker",
    "merge_user_tips",
    "merge_user_tips_text",
    "parse_tips",
    "parse_tips_text",
    "phase_key",
    "spoken_word_count",
]
