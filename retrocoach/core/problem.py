"""A problem the runner is told about: one value that storage, speech and desktop hand to the UI
the same way, and one bridge in the UI shows (``retrocoach.ui.problems``).

A :class:`Problem` says what happened, why, what to do, how serious it is and whether it needs
an answer. Its texts are :class:`Text` values (an English template with named arguments,
translated by the UI), never finished English sentences the UI would have to edit.

Code that fails raises a :class:`~retrocoach.core.errors.RetrocoachError` (it carries its
problem); code that goes on despite problems returns them beside its result
(``value, problems``). Severity picks the place the UI shows it:

- ``INFO``: a line in the status bar that fades ("Imported 'Hills'").
- ``WARNING``: the problems panel (and the log): something was skipped or not saved.
- ``SERIOUS``: on the session panel too: the runner must know now, above all when the voice
  cannot speak the safety check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for ``pyside6-lupdate`` (which finds the call by this name) without
    importing Qt; returns it unchanged. The UI translates it when it shows it."""
    del context
    return source


_EMPTY: Mapping[str, object] = MappingProxyType({})


@dataclass(frozen=True)
class Text:
    """A translatable text: `source` is the English template (``{name}`` fields), `context` its
    catalogue context, `args` the values; `count` fills Qt's ``%n`` plural forms.

    The UI renders it with ``QCoreApplication.translate(context, source, None, count)`` and then
    ``str.format(**args)``; :meth:`english` renders it without Qt (logs, the command line).
    An argument may itself be a :class:`Text` (a rule inside "{rule}, got {got}"): it is
    rendered first, the same way; :meth:`rendered` does both given the UI's translate.
    """

    context: str
    source: str
    args: Mapping[str, object] = field(default_factory=lambda: _EMPTY)
    count: int | None = None

    def english(self) -> str:
        return self.rendered()

    def rendered(self, translate: Translate | None = None) -> str:
        """The text translated by `translate` (none: English), its Text arguments too."""
        template = (
            self.source if translate is None else translate(self.context, self.source, self.count)
        )
        args = {
            name: value.rendered(translate) if isinstance(value, Text) else value
            for name, value in self.args.items()
        }
        return render(template, args, self.count)

    def __str__(self) -> str:
        return self.english()


#: ``(context, source, count) -> translated source``: the UI passes a wrapper of
#: ``QCoreApplication.translate(context, source, None, -1 if count is None else count)``.
Translate = Callable[[str, str, int | None], str]


def render(template: str, args: Mapping[str, object], count: int | None) -> str:
    """`template` with ``%n`` (and English's ``(s)``) and the ``{fields}`` filled (no
    translation)."""
    if count is not None:
        # English's own plural mark: "%n round(s)" (the English catalogue holds the same forms)
        template = template.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")
    return template.format(**args) if args else template


class Severity(IntEnum):
    """How serious a problem is: where the UI shows it (see the module's docstring)."""

    INFO = 0
    WARNING = 1
    SERIOUS = 2


@dataclass(frozen=True)
class Problem:
    """What happened (`what`), `why` and what to do (`fix`); `detail` is for the log only (an
    OS error, a path); `needs_answer` asks the user a question instead of telling them."""

    what: Text
    severity: Severity = Severity.WARNING
    why: Text | None = None
    fix: Text | None = None
    detail: str = ""
    needs_answer: bool = False

    def english(self) -> str:
        """One line for the log and the command line."""
        return self.rendered()

    def rendered(self, translate: Translate | None = None) -> str:
        """What, why and fix in one line through `translate`: a part followed by another ends
        in a full stop; the last part is as written (so a one-part problem reads exactly as its
        text, as the messages did before they were problems)."""
        parts = [self.what.rendered(translate)]
        if self.why is not None:
            parts.append(self.why.rendered(translate))
        if self.fix is not None:
            parts.append(self.fix.rendered(translate))
        ended = [part if part.endswith((".", "?", "!", ":")) else part + "." for part in parts[:-1]]
        return " ".join([*ended, parts[-1]])

    def __str__(self) -> str:
        return self.english()


def text(context: str, source: str, count: int | None = None, **args: object) -> Text:
    """``Text(context, source, args, count)``: the short form code uses. The `source` must be
    a string literal marked with :func:`QT_TRANSLATE_NOOP` where it is written, so that the
    catalogue finds it."""
    return Text(context, source, MappingProxyType(dict(args)), count)


def verbatim(message: str) -> Text:
    """`message` shown as it is, in every language: for text that is not ours to translate
    (an OS error, a path) or not yet turned into a :class:`Text`."""
    return Text("", "{message}", MappingProxyType({"message": message}))


def english(problems: Iterable[Problem]) -> list[str]:
    """The problems as English lines (the command line, logs, tests)."""
    return [problem.english() for problem in problems]
