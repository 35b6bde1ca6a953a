"""The facade the window and the command line use: one object holding the engine and the clock."""

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlmodel import select

from booking.accounts import AccountService
from booking.audit import DEFAULT_LIMIT as DEFAULT_AUDIT_LIMIT
from booking.audit import AuditFilter, audit_entries, booking_history, verify, with_audit
from booking.availability import Availability
from booking.building import DEFAULT_BUILDING_FILE
from booking.building.demo import fill_demo
from booking.building.load import (
    InitReport,
    apply_building,
    ensure_default_accounts,
    initialize,
    load_holidays,
)
from booking.building.spec import load_building_file
from booking.calendar import Holiday, holiday_on, holidays_between
from booking.closures import ClosureService
from booking.door import DoorState, door_state, walk_in_span
from booking.engine import BookingService
from booking.errors import BadInput, BookingError, DatabaseError
from booking.events.holds import EXPIRE_HOLDS, HOLDS_DUE_SQL
from booking.events.letter import LoanLetter, loan_letter_of
from booking.events.rehearsal import EventRehearsal, rehearse_request
from booking.events.service import EventService
from booking.exchange.csv_in import CsvRead, read_csv_file
from booking.exchange.csv_out import export_csv
from booking.exchange.identity import series_uid, store_id, uids_of
from booking.exchange.importer import Progress as ImportProgress
from booking.exchange.importer import import_bookings
from booking.exchange.incoming import ImportResult, Incoming
from booking.exchange.mail import Attachment, confirmation_message, write_message
from booking.i18n import _
from booking.lookups import actor_account, add_audit, find_room
from booking.occupancy import AreaInfo, OccupancyNow, Snapshot, list_areas, occupancy_now, snapshot
from booking.organizations import OrganizationService
from booking.permissions import Action, may, require, require_owner
from booking.printouts import Confirmation, DaySheet, assemble_day_sheet, confirmation_of
from booking.queries import (
    building_identity,
    get_booking,
    list_bookings,
    list_buildings,
    list_closures,
    list_floors,
    list_hours,
    list_rooms,
    read_bookings_unless,
)
from booking.reports.service import ReportService
from booking.reports.types import (
    HallReport,
    NoShowReport,
    PeaksReport,
    TeamReport,
    UtilisationReport,
)
from booking.safekeeping.copies import (
    BackupInfo,
    Progress,
    backup_folder,
    backup_now,
    backup_pattern,
    list_backups,
    take_backup,
)
from booking.safekeeping.dumps import check_dump, dump_now, restore_dump, take_dump
from booking.safekeeping.restore import (
    RestoreCheck,
    RestoreResult,
    check_backup,
    restore_file,
    restore_unopenable,
)
from booking.safekeeping.rotation import automatic_backups_on, daily_backup
from booking.safekeeping.server_tools import is_server
from booking.search import SearchPage, search_bookings
from booking.series.service import SeriesService
from booking.settings import BACKUP_DAILY_KEEP, BACKUP_WEEKLY_KEEP, SettingsService
from booking.sites import pick_building
from booking.statuses import ACTIVE_STATUSES
from booking.store.db import (
    make_engine,
    named_target,
    quick_read,
    read_session,
    sqlite_file,
    write_session,
)
from booking.store.guards import AUDIT_GUARD_PREFIX
from booking.store.integrity import check_database, restore_guards
from booking.store.models import Account, Booking, Building
from booking.store.schema import UpgradeResult, upgrade
from booking.store.watch import ChangeWatcher, NoticeWatcher, change_watcher
from booking.terms import TermService
from booking.timeutil import (
    DEFAULT_ZONE,
    local,
    local_day_bounds,
    to_epoch,
    use_building_zone,
    utc_now,
)
from booking.tool_views import AuditEntryView, AuditVerdict, DatabaseHealth
from booking.validation import Problem, check_booking, known_organizations
from booking.views import BookingView, BuildingInfo, Change, ClosureInfo, FloorInfo, HoursInfo, RoomInfo

