"""The freedesktop entry and the AppStream metainfo validate with the desktops' own tools, and
``retrocoach install-desktop [--uninstall]`` puts them (and the icons) in the XDG folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from retrocoach.assets_path import desktop_dir, icon_files
from retrocoach.core.languages import LANGUAGES
from retrocoach.desktop import APP_ID


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: apt-get install {package} (or 'make test' as root)")
    return found


def validate_entry(path: Path) -> subprocess.CompletedProcess[str]:
    validator = tool("desktop-file-validate", "desktop-file-utils")
    return subprocess.run([validator, str(path)], capture_output=True, text=True, timeout=60)


def test_the_desktop_entry_validates() -> None:
    result = validate_entry(desktop_dir() / f"{APP_ID}.desktop")
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_validates_with_its_screenshots() -> None:
    metainfo = desktop_dir() / f"{APP_ID}.metainfo.xml"
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(metainfo)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text("utf-8")
    assert (
        text.count("<screenshot>") + text.count("<screenshot type") == 2
        and f'<launchable type="desktop-id">{APP_ID}' in text
    )


def test_the_icons_are_the_sizes_they_say(qapp: object) -> None:
    from PySide6.QtGui import QImage

    files = icon_files()
    assert files[0].name == "retrocoach.svg"
    for png in files[1:]:
        size = int(png.stem.rsplit("-", 1)[1])
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
    assert [int(p.stem.rsplit("-", 1)[1]) for p in files[1:]] == [16, 24, 32, 48, 64, 128, 256, 512]


def run_cli(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "retrocoach", "install-desktop", *args],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_install_desktop_and_uninstall(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    installed = run_cli(data_home)
    assert installed.returncode == 0, installed.stderr
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    assert f"Installed {entry}" in installed.stdout
    assert validate_entry(entry).returncode == 0
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").split()[0]
    assert Path(program).is_absolute() and os.access(program, os.X_OK), exec_line
    icons = data_home / "icons" / "hicolor"
    assert (icons / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    again = run_cli(data_home)  # a second install replaces the files
    assert again.returncode == 0, again.stderr

    removed = run_cli(data_home, "--uninstall")
    assert removed.returncode == 0 and "Removed 11 file(s)" in removed.stdout, removed.stdout
    left = [p for p in data_home.rglob(f"{APP_ID}*") if p.is_file()]
    assert left == []
    # the folders it made and the caches the desktop's tools made in them are gone too
    assert list(data_home.rglob("*")) == []


def test_uninstall_keeps_folders_holding_other_files(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    assert run_cli(data_home).returncode == 0
    other = data_home / "applications" / "other.desktop"
    other.write_text(exec_entry("/bin/true"), "utf-8")
    theirs = data_home / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    theirs.write_bytes(b"png")
    assert run_cli(data_home, "--uninstall").returncode == 0
    assert other.is_file() and theirs.is_file()
    assert not (data_home / "metainfo").exists()
    assert not (data_home / "icons" / "hicolor" / "scalable").exists()


def exec_entry(command: str) -> str:
    return f"[Desktop Entry]\nType=Application\nName=other\nExec={command}\n"


@pytest.mark.parametrize("folder", ["with space", "q\"uo'te $x `b` back\\slash", "50% done"])
def test_the_entry_validates_and_launches_from_an_odd_path(tmp_path: Path, folder: str) -> None:
    """Exec is quoted by the Desktop Entry spec (not the shell's single quotes): it validates,
    and ``gio launch`` starts the program, even with a ``%`` in its path."""
    from retrocoach.desktop.entry import exec_command, install
    from retrocoach.storage.paths import DesktopFiles

    program = tmp_path / folder / "bin" / "retrocoach"
    program.parent.mkdir(parents=True)
    marker = tmp_path / "started"
    program.write_text(f'#!/bin/sh\necho "$@" > {marker}\n', "utf-8")
    program.chmod(0o755)
    files = DesktopFiles(tmp_path / "share")
    install(files, exec_command(str(program), "--from-menu 100%"))
    result = validate_entry(files.entry)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    gio = tool("gio", "libglib2.0-bin")
    launched = subprocess.run(
        [gio, "launch", str(files.entry)], capture_output=True, text=True, timeout=60
    )
    assert launched.returncode == 0, launched.stderr
    deadline = time.monotonic() + 10
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.read_text("utf-8") == "--from-menu 100%\n"


def test_install_desktop_says_the_real_path_not_the_entrys_escaping(tmp_path: Path) -> None:
    """A launcher in a folder with a ``%`` and a space: the message names it as it is (quoted
    for a shell), the entry's ``Exec`` keeps the Desktop Entry escaping (``%%``)."""
    bin_dir = tmp_path / "50% off" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.symlink_to(sys.executable)  # the child's sys.executable is this path
    program = bin_dir / "retrocoach"
    program.write_text("#!/bin/sh\n", "utf-8")
    program.chmod(0o755)
    data_home = tmp_path / "share"
    # the link is outside the venv: the child finds retrocoach and its packages by PYTHONPATH
    search = [str(Path(__file__).resolve().parents[2]), sysconfig.get_paths()["purelib"]]
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "PYTHONPATH": os.pathsep.join(search)}
    done = subprocess.run(
        [str(python), "-m", "retrocoach", "install-desktop"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    assert done.stdout.startswith(f"Installed {entry} (runs '{program}') and "), done.stdout
    assert "%%" not in done.stdout
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    escaped = str(program).replace("%", "%%")
    assert exec_line == f'Exec=env "{escaped}"'
    assert validate_entry(entry).returncode == 0


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_the_menu_and_the_software_centre_speak_each_language(language: str) -> None:
    entry = (desktop_dir() / f"{APP_ID}.desktop").read_text("utf-8").splitlines()
    keys = {line.split("=", 1)[0] for line in entry if "=" in line}
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert f"{key}[{language}]" in keys, f"{key}[{language}] is missing"
    root = ET.parse(desktop_dir() / f"{APP_ID}.metainfo.xml").getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for tag in ("name", "summary", "description/p", "description/ul/li", "screenshots/*/caption"):
        english = [e for e in root.findall(tag) if lang not in e.attrib]
        translated = [e for e in root.findall(tag) if e.get(lang) == language]
        assert len(translated) == len(english) > 0, f"<{tag} xml:lang={language!r}>"
