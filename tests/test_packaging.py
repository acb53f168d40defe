"""The wheel carries its assets: build it, install it in a fresh venv, run `retrocoach plan`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from retrocoach.core.languages import LANGUAGES
from retrocoach.desktop import APP_ID

ROOT = Path(__file__).resolve().parent.parent


def test_installed_wheel_finds_its_assets(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        cwd=tmp_path,
        capture_output=True,
    )
    (wheel,) = wheels.glob("retrocoach-*.whl")

    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # The dependencies (platformdirs...) come from the project venv; the code must not.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    env = {**os.environ, "RETROCOACH_HOME": str(tmp_path / "home")}
    env.pop("PYTHONPATH", None)
    where = subprocess.run(
        [str(python), "-c", "import retrocoach.assets_path as a; print(a.assets_dir())"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    ).stdout.strip()
    assert where.startswith(str(target)), where

    out = subprocess.run(
        [
            str(target / "bin" / "retrocoach"),
            "plan",
            "--workout",
            "week-3",
            "--rounds",
            "2",
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    ).stdout
    plan = json.loads(out)
    assert plan["workout"] == "week-3" and plan["rounds"] == 2
    assert plan["cues"], "the tip library was not found in the wheel"
    german = subprocess.run(
        [str(target / "bin" / "retrocoach"), "plan", "--lang", "de", "--json"],
        check=True, capture_output=True, text=True, cwd=tmp_path, env=env,
    ).stdout  # fmt: skip
    names = {cue["text"] for cue in json.loads(german)["cues"]}
    assert "Aufwärmen: rückwärts gehen, 5 Minuten" in names, "German names missing"
    assert Path(where, "sounds", "beep.wav").is_file()
    for language in LANGUAGES:  # every language's compiled catalogue
        catalogue = Path(where, "i18n", f"retrocoach_{language}.qm")
        assert catalogue.is_file(), f"the {language} catalogue is missing"
    desktop = Path(where, "desktop")
    assert (desktop / f"{APP_ID}.desktop").is_file() and (desktop / "retrocoach.svg").is_file()
    assert (desktop / f"{APP_ID}.metainfo.xml").is_file()
    assert len(list(desktop.glob("retrocoach-*.png"))) >= 6

    # The installed program puts itself in the menu, with its own launcher in Exec.
    data_home = tmp_path / "xdg-data"
    subprocess.run(
        [str(target / "bin" / "retrocoach"), "install-desktop"],
        check=True, capture_output=True, cwd=tmp_path,
        env={**env, "XDG_DATA_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    entry = (data_home / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={target / 'bin' / 'retrocoach'}\n" in entry
