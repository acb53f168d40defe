"""The clip pool: each text's rendered file, decoded once, the least recently used let go."""

from __future__ import annotations

import wave
from pathlib import Path

from retrocoach.speech.cache import SpeechCache
from retrocoach.speech.clip_pool import ClipPool
from retrocoach.speech.clips import Clip


def test_clips_are_decoded_once_and_the_least_recently_used_let_go(tmp_path: Path) -> None:
    loads: list[str] = []

    def load(path: Path) -> Clip | None:
        loads.append(path.name)
        return None if path.name == "bad" else Clip(b"\x00\x00" * 10, path.name)

    pool = ClipPool(None, size=2, load=load)
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    assert pool.get(a) is pool.get(a)
    pool.get(b)
    pool.get(a)  # a is now the most recent
    pool.get(c)  # b goes
    assert loads == ["a", "b", "c"] and len(pool) == 2
    pool.get(b)
    assert loads[-1] == "b"
    assert pool.get(tmp_path / "bad") is None and len(pool) == 2
    pool.clear()
    assert len(pool) == 0


def test_texts_are_found_in_the_cache_and_preloaded(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    rendered = cache.path_for("Chest up")
    with wave.open(str(rendered), "wb") as wav:  # a real WAV: the cache checks it
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x01\x00" * 2205)
    pool = ClipPool(cache)
    assert pool.path("Chest up") == rendered and pool.path("not rendered") is None
    assert not pool.ready(["Chest up", "not rendered"])
    pool.preload(["Chest up", "not rendered"])
    assert pool.ready(["Chest up", "not rendered"]) and len(pool) == 1
    pool.set_cache(None)
    assert len(pool) == 0 and pool.path("Chest up") is None and pool.cache is None
