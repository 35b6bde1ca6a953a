"""Every main screen and dialog of the window, opened as a person would find it, and the words
each one shows: what the language tests read and the screenshots in docs/ are made of."""

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from functools import cache
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from booking.services import Services
from tests.ui.conftest import at
from ui.booking_dialog import BookingDialog
from ui.door.window import DoorWindow
from ui.events.dialog import EventDialog
from ui.exchange.csv_export import CsvExportDialog
from ui.exchange.preview import ImportPreview
from ui.find_room import FindRoomPanel
from ui.main_window import MainWindow
from ui.manage.closures import ClosuresDialog
from ui.manage.terms_planner import TermsPlanner
from ui.series_editor import SeriesEditor
from ui.session.accounts_screen import AccountsDialog, NewAccountDialog
from ui.session.audit_view import AuditDialog, HistoryDialog
from ui.session.passwords import PasswordDialog
from ui.session.signin import SignInDialog

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*[A-Za-zÀ-ÿ]")
# Placeholders, accelerators, tags, and identifiers that are the same in every language:
# IANA time zones (Asia/Singapore).
PLACEHOLDER = re.compile(r"\{[^}]*\}|%n|%\d|&(?=\w)|<[^>]+>|\b[A-Z][a-z]+/[A-Za-z_]+")


def words(text: str) -> set[str]:
    """The words of a text, lower case, three letters or more, accelerators and tags out."""
    text = PLACEHOLDER.sub(lambda m: "" if m.group() == "&" else " ", text)
    return {w.lower().strip("'’-") for w in WORD.findall(text) if len(w) >= 3}


@cache
def catalog_words() -> tuple[frozenset[str], frozenset[str]]:
    """(English words of the sources, Indonesian words of the translations), each without the
    words the other language shares (loanwords like 'email', names like 'Ruang')."""
    english: set[str] = set()
    indonesian: set[str] = set()
    for message in ET.parse(TRANSLATIONS / "ruang_id.ts").getroot().iter("message"):
        english |= words(message.findtext("source") or "")
        translation = message.find("translation")
        if translation is not None:
            indonesian |= words("".join(translation.itertext()))
    from babel.messages.pofile import read_po

    with (TRANSLATIONS / "booking_id.po").open("rb") as handle:
        for message in read_po(handle):
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in ids:
                english |= words(text)
            for text in strings:
                indonesian |= words(text or "")
    shared = english & indonesian
    return frozenset(english - shared), frozenset(indonesian - shared)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    display = Qt.ItemDataRole.DisplayRole
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: it has one
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal, display) or "")
    for row in range(min(model.rowCount(QModelIndex()), 30)):
        for column in range(columns):
            yield str(model.data(model.index(row, column), display) or "")


def painted_texts(top: QWidget) -> list[str]:
    """The texts the window paints itself (the timeline, the floor plan, the month grid),
    caught by drawing it once with QPainter.drawText watched."""
    texts: list[str] = []
    draw = QPainter.drawText

    def spy(painter: QPainter, *args: object) -> object:
        texts.extend(a for a in args if isinstance(a, str))
        return draw(painter, *args)  # type: ignore[call-overload]

    QPainter.drawText = spy  # type: ignore[method-assign,assignment]
    try:
        top.grab()
    finally:
        QPainter.drawText = draw  # type: ignore[method-assign]
    return texts


def shown_texts(top: QWidget) -> list[str]:
    """The texts a person sees on a window: titles, labels, buttons, fields, lists, tabs, menus,
    and what it paints."""
    texts = [top.windowTitle(), *painted_texts(top)]
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top) and not isinstance(widget, QMenu):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += list(_model_texts(widget))
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [action.text() for action in widget.actions()]
    return [t for t in texts if t]


def data_words(services: Services) -> set[str]:
    """Words that come from the data, not the catalogs: names of rooms, floors, people,
    organizations, amenities and the titles people typed (names stay as they are).

    The building file names rooms, floors' labels, areas and equipment in both languages:
    only their Indonesian names are the data's words (the English ones must not show)."""
    found: set[str] = set()
    for room in services.rooms(include_retired=True):
        found |= words(f"{room.name_in('id')} {room.code} {room.floor_name}")
    for floor in services.floors():
        found |= words(f"{floor.name} {floor.label_in('id')}")
    for area in services.areas():
        found |= words(area.name_id or area.name_en or area.name)
    for item in services.events.equipment():
        found |= words(item.name_in("id"))
    start = datetime.combine(at(0).date() - timedelta(days=7), time(0), tzinfo=at(0).tzinfo)
    for booking in services.list_bookings(start=start, end=start + timedelta(days=60)):
        found |= words(f"{booking.title} {booking.organization or ''}")
    for account in services.accounts.list(actor="admin"):
        found |= words(f"{account.username} {account.display_name}")
    return found


# ----- the screens -----------------------------------------------------------------------------

Opener = Callable[[MainWindow, Services, QtBot], QWidget]


def _dialog(widget: QDialog, qtbot: QtBot) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tab(index_action: str) -> Opener:
    def open_tab(window: MainWindow, _services: Services, qtbot: QtBot) -> QWidget:
        getattr(window.controls, index_action).trigger()
        qtbot.wait(50)
        return window
    return open_tab


