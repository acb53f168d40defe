"""Every command of ``retrocoach``, run as the real program: exit status 0, 1 and 2 and the
shape of what it prints (issue 8, item 21).

Status 0 is success, 1 a refusal or a failure the user can act on (one ``retrocoach: ...``
line on stderr), 2 a mistake on the command line (one line naming the argument).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import wave
from pathlib import Path

import pytest

from retrocoach import __version__
from retrocoach.core.coaching import LEAD_IN_CUE_DELAY
from retrocoach.speech.cache import DEFAULT_RATE
from retrocoach.speech.engines.choice import cache_for, resolve
from retrocoach.storage.history import HistoryStore, SessionRecord
from retrocoach.storage.paths import DataPaths
from tests.cli.run import ROOT, Result, retrocoach

FAULTY = "tests.speech.faulty_engine:broken_init"


def one_error_line(result: Result, status: int, *words: str) -> str:
    """The command failed with `status` and said so in one line containing `words`."""
    assert result.status == status, result
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    for word in words:
        assert word in lines[0]
    return lines[0]


def beginner_file(tmp_path: Path, **changes: object) -> Path:
    exported = tmp_path / "beginner-export.json"
    if not exported.exists():
        assert retrocoach("export", "beginner", exported).status == 0
    data = json.loads(exported.read_text()) | changes
    path = tmp_path / f"{data['id'][:40]}.json"
    path.write_text(json.dumps(data))
    return path


# --- the program and its arguments -----------------------------------------------------------


def test_version_and_help() -> None:
    version = retrocoach("--version")
    assert (version.status, version.out) == (0, f"retrocoach {__version__}\n")
    helped = retrocoach("--help")
    assert helped.status == 0
    for command in ("workouts", "plan", "say", "voices", "check", "import", "export", "history"):
        assert command in helped.out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["dance"], "invalid choice: 'dance'"),
        (["--rounds", "0"], "rounds must be a whole number from 1 to 50, got 0"),
        (["--rounds", "51"], "rounds must be a whole number from 1 to 50, got 51"),
        (["--rounds", "many"], "rounds must be a whole number from 1 to 50, got 'many'"),
        (["--workout", "nope"], "unknown workout 'nope' (known: beginner, first-steps"),
        (["workouts", "extra"], "unrecognized arguments: extra"),
    ],
)
def test_a_bad_argument_is_one_line_and_status_2(args: list[str], words: str) -> None:
    one_error_line(retrocoach(*args), 2, words)


# --- workouts --------------------------------------------------------------------------------


def test_workouts_lists_one_aligned_row_each(tmp_path: Path) -> None:
    result = retrocoach("workouts")
    assert (result.status, result.err) == (0, "")
    rows = result.lines
    assert [row.split()[0] for row in rows][:2] == ["beginner", "first-steps"]
    assert len(rows) == 10
    assert re.search(r"  4 rounds  16:20$", rows[0])
    assert retrocoach("import", beginner_file(tmp_path, id="mine", name="Mine")).status == 0
    mine = [row for row in retrocoach("workouts").lines if row.startswith("mine ")]
    assert len(mine) == 1 and mine[0].endswith("(yours)")


def test_a_name_with_an_escape_never_reaches_the_terminal(tmp_path: Path) -> None:
    """Item 14: an ESC sequence in a name is refused at import, so `workouts` cannot print it."""
    source = beginner_file(tmp_path, id="evil", name="Evil\x1b]0;owned\x07\x1b[2J")
    result = retrocoach("import", source)
    one_error_line(result, 1, "not imported", "name: must not contain control characters")
    assert "\x1b" not in result.err
    listed = retrocoach("workouts")
    assert listed.status == 0 and "\x1b" not in listed.out and "evil" not in listed.out


def test_a_name_with_spaces_around_is_trimmed_on_import(tmp_path: Path) -> None:
    result = retrocoach("import", beginner_file(tmp_path, id="spaced", name="  Spaced out \n"))
    assert (result.status, result.out) == (0, "imported 'Spaced out' as spaced\n")


# --- plan ------------------------------------------------------------------------------------


def test_plan_prints_a_table() -> None:
    result = retrocoach("plan", "--rounds", "2", "--lead-in", "5")
    assert (result.status, result.err) == (0, "")
    assert result.lines[0].startswith("Beginner")
    assert "2 rounds" in result.lines[0] and "after a 5 s lead-in" in result.lines[0]
    assert result.lines[1].split() == ["start", "length", "round", "phase"]
    assert len(result.lines) == 2 + 1 + 2 * 4


def test_plan_json_has_phases_and_cues() -> None:
    result = retrocoach("plan", "--json", "--workout", "first-steps", "--density", "quiet")
    assert result.status == 0
    plan = json.loads(result.out)
    assert plan["workout"] == "first-steps" and plan["density"] == "quiet"
    assert {"rounds", "lead_in_seconds", "total_seconds", "phases", "cues"} <= set(plan)
    assert plan["cues"][0]["at"] < 0  # the lead-in's safety check


def test_plan_json_cues_carry_tips_lengths_and_place() -> None:
    result = retrocoach("plan", "--json", "--place", "treadmill")
    assert (result.status, result.err) == (0, "")
    plan = json.loads(result.out)
    # the default density is Auto: a fresh data folder's first session is chatty
    assert plan["place"] == "treadmill" and plan["density"] == "chatty"
    assert plan["density_setting"] == "auto" and plan["density_why"].startswith("Auto: session 1")
    tips = [cue for cue in plan["cues"] if cue["kind"] == "tip"]
    assert tips and all(cue["tip_id"] and cue["categories"] for cue in tips)
    assert any(cue["categories"] == ["look-back"] for cue in tips)
    assert all("tip_id" not in cue for cue in plan["cues"] if cue["kind"] != "tip")
    # a fresh data folder has no rendered cues: every length is an estimate
    assert all(cue["seconds"] > 0 and cue["measured"] is False for cue in plan["cues"])


def test_plan_json_measures_the_rendered_cues(isolated_home: Path) -> None:
    """A cue rendered by the app (in the speech cache) is placed with its real length."""
    text = "Check the path behind you is clear"
    paths = DataPaths.under(isolated_home)
    auto = resolve(None, [paths.voices_dir]).choice  # the voice the app renders with here
    path = cache_for(paths.speech_cache_dir, auto, DEFAULT_RATE).path_for(text)
    path.parent.mkdir(parents=True)
    with wave.open(str(path), "wb") as wav:  # 4 s: far longer than the estimate
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22_050)
        wav.writeframes(b"\x01\x00" * 22_050 * 4)
    plan = json.loads(retrocoach("plan", "--json", "--lead-in", "10").out)
    session = [cue for cue in plan["cues"] if cue["kind"] != "briefing"]  # a fresh folder's
    first = session[0]
    assert (first["text"], first["measured"], first["seconds"]) == (text, True, 4.0)
    assert first["at"] == -10.0 + LEAD_IN_CUE_DELAY
    assert all(not cue["measured"] for cue in session[1:])
    # with a 4 s lead-in it no longer fits: the shorter (estimated) form is said instead
    cues = json.loads(retrocoach("plan", "--json", "--lead-in", "4").out)["cues"]
    short = next(cue for cue in cues if cue["kind"] != "briefing")
    assert (short["text"], short["measured"]) == ("Check behind you", False)


def test_plan_place_comes_from_the_settings(isolated_home: Path) -> None:
    settings_file = DataPaths.under(isolated_home).settings_file
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text('{"place": "hall"}')
    assert json.loads(retrocoach("plan", "--json").out)["place"] == "hall"
    settings_file.write_text('{"place": "gym"}')  # not a place: a clear word, the default
    result = retrocoach("plan", "--json")
    assert json.loads(result.out)["place"] == "track"
    assert "place: must be one of track, hall, treadmill, got 'gym'" in result.err
    assert settings_file.read_text() == '{"place": "gym"}'  # the command only looks


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--place", "gym"], "invalid choice: 'gym'"),
        (["--workout", "nope"], "unknown workout 'nope'"),
        (["--rounds", "0"], "rounds must be a whole number from 1 to 50"),
        (["--lead-in", "61"], "lead-in must be a whole number from 0 to 60"),
        (["--density", "loud"], "invalid choice: 'loud'"),
    ],
)
def test_plan_bad_arguments(args: list[str], words: str) -> None:
    one_error_line(retrocoach("plan", *args), 2, words)


# --- import ----------------------------------------------------------------------------------


def test_import_adds_a_workout_and_refuses_a_bad_file(tmp_path: Path) -> None:
    result = retrocoach("import", beginner_file(tmp_path, id="mine", name="Mine"))
    assert (result.status, result.out, result.err) == (0, "imported 'Mine' as mine\n", "")
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    one_error_line(retrocoach("import", bad), 1, "not imported: ", "bad.json", "not valid JSON")
    one_error_line(retrocoach("import", tmp_path / "missing.json"), 1, "not imported: ")
    one_error_line(retrocoach("import"), 2, "required: file")


def test_a_huge_id_is_not_echoed(tmp_path: Path) -> None:
    """Item 12: an import with a 200 KB id printed a 200 KB error line."""
    source = beginner_file(tmp_path, id="x" * 200_000)
    line = one_error_line(retrocoach("import", source), 1, "id: must be 1 to 40 characters")
    assert len(line) < 300
    assert line.endswith("got '" + "x" * 58 + "\u2026")


def test_huge_arguments_are_not_echoed(tmp_path: Path) -> None:
    huge = "y" * 100_000
    for args in (
        ["plan", "--workout", huge],
        ["export", huge, tmp_path / "out.json"],
        ["plan", "--rounds", huge],
        ["plan", "--density", huge],
        ["export", "beginner", tmp_path / ("a/" * 30_000 + "x.json")],
    ):
        result = retrocoach(*args)
        assert result.status in (1, 2)
        assert len(result.err) < 500 and "\u2026" in result.err, result.err[:500]


# --- export (item 1) -------------------------------------------------------------------------


def test_export_writes_a_new_file_and_refuses_an_existing_one(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    result = retrocoach("export", "week-3", target)
    assert (result.status, result.out) == (0, f"exported week-3 to {target}\n")
    assert json.loads(target.read_text())["id"] == "week-3"
    target.write_text("keep me")
    one_error_line(
        retrocoach("export", "beginner", target), 1, "already exists", "Add --force to replace it"
    )
    assert target.read_text() == "keep me"
    forced = retrocoach("export", "beginner", target, "--force")
    assert forced.status == 0 and json.loads(target.read_text())["id"] == "beginner"


def test_export_into_the_workouts_folder_is_refused(tmp_path: Path) -> None:
    """The issue's recipe: this destroyed the user's workout and exited 0."""
    assert retrocoach("import", beginner_file(tmp_path, id="short", name="Short")).status == 0
    mine = DataPaths.default().workouts_dir / "short.json"
    before = mine.read_bytes()
    for extra in ([], ["--force"]):
        one_error_line(
            retrocoach("export", "beginner", mine, *extra), 1, "own workouts folder", "import"
        )
    assert mine.read_bytes() == before


def test_export_never_writes_to_a_link_a_fifo_or_a_device(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("keep me")
    (tmp_path / "link.json").symlink_to(real)
    os.mkfifo(tmp_path / "pipe.json")
    targets = {"link.json": "symbolic link", "pipe.json": "named pipe (FIFO)"}
    try:
        os.mknod(tmp_path / "full", stat.S_IFCHR | 0o666, os.makedev(1, 7))
        targets["full"] = "is a device"
    except PermissionError:
        pass  # not root: the link and the FIFO still show the rule
    for name, words in targets.items():
        for extra in ([], ["--force"]):
            result = retrocoach("export", "beginner", tmp_path / name, *extra)
            one_error_line(result, 1, words, "not a regular file")
    assert real.read_text() == "keep me"
    assert (tmp_path / "link.json").is_symlink()
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe.json").st_mode)
    if "full" in targets:
        assert stat.S_ISCHR(os.lstat(tmp_path / "full").st_mode)


def test_export_to_a_folder_says_to_give_a_file_name(tmp_path: Path) -> None:
    """Item 13: `export beginner .` said "Device or resource busy"."""
    result = retrocoach("export", "beginner", ".")
    line = one_error_line(result, 1, ". is a folder: give a file name, for example beginner.json")
    assert "busy" not in line
    one_error_line(retrocoach("export", "beginner", tmp_path / "no" / "x.json"), 1, "not exist")
    one_error_line(retrocoach("export", "nope", tmp_path / "x.json"), 2, "unknown workout 'nope'")


# --- history ---------------------------------------------------------------------------------


def record(started_at: str, outcome: str = "completed") -> SessionRecord:
    return SessionRecord(
        started_at=started_at,
        workout_id="beginner",
        workout_name="Beginner",
        rounds_planned=4,
        rounds_done=4,
        active_seconds=980.0,
        backward_seconds=500.0,
        outcome=outcome,  # type: ignore[arg-type]
    )


def test_history_empty_lines_and_csv() -> None:
    empty = retrocoach("history")
    assert (empty.status, empty.out) == (0, "No sessions yet.\n")
    store = HistoryStore(DataPaths.default())
    store.append(record("2026-11-20T18:30:00+01:00"))
    store.append(record("2026-11-22T18:30:00+01:00", "stopped"))
    listed = retrocoach("history")
    assert listed.status == 0 and len(listed.lines) == 3
    assert listed.lines[0].startswith("2026-11-20 18:30  Beginner")
    assert listed.lines[1].endswith("stopped")
    assert listed.lines[2].startswith("2 sessions (1 completed)")
    table = retrocoach("history", "--csv")
    rows = list(csv.reader(io.StringIO(table.out)))
    assert table.status == 0 and len(rows) == 3 and "workout_id" in rows[0]
    one_error_line(retrocoach("history", "--json"), 2, "unrecognized arguments: --json")


def test_export_to_standard_output() -> None:
    result = retrocoach("export", "beginner", "-")
    assert result.status == 0 and result.err == ""
    assert json.loads(result.out)["id"] == "beginner"
    assert not (ROOT / "-").exists()


def test_history_out_of_reach_is_an_error_not_an_empty_history() -> None:
    history_file = DataPaths.default().history_file
    history_file.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(history_file)  # (root ignores chmod; a FIFO is refused for anyone)
    for args in (("history",), ("history", "--csv")):
        result = retrocoach(*args)
        line = one_error_line(result, 1, str(history_file), "history is not shown")
        assert "No sessions yet" not in result.out + line and result.out == ""
    assert stat.S_ISFIFO(history_file.stat().st_mode)  # left as it was
    history_file.unlink()
    history_file.parent.rmdir()
    history_file.parent.write_text("in the way", "utf-8")  # the data folder is a file
    one_error_line(retrocoach("history"), 1, "history is not shown")


# --- say, voices, check (the real engine; a broken one injected for status 1) ----------------


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def test_say_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "hi.wav"
    result = retrocoach("say", "Chest up", "--to-file", out)
    assert (result.status, result.out, result.err) == (0, f"wrote {out}\n", "")
    assert 0.3 < wav_seconds(out) < 5
    out.write_bytes(b"keep me")
    one_error_line(retrocoach("say", "Hi", "--to-file", out), 1, "already exists", "--force")
    assert out.read_bytes() == b"keep me"
    assert retrocoach("say", "Hi", "--to-file", out, "--force").status == 0
    assert wav_seconds(out) > 0.1
    one_error_line(retrocoach("say", "Hi", "--to-file", tmp_path), 1, "is a folder", "say.wav")
    one_error_line(retrocoach("say", "  ", "--to-file", tmp_path / "x.wav"), 2, "nothing to say")
    one_error_line(retrocoach("say"), 2, "required: text")


def test_say_any_length(tmp_path: Path) -> None:
    """Item 13: above about 100-200 characters `say` failed with "the engine wrote no file"."""
    text = " ".join(f"Sentence number {n}, chest up and short quick steps." for n in range(40))
    out = tmp_path / "long.wav"
    result = retrocoach("say", text, "--to-file", out)
    assert (result.status, result.err) == (0, "")
    assert wav_seconds(out) > 60  # about 2000 characters: minutes of speech, not a fragment
    one_word = retrocoach("say", "x" * 500, "--to-file", tmp_path / "word.wav")
    assert one_word.status == 0


def test_say_aloud_plays_on_the_audio_device() -> None:
    result = retrocoach("say", "Chest up. Short quick steps.")
    assert (result.status, result.out, result.err) == (0, "", "")


def test_voices_lists_one_voice_per_line() -> None:
    result = retrocoach("voices")
    assert result.status == 0 and len(result.lines) > 10
    assert all(re.match(r"^[ *] \S+ +  .+  \(.*\)$", line) for line in result.lines)
    assert any("English" in line or "(en" in line for line in result.lines)


def test_speech_commands_fail_with_status_1_when_the_engine_cannot_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RETROCOACH_SPEECH_ENGINE", FAULTY)
    one_error_line(retrocoach("voices"), 1, "libespeak-ng.so.1")
    one_error_line(retrocoach("say", "Hi", "--to-file", tmp_path / "x.wav"), 1, "libespeak-ng")
    assert not (tmp_path / "x.wav").exists()
    checked = retrocoach("check")
    assert checked.status == 1
    assert any(line.startswith("MISSING  speech engine") for line in checked.lines)


def test_check_reports_each_part_on_one_line(isolated_home: Path) -> None:
    result = retrocoach("check")
    # `absent`: an optional desktop service this machine lacks (not a failure); `hint`: a
    # better voice that is or could be installed (not a failure)
    assert all(
        re.match(r"^(ok     |MISSING|absent |hint   |        )  ", line) for line in result.lines
    )
    assert any(line.startswith("ok       speech engine") for line in result.lines)
    assert result.status == (0 if not any("MISSING" in line for line in result.lines) else 1)
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "logs").write_text("a file where the logs folder should be")
    blocked = retrocoach("check")
    assert blocked.status == 1
    assert any(line.startswith("MISSING  logs folder") for line in blocked.lines)


def test_check_fails_on_special_files_in_place_of_the_apps_files(isolated_home: Path) -> None:
    """Issue 17 item 6: ``check`` said "ok" (status 0) with settings and history linked to
    /dev/zero, a folder in place of the journal and a FIFO as tips.json."""
    paths = DataPaths.default()
    paths.config_dir.mkdir(parents=True)
    paths.data_dir.mkdir(parents=True)
    paths.settings_file.symlink_to("/dev/zero")
    paths.history_file.symlink_to("/dev/zero")
    paths.journal_file.mkdir()
    os.mkfifo(paths.tips_file)
    result = retrocoach("check")
    assert result.status == 1
    expected = {
        "settings file": "a character device",
        "tips file": "a FIFO (named pipe)",
        "history": "a character device",
        "session journal": "a folder",
    }
    for what, kind in expected.items():
        [line] = [line for line in result.lines if line.startswith(f"MISSING  {what}:")]
        assert f"is {kind}, not a regular file" in line and "Fix: move " in line, line


def test_check_fails_on_a_damaged_settings_file(isolated_home: Path) -> None:
    paths = DataPaths.default()
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('{"rate": 5000}', "utf-8")
    result = retrocoach("check")
    assert result.status == 1
    [line] = [line for line in result.lines if line.startswith("MISSING  settings:")]
    assert "rate" in line and f"Fix: correct or remove {paths.settings_file}" in line


def test_an_escape_in_an_argument_is_not_echoed_raw(tmp_path: Path) -> None:
    """Item 14's terminal escapes, from the command line instead of a file."""
    result = retrocoach("export", "beginner", tmp_path / "x\x1b[2J" / "y.json")
    line = one_error_line(result, 1, "does not exist", "x\\x1b[2J")
    assert "\x1b" not in line
    one_error_line(retrocoach("plan", "--workout", "\x1b[2Jevil\nline"), 2, "'\\x1b[2Jevil\\nline'")


def test_one_round_is_said_in_the_singular(isolated_home: Path) -> None:
    """Issue 17 item 9: ``plan --rounds 1`` said "1 rounds", the history "0/1 rounds"."""
    planned = retrocoach("plan", "--workout", "beginner", "--rounds", "1")
    assert planned.status == 0 and ": 1 round, " in planned.lines[0]
    four = retrocoach("plan", "--workout", "beginner", "--rounds", "4")
    assert ": 4 rounds, " in four.lines[0]
    HistoryStore(DataPaths.default()).append(
        SessionRecord(
            "2026-11-20T18:00:00+01:00", "beginner", "Beginner", 1, 0, 20.0, 20.0, "interrupted"
        )
    )
    shown = retrocoach("history")
    assert " 0/1  round " in shown.out and "rounds" not in shown.lines[0], shown.out
