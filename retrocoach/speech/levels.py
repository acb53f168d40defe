"""The levels the app's sounds are set to: each speech chain's loudness, and the boundary
sounds matched to it. Pure constants (no numpy), so the player can use them too.

The boundary beep and the earcons (``assets/sounds``) are made at the loud chain's loudness
(:data:`LOUD_LUFS`, BS.1770); with the natural chain the beep channel plays them
:func:`sound_gain` lower, so a beep is never much louder than the voice around it.
"""

from __future__ import annotations

from typing import Literal

Chain = Literal["loud", "natural"]
#: The speech chains (speech/voice_chain.py): the setting ``voice_chain`` names one.
CHAINS: tuple[Chain, ...] = ("loud", "natural")
DEFAULT_CHAIN: Chain = "loud"

#: Integrated loudness (LUFS, ITU-R BS.1770) of each chain's cues.
LOUD_LUFS = -13.0
NATURAL_LUFS = -21.0
#: No true peak above this (dBFS), in either chain.
PEAK_LIMIT_DBFS = -1.0
#: The loudness the boundary sounds are made at (assets/sounds/make_*.py).
SOUNDS_LUFS = LOUD_LUFS


def chain_lufs(chain: str) -> float:
    return NATURAL_LUFS if chain == "natural" else LOUD_LUFS


def sound_gain(chain: str) -> float:
    """The linear gain that puts the boundary sounds at `chain`'s loudness."""
    return float(10 ** ((chain_lufs(chain) - SOUNDS_LUFS) / 20))
