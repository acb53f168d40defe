"""`say` of any length: the text in pieces, each rendered by the real engine, then joined
(issue 8, item 13)."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from retrocoach.speech.engine import RenderError, RenderProcess
from retrocoach.speech.long_text import MAX_PIECE, join_wavs, render_long, split_text
from tests.speech.faulty_engine import RAISE


def test_sentences_share_a_piece_while_they_fit() -> None:
    text = "Chest up. Short quick steps!  Glance over your shoulder?\n\nBreathe."
    assert split_text(text) == [
        "Chest up. Short quick steps! Glance over your shoulder? Breathe.",
    ]
    assert split_text(text, limit=30) == [
        "Chest up. Short quick steps!",
        "Glance over your shoulder?",
        "Breathe.",
    ]


def test_a_long_sentence_is_cut_at_commas_then_spaces_then_anywhere() -> None:
    sentence = "one, two, three, " * 30 + "end"
    pieces = split_text(sentence)
    assert all(len(piece) <= MAX_PIECE for piece in pieces)
    assert " ".join(pieces) == " ".join(sentence.split())
    assert all(piece.endswith(",") for piece in pieces[:-1])
    assert split_text("x" * 250) == ["x" * 100, "x" * 100, "x" * 50]
    assert split_text("  \n\t ") == []


def write_wav(path: Path, frames: int, rate: int = 22050, value: int = 1000) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(value.to_bytes(2, "little", signed=True) * frames)
    return path


def test_join_puts_a_pause_between_the_pieces(tmp_path: Path) -> None:
    parts = [write_wav(tmp_path / f"{n}.wav", 1000) for n in range(3)]
    joined = join_wavs(parts, tmp_path / "all.wav", gap_seconds=0.1)
    with wave.open(str(joined), "rb") as wav:
        assert wav.getnframes() == 3 * 1000 + 2 * 2205
        assert wav.getframerate() == 22050


def test_join_refuses_pieces_of_different_formats(tmp_path: Path) -> None:
    parts = [write_wav(tmp_path / "a.wav", 10), write_wav(tmp_path / "b.wav", 10, rate=16000)]
    with pytest.raises(RenderError, match="different formats"):
        join_wavs(parts, tmp_path / "all.wav")


@pytest.mark.usefixtures("espeak")
def test_a_long_text_renders_at_the_settings_rate(tmp_path: Path) -> None:
    """One render of this text in a fresh worker at rate 175 failed: 'wrote no file'."""
    text = " ".join(f"Sentence {n}: chest up, short quick steps." for n in range(30))
    with RenderProcess() as process:
        out = render_long(process, text, tmp_path / "long.wav", None, 175)
    with wave.open(str(out), "rb") as wav:
        assert wav.getnframes() / wav.getframerate() > 45
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.wav"]  # pieces removed


@pytest.mark.usefixtures("espeak")
def test_a_piece_that_fails_is_split_and_the_error_stands_for_one_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RETROCOACH_SPEECH_ENGINE", "tests.speech.faulty_engine:make_engine")
    with RenderProcess() as process:
        out = render_long(process, "Chest up and keep going.", tmp_path / "ok.wav")
        assert out.exists()
        with pytest.raises(RenderError, match="simulated engine failure"):
            render_long(process, f"Chest up {RAISE} keep going.", tmp_path / "bad.wav")
    assert not (tmp_path / "bad.wav").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.wav"]
