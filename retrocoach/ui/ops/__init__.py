"""The operations layer: what the app does on the user's behalf (import, export, save, check,
list the voices), outside the widgets.

Each operation is a small function (or, for slow work, an object with a signal) that returns
its result and the :class:`~retrocoach.core.problem.Problem`\\ s it met; a widget calls it
and shows the result, the problems go to :mod:`retrocoach.ui.problems`. This is the one room
of ``ui/`` that reads and writes files (through ``retrocoach.storage``) and asks
``retrocoach.speech``: the widgets (``ui/screen``, ``ui/dialogs``, ``ui/look``) import
neither, and get the types they show (a record, the settings, the library) from here.
Anki's ``aqt/operations`` is the model.
"""
