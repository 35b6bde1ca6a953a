"""File → Back up now and Restore…: the copy runs off the GUI thread, a progress dialog fed
by SQLite's pages-remaining callback shows how far it is; a restore shows the backup's
verification, asks, then swaps the file in and reads the restored database."""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from booking.permissions import Action
from ui.background import BackgroundJobs, Prompts, insert_after

__all__ = ["Prompts", "Safekeeping", "size_text"]

if TYPE_CHECKING:
    from booking.services import Services

log = logging.getLogger("ruang")
DAILY_DELAY_MS = 5_000  # after the window shows, so start-up is not slowed


def size_text(size: int) -> str:
    """A file's size for people: 344 KB, 12.5 MB."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("Safekeeping", "{0} KB").format(
            max(1, round(size / 1024)))
    return QCoreApplication.translate("Safekeeping", "{0} MB").format(
        round(size / 1024 / 1024, 1))


class _Daily(QThread):
    """The automatic daily backup, after the window shows (never its failure)."""

    def __init__(self, services: "Services", parent: QObject) -> None:
        super().__init__(parent)
        self._services = services

    def run(self) -> None:
        try:
            self._services.automatic_backup()
        except Exception:  # noqa: BLE001 - logged; the window works on without it
            log.warning("automatic backup failed", exc_info=True)


class Safekeeping(BackgroundJobs):
    """The window's backup and restore actions."""

    def __init__(self, *, window: QWidget, menu: QMenu, after: QAction,
                 services: Callable[[], "Services"], pause: Callable[[], None],
                 resume: Callable[[], None], report: Callable[[str], None]) -> None:
        super().__init__(window=window, report=report)
        self._services = services
        self._pause, self._resume = pause, resume
        self._daily: _Daily | None = None
        self.backup_action = QAction(window)
        self.restore_action = QAction(window)
        insert_after(menu, after, [self.backup_action, self.restore_action])
        self.backup_action.triggered.connect(self.on_backup_action_triggered)
        self.restore_action.triggered.connect(self.on_restore_action_triggered)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("Res&tore from a backup…"))
        self.backup_action.setToolTip(self.tr("Copy the database into the backups folder"))

    def show_permissions(self, may: Callable[[Action], bool]) -> None:
        self.backup_action.setVisible(may(Action.BACKUP))
        self.restore_action.setVisible(may(Action.RESTORE))

    def set_working(self, working: bool) -> None:
        self.backup_action.setEnabled(working)
        self.restore_action.setEnabled(working)

    def wait(self) -> None:
        """Let a copy under way finish (the window waits as it closes)."""
        super().wait()
        if self._daily is not None:
            self._daily.wait()

    def schedule_daily(self) -> None:
        """Take the automatic daily backup a little after the window shows, off its thread."""
        QTimer.singleShot(DAILY_DELAY_MS, self, self.on_daily_due)

    @Slot()
    def on_daily_due(self) -> None:
        if self._daily is None and not self.running:
            self._daily = _Daily(self._services(), self)
            self._daily.start()

    @Slot(int, int)
    def on_worker_progress(self, left: int, total: int) -> None:
        """SQLite's pages left of pages in all."""
        if self._progress is not None and total > 0:
            self._progress.setMaximum(total)
            self._progress.setValue(total - left)

    # ----- back up ----------------------------------------------------------------------------

    @Slot()
    def on_backup_action_triggered(self) -> None:
        if self.running:
            return
        services = self._services()
        self._report(self.tr("Backing up the database…"))
        self._run(self.tr("Backing up the database…"),
                  lambda progress: services.backup(progress=progress), self._backed_up)

    def _backed_up(self, result: object) -> None:
        title = self.tr("Back up now")
        if isinstance(result, str):
            self._say(title, self.tr("The backup was not made: {0}").format(result), ok=False)
            return
        path, size = getattr(result, "path"), getattr(result, "size")  # noqa: B009
        self._say(title, self.tr("Backed up to {0} ({1}).").format(path, size_text(size)),
                  ok=True)

    # ----- restore ----------------------------------------------------------------------------

    @Slot()
    def on_restore_action_triggered(self) -> None:
        if self.running:
            return
        services = self._services()
        folder = services.backup_folder
        kinds = (self.tr("Ruang server backups (*.dump);;All files (*)")
                 if services.backup_suffix == ".dump"
                 else self.tr("Ruang backups (*.db);;All files (*)"))
        chosen = Prompts.choose_backup(self._window, self.tr("Restore from a backup"),
                                       str(folder) if folder is not None else "", kinds)
        if not chosen:
            return
        self._run(self.tr("Checking the backup…"),
                  lambda progress: services.check_backup(Path(chosen), progress),
                  lambda result: self._checked(Path(chosen), result))

    def _checked(self, chosen: Path, result: object) -> None:
        title = self.tr("Restore from a backup")
        if isinstance(result, str):
            self._say(title, self.tr("This backup cannot be restored: {0}").format(result),
                      ok=False)
            return
        bookings, entries = getattr(result, "bookings"), getattr(result, "audit_entries")  # noqa: B009
        verified = getattr(result, "chain_verified", True)  # a server's dump: once restored
        trail = (self.tr("Audit trail: {0} entries, verified.") if verified
                 else self.tr("Audit trail: {0} entries (verified as it is restored).")
                 ).format(entries)
        question = self.tr(
            "{0} is a good backup.\nBookings: {1}\n{2}"
            "\n\nRestoring it replaces the database: every change made since the backup is "
            "gone (a copy of the database as it is now is kept in the backups folder). Other "
            "desks must close Ruang first.\n\nRestore it now?").format(chosen, bookings, trail)
        if not Prompts.confirm(self._window, title, question):
            return
        services = self._services()
        self._pause()
        self._run(self.tr("Restoring the backup…"),
                  lambda progress: services.restore(chosen, progress), self._restored)

    def _restored(self, result: object) -> None:
        self._resume()
        title = self.tr("Restore from a backup")
        if isinstance(result, str):
            self._say(title, self.tr("Nothing was restored: {0}").format(result), ok=False)
            return
        previous = getattr(result, "previous")  # noqa: B009
        kept = getattr(previous, "path", previous)
        self._say(title, self.tr("Restored. The database as it was is kept in {0}.").format(kept),
                  ok=True)
