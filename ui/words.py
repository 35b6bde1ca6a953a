"""The words of a printed document in the language chosen for it: Indonesian, English or both.

A document is printed in its own language, whatever the window speaks: the guest may read
English while the desk works in Bahasa Indonesia. Words(lang) hands the document its fixed
words (ui texts through the Qt catalog, booking texts through gettext), its dates and its
numbers. In "both" a label is written Indonesian first with the English under it, and a
sentence as two columns side by side.
"""

from collections.abc import Callable, Iterable
from datetime import date
from html import escape
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate

from booking.i18n import current_language, in_language, number_text
from ui.i18n import qlocale, text_in

BOTH = "both"
DOCUMENT_LANGUAGES = ("id", "en", BOTH)
SECOND = "#5f6b76"  # the English line under an Indonesian one


def document_language(asked: str | None) -> str:
    """'id', 'en' or 'both'; anything else (None) is the language spoken now."""
    return asked if asked in DOCUMENT_LANGUAGES else current_language()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _unique(texts: Iterable[str]) -> list[str]:
    found: list[str] = []
    for text in texts:
        if text not in found:
            found.append(text)
    return found


class Words:
    """A document's words in one language, or in both (Indonesian first)."""

    def __init__(self, language: str | None = None) -> None:
        self.language = document_language(language)
        self.languages: tuple[str, ...] = (("id", "en") if self.language == BOTH
                                           else (self.language,))

    @property
    def both(self) -> bool:
        return self.language == BOTH

    @property
    def first(self) -> "Words":
        """The words of the first language (Indonesian when both)."""
        return Words(self.languages[0])

    def each(self) -> list["Words"]:
        """One Words per language printed, Indonesian first."""
        return [Words(language) for language in self.languages]

    # ----- one language ---------------------------------------------------------------------

    def tr(self, source: str) -> str:
        """A ui text in the first language: `words.tr("…")` marks it for the catalog, like a
        widget's tr(); a constant is marked with str(QT_TRANSLATE_NOOP("Ruang", "…"))."""
        return text_in(self.languages[0], source)

    def msg(self, message: str) -> str:
        """A booking/ message (as `_()` marks it) in the first language."""
        return in_language(self.languages[0], message)

    def long_day(self, day: date) -> str:
        """'Rabu 2 Desember 2026', 'Wednesday 2 December 2026'."""
        return qlocale(self.languages[0]).toString(_qdate(day), "dddd d MMMM yyyy")

    def day(self, day: date) -> str:
        """'Rab 2 Des 2026', 'Wed 2 Dec 2026'."""
        return qlocale(self.languages[0]).toString(_qdate(day), "ddd d MMM yyyy")

    def short_day(self, day: date) -> str:
        """'Rab 2 Des', 'Wed 2 Dec'."""
        return qlocale(self.languages[0]).toString(_qdate(day), "ddd d MMM")

    def weekday(self, day: date) -> str:
        """'Rabu', 'Wednesday'."""
        return qlocale(self.languages[0]).toString(_qdate(day), "dddd")

    def number(self, value: float) -> str:
        return number_text(value, self.languages[0])

    # ----- every language printed -----------------------------------------------------------

    def all(self, make: Callable[["Words"], str]) -> list[str]:
        """What `make` says in each language printed (a text the same in both, once)."""
        return _unique(make(words) for words in self.each())

    def plain(self, make: Callable[["Words"], str], *, joiner: str = " / ") -> str:
        """Plain text in each language on one line: 'Ruang / Room'."""
        return joiner.join(self.all(make))

    def label(self, source: str, *, joiner: str = " / ") -> str:
        """A marked ui constant on one line, 'Ruang / Room' when both (plain text)."""
        return self.plain(lambda w: w.tr(source), joiner=joiner)

    def html(self, make: Callable[["Words"], str], *, second_size: str | None = None) -> str:
        """HTML of a text in each language: the second under the first, grey and italic (in
        `second_size`, e.g. '12pt', when given)."""
        texts = [escape(text) for text in self.all(make)]
        if len(texts) == 1:
            return texts[0]
        size = f" font-size:{second_size};" if second_size else ""
        rest = "".join(f"<br><span style='color:{SECOND}; font-weight:normal; "
                       f"font-style:italic;{size}'>{text}</span>" for text in texts[1:])
        return texts[0] + rest

    def label_html(self, source: str, *, second_size: str | None = None) -> str:
        """HTML of a marked ui constant in each language printed (Indonesian above English)."""
        return self.html(lambda w: w.tr(source), second_size=second_size)

    def columns(self, make: Callable[["Words"], str], *, style: str = "") -> str:
        """HTML of a sentence: one paragraph, or a two-column table when both."""
        texts = [escape(text) for text in self.all(make)]
        if len(texts) == 1:
            return f"<p style='{style}'>{texts[0]}</p>"
        cells = "".join(
            f"<td width='{100 // len(texts)}%' valign='top' style='{style}"
            f"{'' if index == 0 else f'; color:{SECOND}; font-style:italic'}; "
            f"padding-{'right' if index == 0 else 'left'}:6px'>{text}</td>"
            for index, text in enumerate(texts))
        return (f"<table width='100%' cellspacing='0' cellpadding='0'><tr>{cells}</tr>"
                "</table>")


LAYOUT_NAMES = {"theatre": str(QT_TRANSLATE_NOOP("Ruang", "Theatre")),
                "classroom": str(QT_TRANSLATE_NOOP("Ruang", "Classroom")),
                "banquet": str(QT_TRANSLATE_NOOP("Ruang", "Banquet")),
                "reception": str(QT_TRANSLATE_NOOP("Ruang", "Reception")),
                "u_shape": str(QT_TRANSLATE_NOOP("Ruang", "U-shape"))}


def layout_in(words: Words, code: str | None) -> str:
    """A layout's name in the words' language: theatre → Teater / Theatre."""
    if not code:
        return words.tr("no layout")
    source = LAYOUT_NAMES.get(code)
    return words.tr(source) if source else code.replace("_", " ").capitalize()


class _Named(Protocol):
    @property
    def code(self) -> str: ...

    def name_in(self, language: str) -> str: ...


def names_in(items: Iterable[_Named], language: str | None) -> dict[str, str]:
    """Each item's name by code in a document's language ('Sistem suara / Sound system' when
    both and the building file gives the two)."""
    words = Words(language)

    def named(item: _Named) -> str:
        return words.plain(lambda w: item.name_in(w.language))

    return {item.code: named(item) for item in items}
