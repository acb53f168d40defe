"""The settings dialog (Ctrl+,): edits a :class:`Settings` value; the caller saves it.

It opens at once: the installed voices may still be being listed (``ui/ops/voices.py``, off
the GUI thread); the voice box then says so and :meth:`SettingsDialog.set_voices` fills it.

Every control only offers valid values (ranges, fixed choices, a weight box that is disabled
until the estimate is switched on), so :meth:`SettingsDialog.result_settings` cannot fail.
Fields the dialog does not show (last workout, window size...) are kept as they were.
"Test the voice" emits :attr:`SettingsDialog.test_voice` with the settings as the dialog
shows them (the caller renders and plays a sample: the dialog knows no speech).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from retrocoach.core.languages import LANGUAGES, pick_language
from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.workout import MAX_LEAD_IN_SECONDS
from retrocoach.ui.i18n import language_name, render
from retrocoach.ui.look.geometry import fit_beside_scroll_bar, fit_dialog
from retrocoach.ui.look.wheel import calm_wheel
from retrocoach.ui.ops.settings import (
    DENSITIES,
    MAX_RATE,
    MAX_WEIGHT_KG,
    MIN_RATE,
    MIN_WEIGHT_KG,
    PLACES,
    THEMES,
    VOICE_CHAINS,
    Settings,
    ducking_unavailable,
)

# The choices' words: marked for the catalogue here, translated where they are shown.
DENSITY_LABELS = {
    "auto": QT_TRANSLATE_NOOP("SettingsDialog", "Auto: many tips at first, fewer as you learn"),
    "quiet": QT_TRANSLATE_NOOP("SettingsDialog", "Quiet: no tips but the look-back cues"),
    "normal": QT_TRANSLATE_NOOP("SettingsDialog", "Normal: plus a coaching tip about every 45 s"),
    "chatty": QT_TRANSLATE_NOOP("SettingsDialog", "Chatty: plus a coaching tip about every 20 s"),
}
PLACE_LABELS = {
    "track": QT_TRANSLATE_NOOP("SettingsDialog", "On a track or a field"),
    "hall": QT_TRANSLATE_NOOP("SettingsDialog", "In an indoor hall"),
    "treadmill": QT_TRANSLATE_NOOP("SettingsDialog", "On a treadmill"),
}
THEME_LABELS = {
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("SettingsDialog", "High contrast"),
}
CHAIN_LABELS = {
    "loud": QT_TRANSLATE_NOOP("SettingsDialog", "A loud room: compressed, as loud as it can be"),
    "natural": QT_TRANSLATE_NOOP("SettingsDialog", "A quiet room: as the voice speaks"),
}
DEFAULT_VOICE_LABEL = QT_TRANSLATE_NOOP("SettingsDialog", "Auto (the clearest installed voice)")
#: The voice spec prefix of a Piper voice file (speech/engines/choice.py).
PIPER_PREFIX = "piper:"
#: The weight offered when the estimate is switched on and no weight was set before.
SUGGESTED_WEIGHT_KG = 70.0


class SettingsDialog(QDialog):
    """Voice, session and appearance settings; ``exec()``, then :meth:`result_settings`."""

    test_voice = Signal(object)  # Settings, as shown

    def __init__(
        self,
        settings: Settings,
        voices: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
        *,
        listing: bool = False,
    ) -> None:
        """`voices` as (spec, label); `listing`: they are still being listed (see
        :meth:`set_voices`)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self._voices = list(voices)
        self.listing = listing
        self._labels: list[QLabel] = []

        self.voice = QComboBox()
        self.piper_file = QLineEdit()
        self.piper_file.setPlaceholderText(
            self.tr("a Piper voice (.onnx); when set, it is the voice")
        )
        self.rate = QSpinBox()
        self.rate.setRange(MIN_RATE, MAX_RATE)
        self.rate.setSingleStep(5)
        self.rate.setSuffix(self.tr(" words per minute"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume_text = QLabel()
        self.volume_text.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %") + 4)
        self.volume.valueChanged.connect(
            lambda value: self.volume_text.setText(self.tr("{value} %").format(value=value))
        )
        self.chain = QComboBox()
        for chain in VOICE_CHAINS:
            self.chain.addItem(self.tr(CHAIN_LABELS[chain]), chain)
        self.beep_volume = QSlider(Qt.Orientation.Horizontal)
        self.beep_volume.setRange(0, 100)
        self.beep_volume.setPageStep(10)
        self.beep_volume_text = QLabel()
        self.beep_volume_text.setMinimumWidth(self.volume_text.minimumWidth())
        self.beep_volume.valueChanged.connect(
            lambda value: self.beep_volume_text.setText(self.tr("{value} %").format(value=value))
        )
        self.earcons = QCheckBox(
            self.tr("D&irection sounds: falling into backwards, rising into forwards")
        )
        self.test_button = QPushButton(self.tr("Test t&he voice"))
        self.test_button.clicked.connect(lambda: self.test_voice.emit(self.result_settings()))
        self.muted = QCheckBox(self.tr("&Mute: no voice and no beeps (captions only)"))
        self.beeps = QCheckBox(self.tr("&Beep at each change of phase"))
        self.keep_awake = QCheckBox(self.tr("Keep the screen &awake during a session"))
        self.duck = QCheckBox(self.tr("Lower other sounds while the coach spea&ks"))
        self.duck_note = QLabel()  # why it cannot work here, if it cannot
        self.duck_note.setWordWrap(True)
        why_not = ducking_unavailable()
        if why_not is not None:
            self.duck.setEnabled(False)
            note = self.tr("Not available here: {reason}")
            self.duck_note.setText(note.format(reason=render(why_not)))
        self.duck_note.setVisible(why_not is not None)
        self.density = QComboBox()
        for density in DENSITIES:
            self.density.addItem(self.tr(DENSITY_LABELS[density]), density)
        self.place = QComboBox()
        for place in PLACES:
            self.place.addItem(self.tr(PLACE_LABELS[place]), place)
        self.lead_in = QSpinBox()
        self.lead_in.setRange(0, MAX_LEAD_IN_SECONDS)
        self.lead_in.setSuffix(self.tr(" seconds"))
        self.estimate = QCheckBox(self.tr("Show an &energy estimate"))
        self.weight = QDoubleSpinBox()
        self.weight.setRange(MIN_WEIGHT_KG, MAX_WEIGHT_KG)
        self.weight.setDecimals(1)
        self.weight.setSuffix(self.tr(" kg"))
        self.estimate.toggled.connect(self.weight.setEnabled)
        self.flash = QCheckBox(self.tr("&Flash the panel when a phase begins"))
        self.theme = QComboBox()
        for theme in THEMES:
            self.theme.addItem(self.tr(THEME_LABELS[theme]), theme)
        self.language = QComboBox()
        system, _ = pick_language("", QLocale.system().name())
        system_item = self.tr("System language ({language})")
        self.language.addItem(system_item.format(language=language_name(system)), "")
        for language in LANGUAGES:  # each in its own words, as a reader of it looks for it
            self.language.addItem(language_name(language), language)

        calm_wheel(  # scrolling the dialog over them does not change them
            self.voice, self.rate, self.volume, self.chain, self.beep_volume, self.density,
            self.place, self.lead_in, self.weight, self.theme, self.language,
        )  # fmt: skip

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("&Restore defaults"))
        restore.clicked.connect(self.restore_defaults)

        groups = QWidget()
        stack = QVBoxLayout(groups)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self._voice_group())
        stack.addWidget(self._session_group())
        stack.addWidget(self._energy_group())
        stack.addWidget(self._appearance_group())
        stack.addStretch(1)
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:  # one label column across the groups
            label.setMinimumWidth(width)
        scroll = QScrollArea()  # the groups scroll on a small screen; the buttons stay
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(groups)
        fit_beside_scroll_bar(scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        margins = layout.contentsMargins()
        wanted = QSize(
            scroll.minimumWidth() + margins.left() + margins.right(),
            groups.sizeHint().height() + self.buttons.sizeHint().height() + 40,
        )
        fit_dialog(self, wanted)
        self._show(settings)
        self.voice.setFocus()

    # --- layout ---------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A row label whose mnemonic focuses `buddy`."""
        label = QLabel(text)
        label.setBuddy(buddy)
        self._labels.append(label)
        return label

    def _voice_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Voice"))
        form = QFormLayout(group)
        form.addRow(self._label(self.tr("&Voice:"), self.voice), self.voice)
        form.addRow(self._label(self.tr("&Piper voice file:"), self.piper_file), self.piper_file)
        form.addRow(self._label(self.tr("&Speaking rate:"), self.rate), self.rate)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_text)
        form.addRow(self._label(self.tr("Voice vol&ume:"), self.volume), volume_row)
        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain, 1)
        chain_row.addWidget(self.test_button)
        form.addRow(self._label(self.tr("Voice f&or:"), self.chain), chain_row)
        form.addRow(self._label("", self.muted), self.muted)
        return group

    def _session_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Session"))
        form = QFormLayout(group)
        form.addRow(self._label(self.tr("&Coaching:"), self.density), self.density)
        form.addRow(self._label(self.tr("Where &do you run?"), self.place), self.place)
        form.addRow(self._label(self.tr("&Lead-in before the start:"), self.lead_in), self.lead_in)
        form.addRow(self._label("", self.beeps), self.beeps)
        form.addRow(self._label("", self.earcons), self.earcons)
        beep_row = QHBoxLayout()
        beep_row.addWidget(self.beep_volume, 1)
        beep_row.addWidget(self.beep_volume_text)
        form.addRow(self._label(self.tr("Beeps and sou&nds:"), self.beep_volume), beep_row)
        form.addRow(self._label("", self.keep_awake), self.keep_awake)
        form.addRow(self._label("", self.duck), self.duck)
        form.addRow(self._label("", self.duck_note), self.duck_note)
        return group

    def _energy_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Energy estimate"))
        form = QFormLayout(group)
        form.addRow(self._label("", self.estimate), self.estimate)
        form.addRow(self._label(self.tr("Body &weight:"), self.weight), self.weight)
        note = QLabel(
            self.tr(
                "Your weight is used only to estimate the energy of a session "
                "(\u201cabout N kcal\u201d). It stays on this computer."
            )
        )
        note.setWordWrap(True)
        form.addRow(self._label("", note), note)
        return group

    def _appearance_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(group)
        form.addRow(self._label(self.tr("&Theme:"), self.theme), self.theme)
        form.addRow(self._label("", self.flash), self.flash)
        form.addRow(self._label(self.tr("Lan&guage:"), self.language), self.language)
        note = QLabel(self.tr("The window shows a new language the next time retrocoach starts."))
        note.setWordWrap(True)
        form.addRow(self._label("", note), note)
        return group

    # --- values ---------------------------------------------------------------------------

    def set_voices(self, voices: Sequence[tuple[str, str]]) -> None:
        """The voices have been listed: offer them, keeping the voice chosen meanwhile."""
        chosen = self._chosen_voice()
        self._voices, self.listing = list(voices), False
        self._show_voice(chosen)

    def _fill_voices(self, current: str | None) -> None:
        self.voice.clear()
        self.voice.setEnabled(not self.listing)
        if self.listing:  # the one item keeps the voice until the list is here
            self.voice.addItem(self.tr("Listing voices\u2026"), current)
            return
        self.voice.addItem(self.tr(DEFAULT_VOICE_LABEL), None)
        for voice_id, label in self._voices:
            self.voice.addItem(label, voice_id)
        if current is not None and self.voice.findData(current) < 0:
            self.voice.addItem(
                self.tr("{voice} (not installed)").format(voice=current), current
            )  # kept, never lost
        self.voice.setCurrentIndex(max(0, self.voice.findData(current)))

    def _show(self, settings: Settings) -> None:
        self._show_voice(settings.voice)
        self.rate.setValue(settings.rate)
        self.volume.setValue(round(settings.volume * 100))
        self.volume_text.setText(self.tr("{value} %").format(value=self.volume.value()))
        self.beep_volume.setValue(round(settings.beep_volume * 100))
        self.beep_volume_text.setText(self.tr("{value} %").format(value=self.beep_volume.value()))
        self.chain.setCurrentIndex(self.chain.findData(settings.voice_chain))
        self.earcons.setChecked(settings.earcons)
        self.muted.setChecked(settings.muted)
        self.beeps.setChecked(settings.beeps)
        self.keep_awake.setChecked(settings.keep_screen_awake)
        self.duck.setChecked(settings.duck_others)
        self.density.setCurrentIndex(self.density.findData(settings.density))
        self.place.setCurrentIndex(self.place.findData(settings.place))
        self.lead_in.setValue(settings.lead_in_seconds)
        weight = settings.body_weight_kg
        self.estimate.setChecked(weight is not None)
        self.weight.setEnabled(weight is not None)
        self.weight.setValue(SUGGESTED_WEIGHT_KG if weight is None else weight)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        self.flash.setChecked(settings.flash_boundaries)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

    def _show_voice(self, voice: str | None) -> None:
        listed = any(voice == voice_id for voice_id, _ in self._voices)
        piper = voice is not None and voice.startswith(PIPER_PREFIX)
        if voice is not None and piper and not listed and not self.listing:
            self.piper_file.setText(voice.removeprefix(PIPER_PREFIX))  # a file chosen by path
            voice = None
        else:
            self.piper_file.clear()
        self._fill_voices(voice)

    def restore_defaults(self) -> None:
        """Show the default of every field of the dialog (applied only on OK)."""
        self._show(Settings())

    def _chosen_voice(self) -> str | None:
        """The Piper voice file if one is given, else the list's voice (None: Auto)."""
        path = self.piper_file.text().strip()
        if path:
            return PIPER_PREFIX + path
        data = self.voice.currentData()
        return str(data) if data is not None else None

    def result_settings(self) -> Settings:
        """The given settings with the dialog's values (unchanged fields keep their value)."""
        original = self._original
        volume = self.volume.value() / 100
        if round(original.volume * 100) == self.volume.value():
            volume = original.volume  # 0.333 stays 0.333, not 0.33
        beep_volume = self.beep_volume.value() / 100
        if round(original.beep_volume * 100) == self.beep_volume.value():
            beep_volume = original.beep_volume
        weight: float | None = None
        if self.estimate.isChecked():
            weight = self.weight.value()
            kept = original.body_weight_kg  # 70.25 is shown as 70.3: unchanged, keep 70.25
            if kept is not None and abs(kept - weight) <= 0.05 + 1e-9:
                weight = kept
        return replace(
            original,
            voice=self._chosen_voice(),
            rate=self.rate.value(),
            volume=volume,
            beep_volume=beep_volume,
            voice_chain=self.chain.currentData(),
            earcons=self.earcons.isChecked(),
            muted=self.muted.isChecked(),
            beeps=self.beeps.isChecked(),
            keep_screen_awake=self.keep_awake.isChecked(),
            duck_others=self.duck.isChecked(),
            density=self.density.currentData(),
            place=self.place.currentData(),
            lead_in_seconds=self.lead_in.value(),
            body_weight_kg=weight,
            theme=self.theme.currentData(),
            flash_boundaries=self.flash.isChecked(),
            language=self.language.currentData(),
        )
