"""The cues' sounds: each text's rendered file in the speech cache, and the next few of them
decoded ahead and kept in memory, so a countdown never waits on a file. Plain bytes
(:class:`~retrocoach.speech.clips.Clip`): nothing to load or dispose while a session plays.
No Qt.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path

from retrocoach.speech.cache import SpeechCache
from retrocoach.speech.clips import Clip, load_clip

#: Decoded clips kept around (next cues + recently played).
POOL_SIZE = 12


class ClipPool:
    """The sounds of `cache` (None: nothing is rendered), the `size` least recently used
    kept decoded; `load` decodes a file (None: it cannot be played)."""

    def __init__(
        self,
        cache: SpeechCache | None = None,
        size: int = POOL_SIZE,
        load: Callable[[Path], Clip | None] = load_clip,
    ) -> None:
        self._cache = cache
        self._size = size
        self._load = load
        self._clips: OrderedDict[Path, Clip] = OrderedDict()

    @property
    def cache(self) -> SpeechCache | None:
        return self._cache

    def set_cache(self, cache: SpeechCache | None) -> None:
        """Another voice or rate: its files from now on."""
        self._cache = cache
        self._clips.clear()

    def __len__(self) -> int:
        return len(self._clips)

    def path(self, text: str) -> Path | None:
        """The rendered file of `text`, None if it is not rendered."""
        return self._cache.lookup(text) if self._cache is not None else None

    def get(self, path: Path) -> Clip | None:
        """The clip of `path`, decoded now if it is not kept; None if it cannot be played."""
        clip = self._clips.get(path)
        if clip is not None:
            self._clips.move_to_end(path)
            return clip
        clip = self._load(path)
        if clip is None:
            return None
        self._clips[path] = clip
        while len(self._clips) > self._size:
            self._clips.popitem(last=False)  # plain bytes: nothing to stop or dispose
        return clip

    def preload(self, texts: Iterable[str]) -> None:
        """Decode the sounds of `texts` now (a text not rendered is skipped)."""
        for text in texts:
            path = self.path(text)
            if path is not None:
                self.get(path)

    def ready(self, texts: Iterable[str]) -> bool:
        """Whether every rendered one of `texts` is decoded."""
        paths = (self.path(text) for text in texts)
        return all(path is None or path in self._clips for path in paths)

    def clear(self) -> None:
        self._clips.clear()