if TYPE_CHECKING:
    from booking.exchange.ical_out import Selection
    from booking.safekeeping.migrate import MigrationResult
    from booking.safekeeping.migrate import Progress as MigrationProgress


@dataclass
class Services:
    """Use cases and queries over one database, with an injected clock and the acting account."""

    engine: Engine
    now: Callable[[], datetime] = field(default=utc_now)
    actor: str = "frontdesk"
    # Database guards found missing and created again when the store opened.
    restored: tuple[str, ...] = ()

    @classmethod
    def open(cls, target: str | Path | None = None, *, now: Callable[[], datetime] = utc_now,
             actor: str = "frontdesk") -> "Services":
        """Services on an opened store (see open_store), holding it until close()."""
        store = open_store(target, now=now)
        return cls(store.engine, now=now, actor=actor, restored=store.restored)

    def __post_init__(self) -> None:
        self.bookings = BookingService(self.engine, now=self.now,
                                       before_write=(EXPIRE_HOLDS,))
        self.availability = Availability(self.engine, now=self.now)
        self.terms = TermService(self.engine, now=self.now, bookings=self.bookings)
        # Closures as managers enter them (`closures()` lists them for the calendar).
        self.closure_tools = ClosureService(self.engine, bookings=self.bookings, now=self.now)
        self.series = SeriesService(self.engine, now=self.now, bookings=self.bookings)
        self.events = EventService(self.engine, now=self.now)
        # Account management and sign-in; building-wide settings.
        self.accounts = AccountService(self.engine, now=self.now)
        self.settings = SettingsService(self.engine, now=self.now)
        # Organizations' guest time zones.
        self.organization_tools = OrganizationService(self.engine, now=self.now)
        # Occupancy analytics (managers and administrators).
        self.reports = ReportService(self.engine)

    @property
    def database_label(self) -> str:
        """What to show a person about where the data lives."""
        path = sqlite_file(self.engine)
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def database_path(self) -> Path | None:
        return sqlite_file(self.engine)

    @property
    def backup_folder(self) -> Path | None:
        """Where this database's backups go (None for a database in memory)."""
        try:
            return backup_folder(self.engine)
        except BadInput:
            return None

    @property
    def backup_suffix(self) -> str:
        """The backup files' suffix: `.db` for a database file, `.dump` for a server's."""
        return ".dump" if is_server(self.engine) else ".db"

    def floors(self) -> list[FloorInfo]:
        return list_floors(self.engine)

    def buildings(self) -> list[BuildingInfo]:
        """The buildings in the database, the first (main) one first."""
        return list_buildings(self.engine)

    def rooms(self, *, include_retired: bool = False,
              building: str | None = None) -> list[RoomInfo]:
        """Rooms in building order; building (a code) keeps that building's only, BadInput
        naming the known codes when there is none such."""
        rooms = list_rooms(self.engine, include_retired=include_retired)
        if building is None:
            return rooms
        known = self.buildings()
        chosen = pick_building([(b.id, b.code) for b in known], building)
        code = next(b.code for b in known if b.id == chosen)
        return [r for r in rooms if r.building == code]

    def hours(self) -> dict[str, HoursInfo]:
        return list_hours(self.engine)

    def tidy_before_reading(self) -> None:
        """Release the no-shows due and expire the holds nobody decided in time, in every
        room (what the first read of a day would otherwise do)."""
        self.bookings.release_no_shows()
        self.events.expire_due()

    def list_bookings(self, *, start: datetime, end: datetime,
                      room_ids: Iterable[int] | None = None,
                      statuses: Iterable[str] | None = None) -> list[BookingView]:
        """Bookings meeting [start, end); no-shows due in those rooms are released and event
        holds nobody decided in time expire first.

        The probes for both and the read share one read transaction: on most reads nothing is
        due, and the window asks on every switch of day or week."""
        if room_ids is not None:
            room_ids = list(room_ids)
        now = self.now()
        # Both probes in one statement: most reads find nothing due.
        checks, params = [f"EXISTS ({HOLDS_DUE_SQL})"], {"now": to_epoch(now)}
        no_shows = self.bookings.no_show_probe(now, room_ids)
        if no_shows is not None:
            checks.append(f"EXISTS ({no_shows[0]})")
            params.update(no_shows[1])
        with quick_read(self.engine) as reader:
            views = read_bookings_unless(reader, ("SELECT " + " OR ".join(checks), params),
                                         start=start, end=end, room_ids=room_ids,
                                         statuses=statuses)
            if views is not None:
                return views
        self.bookings.release_no_shows(room_ids=room_ids)
        self.events.expire_due()
        return list_bookings(self.engine, start=start, end=end, room_ids=room_ids,
                             statuses=statuses)

    def closures(self, start: datetime, end: datetime) -> list[ClosureInfo]:
        return list_closures(self.engine, start, end)

    def holidays(self, first: date, last: date) -> list[Holiday]:
        return holidays_between(first, last)

    def day_sheet(self, day: date) -> DaySheet:
        """The front desk's printed day: every room's bookings of a local day, by floor."""
        start, end = local_day_bounds(day)
        bookings = self.list_bookings(start=start, end=end)
        crew = {e.id: (e.setup_min, e.teardown_min)
                for e in self.events.list_events(start=start, end=end)}
        return assemble_day_sheet(
            day=day, building=building_identity(self.engine)[0], floors=self.floors(),
            rooms=self.rooms(include_retired=True), bookings=bookings,
            closures=self.closures(start, end), hours=self.hours(), holiday=holiday_on(day),
            printed_at=self.now(), crew=crew)

    def confirmation(self, booking_id: int) -> Confirmation:
        """What a booking's printed confirmation for the guest says."""
        booking = self.booking(booking_id)
        room = next(r for r in self.rooms(include_retired=True) if r.id == booking.room_id)
        name, site = building_identity(self.engine)
        return confirmation_of(booking, room, building=name, site=site, printed_at=self.now())

    def loan_letter(self, event_id: int) -> LoanLetter:
        """What a hall event's room-loan letter says; BadInput for an unknown event."""
        event = self.events.get(event_id)
        hall = next(r for r in self.rooms(include_retired=True) if r.code == event.hall)
        return loan_letter_of(self.engine, event, hall, printed_at=self.now())

    def door(self, room: str | int) -> DoorState:
        """What a room's door display shows now (room by id, code or name; BadInput when
        there is no such room)."""
        with read_session(self.engine) as session:
            room_id = find_room(session, room).id or 0
        info = next(r for r in self.rooms(include_retired=True) if r.id == room_id)
        at = self.now()
        day_end = local_day_bounds(local(at).date())[1]
        bookings = self.list_bookings(start=at, end=max(day_end, at + timedelta(minutes=1)),
                                      room_ids=[room_id])
        return door_state(
            info, at, bookings,
            free_until=lambda: self.availability.free_until(room=room_id, at=at),
            may_check_in=lambda b: self.bookings.check_in_refusal(b.id) is None)

    def book_walk_in(self, *, room: str | int, minutes: int, title: str) -> Change:
        """Book a room from now (in whole slots) for `minutes`, through every rule: the door
        display's "book now"."""
        start, end = walk_in_span(self.now(), minutes)
        return self.bookings.book(actor=self.actor, room=room, start=start, end=end,
                                  title=title)

    def role(self) -> str | None:
        """The acting account's role (None when there is no such account)."""
        # Plain rows: the window asks for a dozen actions as an account signs in.
        with quick_read(self.engine) as reader:
            found = reader.rows("SELECT role FROM account WHERE username = :name",
                                {"name": self.actor})
        return str(found[0][0]) if found else None

    def may(self, action: Action) -> bool:
        """Whether the acting account's role may do an action at all (ownership aside): what
        the window offers. The use cases decide in the end."""
        return may(self.role(), action)

    def refusals_on_booking(self, actions: Iterable[Action],
                            booking_id: int) -> dict[Action, str | None]:
        """Why the acting account may not do each action to this booking (organizers: only
        their own), None where it may: what the window's menus grey out and say. One read."""
        wanted = list(actions)
        with read_session(self.engine) as session:
            try:
                account = actor_account(session, self.actor)
            except BookingError as error:
                return dict.fromkeys(wanted, error.message)
            found = session.get(Booking, booking_id)
            if found is None:
                return dict.fromkeys(wanted, _("there is no booking #{id}").format(
                    id=booking_id))
            refusals: dict[Action, str | None] = {}
            for action in wanted:
                try:
                    require_owner(account, action, booked_by_id=found.booked_by_id,
                                  organization_id=found.organization_id)
                    refusals[action] = None
                except BookingError as error:
                    refusals[action] = error.message
        return refusals

    def booking(self, booking_id: int) -> BookingView:
        return get_booking(self.engine, booking_id)

    def import_bookings(self, items: Sequence[Incoming], *, room: str | None = None,
                        dry_run: bool = False, skip_conflicts: bool = False,
                        progress: ImportProgress | None = None) -> ImportResult:
        """Give each item of a file a verdict through the engine's own use cases and write
        them (all, or with skip_conflicts the fine ones; nothing on a dry run). room: the
        room of items that name none."""
        return import_bookings(self.engine, self.bookings, actor=self.actor, items=items,
                               room=room, dry_run=dry_run, skip_conflicts=skip_conflicts,
                               progress=progress)

    def write_confirmation_mail(self, booking_id: int, path: Path, *, subject: str,
                                body: str, pdf: bytes, force: bool = False) -> Path:
        """Write a booking's confirmation as an e-mail ready to send (.eml): `body` as its
        text, the PDF and the booking's calendar file attached; a new file unless `force`,
        never over the database."""
        name = f"booking-{booking_id}"
        message = confirmation_message(
            subject=subject, body=body, sent_at=self.now(),
            attachments=[Attachment(f"{name}.pdf", "application/pdf", pdf),
                         Attachment(f"{name}.ics", "text/calendar",
                                    self.booking_ics(booking_id))])
        return write_message(message, path, database=self.database_path, force=force)

    def booking_ics(self, booking_id: int) -> bytes:
        """One booking as an iCalendar file (a cancelled one says so): "Add to calendar"."""
        from booking.exchange.ical_out import booking_ics  # icalendar: 5 MB, loaded on use

        return booking_ics(self, booking_id)

    def calendar_ics(self, selection: "Selection") -> tuple[bytes, int]:
        """The iCalendar file of the bookings selected that the actor may see, and how many
        events it holds."""
        from booking.exchange.ical_out import calendar_of

        return calendar_of(self, selection)

    def import_ics(self, data: bytes, *, room: str | None = None, dry_run: bool = False,
                   skip_conflicts: bool = False, progress: ImportProgress | None = None
                   ) -> tuple[ImportResult, list[str]]:
        """Judge (and unless a dry run, book) an iCalendar file's events; also the words for
        what the file cancels and the import leaves out."""
        from booking.exchange.ical_in import import_ics

        return import_ics(self, data, room=room, dry_run=dry_run,
                          skip_conflicts=skip_conflicts, progress=progress)

    def booking_uids(self, booking_ids: Iterable[int]) -> dict[int, str]:
        """The stable UID each booking exports with (iCalendar UID, CSV uid)."""
        with read_session(self.engine) as session:
            return uids_of(session, booking_ids)

    def export_csv(self, target: Path | str, *, start: datetime | None = None,
                   end: datetime | None = None, room: str | None = None,
                   organization: str | None = None,
                   statuses: Collection[str] | None = ACTIVE_STATUSES, force: bool = False,
                   progress: Callable[[int], None] | None = None) -> tuple[Path, int]:
        """Write bookings to a CSV file (new unless force); the file and how many it holds."""
        return export_csv(self.engine, target, database=self.database_path, start=start,
                          end=end, room=room, organization=organization, statuses=statuses,
                          force=force, progress=progress)

    def read_csv(self, path: Path | str) -> CsvRead:
        """A CSV file of bookings as import items (BadInput, CsvInvalid for bad cells)."""
        return read_csv_file(Path(path), database=self.database_path)

    def series_uid(self, series_id: int) -> str:
        """The stable UID a series exports with."""
        with read_session(self.engine) as session:
            return series_uid(store_id(session), series_id)

    def organizations(self) -> dict[str, int]:
        """Every organization a booking can be for, by name, sorted case-blind."""
        return known_organizations(self.engine)

    def check_booking(self, *, room: str | int, start: datetime, end: datetime, title: str,
                      attendees: int = 0, layout: str | None = None,
                      organization: str | None = None, contact_name: str = "",
                      contact_phone: str = "", notes: str = "",
                      exclude_booking_id: int | None = None,
                      multi_day: bool = False, guest_tz: str | None = None) -> list[Problem]:
        """Rehearse saving a booking form through the engine's own rules and the permission
        table (as the acting account), at this clock's now; empty when it can be saved."""
        return check_booking(self.engine, now=self.now(), room=room, start=start, end=end,
                             title=title, attendees=attendees, layout=layout,
                             organization=organization, contact_name=contact_name,
                             contact_phone=contact_phone, notes=notes,
                             exclude_booking_id=exclude_booking_id, multi_day=multi_day,
                             actor=self.actor, guest_tz=guest_tz)

    def check_event(self, *, hall: str | int, start: datetime, end: datetime, title: str,
                    layout: str, attendees: int, setup_min: int = 60, teardown_min: int = 60,
                    equipment: dict[str, int] | None = None, catering: str = "",
                    organizer: str = "", organization: str | None = None,
                    contact_name: str = "", contact_phone: str = "",
                    nightly_teardown: bool = False) -> EventRehearsal:
        """Rehearse requesting a hall event through the event rules, at this clock's now: its
        problems by field (none when it can be sent) and the equipment left free then."""
        return rehearse_request(self.events, hall=hall, start=start, end=end, title=title,
                                layout=layout, attendees=attendees, setup_min=setup_min,
                                teardown_min=teardown_min, equipment=equipment,
                                catering=catering, organizer=organizer,
                                organization=organization, contact_name=contact_name,
                                contact_phone=contact_phone, nightly_teardown=nightly_teardown,
                                actor=self.actor)

    def search(self, *, text: str = "", start: datetime | None = None,
               end: datetime | None = None, room_ids: list[int] | None = None,
               floor: int | None = None, statuses: list[str] | None = None,
               organization: str | None = None, sort: str = "start", descending: bool = False,
               offset: int = 0, limit: int = 200) -> SearchPage:
        """Full-text search over all bookings, filtered, sorted and paged."""
        return search_bookings(self.engine, text=text, start=start, end=end, room_ids=room_ids,
                               floor=floor, statuses=statuses, organization=organization,
                               sort=sort, descending=descending, offset=offset, limit=limit)

    def report_utilisation(self, start_day: date, end_day: date, *, by: str = "room",
                           kind: str | None = None,
                           building: str | None = None) -> UtilisationReport:
        """Booked, checked-in and open minutes of local days [start_day, end_day), grouped by
        room, kind, floor, org or building (managers and administrators); building (a code)
        limits it to that building's rooms."""
        return self.reports.utilisation(self.actor, start_day, end_day, by=by, kind=kind,
                                        building=building)

    def report_peaks(self, start_day: date, end_day: date, *, kind: str | None = None,
                     building: str | None = None) -> PeaksReport:
        """Rooms (of a kind) in use per weekday and hour, averaged over [start_day, end_day)."""
        return self.reports.peaks(self.actor, start_day, end_day, kind=kind, building=building)

    def report_no_shows(self, start_day: date, end_day: date, *, by: str = "room",
                        building: str | None = None) -> NoShowReport:
        """No-show and cancellation rates and lead times of bookings starting in the days."""
        return self.reports.no_shows(self.actor, start_day, end_day, by=by, building=building)

    def report_teams(self, start_day: date, end_day: date, *,
                     building: str | None = None) -> TeamReport:
        """Seats assigned to teams by term against seats booked and checked in."""
        return self.reports.teams(self.actor, start_day, end_day, building=building)

    def report_hall(self, start_day: date, end_day: date, *,
                    building: str | None = None) -> HallReport:
        """Hall events: days, setup and teardown, attendees against the layout's seats."""
        return self.reports.hall(self.actor, start_day, end_day, building=building)

    def areas(self) -> list[AreaInfo]:
        return list_areas(self.engine)

    def snapshot(self, at: datetime, *, building: str | None = None) -> Snapshot:
        """Every room's state and the occupancy figures at one instant (the figures of one
        building's floors, when given its code)."""
        return snapshot(self.engine, at, building=building)

    def occupancy_now(self, at: datetime | None = None) -> OccupancyNow:
        """Rooms and seats in use per floor and in the building (now, unless told when)."""
        return occupancy_now(self.engine, at or self.now())

    def doctor(self) -> DatabaseHealth:
        """Check the database itself: integrity, foreign keys, guards, occupancy, overlaps, the
        write-ahead log, the audit trail's hash chain (and the guards created again when it
        opened)."""
        return with_audit(check_database(self.engine, restored=self.restored),
                          verify(self.engine))

    def audit_verify(self, *, anchor: str | None = None) -> AuditVerdict:
        """Walk the audit trail's hash chain (managers and administrators); `anchor`, a hash
        noted earlier, must still be in it."""
        with read_session(self.engine) as session:
            require(actor_account(session, self.actor), Action.AUDIT_READ)
        return verify(self.engine, anchor=anchor)

    def audit_entries(self, *, booking: int | None = None, actor: str | None = None,
                      start: datetime | None = None, end: datetime | None = None,
                      limit: int | None = DEFAULT_AUDIT_LIMIT) -> list[AuditEntryView]:
        """Audit entries that match, oldest first: the newest `limit` (managers and
        administrators)."""
        return audit_entries(self.engine, actor=self.actor, which=AuditFilter(
            booking=booking, actor=actor, start=start, end=end, limit=limit))

    def booking_history(self, booking_id: int) -> list[AuditEntryView]:
        """One booking's audit entries, oldest first (organizers: their own bookings)."""
        return booking_history(self.engine, actor=self.actor, booking_id=booking_id)

    @property
    def restored_notice(self) -> str | None:
        """What to tell a person when opening put missing guards back, else None."""
        if not self.restored:
            return None
        notice = _("Ruang created missing database guards again ({guards}); check the bookings "
                   "with 'doctor' (in the window: File → Check database)").format(
                       guards=", ".join(self.restored))
        if any(AUDIT_GUARD_PREFIX in what for what in self.restored):
            notice = _("{notice}; the audit trail could be rewritten while its guard was "
                       "missing: 'audit verify' shows whether it was").format(notice=notice)
        return notice

    def change_watcher(self) -> ChangeWatcher | NoticeWatcher:
        """Something to ask whether another process wrote to the database since last asked
        (on PostgreSQL it can also wait for the next change)."""
        return change_watcher(self.engine)

    def fill_demo(self, *, bookings: int | None, seed: int,
                  progress: TextIO | None = None,
                  second_site: Path | None = None) -> dict[str, object]:
        """Fill an empty database with realistic demo data (`demo`); returns what it wrote.

        second_site names a building file loaded first beside the building already there
        (`demo --second-site`), so its rooms get bookings too.
        """
        site = load_building_file(second_site) if second_site is not None else None
        return fill_demo(self.engine, actor=self.actor, bookings=bookings, seed=seed,
                         now=self.now(), progress=progress, second_site=site)

    def backup(self, *, out: Path | None = None, force: bool = False,
               progress: Progress | None = None) -> BackupInfo:
        """Back the database up now (managers): to `out`, else into the backup folder (a
        server's database through pg_dump)."""
        with read_session(self.engine) as session:
            require(actor_account(session, self.actor), Action.BACKUP)
        if is_server(self.engine):
            if out is not None:
                return take_dump(self.engine, Path(out), force=force, progress=progress)
            return dump_now(self.engine, now=self.now(), progress=progress)
        if out is not None:
            return take_backup(self.engine, Path(out), force=force, progress=progress)
        return backup_now(self.engine, now=self.now(), progress=progress)

    def backups(self) -> list[BackupInfo]:
        """The backups in this database's backup folder, newest first (managers)."""
        with read_session(self.engine) as session:
            require(actor_account(session, self.actor), Action.BACKUP)
        return list_backups(backup_folder(self.engine), backup_pattern(self.engine))

    def daily_backup(self, progress: Progress | None = None) -> BackupInfo | None:
        """The automatic backup, when the newest is a day old, then rotation (anyone's start
        triggers it; it is the building's safety, not an act of the person)."""
        return daily_backup(self.engine, now=self.now,
                            daily=self.settings.get(BACKUP_DAILY_KEEP),
                            weekly=self.settings.get(BACKUP_WEEKLY_KEEP), progress=progress)

    def automatic_backup(self) -> BackupInfo | None:
        """The daily backup when it is due and RUANG_AUTO_BACKUP does not turn it off."""
        return self.daily_backup() if automatic_backups_on() else None

    def check_backup(self, source: Path, progress: Progress | None = None) -> RestoreCheck:
        """Verify a backup without restoring it (administrators)."""
        with read_session(self.engine) as session:
            require(actor_account(session, self.actor), Action.RESTORE)
        if is_server(self.engine):
            return check_dump(Path(source))
        return check_backup(Path(source), progress)

    def migrate_to(self, target: str,
                   progress: "MigrationProgress | None" = None) -> "MigrationResult":
        """Copy the whole database into an empty PostgreSQL database (administrators), checked
        before it commits (booking.safekeeping.migrate); this database is left as it was."""
        from booking.safekeeping.migrate import migrate

        with read_session(self.engine) as session:
            require(actor_account(session, self.actor), Action.MIGRATE)
        if "://" not in target:
            raise BadInput(_("migrate-to takes the server's URL, e.g. "
                             "postgresql://ruang@dbserver/ruang (a copy of the file is "
                             "'backup')"))
        server = make_engine(target)
        try:
            shown = server.url.render_as_string(hide_password=True)
            if server.dialect.name != "postgresql":
                raise BadInput(_("migrate-to copies the database into a PostgreSQL database, "
                                 "not {target}").format(target=shown))
            if server.url == self.engine.url:
                raise BadInput(_("{target} is this database itself").format(target=shown))
            return migrate(self.engine, server, shown_target=shown, progress=progress)
        finally:
            server.dispose()

    def restore(self, source: Path, progress: Progress | None = None) -> RestoreResult:
        """Replace the database with a verified backup (administrators), keeping a copy of
        it first. The engine is let go: open the database again afterwards."""
        with read_session(self.engine) as session:
            require(actor_account(session, self.actor), Action.RESTORE)
        if is_server(self.engine):
            result = restore_dump(self.engine, Path(source), now=self.now(), progress=progress)
            reopen: str | None = self.engine.url.render_as_string(hide_password=False)
        else:
            result = restore_file(self.engine, Path(source), now=self.now(), progress=progress)
            path = sqlite_file(self.engine)
            reopen = str(path) if path is not None else None
        if reopen is not None:
            # Opened once more: an older schema is upgraded, missing guards put back; this
            # engine then reads the restored database through new connections.
            opened = open_store(reopen, now=self.now).engine
            try:
                record_restore(opened, result, actor=self.actor, now=self.now())
            finally:
                opened.dispose()
        return result

    @staticmethod
    def restore_unopenable(database: Path, source: Path, *, now: Callable[[], datetime],
                           actor: str, sign_in: Callable[[AccountService], None],
                           progress: Progress | None = None) -> RestoreResult:
        """Restore over a database too damaged to open: `actor` signs in (`sign_in`) against
        the verified backup and must be an administrator there."""
        def authorize(engine: Engine) -> None:
            sign_in(AccountService(engine, now=now))
            with read_session(engine) as session:
                require(actor_account(session, actor), Action.RESTORE)
        result = restore_unopenable(Path(database), Path(source), now=now(),
                                    authorize=authorize, progress=progress)
        opened = open_store(str(database), now=now).engine
        try:
            record_restore(opened, result, actor=actor, now=now())
        finally:
            opened.dispose()
        return result

    def reconnect(self) -> None:
        """Drop the pooled connections, so the next use opens the database afresh (a door
        display that lost its database, which may come back as a new file)."""
        self.engine.dispose()

    def close(self) -> None:
        """Let the database go (the window calls this as it closes)."""
        self.engine.dispose()


