"""What a runner hears: the real app, a whole session, recorded from a PulseAudio null sink.

    benchmarks/session_audio.py --workout beginner --rounds 4     # 16:30, by hand
    benchmarks/session_audio.py --smoke                           # ~30 s (make bench-smoke)
    benchmarks/session_audio.py --lang de                         # the session in German
    benchmarks/session_audio.py --duck-tone                       # + another app, ducked

A private PulseAudio server with one null sink is started for the run (nothing else plays into
it), ``parec`` records the sink's monitor, and ``python -m retrocoach --workout ID --rounds N
--start`` runs offscreen with a fresh data folder (its settings naming ``--lang``'s language)
and ``RETROCOACH_LOG_LEVEL=DEBUG``, so its
log says when each cue and beep was due (monotonic clock). The recording runs on the sink's
clock, which is not the computer's (this null sink ran 0.25 % slow), so reference clicks are
played with ``paplay`` (a fresh stream each, started at a known monotonic time) before the
app starts and after it ends, and the recording is put on the monotonic clock by a straight
line through their onsets. Each beep and cue is then looked for in the recording:

- a beep's error is its detected onset minus its due time;
- a cue "due in silence" (nothing sounding in the 100 ms before it) gives an onset error; a
  cue that follows straight on from another sound is only checked to be heard;
- drift is the mean beep error of the last three beeps minus that of the first three;
- ``app_cpu_percent`` is the app's CPU time (user + system, /proc) from its first cue to its
  finish cue, in % of one core (target < 2 %).

Prints one JSON line, with the targets missed under "missed" (every beep and cue heard, beep
p99 <= 30 ms, cue onset p99 <= 30 ms, drift <= 10 ms, no cue held behind another -
``cues_held``, handed after its due time -, no Qt warning). Exit status 1 when the run itself
failed: the session did not finish, a beep or a cue went unheard, or Qt warned (the
voice-killing notifier storm); timing figures (held cues among them) alone never fail it
(bench-smoke checks that it runs, benchmarks/README.md records the figures).

``--duck-tone`` adds another application playing a steady 9 kHz tone on the sink from before
the app starts (benchmarks/_duck_tone.py) and reports, for every beep and cue heard, how far
and how soon the tone was lowered and when it came back; the onsets are then found in the
recording low-passed at 7 kHz (the tone taken out). With it (not with ``--smoke``) every
target missed, the ducking ones too, makes the exit status 1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _duck_tone  # benchmarks/ is no package: the module beside this one

RATE = 22_050
#: Envelope window for onset detection.
WINDOW = 0.002
#: A sample this loud (of 32767) counts as sound.
LOUD = 600
#: The quiet needed before an onset.
QUIET_BEFORE = 0.020
#: How far from its due time a sound is looked for.
SEARCH_EARLY, SEARCH_LATE = 0.060, 0.400
#: Qt's own warnings on stderr (our log lines look different).
QT_WARNING = re.compile(
    r"^(QSocketNotifier|QObject|QThread|QTimer|QBasicTimer|QMetaObject|QWidget)"
)
SMOKE_WORKOUT = {
    "version": 1,
    "id": "bench-smoke",
    "name": "Benchmark smoke test",
    "description": "Two short phases.",
    "default_rounds": 1,
    "warm_up": [],
    "round": [
        {"name": "Jog backwards", "direction": "backward", "pace": "jog", "seconds": 8},
        {"name": "Walk forwards", "direction": "forward", "pace": "walk", "seconds": 8},
    ],
    "cool_down": [],
}


#: How long a beep or earcon can be (assets/sounds: 0.12 s, 0.15 s), and a cue whose file
#: was not found.
BEEP_LONGEST, CUE_LONGEST = 0.15, 5.0

REFERENCE_CLICKS = 4
REFERENCE_GAP = 0.6


def reference_clicks(address: str, beep: Path) -> list[float]:
    """Play the beep as a reference click a few times; the monotonic time of each start."""
    starts = []
    for _ in range(REFERENCE_CLICKS):
        started = time.monotonic()
        subprocess.run(["paplay", "--server", address, str(beep)], check=True, timeout=10)
        starts.append(started)
        time.sleep(max(0.0, REFERENCE_GAP - (time.monotonic() - started)))
    return starts


@dataclass
class Recording:
    """Raw 16-bit mono samples and the monotonic arrival time of each chunk."""

    data: bytearray = field(default_factory=bytearray)
    arrivals: list[tuple[float, int]] = field(default_factory=list)  # (time, bytes so far)

    def start_time(self) -> float:
        """Monotonic time of sample 0: the lower envelope of arrival - duration so far."""
        return min(t - (n / 2) / RATE for t, n in self.arrivals)


def start_pulse(runtime: Path) -> tuple[subprocess.Popen[bytes], str]:
    runtime.mkdir(parents=True, exist_ok=True)
    socket = runtime / "native"
    command = [
        "pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "-n",
        "--load=module-null-sink sink_name=bench rate=44100",
        f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}",
    ]  # fmt: skip
    if os.getuid() == 0:
        command.insert(1, "--system=false")
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime))
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    address = f"unix:{socket}"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done = subprocess.run(
            ["pactl", "--server", address, "list", "short", "sinks"],
            capture_output=True,
            check=False,
        )
        if done.returncode == 0 and b"bench" in done.stdout:
            return server, address
        time.sleep(0.1)
    server.kill()
    raise SystemExit("could not start a private PulseAudio server")


def record(address: str, recording: Recording, stop: threading.Event) -> subprocess.Popen[bytes]:
    recorder = subprocess.Popen(
        [
            "parec", "--server", address, "-d", "bench.monitor", "--raw", "--format=s16le",
            f"--rate={RATE}", "--channels=1", "--latency-msec=5",
        ],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    assert recorder.stdout is not None
    stream = recorder.stdout

    def read() -> None:
        while not stop.is_set():
            chunk = os.read(stream.fileno(), 4096)
            if not chunk:
                return
            recording.data += chunk
            recording.arrivals.append((time.monotonic(), len(recording.data)))

    threading.Thread(target=read, daemon=True).start()
    return recorder


def envelope(recording: Recording, tone: bool = False) -> list[bool]:
    """Loud or not, per WINDOW (`tone`: of the recording with the duck tone taken out)."""
    import array
    from collections.abc import Sequence

    samples: Sequence[float] = array.array(
        "h", bytes(recording.data[: len(recording.data) // 2 * 2])
    )
    if tone:
        samples = _duck_tone.without_tone(_duck_tone.samples_of(recording.data), RATE).tolist()
    step = int(WINDOW * RATE)
    return [
        max(map(abs, samples[i : i + step]), default=0) >= LOUD
        for i in range(0, len(samples), step)
    ]


def onset_near(loud: list[bool], at: float) -> tuple[float | None, bool]:
    """(onset, quiet before it) of the sound due at `at` (seconds into the recording).

    The onset is the first quiet-to-loud change in [at - SEARCH_EARLY, at + SEARCH_LATE];
    "quiet before" says whether the 100 ms before `at` were silent (only then is the onset
    a clean measure of that cue). Without such a change, a sound still going on from before
    counts as heard (a cue that follows straight on), with no onset to measure.
    """
    first = max(1, int((at - SEARCH_EARLY) / WINDOW))
    last = min(len(loud), int((at + SEARCH_LATE) / WINDOW))
    quiet = int(QUIET_BEFORE / WINDOW)
    silent_before = not any(loud[max(0, int((at - 0.1) / WINDOW)) : first])
    for index in range(first, last):
        if loud[index] and not any(loud[max(0, index - quiet) : index]):
            return index * WINDOW, silent_before
    if any(loud[first:last]):
        return at, False
    return None, False


def onsets(loud: list[bool]) -> list[float]:
    """Every quiet-to-loud change (after QUIET_BEFORE of quiet), in seconds."""
    quiet = int(QUIET_BEFORE / WINDOW)
    return [
        index * WINDOW
        for index in range(1, len(loud))
        if loud[index] and not any(loud[max(0, index - quiet) : index])
    ]


def clock_map(
    loud: list[bool], recording: Recording, references: list[float]
) -> Callable[[float], float]:
    """monotonic time -> seconds into the recording, a line through the reference clicks
    (the first sounds of the recording and the last ones)."""
    t0 = recording.start_time()
    found = onsets(loud)
    half = len(references) // 2
    if half < 2 or len(found) < 2 * half:
        return lambda moment: moment - t0
    points = list(zip(references[:half], found[:half], strict=True))
    points += zip(references[half:], found[-half:], strict=True)
    mean_t = statistics.mean(t for t, _ in points)
    mean_r = statistics.mean(r for _, r in points)
    slope = sum((t - mean_t) * (r - mean_r) for t, r in points) / sum(
        (t - mean_t) ** 2 for t, _ in points
    )
    return lambda moment: mean_r + (moment - mean_t) * slope


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(args: argparse.Namespace) -> dict[str, object]:
    work = Path(tempfile.mkdtemp(prefix="retrocoach-session-audio-"))
    home = work / "home"
    from retrocoach.storage.paths import DataPaths

    flag = DataPaths.under(home).briefing_flag  # a first start would play the briefing first
    flag.parent.mkdir(parents=True, exist_ok=True)
    flag.write_text("given (benchmark)\n", "utf-8")
    server, address = start_pulse(work / "pulse")
    tone_player: subprocess.Popen[bytes] | None = None
    env = dict(
        os.environ,
        RETROCOACH_HOME=str(home),
        PULSE_SERVER=address,
        QT_QPA_PLATFORM="offscreen",
        RETROCOACH_LOG_LEVEL="DEBUG",
    )
    python = [sys.executable, "-m", "retrocoach"]
    workout, rounds = args.workout, args.rounds
    settings_file = home / "config" / "settings.json"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(json.dumps({"language": args.lang}), "utf-8")
    if args.smoke:
        spec = work / "bench-smoke.json"
        spec.write_text(json.dumps(SMOKE_WORKOUT))
        subprocess.run([*python, "import", str(spec)], env=env, check=True, capture_output=True)
        workout, rounds = "bench-smoke", args.smoke_rounds
    language = ["--lang", args.lang]
    plan = json.loads(
        subprocess.run(
            [*python, "plan", "--workout", workout, "--rounds", str(rounds), *language, "--json"],
            env=env,
            check=True,
            capture_output=True,
        ).stdout
    )
    length = plan["lead_in_seconds"] + plan["total_seconds"]
    # the summary that opens the finish, in the session's language ("Done: ...")
    done = re.escape(next(c["text"] for c in plan["cues"] if c["kind"] == "finish"))
    if args.duck_tone:  # the other application, playing before the app starts
        wav = _duck_tone.tone_wav(work / "tone.wav", length + 900, RATE)
        tone_player = _duck_tone.play_tone(address, wav)
        time.sleep(0.5)
    recording, stop = Recording(), threading.Event()
    recorder = record(address, recording, stop)
    ready = time.monotonic() + 10
    while not recording.arrivals and time.monotonic() < ready:
        time.sleep(0.05)
    time.sleep(0.5)  # the recorder is streaming before the app can make a sound
    beep = Path(__file__).resolve().parent.parent / "assets" / "sounds" / "beep.wav"
    references = reference_clicks(address, beep)
    qt_warnings = 0
    app_started = time.monotonic()
    app = subprocess.Popen(
        [*python, "--workout", workout, "--rounds", str(rounds), "--start"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert app.stderr is not None
    app_stderr = app.stderr

    stderr_lines: list[str] = []

    def count_warnings() -> None:
        nonlocal qt_warnings
        for line in app_stderr:
            text = line.decode("utf-8", "replace")
            stderr_lines.append(text)
            if QT_WARNING.match(text):
                qt_warnings += 1

    counter = threading.Thread(target=count_warnings, daemon=True)
    counter.start()
    log_file = home / "logs" / "retrocoach.log"
    deadline = time.monotonic() + length + 30
    finished = False
    cpu_from: tuple[float, float] | None = None  # (wall, app CPU seconds) at the first cue
    cpu_percent: float | None = None
    while time.monotonic() < deadline and app.poll() is None:
        time.sleep(0.5)
        text = log_file.read_text("utf-8", "replace") if log_file.exists() else ""
        if cpu_from is None and "cue handed" in text:
            cpu_from = (time.monotonic(), cpu_seconds(app.pid))
        if "cue handed" in text and re.search(f"text={done}", text):
            # the finish has more lines after "Done" (soreness, what next): wait for them
            planned = re.findall(r"cues set n=(\d+)", text)
            reached = len(re.findall(r"cue handed|cue dropped", text))
            if planned and reached < int(planned[-1]) and time.monotonic() < deadline - 8:
                continue
            finished = True
            if cpu_from is not None:
                wall, used = time.monotonic() - cpu_from[0], cpu_seconds(app.pid) - cpu_from[1]
                cpu_percent = 100 * used / wall if wall > 0 else None
            time.sleep(6)  # let the finish cue play out
            break
    app.send_signal(signal.SIGTERM)
    try:
        app.wait(10)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait(5)
    app_ended = time.monotonic()
    counter.join(5)
    time.sleep(0.5)
    references += reference_clicks(address, beep)
    time.sleep(0.5)
    stop.set()
    recorder.terminate()
    recorder.wait(5)
    if tone_player is not None:
        tone_player.terminate()
        tone_player.wait(5)
    server.terminate()
    server.wait(5)
    log = log_file.read_text("utf-8", "replace")
    texts = set(re.findall(r"cue handed due=[\d.]+ heard=[\d.]+ text=(.*)", log))
    texts |= set(re.findall(r"said now heard=[\d.]+ text=(.*)", log))
    starts, lengths = loud_starts(home, texts, args.lang)
    if args.keep:
        (work / "recording.raw").write_bytes(bytes(recording.data))
        (work / "app-stderr.txt").write_text("".join(stderr_lines), "utf-8")
        print(f"kept {work}", file=sys.stderr)
    else:
        shutil.rmtree(work, ignore_errors=True)
    tone = (app_started, app_ended, lengths) if args.duck_tone else None
    result = analyse(
        log, recording, plan, qt_warnings, finished, args.events, references, starts, tone
    )
    result["app_cpu_percent"] = None if cpu_percent is None else round(cpu_percent, 2)
    return result


def loud_starts(
    home: Path, texts: set[str], language: str
) -> tuple[dict[str, float], dict[str, float]]:
    """For each text, the seconds from its speech's start (LEAD_SILENCE into its rendered
    file, in the app's cache under `home`, in `language`) to its first sample at LOUD or
    above; and the seconds from that first loud sample to the file's end."""
    import array
    import wave

    from retrocoach.speech.cache import DEFAULT_RATE, LEAD_SILENCE
    from retrocoach.speech.engines.choice import cache_for, resolve
    from retrocoach.storage.paths import DataPaths

    paths = DataPaths.under(home)
    choice = resolve(None, [paths.voices_dir], language=language).choice
    cache = cache_for(paths.speech_cache_dir, choice, DEFAULT_RATE, language)
    starts: dict[str, float] = {}
    lengths: dict[str, float] = {}
    for text in texts:
        path = cache.lookup(text)
        if path is None:
            continue
        with wave.open(str(path), "rb") as wav:
            rate = wav.getframerate()
            samples = array.array("h", wav.readframes(wav.getnframes()))
        first = next((i for i, value in enumerate(samples) if abs(value) >= LOUD), None)
        if first is not None:
            starts[text] = max(0.0, first / rate - LEAD_SILENCE)
            lengths[text] = (len(samples) - first) / rate
    return starts, lengths


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def analyse(
    log: str,
    recording: Recording,
    plan: dict[str, object],
    qt_warnings: int,
    finished: bool,
    events: bool = False,
    references: list[float] | None = None,
    starts: dict[str, float] | None = None,
    tone: tuple[float, float, dict[str, float]] | None = None,
) -> dict[str, object]:
    """`starts`: for each cue text, how far into the speech its sound first reaches LOUD (a
    soft first sound, the "h" of "Heart", takes tens of milliseconds): the onset looked for
    is that much after the due time. `tone` (``--duck-tone``): the monotonic times the app
    was started and had exited, and each cue text's length from its first loud sample."""
    loud = envelope(recording, tone is not None)
    to_recording = clock_map(loud, recording, references or [])
    sink_ppm = (to_recording(1000.0) - to_recording(0.0) - 1000.0) * 1000
    phases = plan["phases"]
    assert isinstance(phases, list)
    beeps_due = [float(m) for m in re.findall(r"beep handed due=([\d.]+)", log)]
    cues = re.findall(r"cue handed due=([\d.]+) heard=[\d.]+ text=(.*)", log)
    planned = re.findall(r"cues set n=(\d+)", log)
    dropped = re.findall(r"cue dropped at=[-\d.]+ reason=(.*?) text=(.*)", log)
    beep_errors = []
    for due in beeps_due:
        onset, _ = onset_near(loud, to_recording(due))
        if onset is not None:
            beep_errors.append((onset - to_recording(due)) * 1000)
        if events:
            error = beep_errors[-1] if onset is not None else None
            print(f"beep {to_recording(due):8.3f} s  {error} ms")
    sounds = [
        _duck_tone.Sound("beep", onset, BEEP_LONGEST)
        for onset in (onset_near(loud, to_recording(due))[0] for due in beeps_due)
        if onset is not None
    ]
    cue_errors, heard = [], 0
    for due_text, text in cues:
        # the onset looked for: the due time, plus how long the speech takes to get loud
        at = to_recording(float(due_text) + (starts or {}).get(text, 0.0))
        onset, quiet = onset_near(loud, at)
        if events:
            error = None if onset is None else round((onset - at) * 1000)
            print(f"cue {at:8.3f} s  {error} ms  quiet={quiet}  {text}")
        if onset is None:
            continue
        heard += 1
        length = (tone[2] if tone else {}).get(text, CUE_LONGEST)
        sounds.append(_duck_tone.Sound("cue", onset, length, text))
        if quiet:
            cue_errors.append((onset - at) * 1000)
    # said at once, outside the timeline (the effort question after the finish): not a cue of
    # the plan, but a sound other apps are ducked for
    for heard_text, text in re.findall(r"said now heard=([\d.]+) text=(.*)", log):
        at = to_recording(float(heard_text) + (starts or {}).get(text, 0.0))
        onset, _ = onset_near(loud, at)
        if events:
            print(f"said {at:8.3f} s  onset={onset}  {text}")
        if onset is not None:
            length = (tone[2] if tone else {}).get(text, CUE_LONGEST)
            sounds.append(_duck_tone.Sound("said", onset, length, text))
    drift = (
        statistics.mean(beep_errors[-3:]) - statistics.mean(beep_errors[:3])
        if len(beep_errors) >= 6
        else None
    )

    def ms(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    ducking: dict[str, object] = {}
    if tone is not None:
        samples = _duck_tone.samples_of(recording.data)
        levels = _duck_tone.tone_levels(samples, RATE)
        begin, app_started = 0.3, to_recording(tone[0])
        raw = _duck_tone.Levels(levels, 0.0)
        before = [raw.at(t) for t in raw.times(begin, app_started)]
        undisturbed = statistics.median(before) if before else float("nan")
        ducking = _duck_tone.measure(
            sounds,
            loud,
            WINDOW,
            _duck_tone.Levels(levels, undisturbed),
            to_recording(tone[1]),
            events,
        )
    return ducking | {
        "session_finished": finished,
        "recorded_seconds": round(len(recording.data) / 2 / RATE, 1),
        "sink_clock_ppm": round(sink_ppm),
        "beeps_planned": len(phases) + 1,
        "beeps_handed": len(beeps_due),
        "beeps_found": len(beep_errors),
        "beep_p50_ms": ms(percentile(beep_errors, 0.5)),
        "beep_p99_ms": ms(percentile(beep_errors, 0.99)),
        "beep_max_ms": ms(max(beep_errors, key=abs, default=None)),
        "drift_ms": ms(drift),
        "cues_planned": int(planned[-1]) if planned else None,
        "cues_handed": len(cues),
        # held behind the cue before it: handed to the stream after its due time
        "cues_held": sum(
            float(heard) > float(due) + 0.001
            for due, heard in re.findall(r"cue handed due=([\d.]+) heard=([\d.]+)", log)
        ),
        "cues_heard": heard,
        "cues_dropped": [f"{reason}: {text}" for reason, text in dropped],
        "cues_in_silence": len(cue_errors),
        "cue_p50_ms": ms(percentile(cue_errors, 0.5)),
        "cue_p99_ms": ms(percentile(cue_errors, 0.99)),
        "cue_max_ms": ms(max(cue_errors, key=abs, default=None)),
        "qt_warnings": qt_warnings,
    }


def missed(result: dict[str, object]) -> list[str]:
    problems = []
    if not result["session_finished"]:
        problems.append("the session did not finish")
    if result["beeps_found"] != result["beeps_planned"]:
        problems.append("a beep was not heard")
    if result["cues_heard"] != result["cues_planned"]:
        problems.append("a cue was not heard")
    if result["cues_held"]:
        problems.append(f"{result['cues_held']} cue(s) held")
    for key, limit in (
        ("beep_p99_ms", 30),
        ("cue_p99_ms", 30),
        ("drift_ms", 10),
        ("app_cpu_percent", 2),
    ):
        value = result[key]
        if isinstance(value, float) and abs(value) > limit:
            problems.append(f"{key} over {limit}")
    if result["qt_warnings"]:
        problems.append("Qt warnings")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workout", default="beginner")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--smoke", action="store_true", help="a 26 s workout (bench-smoke)")
    parser.add_argument("--smoke-rounds", type=int, default=1, help="rounds of the smoke workout")
    parser.add_argument("--events", action="store_true", help="print each beep and cue")
    parser.add_argument(
        "--keep", action="store_true", help="keep the log, the app's stderr and the recording"
    )
    parser.add_argument("--lang", default="en", help="the session's language (en, de, es, fr)")
    parser.add_argument(
        "--duck-tone", action="store_true", help="another app plays a tone: is it ducked?"
    )
    args = parser.parse_args()
    for tool in ("pulseaudio", "pactl", "parec"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: sudo apt-get install pulseaudio pulseaudio-utils")
            return 2
    result = run(args)
    problems = missed(result)
    ducking = _duck_tone.missed(result) if args.duck_tone else []
    result["missed"] = problems + ducking
    print(json.dumps(result))
    if args.duck_tone and not args.smoke:
        return 1 if problems or ducking else 0
    failed = [p for p in problems if not p.endswith(("over 30", "over 10", "over 2", "held"))]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
