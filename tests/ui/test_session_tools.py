"""The administrators' Accounts screen, the managers' audit trail view and a booking's history
in its dialog, driven as a person does."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from booking.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.modal import when_modal
from tests.ui.conftest import WIB
from ui.booking_dialog import BookingDialog
from ui.models.audit_model import AuditModel
from ui.session.accounts_screen import AccountsDialog, Confirm, NewAccountDialog, RoleChoice
from ui.session.audit_view import AuditDialog, HistoryDialog
from ui.session.passwords import PasswordDialog

SECRET = "correct horse battery"


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, 7, hour, minute, tzinfo=WIB)


@pytest.fixture
def admin(memory_engine: Engine, clock: FakeClock) -> Services:
    return Services(memory_engine, now=clock, actor="admin")


@pytest.fixture
def screen(qtbot: QtBot, admin: Services) -> AccountsDialog:
    dialog = AccountsDialog(services=admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown(dialog: AccountsDialog) -> dict[str, list[str]]:
    model = dialog.model
    return {str(model.index(row, 0).data()): [str(model.index(row, c).data())
                                            for c in range(model.columnCount())]
            for row in range(model.rowCount())}


def select(dialog: AccountsDialog, username: str) -> None:
    dialog.table.selectRow(dialog.model.row_of(username))


def test_the_screen_lists_the_accounts(screen: AccountsDialog) -> None:
    rows = shown(screen)
    assert set(rows) == {"admin", "frontdesk", "manager", "organizer"}
    assert rows["manager"][2] == "manager" and rows["manager"][4] == "none"
    assert rows["frontdesk"][2] == "front desk" and rows["frontdesk"][5] == "enabled"


def test_add_an_organizer_with_an_organization(qtbot: QtBot, screen: AccountsDialog,
                                               admin: Services) -> None:
    def fill(dialog: NewAccountDialog) -> None:
        qtbot.keyClicks(dialog.user_edit, "sari")
        qtbot.keyClicks(dialog.name_edit, "Sari Wulandari")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("organizer"))
        assert dialog.org_edit.isEnabled()
        qtbot.keyClicks(dialog.org_edit, "Tani Cerdas")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    when_modal(NewAccountDialog, fill)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    rows = shown(screen)
    assert rows["sari"][1:4] == ["Sari Wulandari", "organizer", "Tani Cerdas"]
    assert "has no password" in screen.message_label.text()
    assert admin.accounts.get(actor="admin", username="sari").organization == "Tani Cerdas"


def test_a_bad_user_name_is_refused_in_the_form_and_nothing_added(
        qtbot: QtBot, screen: AccountsDialog) -> None:
    seen: list[str] = []

    def fill(dialog: NewAccountDialog) -> None:
        qtbot.keyClicks(dialog.user_edit, "<b>x</b>")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        seen.append(dialog.message_label.text())
        dialog.reject()

    when_modal(NewAccountDialog, fill)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Not saved: '<b>x</b>' cannot be a user name")
    assert len(shown(screen)) == 4


def test_set_a_password_then_sign_in_with_it(qtbot: QtBot, screen: AccountsDialog,
                                            admin: Services) -> None:
    select(screen, "manager")

    def type_it(dialog: PasswordDialog) -> None:
        qtbot.keyClicks(dialog.first_edit, SECRET)
        qtbot.keyClicks(dialog.second_edit, SECRET)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(PasswordDialog, type_it)
    qtbot.mouseClick(screen.password_button, Qt.MouseButton.LeftButton)
    assert shown(screen)["manager"][4] == "set"
    assert screen.message_label.text() == "Password set for manager."
    assert admin.accounts.sign_in("manager", SECRET).username == "manager"


def test_change_a_role_and_the_last_admin_stays_one(
        qtbot: QtBot, screen: AccountsDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RoleChoice, "ask", classmethod(lambda _cls, _p, _a: "manager"))
    select(screen, "frontdesk")
    qtbot.mouseClick(screen.role_button, Qt.MouseButton.LeftButton)
    assert shown(screen)["frontdesk"][2] == "manager"
    select(screen, "admin")
    qtbot.mouseClick(screen.role_button, Qt.MouseButton.LeftButton)
    assert shown(screen)["admin"][2] == "administrator"
    assert screen.message_label.text().startswith("Not changed: ")
    assert "admin" in screen.message_label.text()


def test_disable_asks_first_then_enable(qtbot: QtBot, screen: AccountsDialog,
                                        monkeypatch: pytest.MonkeyPatch,
                                        admin: Services) -> None:
    answers = [False, True]
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda _cls, _p, _q: answers.pop(0)))
    select(screen, "organizer")
    qtbot.mouseClick(screen.enable_button, Qt.MouseButton.LeftButton)
    assert shown(screen)["organizer"][5] == "enabled"  # the person said no
    qtbot.mouseClick(screen.enable_button, Qt.MouseButton.LeftButton)
    assert shown(screen)["organizer"][5] == "disabled"
    assert screen.enable_button.text() == "&Enable"
    with pytest.raises(Exception, match="wrong password"):
        admin.accounts.sign_in("organizer", "")
    qtbot.mouseClick(screen.enable_button, Qt.MouseButton.LeftButton)
    assert shown(screen)["organizer"][5] == "enabled"


def test_the_idle_lock_time_is_set_here(qtbot: QtBot, screen: AccountsDialog,
                                        admin: Services) -> None:
    assert screen.idle_spin.value() == 10
    screen.idle_spin.setValue(25)
    qtbot.mouseClick(screen.idle_button, Qt.MouseButton.LeftButton)
    assert admin.settings.idle_lock_minutes() == 25


def test_the_audit_view_lists_filters_and_verifies(qtbot: QtBot, memory_engine: Engine,
                                                   clock: FakeClock) -> None:
    manager = Services(memory_engine, now=clock, actor="manager")
    booked = manager.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                   title="Review").booking
    manager.bookings.cancel(actor="manager", booking_id=booked.id, reason="client called")
    view = AuditDialog(services=manager)
    qtbot.addWidget(view)
    view.show()
    view.booking_spin.setValue(booked.id)
    qtbot.mouseClick(view.filter_button, Qt.MouseButton.LeftButton)
    rows = [[str(view.model.index(r, c).data()) for c in range(view.model.columnCount())]
            for r in range(view.model.rowCount())]
    assert [(r[2], r[3]) for r in rows] == [("frontdesk", "booking created"),
                                            ("manager", "booking cancelled")]
    assert "status confirmed → cancelled" in rows[1][5] and rows[1][6] == "client called"
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    assert view.message_label.text().startswith("The audit trail is whole")

    with memory_engine.begin() as connection:  # someone rewrites history behind the app
        connection.execute(text("DROP TRIGGER IF EXISTS audit_entry_no_update"))
        connection.execute(text("UPDATE audit_entry SET reason = 'typo' WHERE id = :id"),
                           {"id": int(rows[1][0])})
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    assert view.message_label.text().startswith(f"The audit trail is broken at entry #{rows[1][0]}")


def test_the_front_desk_reads_no_audit_trail(qtbot: QtBot, memory_engine: Engine,
                                             clock: FakeClock) -> None:
    view = AuditDialog(services=Services(memory_engine, now=clock, actor="frontdesk"))
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0
    assert view.message_label.text() == "frontdesk may not read the audit trail"


def test_a_bookings_history_from_its_dialog(qtbot: QtBot, memory_engine: Engine,
                                            clock: FakeClock) -> None:
    desk = Services(memory_engine, now=clock, actor="frontdesk")
    booked = desk.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                title="Review").booking
    desk.bookings.move(actor="frontdesk", booking_id=booked.id, start=at(14), end=at(15))
    dialog = BookingDialog(services=desk, booking=desk.booking(booked.id))
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[list[str]] = []

    def look(history: HistoryDialog) -> None:
        seen.extend([str(history.model.index(r, 3).data()),
                     str(history.model.index(r, 5).data())]
                    for r in range(history.model.rowCount()))
        history.reject()

    when_modal(HistoryDialog, look)
    assert dialog.history_button.isVisible()
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    assert [s[0] for s in seen] == ["booking created", "booking moved"]
    assert "start 07 Dec 10:00 → 07 Dec 14:00" in seen[1][1]


def test_the_accounts_and_audit_models_pass_the_model_tester(
        qtmodeltester: object, screen: AccountsDialog, admin: Services) -> None:
    qtmodeltester.check(screen.model)  # type: ignore[attr-defined]
    audit = AuditModel()
    audit.set_entries(admin.audit_entries())
    assert audit.rowCount() > 0
    qtmodeltester.check(audit)  # type: ignore[attr-defined]
