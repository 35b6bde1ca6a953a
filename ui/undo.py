"""Undo and redo as pairs of domain operations, wrapped in thin QUndoCommands."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from booking.errors import BookingError, RuleRefused
from booking.views import BookingView, Change

if TYPE_CHECKING:
    from booking.services import Services

Announce = Callable[[Change | None], None]
Report = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DomainCommand", text)


class Versions:
    """The version each booking had after the undo stack's last operation on it.

    Undo and redo of one command meet the booking as the commands above or below it left it,
    so the version a command expects is the one the stack last produced, not the one that
    command itself saw. A version the stack did not produce means someone else changed it.
    """

    def __init__(self) -> None:
        self._seen: dict[int, int] = {}

    def note(self, view: BookingView) -> None:
        self._seen[view.id] = view.version

    def expected(self, view: BookingView) -> int:
        return self._seen.get(view.id, view.version)


class DomainCommand(QUndoCommand):
    """A change already made once; undo and redo call the services again.

    When the world has moved on (someone else changed or took the slot, or a rule now
    refuses), undo or redo reports the refusal instead of overwriting, and the command leaves
    the stack.
    """

    def __init__(self, text: str, *, services: "Services", announce: Announce,
                 report: Report, versions: Versions) -> None:
        super().__init__(text)
        self.services = services
        self.announce = announce
        self.report = report
        self.versions = versions
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.do, QCoreApplication.translate("DomainCommand", "Redone"),
                  QCoreApplication.translate("DomainCommand", "Cannot redo"))

    def undo(self) -> None:
        self._run(self.revert, QCoreApplication.translate("DomainCommand", "Undone"),
                  QCoreApplication.translate("DomainCommand", "Cannot undo"))

    def _run(self, operation: Callable[[], Change], success: str, failure: str) -> None:
        try:
            change = operation()
        except BookingError as exc:
            self.setObsolete(True)
            self.report(f"{failure} “{self.text()}”: {exc.message}")
            return
        if change.bookings:
            self.versions.note(change.booking)
        self.report(f"{success}: {self.text()}")
        self.announce(change)

    def expected(self, view: BookingView) -> int:
        """The version the booking should have now, if nobody else touched it."""
        return self.versions.expected(view)

    def do(self) -> Change:
        raise NotImplementedError

    def revert(self) -> Change:
        raise NotImplementedError


class CreateCommand(DomainCommand):
    """Undo cancels the new booking; redo brings it back."""

    def __init__(self, created: BookingView, **kwargs: object) -> None:
        super().__init__(_tr("Book {0} '{1}'").format(created.room, created.title), **kwargs)  # type: ignore[arg-type]
        self.booking = created
        self.status = created.status
        self.versions.note(created)

    def revert(self) -> Change:
        change = self.services.bookings.cancel(actor=self.services.actor,
                                               booking_id=self.booking.id, reason="undone",
                                               expected_version=self.expected(self.booking))
        self.booking = change.booking
        return change

    def do(self) -> Change:
        change = self.services.bookings.reinstate(actor=self.services.actor,
                                                  booking_id=self.booking.id,
                                                  expected_version=self.expected(self.booking),
                                                  status=self.status)
        self.booking = change.booking
        return change


class MoveCommand(DomainCommand):
    """Undo puts room and times back; redo moves again. Both refuse if changed meanwhile."""

    def __init__(self, before: BookingView, after: BookingView, text: str,
                 **kwargs: object) -> None:
        super().__init__(text, **kwargs)  # type: ignore[arg-type]
        self.before = before
        self.after = after
        self.versions.note(after)

    def revert(self) -> Change:
        change = self.services.bookings.move(
            actor=self.services.actor, booking_id=self.after.id, room=self.before.room_id,
            start=self.before.start, end=self.before.end,
            expected_version=self.expected(self.after), restoring=True)
        self.before = change.booking
        return change

    def do(self) -> Change:
        change = self.services.bookings.move(
            actor=self.services.actor, booking_id=self.before.id, room=self.after.room_id,
            start=self.after.start, end=self.after.end,
            expected_version=self.expected(self.before), restoring=True)
        self.after = change.booking
        return change


class DetailsCommand(DomainCommand):
    """Undo restores the details a booking had; redo applies the change again."""

    FIELDS = ("title", "organization", "attendees", "layout", "contact_name", "contact_phone",
              "notes", "guest_tz")

    def __init__(self, before: BookingView, after: BookingView, **kwargs: object) -> None:
        super().__init__(_tr("Change '{0}'").format(before.title), **kwargs)  # type: ignore[arg-type]
        self.before = before
        self.after = after
        self.versions.note(after)

    def _apply(self, source: BookingView, current: BookingView) -> Change:
        values = {name: getattr(source, name) for name in self.FIELDS}
        values["organization"] = source.organization or ""
        return self.services.bookings.change_details(
            actor=self.services.actor, booking_id=current.id,
            expected_version=self.expected(current), **values)

    def revert(self) -> Change:
        change = self._apply(self.before, self.after)
        self.before = change.booking
        return change

    def do(self) -> Change:
        change = self._apply(self.after, self.before)
        self.after = change.booking
        return change


class EditCommand(DomainCommand):
    """A dialog edit that both moved a booking and changed its details, undone and redone
    whole: the details and the place, in whichever order the rules let through."""

    def __init__(self, before: BookingView, after: BookingView, text: str,
                 **kwargs: object) -> None:
        super().__init__(text, **kwargs)  # type: ignore[arg-type]
        self.before = before
        self.after = after
        self.versions.note(after)

    def revert(self) -> Change:
        change = self._become(self.before, self.after)
        self.before = change.booking
        return change

    def do(self) -> Change:
        change = self._become(self.after, self.before)
        self.after = change.booking
        return change

    def _details(self, target: BookingView, current: BookingView) -> Change:
        values = {name: getattr(target, name) for name in DetailsCommand.FIELDS}
        values["organization"] = target.organization or ""
        return self._step(self.services.bookings.change_details(
            actor=self.services.actor, booking_id=current.id,
            expected_version=self.expected(current), **values))

    def _move(self, target: BookingView, current: BookingView) -> Change:
        return self._step(self.services.bookings.move(
            actor=self.services.actor, booking_id=current.id, room=target.room_id,
            start=target.start, end=target.end, expected_version=self.expected(current),
            restoring=True))

    def _step(self, change: Change) -> Change:
        self.versions.note(change.booking)
        return change

    def _become(self, target: BookingView, current: BookingView) -> Change:
        steps = [self._details, self._move]
        try:
            first = steps[0](target, current)
        except RuleRefused:
            # The details may fit only where the booking goes: move first, then change them.
            steps.reverse()
            first = steps[0](target, current)
        try:
            last = steps[1](target, current)
        except BookingError:
            self.announce(first)
            raise
        return Change(last.action, last.bookings, first.before,
                      first.room_ids | last.room_ids,
                      (min(first.before[0].start, last.booking.start),
                       max(first.before[0].end, last.booking.end)))


class CancelCommand(DomainCommand):
    """Undo reinstates the booking if its slot is still free; redo cancels it again."""

    def __init__(self, cancelled: BookingView, reason: str, status: str,
                 **kwargs: object) -> None:
        """status: what the booking was before it was cancelled, and comes back as."""
        super().__init__(_tr("Cancel '{0}'").format(cancelled.title), **kwargs)  # type: ignore[arg-type]
        self.booking = cancelled
        self.reason = reason
        self.status = status
        self.versions.note(cancelled)

    def revert(self) -> Change:
        change = self.services.bookings.reinstate(actor=self.services.actor,
                                                  booking_id=self.booking.id,
                                                  expected_version=self.expected(self.booking),
                                                  status=self.status)
        self.booking = change.booking
        return change

    def do(self) -> Change:
        change = self.services.bookings.cancel(actor=self.services.actor,
                                               booking_id=self.booking.id, reason=self.reason,
                                               expected_version=self.expected(self.booking))
        self.booking = change.booking
        return change


class CheckInCommand(DomainCommand):
    """Undo takes the check-in back to the status the booking had; redo checks in again."""

    def __init__(self, before: BookingView, after: BookingView, **kwargs: object) -> None:
        super().__init__(_tr("Check in '{0}'").format(after.title), **kwargs)  # type: ignore[arg-type]
        self.before = before
        self.after = after
        self.versions.note(after)

    def revert(self) -> Change:
        change = self.services.bookings.undo_check_in(
            actor=self.services.actor, booking_id=self.after.id, status=self.before.status,
            expected_version=self.expected(self.after))
        self.before = change.booking
        return change

    def do(self) -> Change:
        change = self.services.bookings.check_in(actor=self.services.actor,
                                                 booking_id=self.before.id,
                                                 expected_version=self.expected(self.before))
        self.after = change.booking
        return change


def push_change(stack: QUndoStack, change: Change, *, services: "Services",
                announce: Announce, report: Report, versions: Versions) -> None:
    """Put the command that undoes a change made through a dialog or a drag on the stack."""
    kwargs = {"services": services, "announce": announce, "report": report,
              "versions": versions}
    if change.action == "created":
        stack.push(CreateCommand(change.booking, **kwargs))
    elif change.action in ("moved", "resized") and change.before:
        verb = (QCoreApplication.translate("MainWindow", "Move") if change.action == "moved"
                else QCoreApplication.translate("MainWindow", "Resize"))
        before, after = change.before[0], change.booking
        text = f"{verb} '{after.title}'"
        if any(getattr(before, name) != getattr(after, name)
               for name in DetailsCommand.FIELDS):
            # A dialog edit that also changed the details: undone and redone whole.
            stack.push(EditCommand(before, after, text, **kwargs))
        else:
            stack.push(MoveCommand(before, after, text, **kwargs))
    elif change.action == "changed" and change.before:
        stack.push(DetailsCommand(change.before[0], change.booking, **kwargs))
    elif change.action == "checked_in" and change.before:
        stack.push(CheckInCommand(change.before[0], change.booking, **kwargs))
    elif change.action == "cancelled" and change.before:
        stack.push(CancelCommand(change.booking, change.booking.cancel_reason,
                                 change.before[0].status, **kwargs))
