"""File → Import calendar…: pick an .ics file and the room, then the import flow with its
preview."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QWidget

from booking.permissions import Action
from ui.exchange.import_flow import Boxes, ImportFlow, Progress

if TYPE_CHECKING:
    from booking.exchange.incoming import ImportResult
    from booking.services import Services


class CalendarPrompts:
    """The questions File → Import calendar… asks (tests replace them)."""

    @classmethod
    def choose_file(cls, parent: QWidget, title: str, kinds: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, str(Path.home()), kinds)[0]

    @classmethod
    def choose_room(cls, parent: QWidget, title: str, label: str,
                    rooms: list[str]) -> int | None:
        """The index of the room chosen among `rooms`, or None."""
        chosen, ok = QInputDialog.getItem(parent, title, label, rooms, 0, False)
        return rooms.index(chosen) if ok and chosen in rooms else None


class CalendarImport(QObject):
    """The File menu's "Import calendar…" action and what it runs."""

    def __init__(self, *, window: QWidget, menu: QMenu, after: QAction,
                 services: Callable[[], "Services"], report: Callable[[str], None],
                 reload: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.flow = ImportFlow(window=window, report=report, reload=reload)
        self.import_action = QAction(window)
        self.import_action.setObjectName("importCalendarAction")
        following = menu.actions()
        index = following.index(after) + 1
        before = following[index] if index < len(following) else None
        menu.insertActions(before, [self.import_action])  # type: ignore[arg-type]
        self.import_action.triggered.connect(self.on_import_action_triggered)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("&Import calendar…"))
        self.import_action.setToolTip(self.tr("Book the events of an iCalendar file (.ics) "
                                              "from Outlook, Google Calendar or Thunderbird"))

    def show_permissions(self, may: Callable[[Action], bool]) -> None:
        self.import_action.setVisible(may(Action.BOOK))

    def set_working(self, working: bool) -> None:
        self.import_action.setEnabled(working)

    def wait(self) -> None:
        self.flow.wait()

    @Slot()
    def on_import_action_triggered(self) -> None:
        if self.flow.running:
            return
        title = self.tr("Import calendar")
        name = CalendarPrompts.choose_file(self._window, title,
                                           self.tr("Calendar files (*.ics);;All files (*)"))
        if not name:
            return
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            Boxes.show(self._window, title, self.tr("Cannot read {0}: {1}").format(
                name, exc.strerror or exc), ok=False)
            return
        services = self._services()
        rooms = [r for r in services.rooms() if r.bookable and not r.retired]
        index = CalendarPrompts.choose_room(
            self._window, title, self.tr("Book the events in which room? (Events exported "
                                         "by Ruang keep their own room.)"),
            [f"{r.name} ({r.code})" for r in rooms])
        if index is None:
            return
        room = rooms[index].code

        def run(dry_run: bool, skip: bool,
                progress: Progress) -> "tuple[ImportResult, list[str]]":
            return services.import_ics(data, room=room, dry_run=dry_run,
                                       skip_conflicts=skip, progress=progress)
        self.flow.start(run, title=title)
