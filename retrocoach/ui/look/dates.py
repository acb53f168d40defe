"""Dates as the window's language writes them: Qt's day and month names of the default
locale (set with the language: ``ui/i18n.py``), in a format the catalogue translates
(German "d. MMM", French "d MMM"), never Python's English ``%b``."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_and_month(day: date) -> str:
    """``7 Dec``: a chart's axis."""
    return QLocale().toString(_qdate(day), QCoreApplication.translate("Dates", "d MMM"))


def full_day(day: date) -> str:
    """``07 Dec 2026``."""
    return QLocale().toString(_qdate(day), QCoreApplication.translate("Dates", "dd MMM yyyy"))


def moment(when: datetime) -> str:
    """``Mon 7 Dec 2026, 18:30``: when a session started (its local time as recorded)."""
    stamp = QDateTime(_qdate(when.date()), QTime(when.hour, when.minute))
    pattern = QCoreApplication.translate("Dates", "ddd d MMM yyyy, HH:mm")
    return QLocale().toString(stamp, pattern)
