"""Dates between Python and Qt, spelled out so the type checker can follow them."""

from datetime import date

from PySide6.QtCore import QDate


def qdate(day: date) -> QDate:
    """A Python date as a QDate (PySide's QDate(date) works but is not in its type stubs)."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """A QDate as a Python date (QDate.toPython() is typed as returning any object)."""
    return date(value.year(), value.month(), value.day())
