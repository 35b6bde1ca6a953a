"""The rooms' amenities as the window names them (the building file gives codes)."""

from collections.abc import Iterable

from ui.i18n import QT_TR_NOOP, code_word

AMENITY_LABELS = {
    "air_conditioning": QT_TR_NOOP("air conditioning"), "livestream": QT_TR_NOOP("livestream"),
    "lockers": QT_TR_NOOP("lockers"), "microphones": QT_TR_NOOP("microphones"),
    "power_outlets": QT_TR_NOOP("power outlets"), "projector": QT_TR_NOOP("projector"),
    "reception_desk": QT_TR_NOOP("reception desk"), "screen": QT_TR_NOOP("screen"),
    "sound_system": QT_TR_NOOP("sound system"), "stage": QT_TR_NOOP("stage"),
    "video_conference": QT_TR_NOOP("video conference"), "whiteboard": QT_TR_NOOP("whiteboard"),
    "wifi": QT_TR_NOOP("wifi"),
}


def amenity_text(code: str) -> str:
    """One amenity in the window's language (a code the list does not know, spelled out)."""
    return code_word(AMENITY_LABELS, code)


def amenities_text(codes: Iterable[str]) -> str:
    """Amenities, comma-separated."""
    return ", ".join(amenity_text(code) for code in codes)
