"""The window's language, switched at run time: Qt Linguist catalogs for ui/, gettext for booking/.

ui/ marks its words with `self.tr()`. PySide6 asks a translator with the context of the
object's class at run time (a subclass, or `parent.tr()`, gives another name than the one
lupdate saw), so the catalog keeps one context, CONTEXT, and CatalogTranslator looks every
word up there: a word that needs two translations says so with tr's disambiguation.
Switching installs the other catalog; Qt then sends LanguageChange to every widget and
RetranslateFilter calls each one's `retranslate_ui()`.
"""

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from booking.i18n import CATALOG_FOLDER, LANGUAGES, choose_language, set_language

CONTEXT = "Ruang"
QT_LOCALES = {"id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
              "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a word for the catalog where it is defined (a constant); tr() shows it translated."""
    return text


def catalog_path(language: str) -> Path:
    """The compiled Qt catalog of a language (English is the source and has none)."""
    return CATALOG_FOLDER / f"ruang_{language}.qm"


class CatalogTranslator(QTranslator):
    """A QTranslator that finds each word in the catalog's one context, whoever asks."""

    def translate(self, _context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None reaches Qt as a null string, "not here": Qt then shows the source text.
        found = super().translate(CONTEXT, source, disambiguation, n)
        if not found and disambiguation:  # Qt's own words come with notes of their own
            found = super().translate(CONTEXT, source, None, n)
        return found or None


_catalogs: dict[str, CatalogTranslator] = {}


def catalog(language: str) -> CatalogTranslator | None:
    """The loaded catalog of a language, or None for English."""
    if language == "en" or language not in LANGUAGES:
        return None
    found = _catalogs.get(language)
    if found is None:
        found = CatalogTranslator()
        if not found.load(str(catalog_path(language))):
            raise FileNotFoundError(f"the translation {catalog_path(language)} is missing")
        _catalogs[language] = found
    return found


def text_in(language: str, source: str, disambiguation: str | None = None) -> str:
    """A ui word in a given language, whatever the window speaks (bilingual documents)."""
    found = catalog(language)
    if found is None:
        return source
    return found.translate(CONTEXT, source, disambiguation) or source


def code_word(words: Mapping[str, str], code: str) -> str:
    """A code kept in the data ("checked_in", "booking.moved") as the window names it: its
    marked word translated, else the code spelled out."""
    word = words.get(code)
    return QCoreApplication.translate(CONTEXT, word) if word else code.replace("_", " ")


def qlocale(language: str) -> QLocale:
    """The locale that writes numbers, dates and weekday names in a language."""
    return QT_LOCALES.get(language, QT_LOCALES["en"])


class RetranslateFilter(QObject):
    """Calls `retranslate_ui()` on every widget that has one when the language changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            retranslate = getattr(watched, "retranslate_ui", None)
            if callable(retranslate):
                retranslate()
        return False


class Language:
    """The language the application speaks now, installed on one QCoreApplication."""

    _of_application: "dict[int, Language]" = {}

    @classmethod
    def of(cls, app: QCoreApplication) -> "Language":
        """The application's one Language (made on first need: one filter, one catalog)."""
        found = cls._of_application.get(id(app))
        if found is None:
            found = cls._of_application[id(app)] = cls(app)
        return found

    @classmethod
    def reset_all(cls) -> None:
        """Every application back to English (tests start each case in English)."""
        for language in cls._of_application.values():
            language.apply("en")

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: CatalogTranslator | None = None
        # Installed only while a switch is delivered: a filter on the application sees every
        # event of every object, and each one crossing into Python costs the GUI thread time.
        self._filter = RetranslateFilter(app)
        self.current = ""

    def apply(self, asked: str | None) -> str:
        """Speak `asked` ('id', 'en', or ''/None for the system's); returns the language."""
        language = choose_language(asked or None)
        set_language(language)
        QLocale.setDefault(qlocale(language))
        if language == self.current:
            return language
        self._relocate_widgets()
        wanted = catalog(language)
        self._app.installEventFilter(self._filter)
        try:
            if self._installed is not None:
                self._app.removeTranslator(self._installed)
            if wanted is not None:
                self._app.installTranslator(wanted)  # both send LanguageChange to every widget
            self._installed = wanted
            self.current = language
            # Qt posts LanguageChange to each widget: deliver them now, so every open window
            # speaks the new language when apply returns.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        finally:
            self._app.removeEventFilter(self._filter)
        return language

    def _relocate_widgets(self) -> None:
        """Widgets keep the locale they were made with: the windows take the new default
        (and pass it on to their children), so date fields write the new day names."""
        if not isinstance(self._app, QApplication):
            return
        for widget in self._app.topLevelWidgets():
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                widget.unsetLocale()
