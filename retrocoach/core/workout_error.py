"""The error of a workout that cannot be used, as parts the UI can show apart.

A :class:`WorkoutError` names the `source` (a file), the `field_path` (``round[1].seconds``),
the `rule` the value breaks (a :class:`~retrocoach.core.problem.Text`: "must be a whole number
from {low} to {high}") and what it `got` (the value, quoted and cut short). The workout editor
shows the field in words and the rule; the command line and the log show ``str(error)``:
``"source: field: rule, got value"``.
"""

from __future__ import annotations

from types import MappingProxyType

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, text, verbatim

_CONTEXT = "WorkoutError"


class WorkoutError(RetrocoachError, ValueError):
    """A workout that cannot be used: the source, the field, the rule it breaks, the value.

    `reason` is the rule with the value (``"{rule}, got {got}"``) unless the raiser gives its
    own; :attr:`problem` puts the source and the field in front.
    """

    def __init__(
        self,
        source: str,
        field_path: str,
        rule: Text | str,
        got: str | None = None,
        *,
        reason: Text | None = None,
    ) -> None:
        self.source = source
        self.field_path = field_path
        if isinstance(rule, str):  # English from a caller not yet moved to Text: shown as is
            rule = verbatim(rule)
        self.rule = rule
        self.got = got
        if reason is None:
            reason = (
                rule
                if got is None
                else text(
                    _CONTEXT,
                    QT_TRANSLATE_NOOP("WorkoutError", "{rule}, got {got}"),
                    rule=rule,
                    got=got,
                )
            )
        self.reason = reason
        what = _placed(source, field_path, reason)
        super().__init__(what.english(), file=source, field=field_path, problem=Problem(what))


def rule(template: str, /, **args: object) -> Text:
    """A rule or reason of a workout error: `source` is marked with
    ``QT_TRANSLATE_NOOP("WorkoutError", ...)`` where it is written (storage uses it too)."""
    return Text(_CONTEXT, template, MappingProxyType(dict(args)))


def _placed(source: str, field_path: str, reason: Text) -> Text:
    """`reason` after the source and the field that have one."""
    if source and field_path:
        template = QT_TRANSLATE_NOOP("WorkoutError", "{file}: {field}: {reason}")
    elif source:
        template = QT_TRANSLATE_NOOP("WorkoutError", "{file}: {reason}")
    elif field_path:
        template = QT_TRANSLATE_NOOP("WorkoutError", "{field}: {reason}")
    else:
        return reason
    return text(_CONTEXT, template, file=source, field=field_path, reason=reason)