def record_restore(engine: Engine, result: RestoreResult, *, actor: str, now: datetime) -> None:
    """Write into the restored database's audit trail who restored it, from which file, and
    where the database it replaced is kept (the account may not exist in an older backup:
    then its name is recorded)."""
    previous = getattr(result.previous, "path", result.previous)
    with write_session(engine) as session:
        account = session.exec(select(Account).where(Account.username == actor)).first()
        add_audit(session, account, now, "database.restored", "database", None, None,
                  {"file": str(result.check.path), "previous": str(previous),
                   "bookings": result.check.bookings}, "", actor_name=actor)


@dataclass(frozen=True)
class OpenedStore:
    """A ready database: its engine and what opening it did."""

    engine: Engine
    schema: UpgradeResult
    seeded: bool
    restored: tuple[str, ...] = ()


def open_store(target: str | Path | None = None, *,
               building_file: Path = DEFAULT_BUILDING_FILE,
               now: Callable[[], datetime] = utc_now) -> OpenedStore:
    """Open (creating if needed) the database, upgrade its schema, put back any guard (trigger,
    view) that went missing, load the building when the database is new or was just
    upgraded."""
    engine = make_engine(named_target(target))
    try:
        schema = upgrade(engine)
        with write_session(engine) as session:
            restored = restore_guards(session.connection())
            empty = session.exec(select(Building.id)).first() is None
            # After a schema upgrade the building file is read again: a new revision may keep
            # things the file describes that older databases never loaded (equipment, ...).
            if empty or schema.changed:
                apply_building(session, load_building_file(building_file), now=now())
            ensure_default_accounts(session, now=now())
            use_building_zone(session.exec(select(Building.timezone)).first() or DEFAULT_ZONE)
            load_holidays(session, around=local(now()).year)
    except BaseException:
        engine.dispose()
        raise
    return OpenedStore(engine, schema, empty, tuple(restored))


