"""Dates between Python and Qt, spelled out so the type checker can follow them."""

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

LONG_DATE = "ddd d MMM yyyy"  # the date fields' format: the locale gives the names


def qdate(day: date) -> QDate:
    """A Python date as a QDate (PySide's QDate(date) works but is not in its type stubs)."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """A QDate as a Python date (QDate.toPython() is typed as returning any object)."""
    return date(value.year(), value.month(), value.day())


_NAMES = re.compile(r"%[aAbB]")


class Shown:
    """A date or time that formats like strftime, with the weekday and month names (%a %A
    %b %B) in the window's language (QLocale's default, set per language in ui/i18n.py).

    `tr("Saved on {0:%a %d %b}").format(shown(day))` keeps the catalog's placeholders as
    they are and still writes "Sen 14 Des" in Bahasa Indonesia.
    """

    __slots__ = ("moment",)

    def __init__(self, moment: date | datetime) -> None:
        self.moment = moment

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self.moment)
        locale = QLocale()
        if locale.language() == QLocale.Language.English:
            return self.moment.strftime(spec)  # Python's own names ("Sep", not CLDR's "Sept")
        short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
        weekday, month = self.moment.isoweekday(), self.moment.month
        names = {"%a": locale.dayName(weekday, short), "%A": locale.dayName(weekday, long),
                 "%b": locale.monthName(month, short), "%B": locale.standaloneMonthName(month, long)}
        # Names first, escaped, so strftime leaves them alone.
        spec = _NAMES.sub(lambda m: names[m.group(0)].replace("%", "%%").rstrip("."), spec)
        return self.moment.strftime(spec)

    def strftime(self, spec: str) -> str:
        return format(self, spec)


def shown(moment: date | datetime) -> Shown:
    """A date or time to format with strftime codes, in the window's language."""
    return Shown(moment)
