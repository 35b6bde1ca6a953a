"""The events view and the event dialog, driven as an organizer and a manager drive them."""

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.errors import ConflictError
from booking.events.service import EventView
from booking.services import Services
from booking.views import Change
from tests.helpers.accounts import act_for
from tests.helpers.clock import FakeClock
from tests.helpers.pdf import pdf_pages, pdf_text
from ui.document_language import DocumentLanguage
from ui.events.asks import ApproveConfirmation, DeclineReason, SheetPath
from ui.events.dialog import EventDialog
from ui.events.view import EventsView
from ui.printing import PdfPath

WIB = ZoneInfo("Asia/Jakarta")
TUESDAY = date(2026, 12, 8)


def at(hour: int, minute: int = 0, *, day: int = 8) -> datetime:
    """An instant on a local date in December 2026 (default Tuesday 8 December)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=WIB)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=WIB))


@pytest.fixture
def as_user(memory_engine: Engine, clock: FakeClock) -> Callable[[str], Services]:
    """Services on the shared database with a given account acting."""
    return lambda actor: Services(memory_engine, now=clock, actor=actor)


@pytest.fixture
def open_view(qtbot: QtBot) -> Callable[[Services], EventsView]:
    def opener(services: Services) -> EventsView:
        view = EventsView(services=services)
        qtbot.addWidget(view)
        view.resize(1100, 700)
        view.show()
        qtbot.waitExposed(view)
        view.set_month(TUESDAY)
        return view
    return opener


@pytest.fixture(autouse=True)
def quick_type_ahead() -> Iterator[None]:
    """A short pause ends a combo's type-ahead, so picking twice in a row starts afresh."""
    before = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(60)
    yield
    QApplication.setKeyboardInputInterval(before)


