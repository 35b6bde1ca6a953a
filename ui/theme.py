"""Colours and labels shared by the views: one calm colour per room kind, readable text on it."""

from PySide6.QtGui import QColor

KIND_COLOURS = {
    "hall": "#7b5ea7",
    "meeting": "#2f7fc1",
    "communal": "#2a9d8f",
    "production": "#e07a2f",
    "training": "#c9a227",
    "incubation": "#8a9a2b",
    "boardroom": "#b24a6a",
    "focus": "#5a6b7d",
    "reception": "#999999",
}
# Colour-blind safe-ish palette for organizations (Okabe-Ito and friends).
ORG_PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7a7a00",
               "#8e5ea2", "#3b7d4e", "#b8860b", "#4d6fa8", "#a0522d")


def kind_colour(kind: str) -> QColor:
    """The colour of a room kind."""
    return QColor(KIND_COLOURS.get(kind, "#607080"))


def organization_colour(name: str | None) -> QColor:
    """A stable colour for an organization (grey when there is none)."""
    if not name:
        return QColor("#7d8790")
    import hashlib  # only colouring by organization needs it (OpenSSL loads with it)

    digest = hashlib.sha1(name.encode("utf-8")).digest()
    return QColor(ORG_PALETTE[digest[0] % len(ORG_PALETTE)])


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the background."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#111111") if luminance > 0.55 else QColor("#ffffff")
