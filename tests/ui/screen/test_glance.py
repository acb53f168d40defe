"""Readable at 5 m: sizes, contrast and colours measured from rendered widgets.

Every size the issue names (landscape down to 1024x600, and a portrait 1080x1920 monitor),
every theme: the digits, the direction banner (at least a quarter of the digits' height, and
bigger than any other text), WCAG contrast of every text on its background, and the ΔE
between phase colours for normal and deuteranope vision.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from retrocoach.core.session import State
from retrocoach.core.workout import Direction, Pace
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.colour import (
    MIN_DISABLED_CONTRAST,
    MIN_PHASE_DELTA_E,
    MIN_TEXT_CONTRAST,
    contrast_ratio,
    delta_e,
    deuteranopia,
    min_delta_e,
)
from retrocoach.ui.look.theme import THEMES, PanelMode, Theme
from retrocoach.ui.screen.main_window import MainWindow
from tests.core.clock import FakeClock

SIZES = [(1920, 1080), (1366, 768), (1280, 720), (1024, 600), (1080, 1920)]
LEAD_IN = 10


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock) -> Iterator[MainWindow]:
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    window = MainWindow(WorkoutLibrary(), driver, lead_in_seconds=LEAD_IN)
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))
    window.select_workout("beginner")
    window.show()
    qtbot.waitExposed(window)
    yield window
    driver.stop()


def resize(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    qtbot.wait(30)  # the layout settles


def cap_height(label: QLabel) -> float:
    return QFontMetricsF(label.font()).tightBoundingRect("H").height()


def jog_backwards(window: MainWindow) -> None:
    window.driver.start()
    window.driver.skip()  # lead-in -> warm-up walk
    window.driver.skip()  # -> jog backwards
    assert window.panel.banner.text() == "BACKWARDS JOG"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_direction_is_a_quarter_of_the_digits_and_second_only_to_them(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    jog_backwards(window)
    resize(qtbot, window, size)
    digits = window.countdown.digit_height()
    banner = window.panel.banner.text_cap_height()
    assert banner >= digits / 4, f"{size}: banner {banner:.0f} px, digits {digits:.0f} px"
    width, height = size
    if width > height:  # landscape: the digits keep a third of the window's height
        assert digits >= height / 3, f"{size}: digits {digits:.0f} px"
    else:  # portrait: as wide as the window allows
        assert window.countdown.width() * 0.9 <= window.width()
        assert digits >= width / 4
    others = [
        window.panel.name_label,
        window.panel.tag_label,
        window.panel.caption_label,
        window.overview.round_label,
        window.overview.next_label,
        window.overview.total_label,
    ]
    assert all(cap_height(label) < banner for label in others)
    assert banner < digits
    # everything is inside the window: the banner and the controls
    for widget in (window.panel.banner, window.stop_button, window.full_screen_button):
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert window.rect().contains(corner), f"{widget.objectName()} is cut off at {size}"


def test_forward_phases_turn_the_arrow_and_say_forwards(window: MainWindow) -> None:
    window.driver.start()
    for _ in range(3):  # lead-in -> walk backwards -> jog backwards -> walk forwards
        window.driver.skip()
    assert window.panel.banner.direction() is Direction.FORWARD
    assert window.panel.banner.text() == "FORWARDS WALK"


def test_the_words_come_from_direction_and_pace_not_the_name(qtbot: QtBot) -> None:
    from retrocoach.core.workout import Phase, Workout

    phase = Phase("Fun bit", Direction.BACKWARD, Pace.RUN, 30)  # no direction in its name
    workout = Workout("x", "X", "", warm_up=(), round=(phase,), cool_down=(), default_rounds=1)
    clock = FakeClock()
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    window = MainWindow(WorkoutLibrary(), driver, lead_in_seconds=LEAD_IN)
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))
    driver.load(workout.plan(1, LEAD_IN))
    driver.start()
    driver.skip()
    assert window.panel.name_label.text() == "Fun bit"
    assert window.panel.banner.text() == "BACKWARDS RUN"


def test_the_last_three_seconds_swap_the_panel_colours(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    resize(qtbot, window, (1280, 800))
    jog_backwards(window)  # 30 s
    before = window.panel.grab().toImage().pixelColor(10, window.panel.height() // 2)
    clock.advance(26.5)
    window.driver.tick()
    assert window.countdown.text() == "00:04"
    assert window.panel.mode() == "normal"
    clock.advance(1.0)
    window.driver.tick()
    assert window.countdown.text() == "00:03"
    assert window.panel.mode() == "final"
    after = window.panel.grab().toImage().pixelColor(10, window.panel.height() // 2)
    assert delta_e(before, after) >= 50, (before.name(), after.name())


def test_paused_changes_the_whole_panel(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    resize(qtbot, window, (1280, 800))
    jog_backwards(window)
    samples = [(x, y) for x in (0.1, 0.3, 0.7, 0.9) for y in (0.2, 0.5, 0.8)]

    def colours() -> list[QColor]:
        image = window.panel.grab().toImage()
        w, h = image.width(), image.height()
        return [image.pixelColor(round(x * w), round(y * h)) for x, y in samples]

    running = colours()
    window.driver.pause()
    assert window.driver.state is State.PAUSED
    paused = colours()
    assert window.panel.banner.text() == "PAUSED"
    changed = [delta_e(a, b) >= 20 for a, b in zip(running, paused, strict=True)]
    assert sum(changed) >= len(samples) * 0.75, "pause must change most of the panel"


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_phase_kinds_are_far_apart_for_normal_and_deuteranope_vision(theme: Theme) -> None:
    colours = list(theme.phases.values())
    assert len(set(colours)) == 6
    assert min_delta_e(colours) >= MIN_PHASE_DELTA_E
    for first, second in itertools.combinations(colours, 2):
        assert delta_e(deuteranopia(first), deuteranopia(second)) >= MIN_PHASE_DELTA_E


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_every_text_has_contrast(theme: Theme) -> None:
    panels = [*theme.phases.values(), theme.idle, theme.lead_in, theme.done, theme.stopped]
    for colour in panels:
        modes: tuple[PanelMode, ...] = ("normal", "paused", "final")
        for mode in modes:
            panel, text = theme.panel_colours(colour, mode)
            assert contrast_ratio(panel, text) >= MIN_TEXT_CONTRAST, (colour, mode)
    for background in (theme.window, theme.surface):
        assert contrast_ratio(theme.text, background) >= MIN_TEXT_CONTRAST
        assert contrast_ratio(theme.muted, background) >= MIN_TEXT_CONTRAST
        assert contrast_ratio(theme.disabled, background) >= MIN_DISABLED_CONTRAST
    on_accent = theme.text_on(QColor(theme.accent))
    assert contrast_ratio(on_accent, theme.accent) >= MIN_TEXT_CONTRAST


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_rendered_disabled_buttons_and_banner_text_have_contrast(
    qtbot: QtBot, window: MainWindow, theme: Theme
) -> None:
    """Measured from pixels: the darkest/lightest ink against the widget's background."""
    window.set_theme(theme)
    resize(qtbot, window, (1366, 768))
    assert not window.skip_button.isEnabled()  # idle
    image = window.skip_button.grab().toImage()
    background = image.pixelColor(image.width() // 2, 4)
    inks = [
        image.pixelColor(x, y)
        for x in range(image.width() // 4, image.width() * 3 // 4)
        for y in range(image.height() // 3, image.height() * 2 // 3)
    ]
    best = max(contrast_ratio(ink, background) for ink in inks)
    assert best >= MIN_DISABLED_CONTRAST, f"disabled Skip: {best:.2f}:1"
    jog_backwards(window)
    qtbot.wait(20)
    banner = window.panel.banner
    image = banner.grab().toImage()
    panel = window.panel.grab().toImage().pixelColor(6, window.panel.height() // 2)
    inks = [image.pixelColor(x, image.height() // 2) for x in range(0, image.width(), 3)]
    best = max(contrast_ratio(ink, panel) for ink in inks)
    assert best >= MIN_TEXT_CONTRAST, f"banner: {best:.2f}:1 in {theme.name}"


def _stop(driver: SessionDriver) -> None:
    driver.stop()
