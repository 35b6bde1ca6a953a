"""Figures as the window shows them, in its language's QLocale: hours, percentages, counts."""

from PySide6.QtCore import QLocale

NONE = "–"  # nothing to divide by


def hours(minutes: float | None) -> str:
    """Minutes as hours with one decimal (1.5)."""
    if minutes is None:
        return NONE
    return QLocale().toString(minutes / 60, "f", 1)


def percent(ratio: float | None) -> str:
    """A ratio as a percentage with one decimal (42.5%)."""
    if ratio is None:
        return NONE
    return QLocale().toString(ratio * 100, "f", 1) + "%"


def count(value: int) -> str:
    return QLocale().toString(value)


def decimal(value: float | None, places: int = 1) -> str:
    if value is None:
        return NONE
    return QLocale().toString(value, "f", places)
