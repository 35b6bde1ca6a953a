"""The language booking/ and the command line speak: gettext catalogs kept with Babel.

English is the source language; Bahasa Indonesia comes from resources/translations/
booking_id.mo (built from booking_id.po). Messages are marked `_("…")` with named
`{placeholders}` filled by str.format after translation, so a translator can reorder them.
A constant that must wait for the language is marked `N_("…")` and translated where it is
shown. Standard library only at import: the window imports this before any database code.
"""

import gettext as _gettext
import locale
import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path

LANGUAGES = ("id", "en")
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}
CATALOG_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
DOMAIN = "booking"

_translations: dict[str, _gettext.NullTranslations] = {}
_current = "en"


def catalog_path(language: str) -> Path:
    """Where the compiled catalog of a language lies (English has none: it is the source)."""
    return CATALOG_FOLDER / f"{DOMAIN}_{language}.mo"


def translation(language: str) -> _gettext.NullTranslations:
    """The catalog of one language, read once; English passes messages through."""
    found = _translations.get(language)
    if found is None:
        path = catalog_path(language)
        if language == "en" or not path.exists():
            found = _gettext.NullTranslations()
        else:
            with path.open("rb") as handle:
                found = _gettext.GNUTranslations(handle)
        _translations[language] = found
    return found


def normalise(value: str | None) -> str | None:
    """'id', 'en' from what a person or a locale says ('id_ID.UTF-8', 'in', 'en-GB', 'EN');
    None when it names neither."""
    if not value:
        return None
    head = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    if head in ("id", "in", "ind", "indonesian", "indonesia", "bahasa"):
        return "id"
    if head in ("en", "eng", "english"):
        return "en"
    return None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The system's language: Indonesian when the locale says so, English otherwise."""
    environ = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in environ.get(key, "").split(":"):
            found = normalise(part)
            if found:
                return found
            if part and part not in ("C", "POSIX") and not part.startswith("C."):
                return "en"
    try:
        found = normalise(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or "en"


def choose_language(asked: str | None, environ: Mapping[str, str] | None = None) -> str:
    """--lang, then RUANG_LANG, then the system's language.

    An unknown --lang is refused by the parser; an unknown RUANG_LANG falls to the system's.
    """
    environ = os.environ if environ is None else environ
    return normalise(asked) or normalise(environ.get("RUANG_LANG")) or system_language(environ)


def set_language(language: str) -> None:
    """Speak this language from now on (the process has one at a time)."""
    global _current
    _current = language if language in LANGUAGES else "en"


def current_language() -> str:
    """The language messages are written in now."""
    return _current


def _(message: str) -> str:
    """The message in the current language."""
    return translation(_current).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural message in the current language, as `count` asks."""
    return translation(_current).ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - gettext's own name for the marker
    """Mark a message for the catalog; it is translated later, where it is shown."""
    return message


def in_language(language: str, message: str) -> str:
    """The message in a given language, whatever the current one (bilingual documents)."""
    return translation(language).gettext(message)


# ----- dates and numbers in the language shown (Babel, loaded on first need) ------------------

BABEL_LOCALES = {"id": "id_ID", "en": "en_GB"}


def _babel_locale(language: str | None) -> str:
    return BABEL_LOCALES.get(language or _current, "en_GB")


def day_text(day: date, language: str | None = None) -> str:
    """A day as a desk writes it: 'Sel 15 Des 2026', 'Tue 15 Dec 2026'."""
    from babel.dates import format_date

    return format_date(day, "EEE d MMM y", locale=_babel_locale(language))


def long_day_text(day: date, language: str | None = None) -> str:
    """A day in full: 'Selasa, 15 Desember 2026', 'Tuesday, 15 December 2026'."""
    from babel.dates import format_date

    return format_date(day, "EEEE, d MMMM y", locale=_babel_locale(language))


def weekday_text(day: date, language: str | None = None, *, short: bool = False) -> str:
    """The weekday's name: 'Selasa' / 'Sel', 'Tuesday' / 'Tue'."""
    from babel.dates import format_date

    return format_date(day, "EEE" if short else "EEEE", locale=_babel_locale(language))


def number_text(value: float, language: str | None = None) -> str:
    """A number with the language's separators: '1.234,5' in Indonesian, '1,234.5' in English."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_babel_locale(language))


def in_spoken(english: str, indonesian: str | None, language: str | None = None) -> str:
    """A name the building file gives in two languages, in the language spoken (or asked):
    the Indonesian one when speaking Indonesian and the file gives it, else the English."""
    return indonesian if (language or _current) == "id" and indonesian else english


def spoken_name(thing: object) -> str:
    """A room's (or area's, equipment's) name in the language spoken: its `name_id` when
    speaking Indonesian and the building file gives one, else its `name`."""
    return in_spoken(str(getattr(thing, "name", "")), getattr(thing, "name_id", None))
