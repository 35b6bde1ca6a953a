"""Import: every item through the engine's own use cases, in one transaction, a savepoint each.

Running the real book/move/change (rather than a parallel check) keeps one home for each rule,
and because earlier items are written (inside the transaction) before later ones are checked,
two items of one file that want the same room clash exactly as two desks would. A dry run, or
a file with an item that cannot go in (unless the rest are wanted), is rolled back whole.
"""

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from booking.engine import BookingService
from booking.errors import BadInput, BookingError, ConflictError, RuleRefused
from booking.exchange.identity import booking_for_uid, is_own, store_id
from booking.exchange.incoming import (
    ALL_OR_NOTHING,
    ImportResult,
    Incoming,
    ItemVerdict,
    Verdict,
)
from booking.i18n import _
from booking.lookups import existing_organization, find_room
from booking.statuses import ACTIVE_STATUSES, status_word
from booking.store.db import RolledBack, one_transaction
from booking.store.models import Booking, Organization

Progress = Callable[[int, int], None]
# Refusals that mean the room is shut then, rather than that the booking breaks a rule.
CLOSED_RULES = frozenset({"holiday", "closure", "hours"})
MAX_ITEMS = 100_000
BATCH = 250  # items per transaction beyond that, with skip_conflicts


def import_bookings(engine: Engine, bookings: BookingService, *, actor: str,
                    items: Sequence[Incoming], room: str | None = None, dry_run: bool = False,
                    skip_conflicts: bool = False,
                    progress: Progress | None = None) -> ImportResult:
    """Give every item a verdict and, unless this is a dry run, write the fine ones: all of
    them only when every item is fine, or with skip_conflicts whichever are.

    All or nothing is one transaction, which keeps other desks from writing while it runs,
    so it takes at most ALL_OR_NOTHING items; with skip_conflicts (or as a dry run) a larger
    file goes in batches of BATCH, each its own transaction, and desks write in between (a
    dry run then checks each batch on its own: two items of different batches are not
    checked against each other until they are written).
    """
    if len(items) > MAX_ITEMS:
        raise BadInput(_("the file holds {n} bookings; import at most {most} at a time")
                       .format(n=len(items), most=MAX_ITEMS))
    if len(items) > ALL_OR_NOTHING and not (skip_conflicts or dry_run):
        raise BadInput(_("the file holds {n} bookings; all or nothing takes at most {most} "
                         "(other desks wait while it runs): split the file, or import what "
                         "can go in with --skip-conflicts").format(n=len(items),
                                                                   most=ALL_OR_NOTHING))
    placed = [replace(item, room=room) if item.room is None and room is not None else item
              for item in items]
    size = BATCH if len(placed) > ALL_OR_NOTHING else max(1, len(placed))
    verdicts: list[ItemVerdict] = []
    written = False
    seen: dict[str, str] = {}
    for first in range(0, len(placed), size):
        batch = _batch(engine, bookings, actor, placed[first:first + size], seen,
                       dry_run=dry_run, skip_conflicts=skip_conflicts,
                       progress=progress, done=len(verdicts), total=len(placed))
        verdicts.extend(batch[0])
        written = written or batch[1]
    return ImportResult(tuple(verdicts), written=written, dry_run=dry_run)


def _batch(engine: Engine, bookings: BookingService, actor: str, items: Sequence[Incoming],
           seen: dict[str, str], *, dry_run: bool, skip_conflicts: bool,
           progress: Progress | None, done: int, total: int) -> tuple[list[ItemVerdict], bool]:
    """One transaction's worth of items: their verdicts, and whether they were written."""
    verdicts: list[ItemVerdict] = []
    written = False
    with one_transaction(engine) as session:
        store = store_id(session)
        for item in items:
            if item.uid is not None and item.uid in seen:
                verdicts.append(ItemVerdict(item, Verdict.REFUSED, _(
                    "the same identity (UID) as {other}; each item needs its own").format(
                        other=seen[item.uid])))
            else:
                if item.uid is not None:
                    seen[item.uid] = item.where
                verdicts.append(_one(session, bookings, actor, item, store))
            done += 1
            if progress is not None:
                progress(done, total)
        fine = all(v.verdict.fine for v in verdicts)
        if dry_run or not (fine or skip_conflicts):
            raise RolledBack
        written = True
    return verdicts, written


def _one(session: Session, bookings: BookingService, actor: str, item: Incoming,
         store: str) -> ItemVerdict:
    if item.room is None:
        return ItemVerdict(item, Verdict.REFUSED, _("no room given: say which room to book"))
    try:
        existing = booking_for_uid(session, item.uid, store) if item.uid else None
        if existing is not None:
            return _update(session, bookings, actor, item, existing)
        change = bookings.book(
            actor=actor, room=item.room, start=item.start, end=item.end, title=item.title,
            organization=item.organization, attendees=item.attendees,
            contact_name=item.contact_name, contact_phone=item.contact_phone, notes=item.notes,
            tentative=item.tentative, guest_tz=item.guest_tz)
        made = change.booking
        if item.uid is not None and not is_own(session, item.uid, store):
            row = session.get(Booking, made.id)
            if row is not None:
                row.external_uid = item.uid
                session.flush()
        return ItemVerdict(item, Verdict.FREE, booking_id=made.id, room=made.room)
    except BookingError as exc:
        return ItemVerdict(item, _verdict_of(exc), exc.message)


def _verdict_of(exc: BookingError) -> Verdict:
    if isinstance(exc, ConflictError):
        return Verdict.CONFLICT
    if isinstance(exc, RuleRefused) and exc.rule in CLOSED_RULES:
        return Verdict.CLOSED
    return Verdict.REFUSED


def _update(session: Session, bookings: BookingService, actor: str, item: Incoming,
            booking: Booking) -> ItemVerdict:
    """An item imported before: nothing to do, or move and change the booking to match."""
    booking_id = booking.id or 0
    target = find_room(session, item.room or "")
    if booking.status not in ACTIVE_STATUSES:
        return ItemVerdict(item, Verdict.UNCHANGED, _(
            "booking #{id} is {status} here; it is left so").format(
                id=booking_id, status=status_word(booking.status)),
            booking_id=booking_id, room=target.code)
    organization = existing_organization(session, item.organization) \
        if item.organization else None
    org_now = session.get(Organization, booking.organization_id) \
        if booking.organization_id else None
    moved = (target.id, item.start, item.end) != (booking.room_id, booking.start_at,
                                                  booking.end_at)
    details = {"title": item.title, "attendees": item.attendees,
               "contact_name": item.contact_name, "contact_phone": item.contact_phone,
               "notes": item.notes}
    changed: dict[str, Any] = {k: v for k, v in details.items() if getattr(booking, k) != v}
    if (org_now.name if org_now else None) != (organization.name if organization
                                                else item.organization):
        changed["organization"] = item.organization
    if not moved and not changed:
        return ItemVerdict(item, Verdict.UNCHANGED, booking_id=booking_id, room=target.code)
    if moved:
        bookings.move(actor=actor, booking_id=booking_id, room=target.id, start=item.start,
                      end=item.end)
    if changed:
        bookings.change_details(actor=actor, booking_id=booking_id, **changed)
    return ItemVerdict(item, Verdict.UPDATE, booking_id=booking_id, room=target.code)