@pytest.fixture
def paper_language(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer the question of a paper's language (English unless a test says otherwise)."""
    answer = ["en"]
    monkeypatch.setattr(DocumentLanguage, "ask",
                        classmethod(lambda _cls, _parent, _title, _language=None: answer[0]))
    return answer


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an item by typing its first letters, as a person does on a closed combo."""
    combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 20)
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


def step_to(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an item with the arrow keys (typing a space would open the list instead)."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), combo.currentText()


def type_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def click(qtbot: QtBot, widget: QWidget, at_point: QPoint | None = None) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at_point or widget.rect().center())


def settled(qtbot: QtBot, dialog: EventDialog) -> None:
    """Wait for the pause after typing, when the dialog checks the form again."""
    qtbot.waitUntil(lambda: not dialog.checking, timeout=2000)


@pytest.fixture
def person_in_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
                     ) -> Callable[[Callable[[EventDialog], None]], list[EventDialog]]:
    """Replace the modal wait of EventDialog.ask with a person filling the real dialog."""
    def install(fill: Callable[[EventDialog], None]) -> list[EventDialog]:
        opened: list[EventDialog] = []

        def ask(cls: type[EventDialog], /, **kwargs: object) -> object:
            dialog = cls(**kwargs)  # type: ignore[arg-type]
            dialog.show()
            qtbot.waitExposed(dialog)
            opened.append(dialog)
            fill(dialog)
            return dialog.outcome if dialog.result() == QDialog.DialogCode.Accepted else None

        monkeypatch.setattr(EventDialog, "ask", classmethod(ask))
        return opened
    return install


def request_product_launch(services: Services, *, hall: str = "HALL-A") -> EventView:
    return services.events.request(
        actor=services.actor, hall=hall, start=at(9), end=at(16), title="Product launch",
        layout="theatre", attendees=120, setup_min=90, teardown_min=60,
        equipment={"microphone": 4}, organizer="Dewi Lestari", contact_name="Andi",
        contact_phone="0812 1111 2222", catering="Coffee at 10:00").event


def day_click_point(view: EventsView, day: date) -> QPoint:
    cell = view.month_grid.cell_rect(day)
    return QPoint(int(cell.center().x()), int(cell.bottom() - 6))


def test_organizer_requests_an_event_and_sees_it_held(
        qtbot: QtBot, as_user: Callable[[str], Services],
        open_view: Callable[[Services], EventsView],
        person_in_dialog: Callable[[Callable[[EventDialog], None]], list[EventDialog]]) -> None:
    organizer = as_user("organizer")
    act_for(organizer.engine, "organizer", "Tani Cerdas")
    view = open_view(organizer)

    def fill(dialog: EventDialog) -> None:
        assert dialog.when.start() == at(9)  # the day clicked in the month
        step_to(qtbot, dialog.hall_combo, "Hall A")
        pick(qtbot, dialog.end_combo, "16:00")
        qtbot.keyClicks(dialog.title_edit, "Product launch")
        pick(qtbot, dialog.layout_combo, "Theatre")
        type_number(qtbot, dialog.attendees_spin, 120)
        type_number(qtbot, dialog.setup_spin, 90)
        type_number(qtbot, dialog.equipment.spins["microphone"], 4)
        type_number(qtbot, dialog.equipment.spins["sound_system"], 1)
        qtbot.keyClicks(dialog.organizer_edit, "Dewi Lestari")
        # Left empty: an organizer's request is for the organization they act for.
        qtbot.keyClicks(dialog.contact_edit, "Andi (AV crew)")
        qtbot.keyClicks(dialog.phone_edit, "0812 1111 2222")
        qtbot.keyClicks(dialog.catering_edit, "Coffee break at 10:00")
        click(qtbot, dialog.public_radio)
        settled(qtbot, dialog)
        assert dialog.save_button.isEnabled(), dialog.status_label.text()
        assert "07:30–17:00" in dialog.when.hint.text()
        click(qtbot, dialog.save_button)

    opened = person_in_dialog(fill)
    click(qtbot, view.month_grid, day_click_point(view, TUESDAY))
    with qtbot.waitSignal(view.changed) as signal:
        click(qtbot, view.request_button)

    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Accepted
    assert isinstance(signal.args[0], Change)
    [event] = organizer.events.list_events()
    assert (event.title, event.status, event.hall, event.layout) == (
        "Product launch", "requested", "HALL-A", "theatre")
    assert (event.start, event.end, event.setup_min, event.attendees) == (at(9), at(16), 90, 120)
    assert event.equipment == {"microphone": 4, "sound_system": 1}
    assert (event.organization, event.public, event.requested_by) == (
        "Tani Cerdas", True, "organizer")
    # On screen: tentative in the month, listed for a manager, shown in full.
    [entry] = view.month_grid.entries_on(TUESDAY)
    assert (entry.event.id, entry.status) == (event.id, "requested")
    assert "(requested)" in entry.line() and "09:00–16:00" in entry.line()
    assert not view.month_grid.chip_rect(event.id, TUESDAY).isNull()
    card = view.pending_list.cards[event.id]
    assert "Product launch" in card.label.text() and "organizer" in card.label.text()
    assert "Held until Fri 04 Dec 08:00" in card.label.text()
    assert "Wireless microphone × 4" in card.label.text()
    assert "Requested" in view.details.label.text()
    assert "Waiting for a decision (1)" == view.pending_heading.text()


def test_manager_approves_a_request(qtbot: QtBot, as_user: Callable[[str], Services],
                                    open_view: Callable[[Services], EventsView],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    event = request_product_launch(as_user("organizer"))
    manager = as_user("manager")
    view = open_view(manager)
    card = view.pending_list.cards[event.id]
    assert card.approve_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(ApproveConfirmation, "ask", classmethod(
        lambda _cls, _parent, e: asked.append(e.title) or True))

    with qtbot.waitSignal(view.changed) as signal:
        click(qtbot, card.approve_button)

    assert asked == ["Product launch"]
    assert signal.args[0].action == "event_approved"
    assert manager.events.get(event.id).status == "approved"
    assert manager.events.get(event.id).decided_by == "manager"
    [entry] = view.month_grid.entries_on(TUESDAY)
    assert entry.status == "approved"
    assert view.pending_list.cards == {}
    assert "Approved 'Product launch'" in view.status_label.text()
    assert "Approved" in view.details.label.text()


def test_clicking_an_event_in_the_month_shows_it(
        qtbot: QtBot, as_user: Callable[[str], Services],
        open_view: Callable[[Services], EventsView]) -> None:
    event = request_product_launch(as_user("organizer"))
    view = open_view(as_user("frontdesk"))
    view.select_event(None)
    assert not view.print_button.isEnabled()

    click(qtbot, view.month_grid, view.month_grid.chip_rect(event.id).center())

    assert view.selected_id == event.id
    assert "Product launch" in view.details.label.text()
    assert "setup from 07:30" in view.details.label.text()
    assert view.print_button.isEnabled()


def test_manager_declines_with_a_reason_and_the_hall_is_free_again(
        qtbot: QtBot, as_user: Callable[[str], Services],
        open_view: Callable[[Services], EventsView], monkeypatch: pytest.MonkeyPatch) -> None:
    event = request_product_launch(as_user("organizer"))
    frontdesk = as_user("frontdesk")
    with pytest.raises(ConflictError, match="already booked"):
        frontdesk.bookings.book(actor="frontdesk", room="HALL-A", start=at(10), end=at(12),
                                title="Workshop")
    manager = as_user("manager")
    view = open_view(manager)
    asked: list[EventView] = []

    def reason(_parent: QWidget | None, about: EventView) -> str:
        asked.append(about)
        return "The ministry visit needs the hall that day"

    monkeypatch.setattr(DeclineReason, "ask", staticmethod(reason))
    with qtbot.waitSignal(view.changed):
        click(qtbot, view.pending_list.cards[event.id].decline_button)

    assert [e.id for e in asked] == [event.id]
    declined = manager.events.get(event.id)
    assert declined.status == "declined"
    assert declined.decision_reason == "The ministry visit needs the hall that day"
    assert view.month_grid.entries_on(TUESDAY) == []
    assert view.pending_list.cards == {}
    assert "free again" in view.status_label.text()
    change = frontdesk.bookings.book(actor="frontdesk", room="HALL-A", start=at(10),
                                     end=at(12), title="Workshop")
    assert change.booking.status == "confirmed"


def test_decline_without_a_reason_changes_nothing(
        qtbot: QtBot, as_user: Callable[[str], Services],
        open_view: Callable[[Services], EventsView], monkeypatch: pytest.MonkeyPatch) -> None:
    event = request_product_launch(as_user("organizer"))
    manager = as_user("manager")
    view = open_view(manager)
    monkeypatch.setattr(DeclineReason, "ask", staticmethod(lambda _parent, _event: None))

    click(qtbot, view.pending_list.cards[event.id].decline_button)

    assert manager.events.get(event.id).status == "requested"
    assert "a reason is needed" in view.status_label.text()
    assert event.id in view.pending_list.cards


def test_an_organizer_cannot_approve_and_is_told_why(
        qtbot: QtBot, as_user: Callable[[str], Services],
        open_view: Callable[[Services], EventsView]) -> None:
    organizer = as_user("organizer")
    event = request_product_launch(organizer)
    view = open_view(organizer)
    card = view.pending_list.cards[event.id]
    # The buttons say why before anyone clicks, and a click does nothing.
    assert not card.approve_button.isEnabled() and not card.decline_button.isEnabled()
    assert "Only a manager may approve" in card.approve_button.toolTip()
    assert "organizer" in card.approve_button.toolTip()
    with qtbot.assertNotEmitted(view.changed):
        click(qtbot, card.approve_button)
    assert organizer.events.get(event.id).status == "requested"


def test_attendees_beyond_the_layout_show_beside_the_field_and_block_saving(
        qtbot: QtBot, as_user: Callable[[str], Services]) -> None:
    dialog = EventDialog(services=as_user("organizer"), start=at(9), end=at(16))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    step_to(qtbot, dialog.hall_combo, "Hall A")
    qtbot.keyClicks(dialog.title_edit, "Intern orientation")
    pick(qtbot, dialog.layout_combo, "Theatre")
    assert "Hall A seats 150 in the theatre layout" in dialog.seats_hint.text()
    type_number(qtbot, dialog.attendees_spin, 200)
    settled(qtbot, dialog)

    problem = dialog.errors["attendees"]
    assert problem.isVisible()
    assert "Hall A seats 150 in the theatre layout; 200 attendees do not fit" in problem.text()
    assert not dialog.save_button.isEnabled()
    assert "200 attendees do not fit" in dialog.save_button.toolTip()
    assert "200 attendees do not fit" in dialog.status_label.text()

    type_number(qtbot, dialog.attendees_spin, 150)
    settled(qtbot, dialog)
    assert not problem.isVisible()
    assert dialog.save_button.isEnabled(), dialog.status_label.text()


def test_setup_time_clashing_with_a_neighbour_shows_under_the_time(
        qtbot: QtBot, as_user: Callable[[str], Services]) -> None:
    frontdesk = as_user("frontdesk")
    frontdesk.bookings.book(actor="frontdesk", room="HALL-B", start=at(6), end=at(7),
                            title="Morning yoga")
    dialog = EventDialog(services=as_user("organizer"), hall="HALL", start=at(9), end=at(16))
    qtbot.addWidget(dialog)
    dialog.show()
    settled(qtbot, dialog)
    assert not dialog.errors["when"].isVisible()  # an hour's changeover fits

    type_number(qtbot, dialog.setup_spin, 150)
    settled(qtbot, dialog)
    assert "Morning yoga" in dialog.errors["when"].text()
    assert dialog.errors["when"].isVisible()
    assert not dialog.save_button.isEnabled()


def test_a_refusal_at_save_time_shows_and_the_dialog_stays_open(
        qtbot: QtBot, as_user: Callable[[str], Services]) -> None:
    organizer = as_user("organizer")
    dialog = EventDialog(services=organizer, hall="HALL-A", start=at(9), end=at(16))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Product launch")
    pick(qtbot, dialog.layout_combo, "Theatre")
    type_number(qtbot, dialog.attendees_spin, 100)
    settled(qtbot, dialog)
    assert dialog.save_button.isEnabled(), dialog.status_label.text()
    # Someone else takes the hall while the form is open.
    request_product_launch(as_user("frontdesk"), hall="HALL")

    click(qtbot, dialog.save_button)

    assert dialog.isVisible() and dialog.outcome is None
    assert dialog.status_label.text().startswith("Not sent: ")
    assert "already booked" in dialog.status_label.text()
    assert [e.requested_by for e in organizer.events.list_events()] == ["frontdesk"]


@pytest.mark.usefixtures("paper_language")
def test_print_event_sheet_saves_a_pdf(
        qtbot: QtBot, as_user: Callable[[str], Services],
        open_view: Callable[[Services], EventsView], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    event = request_product_launch(as_user("organizer"))
    view = open_view(as_user("frontdesk"))
    target = tmp_path / "launch.pdf"
    suggested: list[Path] = []

    def ask_path(_parent: QWidget | None, proposed: Path) -> Path:
        suggested.append(proposed)
        return target

    monkeypatch.setattr(SheetPath, "ask_path", staticmethod(ask_path))
    click(qtbot, view.month_grid, view.month_grid.chip_rect(event.id).center())
    click(qtbot, view.print_button)

    assert suggested and suggested[0].name == f"event-{event.id}-2026-12-08.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in view.status_label.text()


@pytest.mark.usefixtures("paper_language")
def test_print_event_sheet_never_replaces_the_database(
        qtbot: QtBot, file_engine: Engine, db_file: Path, clock: FakeClock,
        open_view: Callable[[Services], EventsView], monkeypatch: pytest.MonkeyPatch) -> None:
    services = Services(file_engine, now=clock, actor="frontdesk")
    event = request_product_launch(services)
    view = open_view(services)
    chosen: list[Path] = [db_file]
    monkeypatch.setattr(SheetPath, "ask_path", staticmethod(lambda _p, _s: chosen[0]))
    before = db_file.read_bytes()
    click(qtbot, view.month_grid, view.month_grid.chip_rect(event.id).center())

    click(qtbot, view.print_button)

    assert view.status_label.text().startswith("Not saved: ")
    assert "is the database Ruang is using" in view.status_label.text()
    assert db_file.read_bytes() == before
    # A file the person chose in the dialog (which asked first) is replaced.
    chosen[0] = db_file.with_name("old-sheet.pdf")
    chosen[0].write_text("last week's sheet")
    click(qtbot, view.print_button)
    assert chosen[0].read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in db_file.parent.iterdir()
                  if not p.name.startswith("ruang.db")) == ["old-sheet.pdf"]


def test_the_room_loan_letter_is_saved_in_the_language_chosen(
        qtbot: QtBot, as_user: Callable[[str], Services],
        open_view: Callable[[Services], EventsView], monkeypatch: pytest.MonkeyPatch,
        paper_language: list[str], tmp_path: Path) -> None:
    event = request_product_launch(as_user("organizer"))
    view = open_view(as_user("manager"))
    saved: list[tuple[str, Path]] = []

    def ask(_cls: object, _parent: QWidget, caption: str, proposed: Path) -> Path:
        saved.append((caption, proposed))
        return tmp_path / f"letter-{len(saved)}.pdf"

    monkeypatch.setattr(PdfPath, "ask", classmethod(ask))
    assert not view.letter_button.isEnabled()
    click(qtbot, view.month_grid, view.month_grid.chip_rect(event.id).center())
    paper_language[0] = "id"
    click(qtbot, view.letter_button)

    assert saved == [("Save the room-loan letter",
                      Path.home() / f"room-loan-letter-{event.id}-2026-12-08.pdf")]
    draft = pdf_pages(tmp_path / "letter-1.pdf")
    assert len(draft) == 1
    assert "Selasa 8 Desember 2026" in draft[0] and "December" not in draft[0]
    # The hall as the building file names it in Indonesian.
    assert "Product launch" in draft[0] and "Aula A" in draft[0] and "Hall A" not in draft[0]
    assert "DRAF" in draft[0]  # DRAF — belum disetujui: the request is not approved yet
    assert str(tmp_path / "letter-1.pdf") in view.status_label.text()
    # Once approved, in both languages and no longer a draft.
    as_user("manager").events.approve(actor="manager", event_id=event.id)
    paper_language[0] = "both"
    click(qtbot, view.letter_button)
    both = pdf_text(tmp_path / "letter-2.pdf")
    assert "Selasa 8 Desember 2026" in both and "Tuesday 8 December 2026" in both
    assert "Aula A" in both and "Hall A" in both
    assert "DRAFT" not in both


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_adding_pdf_to_a_name_asks_before_replacing_that_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    (tmp_path / "notes.pdf").write_text("kept")
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(tmp_path / "notes"), "PDF (*.pdf)")))

    def question(_parent: QWidget | None, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    chosen = SheetPath.ask_path(None, tmp_path / "event.pdf")

    assert asked == ["notes.pdf already exists. Replace it?"]
    assert chosen == (tmp_path / "notes.pdf" if answer == "Yes" else None)


def test_month_navigation(qtbot: QtBot, as_user: Callable[[str], Services],
                          open_view: Callable[[Services], EventsView]) -> None:
    view = open_view(as_user("frontdesk"))
    assert view.month_label.text() == "December 2026"
    click(qtbot, view.next_button)
    assert view.month_label.text() == "January 2027"
    assert view.month_grid.days()[0] == date(2026, 12, 28)
    click(qtbot, view.previous_button)
    click(qtbot, view.previous_button)
    assert view.month_label.text() == "November 2026"
    click(qtbot, view.today_button)
    assert view.month_label.text() == "December 2026"


def test_equipment_another_event_holds_shows_as_a_shortage(
        qtbot: QtBot, as_user: Callable[[str], Services]) -> None:
    as_user("frontdesk").events.request(
        actor="frontdesk", hall="HALL-B", start=at(10), end=at(12), title="Investor demo day",
        layout="banquet", attendees=60, equipment={"livestream_kit": 1})
    dialog = EventDialog(services=as_user("organizer"), hall="HALL-A", start=at(9), end=at(16))
    qtbot.addWidget(dialog)
    dialog.show()
    settled(qtbot, dialog)
    assert dialog.equipment.hints["livestream_kit"].text() == "0 of 1 free then"
    assert dialog.equipment.hints["microphone"].text() == "of 8"

    type_number(qtbot, dialog.equipment.spins["livestream_kit"], 1)
    settled(qtbot, dialog)

    problem = dialog.errors["equipment"]
    assert problem.isVisible()
    assert "Not enough Livestream kit: 1 in stock and other events use 1" in problem.text()
    assert not dialog.save_button.isEnabled()


def test_a_three_day_hold_opened_a_minute_later_reads_in_3_days(
        as_user: Callable[[str], Services], clock: FakeClock,
        open_view: Callable[[Services], EventsView]) -> None:
    event = request_product_launch(as_user("organizer"))
    clock.advance(minutes=1)  # 71 h 59 min left of the 72 h hold
    view = open_view(as_user("manager"))

    card = view.pending_list.cards[event.id]
    assert "Held until Fri 04 Dec 08:00 (in 3 days)" in card.label.text()
    clock.advance(hours=12)  # 59 h 59 min left
    view.refresh()
    card = view.pending_list.cards[event.id]
    assert "(in 2 days 12 h)" in card.label.text()


def test_typing_more_than_the_stock_keeps_the_most_and_says_so(
        qtbot: QtBot, as_user: Callable[[str], Services]) -> None:
    dialog = EventDialog(services=as_user("organizer"), hall="HALL-A", start=at(9), end=at(16))
    qtbot.addWidget(dialog)
    dialog.show()
    settled(qtbot, dialog)
    spin = dialog.equipment.spins["microphone"]
    spin.setFocus()
    spin.selectAll()

    qtbot.keyClicks(spin, "10")  # eight in stock

    assert spin.value() == 8 and spin.text() == "8"
    assert dialog.equipment.hints["microphone"].text() == "at most 8"
    assert dialog.equipment.values() == {"microphone": 8}
    type_number(qtbot, spin, 3)
    assert dialog.equipment.hints["microphone"].text() == "of 8"


def test_approving_asks_first_and_saying_no_leaves_the_request_waiting(
        qtbot: QtBot, as_user: Callable[[str], Services],
        open_view: Callable[[Services], EventsView], monkeypatch: pytest.MonkeyPatch) -> None:
    event = request_product_launch(as_user("organizer"))
    manager = as_user("manager")
    view = open_view(manager)
    asked: list[str] = []
    monkeypatch.setattr(ApproveConfirmation, "ask", classmethod(
        lambda _cls, _parent, e: asked.append(e.title) and False))

    click(qtbot, view.pending_list.cards[event.id].approve_button)

    assert asked == ["Product launch"]
    assert manager.events.get(event.id).status == "requested"
    assert event.id in view.pending_list.cards
    assert "Not approved" in view.status_label.text()


def test_an_event_title_over_the_limit_is_refused_not_cut(
        qtbot: QtBot, as_user: Callable[[str], Services]) -> None:
    dialog = EventDialog(services=as_user("organizer"), hall="HALL-A", start=at(9), end=at(16))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Product launch and partner day " * 7)  # 217
    settled(qtbot, dialog)

    assert len(dialog.title_edit.text()) == 217
    assert dialog.title_counter.label.text() == "216/200"  # as the engine counts: trimmed
    assert dialog.errors["title"].isVisible()
    assert "Title is 216 characters long; keep it under 200" in dialog.errors["title"].text()
    assert not dialog.save_button.isEnabled()
