"""The colour measures against known values (WCAG examples, the issue's ΔE figure)."""

from __future__ import annotations

import pytest

from retrocoach.ui.look.colour import contrast_ratio, delta_e, deuteranopia, lab


def test_contrast_ratio_has_the_wcag_extremes_and_known_pairs() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's grey


def test_lab_and_delta_e() -> None:
    assert lab("#ffffff") == pytest.approx((100.0, 0.0, 0.0), abs=0.05)
    assert lab("#000000") == pytest.approx((0.0, 0.0, 0.0), abs=0.05)
    # the issue measured the old backward walk vs jog colours at ΔE 13.8
    assert delta_e("#b45309", "#c2410c") == pytest.approx(13.8, abs=0.05)


def test_deuteranopia_merges_red_and_green_but_keeps_blue_and_yellow_apart() -> None:
    red, green = deuteranopia("#d62728"), deuteranopia("#2ca02c")
    assert delta_e("#d62728", "#2ca02c") > 3 * delta_e(red, green)
    assert delta_e(deuteranopia("#fde047"), deuteranopia("#1e1b8b")) > 80
    grey = deuteranopia("#808080")  # greys are seen as they are
    assert delta_e(grey, "#808080") < 1.0