@contextmanager
def open_services(target: str | Path | None = None, *,
                  now: Callable[[], datetime] = utc_now,
                  actor: str = "frontdesk") -> Iterator[Services]:
    """Services on an opened store for the span of a `with`, closed after it."""
    services = Services.open(target, now=now, actor=actor)
    try:
        yield services
    finally:
        services.close()


def unopenable_database(target: str | Path | None, *,
                        now: Callable[[], datetime] = utc_now) -> Path | None:
    """The database file when it exists but is too damaged to open, else None (restore then
    signs the person in against the backup instead)."""
    named = named_target(target)
    path = Path(named).expanduser()
    if "://" in named or not path.is_file():
        return None
    try:
        open_store(named, now=now).engine.dispose()
    except (DatabaseError, SqlDatabaseError, sqlite3.DatabaseError):
        return path
    return None


def initialize_database(target: str | Path | None, *, building_file: Path = DEFAULT_BUILDING_FILE,
                        now: Callable[[], datetime] = utc_now,
                        sign_in: Callable[[AccountService], None] | None = None,
                        actor: str | None = None) -> InitReport:
    """`init`: create or upgrade the schema and load the building file (safe to repeat).

    sign_in signs the acting account in through the accounts of an existing database before
    the building file is loaded into it; loading it into a database that has accounts is an
    administrator's (the actor).
    """
    engine = make_engine(named_target(target))

    def signed_in(opened: Engine) -> None:
        if sign_in is not None:
            sign_in(AccountService(opened, now=now))
    try:
        return initialize(engine, building_file=building_file, now=now, sign_in=signed_in,
                          actor=actor)
    finally:
        engine.dispose()
