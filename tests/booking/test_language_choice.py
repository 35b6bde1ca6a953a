"""Which language Ruang speaks: --lang, then RUANG_LANG, then the system's locale."""

import pytest

from booking.i18n import choose_language, normalise, system_language


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "id_ID.UTF-8"}, "id"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, "id"),
    ({"LANGUAGE": "en:id", "LANG": "id_ID.UTF-8"}, "en"),  # LANGUAGE's first choice wins
    ({"LANGUAGE": "id:en"}, "id"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # neither: English
    ({"LANG": "C.UTF-8", "LC_MESSAGES": "C"}, None),  # C says nothing: the locale module's
])
def test_the_system_language_comes_from_the_locale_variables(
        environ: dict[str, str], expected: str | None) -> None:
    found = system_language(environ)
    assert found in ("id", "en")
    if expected is not None:
        assert found == expected


def test_lang_beats_ruang_lang_which_beats_the_system() -> None:
    system = {"LANG": "id_ID.UTF-8"}
    assert choose_language(None, system) == "id"
    assert choose_language(None, {**system, "RUANG_LANG": "en"}) == "en"
    assert choose_language("id", {**system, "RUANG_LANG": "en"}) == "id"
    # An unknown RUANG_LANG falls back to the system's language rather than failing.
    assert choose_language(None, {**system, "RUANG_LANG": "klingon"}) == "id"


@pytest.mark.parametrize(("said", "expected"), [
    ("id", "id"), ("ID", "id"), ("in", "id"), ("id-ID", "id"), ("Bahasa", "id"),
    ("en", "en"), ("en-GB", "en"), ("English", "en"), ("fr", None), ("", None), (None, None),
])
def test_what_people_and_locales_say_is_understood(said: str | None,
                                                   expected: str | None) -> None:
    assert normalise(said) == expected
