"""File → Back up now and Restore from a backup, acted as a manager and an administrator would:
progress while the copy runs, the verdict in a box, a confirmation before anything changes."""

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.services import Services
from booking.store.db import make_engine
from booking.store.paths import default_db_path
from tests.helpers.backends import Backend
from tests.helpers.clock import FakeClock
from tests.helpers.file_menu import choose_and_wait, file_entry
from tests.ui.conftest import MONDAY, at
from ui.main_window import MainWindow
from ui.safekeeping import Prompts


class Person:
    """What the person sees and answers."""

    def __init__(self) -> None:
        self.boxes: list[tuple[str, bool]] = []
        self.questions: list[str] = []
        self.chooses: str = ""
        self.answer = True
        self.offered: tuple[str, str] = ("", "")  # the folder and kinds of file offered


@pytest.fixture
def person(monkeypatch: pytest.MonkeyPatch) -> Person:
    them = Person()

    def show(_cls: type, _parent: QWidget, _title: str, text: str, *, ok: bool) -> None:
        them.boxes.append((text, ok))

    def confirm(_cls: type, _parent: QWidget, _title: str, text: str) -> bool:
        them.questions.append(text)
        return them.answer

    def choose(_cls: type, _parent: QWidget, _title: str, folder: str, kinds: str) -> str:
        them.offered = (folder, kinds)
        return them.chooses

    monkeypatch.setattr(Prompts, "show", classmethod(show))
    monkeypatch.setattr(Prompts, "confirm", classmethod(confirm))
    monkeypatch.setattr(Prompts, "choose_backup", classmethod(choose))
    return them


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    win = MainWindow(services=services)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.set_date(MONDAY)
    return win


@pytest.fixture
def admin(file_engine: Engine, clock: FakeClock) -> Iterator[Services]:
    yield Services(file_engine, now=clock, actor="admin")




def test_back_up_now_says_where_and_how_big(qtbot: QtBot, admin: Services, db_file: Path,
                                            person: Person) -> None:
    window = _window(qtbot, admin)
    text, ok = choose_and_wait(qtbot, window, person, "&Back up now")
    assert ok and text.startswith(f"Backed up to {db_file.parent / 'backups'}")
    assert text.endswith(" KB).")
    assert window.message_label.text() == text


def test_restore_asks_then_puts_the_backup_back(qtbot: QtBot, admin: Services, person: Person,
                                                tmp_path: Path) -> None:
    kept = admin.bookings.book(actor="admin", room="BROMO", start=at(10), end=at(11),
                               title="Board meeting").booking
    backup = admin.backup(out=tmp_path / "before.db").path
    later = admin.bookings.book(actor="admin", room="KAWI", start=at(13), end=at(14),
                                title="Made after the backup").booking
    window = _window(qtbot, admin)
    person.chooses = str(backup)
    person.answer = False
    file_entry(window, "Res&tore from a backup…").trigger()
    qtbot.waitUntil(lambda: len(person.questions) == 1, timeout=15_000)
    assert person.questions[0].startswith(f"{backup} is a good backup.\nBookings: 1\n")
    assert admin.booking(later.id).title == "Made after the backup"  # said no: nothing changed

    person.answer = True
    text, ok = choose_and_wait(qtbot, window, person, "Res&tore from a backup…")
    assert ok and text.startswith("Restored. The database as it was is kept in "), text
    ids = {b.id for b in admin.list_bookings(start=at(0), end=at(23))}
    assert kept.id in ids and later.id not in ids
    assert admin.audit_verify().ok
    assert person.offered == (str(backup.parent / "backups"),
                              "Ruang backups (*.db);;All files (*)")


def test_on_a_server_the_window_backs_up_and_restores_through_pg_dump(
        qtbot: QtBot, server_backend: Backend, clock: FakeClock, person: Person) -> None:
    engine = make_engine(server_backend.target)
    admin = Services(engine, now=clock, actor="admin")
    try:
        kept = admin.bookings.book(actor="admin", room="BROMO", start=at(10), end=at(11),
                                   title="Board meeting").booking
        window = _window(qtbot, admin)
        text, ok = choose_and_wait(qtbot, window, person, "&Back up now")
        folder = default_db_path().parent / "backups"
        assert ok and text.startswith(f"Backed up to {folder}"), text
        (backup,) = folder.glob("*-manual-*.dump")
        later = admin.bookings.book(actor="admin", room="KAWI", start=at(13), end=at(14),
                                    title="Made after the backup").booking
        person.chooses = str(backup)
        text, ok = choose_and_wait(qtbot, window, person, "Res&tore from a backup…")
        assert ok and text.startswith("Restored. The database as it was is kept in "), text
        assert person.offered == (str(folder), "Ruang server backups (*.dump);;All files (*)")
        assert person.questions[0] == (
            f"{backup} is a good backup.\nBookings: 1\nAudit trail: 38 entries (verified as it "
            "is restored).\n\nRestoring it replaces the database: every change made since the "
            "backup is gone (a copy of the database as it is now is kept in the backups "
            "folder). Other desks must close Ruang first.\n\nRestore it now?")
        ids = {b.id for b in admin.list_bookings(start=at(0), end=at(23))}
        assert kept.id in ids and later.id not in ids
        assert admin.audit_verify().ok
        window.close()
    finally:
        engine.dispose()