def _day(window: MainWindow, _services: Services, qtbot: QtBot) -> QWidget:
    window.controls.timeline_action.trigger()
    window.set_view("day")
    qtbot.wait(50)
    return window


def _week(window: MainWindow, _services: Services, qtbot: QtBot) -> QWidget:
    window.controls.timeline_action.trigger()
    window.set_view("week")
    qtbot.wait(50)
    return window


def _booking_dialog(window: MainWindow, services: Services, qtbot: QtBot) -> QWidget:
    return _dialog(BookingDialog(services=services, room="BROMO", start=at(10), end=at(11),
                                 parent=window), qtbot)


def _series_editor(window: MainWindow, services: Services, qtbot: QtBot) -> QWidget:
    outcome = services.series.create(actor="frontdesk", room="KAWI", start=at(13), end=at(14),
                                     rule="FREQ=WEEKLY;COUNT=4", title="Weekly sync",
                                     attendees=4)
    assert outcome.series_id is not None
    first = services.series.show(outcome.series_id).occurrences[0]
    return _dialog(SeriesEditor(services=services, booking=first, parent=window), qtbot)


def _event_dialog(window: MainWindow, services: Services, qtbot: QtBot) -> QWidget:
    return _dialog(EventDialog(services=services, parent=window, start=at(9) + timedelta(days=7),
                               end=at(12) + timedelta(days=7)), qtbot)


def _find_room(window: MainWindow, services: Services, qtbot: QtBot) -> QWidget:
    return _dialog(FindRoomPanel(services=services, now=at(9), parent=window), qtbot)


def _history(window: MainWindow, services: Services, qtbot: QtBot) -> QWidget:
    change = services.bookings.book(actor="frontdesk", room="SEMERU", start=at(15), end=at(16),
                                    title="Client visit")
    return _dialog(HistoryDialog(services=services, booking_id=change.booking.id, parent=window),
                   qtbot)


def _reports(window: MainWindow, services: Services, qtbot: QtBot) -> QWidget:
    """The Reports tab, as the manager (the front desk has none), on a booked and a
    checked-in booking."""
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                           title="Client visit")
    manager = next(a for a in services.accounts.list(actor="admin") if a.username == "manager")
    window.set_account(manager)
    window.controls.reports_action.trigger()
    view = window.pages.reports_view
    assert view is not None
    qtbot.waitUntil(lambda: view.figures is not None)
    qtbot.wait(50)
    return window


def _door(_window: MainWindow, services: Services, qtbot: QtBot) -> QWidget:
    """The room-door display of a meeting room, free, with a booking later today."""
    services.bookings.book(actor="frontdesk", room="KAWI", start=at(15), end=at(16),
                           title="Client visit")
    door = DoorWindow(services=Services(services.engine, now=lambda: at(9)), room="KAWI")
    qtbot.addWidget(door)
    door.resize(1280, 800)
    door.show()
    qtbot.waitExposed(door)
    return door


def _import_preview(window: MainWindow, services: Services, qtbot: QtBot) -> QWidget:
    """An import's preview: a booking's own calendar file checked against the database."""
    change = services.bookings.book(actor="frontdesk", room="ARJUNO", start=at(15),
                                    end=at(16), title="Client visit")
    result, notes = services.import_ics(services.booking_ics(change.booking.id), dry_run=True)
    return _dialog(ImportPreview(result, title=window.tr("Import calendar"), notes=notes,
                                 parent=window), qtbot)


def _admin(services: Services) -> Services:
    """The same database, as the administrator (who may open every building tool)."""
    return Services(services.engine, now=services.now, actor="admin")


SCREENS: dict[str, Opener] = {
    "day view": _day,
    "week view": _week,
    "bookings list": _tab("list_action"),
    "floor plan": _tab("floor_action"),
    "hall events": _tab("events_action"),
    "reports": _reports,
    "booking dialog": _booking_dialog,
    "series editor": _series_editor,
    "event request": _event_dialog,
    "find a room": _find_room,
    "closures": lambda w, s, q: _dialog(ClosuresDialog(services=s, parent=w), q),
    "terms planner": lambda w, s, q: _dialog(TermsPlanner(services=s, parent=w), q),
    "accounts": lambda w, s, q: _dialog(AccountsDialog(services=_admin(s), parent=w), q),
    "new account": lambda w, s, q: _dialog(NewAccountDialog(services=_admin(s), parent=w), q),
    "audit trail": lambda w, s, q: _dialog(AuditDialog(services=_admin(s), parent=w), q),
    "booking history": _history,
    "room door": _door,
    "import preview": _import_preview,
    "sign in": lambda w, s, q: _dialog(SignInDialog(services=s, user="frontdesk", parent=w), q),
    "password": lambda w, s, q: _dialog(PasswordDialog(services=s, username="frontdesk",
                                                       needs_current=True, parent=w), q),
    "csv export": lambda w, s, q: _dialog(CsvExportDialog(
        rooms=s.rooms(), first=at(9).date(), last=at(9, day=13).date(), parent=w), q),
}


def clipped(top: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text: words a person cannot read."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.property("elides"):
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.pixmap().isNull():
            text = widget.text()
        else:
            continue
        if widget.width() + 1 < widget.sizeHint().width():
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} px of "
                         f"{widget.sizeHint().width()}")
    return found
