"""How storage words what went wrong: :class:`~retrocoach.core.problem.Text` values in the
``storage`` catalogue context, and :class:`~retrocoach.core.problem.Problem` values.

One way to report a problem in storage: a failure raises
:class:`~retrocoach.storage.files.StorageError` (its :attr:`problem` says what and why);
code that goes on despite problems returns ``(value, list[Problem])``; an attribute that
keeps problems for later holds a ``list[Problem]``. Every source text is marked with
``QT_TRANSLATE_NOOP("storage", ...)`` where it is written, so the catalogue finds it.
"""

from __future__ import annotations

from types import MappingProxyType

from retrocoach.core.problem import Problem, Severity, Text, english

__all__ = ["CONTEXT", "english", "said", "warning"]

CONTEXT = "storage"


def said(template: str, count: int | None = None, /, **args: object) -> Text:
    """A storage text: `template` (marked where written) with its ``{fields}`` and ``%n``."""
    return Text(CONTEXT, template, MappingProxyType(dict(args)), count)


def warning(
    template: str, count: int | None = None, /, *, detail: str = "", **args: object
) -> Problem:
    """A problem the app goes on despite (shown on the problems panel, logged)."""
    return Problem(said(template, count, **args), Severity.WARNING, detail=detail)