def test_a_refused_backup_says_why(qtbot: QtBot, admin: Services, person: Person,
                                   tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("no database here " * 500)
    window = _window(qtbot, admin)
    person.chooses = str(junk)
    text, ok = choose_and_wait(qtbot, window, person, "Res&tore from a backup…")
    assert not ok and text == (f"This backup cannot be restored: cannot restore '{junk}': it "
                               "is not an SQLite database")
    assert person.questions == []


def test_the_front_desk_sees_neither(qtbot: QtBot, file_engine: Engine, clock: FakeClock) -> None:
    window = _window(qtbot, Services(file_engine, now=clock, actor="frontdesk"))
    assert not file_entry(window, "&Back up now").isVisible()
    assert not file_entry(window, "Res&tore from a backup…").isVisible()


def test_screenshot_of_the_restore_question(qtbot: QtBot, admin: Services,
                                            tmp_path: Path) -> None:
    window = _window(qtbot, admin)
    box = Prompts.build(window, "Restore from a backup",
                        "/srv/ruang/backups/ruang-auto-20261201T000000Z.db is a good backup.\n"
                        "Bookings: 1204\nAudit trail: 5310 entries, verified.\n\n"
                        "Restoring it replaces the database.\n\nRestore it now?",
                        ok=True, question=True)
    box.show()
    qtbot.waitExposed(box)
    assert box.grab().save(str(tmp_path / "restore-question.png"))
    box.close()


def test_a_long_copy_shows_its_progress(qtbot: QtBot, admin: Services, tmp_path: Path) -> None:
    """The progress dialog follows SQLite's pages-remaining callback."""
    window = _window(qtbot, admin)
    keeping = window.safekeeping
    release = threading.Event()
    results: list[object] = []

    def job(progress: Callable[[int, int], None]) -> object:
        progress(750, 1000)
        release.wait(10)
        progress(0, 1000)
        return "done"

    keeping._run("Backing up the database…", job, results.append)
    qtbot.waitUntil(lambda: keeping._progress is not None
                    and keeping._progress.value() == 250, timeout=5_000)
    dialog = keeping._progress
    assert dialog is not None and dialog.maximum() == 1000
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(tmp_path / "backup-progress.png"))
    release.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5_000)
    assert keeping._progress is None


def test_a_restore_while_another_desk_has_the_file_open_is_refused(
        qtbot: QtBot, admin: Services, person: Person, db_file: Path, tmp_path: Path) -> None:
    backup = admin.backup(out=tmp_path / "before.db").path
    made = admin.bookings.book(actor="admin", room="KAWI", start=at(13), end=at(14),
                               title="Still here").booking
    window = _window(qtbot, admin)
    other_desk = sqlite3.connect(db_file)
    other_desk.execute("SELECT count(*) FROM booking").fetchone()
    try:
        person.chooses = str(backup)
        text, ok = choose_and_wait(qtbot, window, person, "Res&tore from a backup…")
    finally:
        other_desk.close()
    assert not ok and text.startswith("Nothing was restored: the database ")
    assert "is open elsewhere" in text
    assert admin.booking(made.id).title == "Still here"
    assert not (db_file.parent / "backups").exists()  # no copy made for nothing
    assert window.watch._watcher is not None and window.watch._poll.isActive()


def test_the_window_takes_the_daily_backup_off_its_thread(
        qtbot: QtBot, admin: Services, db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUANG_AUTO_BACKUP", "1")
    window = _window(qtbot, admin)
    window.safekeeping.on_daily_due()
    folder = db_file.parent / "backups"
    qtbot.waitUntil(lambda: folder.is_dir() and len(list(folder.iterdir())) == 1,
                    timeout=10_000)
    window.safekeeping.wait()
    assert next(folder.iterdir()).name.startswith("ruang-auto-")
