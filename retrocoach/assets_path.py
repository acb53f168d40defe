"""Where the bundled assets are: the checkout's `assets/`, or `retrocoach.assets` in a wheel."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path


@functools.cache
def assets_dir() -> Path:
    """The folder holding `workouts/`, `tips/` and `sounds/`.

    A source checkout (and an editable install) keeps them at the top level, next to the
    package; a wheel ships them as the data-only package `retrocoach.assets`.
    """
    checkout = Path(__file__).resolve().parent.parent / "assets"
    if (checkout / "workouts").is_dir():
        return checkout
    bundled = Path(str(resources.files("retrocoach.assets")))
    if (bundled / "workouts").is_dir():
        return bundled
    raise FileNotFoundError(
        f"retrocoach's assets are missing (looked in {checkout} and {bundled}); "
        "reinstall retrocoach"
    )


def builtin_tips_file(language: str = "en") -> Path:
    """The built-in tips in `language` (``tips/<language>.json``: every language has all of
    English's tips, with the same ids)."""
    return assets_dir() / "tips" / f"{language}.json"


def builtin_workouts_dir() -> Path:
    """The folder of the built-in workouts, one ``{id}.json`` each."""
    return assets_dir() / "workouts"


def builtin_workout_names_file(language: str) -> Path:
    """The built-in workouts' names in `language` (``workouts/names/<language>.json``)."""
    return builtin_workouts_dir() / "names" / f"{language}.json"


def beep_file() -> Path:
    """The phase-boundary beep."""
    return assets_dir() / "sounds" / "beep.wav"


def earcon_file(direction: str) -> Path:
    """The sound that says "now `direction`" (``backward`` or ``forward``) at a boundary
    (made by ``assets/sounds/make_earcons.py``)."""
    return assets_dir() / "sounds" / f"{direction}.wav"


def desktop_dir() -> Path:
    """The app icon (``retrocoach.svg``, ``retrocoach-{size}.png``), the freedesktop entry
    (``{app id}.desktop``) and the AppStream metainfo (``{app id}.metainfo.xml``)."""
    return assets_dir() / "desktop"


def catalogue_dir() -> Path:
    """The translation catalogues: ``retrocoach_<lang>.ts`` and the ``.qm`` compiled from it."""
    return assets_dir() / "i18n"


def icon_files() -> list[Path]:
    """The app icon's SVG source and its PNG sizes (smallest first)."""
    folder = desktop_dir()
    pngs = sorted(folder.glob("retrocoach-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [folder / "retrocoach.svg", *pngs]
