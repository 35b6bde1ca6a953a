"""What the window remembers between runs, read and written through one adapter."""

import json
from dataclasses import asdict, dataclass, field
from typing import Protocol

from PySide6.QtCore import QSettings


@dataclass
class UiSettings:
    """The window's state: geometry, view, zoom, colouring, collapsed floors and the building
    on show."""

    geometry: str = ""  # base64 of QWidget.saveGeometry()
    splitter: str = ""
    view: str = "day"
    zoom: int = 30
    colour_by: str = "kind"
    collapsed_floors: list[int] = field(default_factory=list)
    last_user: str = ""  # the user name signed in last (never a password)
    language: str = ""  # 'id', 'en', or '' to follow the system's language
    building: str = ""  # the code of the building on show when the database holds several


class SettingsStore(Protocol):
    """Where settings live (QSettings in the app, memory in tests)."""

    def load(self) -> UiSettings: ...

    def save(self, settings: UiSettings) -> None: ...


class QSettingsStore:
    """Settings in the platform's usual place (QSettings, organization CodingFactory)."""

    KEY = "window/state"

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("CodingFactory", "Ruang")

    def load(self) -> UiSettings:
        raw = self._settings.value(self.KEY, "")
        try:
            data = json.loads(str(raw)) if raw else {}
            known = {k: v for k, v in data.items() if k in UiSettings.__dataclass_fields__}
            loaded = UiSettings(**known)
        except (ValueError, TypeError):
            return UiSettings()
        if loaded.view not in ("day", "week"):
            loaded.view = "day"
        if loaded.zoom not in (15, 30, 60):
            loaded.zoom = 30
        if loaded.language not in ("", "id", "en"):
            loaded.language = ""
        if loaded.colour_by not in ("kind", "organization"):
            loaded.colour_by = "kind"
        return loaded

    def save(self, settings: UiSettings) -> None:
        self._settings.setValue(self.KEY, json.dumps(asdict(settings)))
        self._settings.sync()


class MemorySettingsStore:
    """Settings kept in memory (tests, --screenshot)."""

    def __init__(self, settings: UiSettings | None = None) -> None:
        self.saved = settings or UiSettings()

    def load(self) -> UiSettings:
        return UiSettings(**asdict(self.saved))

    def save(self, settings: UiSettings) -> None:
        self.saved = UiSettings(**asdict(settings))
