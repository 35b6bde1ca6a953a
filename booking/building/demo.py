"""Realistic demo data for the Coding Factory: a busy building around today, or a long history.

Bookings are generated per room and day inside opening hours, off holidays, with changeover
buffers respected, then bulk-inserted; the database's own overlap guard still checks every row.
"""

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TextIO

from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from booking.building.load import apply_building
from booking.building.spec import BuildingSpec
from booking.calendar import holiday_on
from booking.errors import BadInput
from booking.i18n import _, ngettext, number_text
from booking.lookups import acting
from booking.permissions import Action, require
from booking.policy import SLOT_MINUTES, KindPolicy, policy_for
from booking.store.bulk import insert_bookings
from booking.store.db import write_session
from booking.store.models import (
    Account,
    Booking,
    BookingStatus,
    Event,
    EventEquipment,
    HoursProfile,
    OpeningHours,
    Organization,
    Room,
    RoomLayout,
    TermAssignment,
)
from booking.timeutil import BUILDING_TZ, local

WINDOW_DAYS = 61  # the realistic picture: two months back and two ahead
BATCH = 20_000
SLOT = SLOT_MINUTES * 60

ORGANIZATIONS: tuple[tuple[str, str, str], ...] = (
    ("PT Telkom Indonesia", "bumn", "ID"), ("Bank Mandiri", "bumn", "ID"),
    ("Pertamina Digital", "bumn", "ID"), ("PLN Icon Plus", "bumn", "ID"),
    ("Bank Rakyat Indonesia", "bumn", "ID"), ("Kementerian Komunikasi dan Digital", "government",
                                              "ID"),
    ("Pemerintah Kabupaten Malang", "government", "ID"),
    ("Pemerintah Provinsi Jawa Timur", "government", "ID"),
    ("Otorita KEK Singhasari", "government", "ID"), ("Petronas Digital", "client", "MY"),
    ("GovTech Singapore", "client", "SG"), ("FPT Software", "client", "VN"),
    ("KBZ Bank", "client", "MM"), ("NTT Data Japan", "client", "JP"),
    ("Rakuten Engineering", "client", "JP"), ("Tani Cerdas", "startup", "ID"),
    ("Kopi Nusantara Digital", "startup", "ID"), ("Logistik Arek", "startup", "ID"),
    ("Sehatku", "startup", "ID"), ("Intern Cohort 2026-A", "interns", "ID"),
    ("Intern Cohort 2026-B", "interns", "ID"), ("Coding Factory Academy", "internal", "ID"),
    ("Coding Factory Operations", "internal", "ID"),
)
# Where the foreign clients' people live: their guests see their own times too.
COUNTRY_ZONES = {"MY": "Asia/Kuala_Lumpur", "SG": "Asia/Singapore", "VN": "Asia/Ho_Chi_Minh",
                 "MM": "Asia/Yangon", "JP": "Asia/Tokyo"}
CLIENTS = [o[0] for o in ORGANIZATIONS if o[1] in ("bumn", "client", "government")]
TEAMS = [o[0] for o in ORGANIZATIONS if o[1] in ("bumn", "client")]
STARTUPS = [o[0] for o in ORGANIZATIONS if o[1] == "startup"]
COHORTS = [o[0] for o in ORGANIZATIONS if o[1] == "interns"]

MEETING_TITLES = ("Sprint planning", "Client demo", "Steering committee", "Design review",
                  "Stand-up", "Architecture review", "Contract negotiation", "Interview",
                  "Retrospective", "Rapat koordinasi", "Security review", "Kick-off meeting")
HALL_TITLES = ("Product launch", "Intern orientation", "Tech talk: cloud native",
               "Official visit", "Hackathon finals", "Town hall", "Graduation of interns",
               "Investor demo day", "Workshop: AI for government services", "Seminar nasional")
TRAINING_TITLES = ("Python bootcamp", "Agile fundamentals", "Flutter class", "Data engineering",
                   "Kelas UI/UX", "Cloud certification prep")
FOCUS_TITLES = ("Focus time", "Call with client", "Interview prep", "Deep work")
COMMUNAL_TITLES = ("Community meetup", "Lunch and learn", "Startup pitch practice",
                   "Networking evening", "Mentoring session")


@dataclass
class _Room:
    id: int
    code: str
    kind: str
    capacity: int
    parent: int | None
    spans: dict[int, list[tuple[int, int]]]
    open_on_holidays: bool
    layouts: dict[str, int]


def _rooms(session: Session) -> list[_Room]:
    profiles = {p.code: p.open_on_holidays for p in session.exec(select(HoursProfile))}
    spans: dict[str, dict[int, list[tuple[int, int]]]] = {}
    for row in session.exec(select(OpeningHours)):
        spans.setdefault(row.profile_code, {}).setdefault(row.weekday, []).append(
            (row.opens_min, row.closes_min))
    layouts: dict[int, dict[str, int]] = {}
    for layout in session.exec(select(RoomLayout)):
        layouts.setdefault(layout.room_id, {})[layout.layout] = layout.capacity
    rooms = []
    for room in session.exec(select(Room).where(col(Room.bookable).is_(True),
                                                col(Room.retired).is_(False)).order_by(
            col(Room.id))):
        profile = room.hours_profile or ""
        rooms.append(_Room(room.id or 0, room.code, room.kind, room.capacity, room.parent_id,
                           spans.get(profile, {}), profiles.get(profile, False),
                           layouts.get(room.id or 0, {})))
    return rooms


class _Generator:
    """Per-day schedules for every room, deterministic for a seed."""

    def __init__(self, rooms: list[_Room], orgs: dict[str, int], accounts: list[int],
                 now: datetime, seed: int) -> None:
        self.rooms = rooms
        self.orgs = orgs
        self.accounts = accounts
        self.now = int(now.timestamp())
        self.rng = random.Random(seed)
        self.terms: dict[int, list[tuple[date, date, str]]] = {}
        self.hall = [r for r in rooms if r.kind == "hall" and r.parent is None]
        self.halves = [r for r in rooms if r.kind == "hall" and r.parent is not None]

    def plan_terms(self, first: date, last: date) -> list[tuple[int, str, date, date]]:
        """Assign most production rooms to client teams in terms of 4 to 12 weeks."""
        production = [r for r in self.rooms if r.kind == "production"]
        planned = []
        for room in production[: max(1, len(production) * 2 // 3)]:
            cursor = first - timedelta(days=self.rng.randrange(0, 28))
            while cursor <= last:
                weeks = self.rng.randrange(4, 13)
                end = cursor + timedelta(weeks=weeks)
                team = self.rng.choice(TEAMS)
                planned.append((room.id, team, cursor, end))
                self.terms.setdefault(room.id, []).append((cursor, end, team))
                cursor = end
        return planned

    def _term_team(self, room: _Room, day: date) -> str | None:
        for start, end, team in self.terms.get(room.id, []):
            if start <= day < end:
                return team
        return None

    def day(self, day: date, *, dense: bool = False) -> Iterator[dict[str, object]]:
        """A day's bookings in every room (dense: back to back, see DENSE_ABOVE)."""
        holiday = holiday_on(day) is not None
        midnight = int(datetime.combine(day, time(0), tzinfo=BUILDING_TZ).timestamp())
        weekday = day.weekday()
        yield from self._hall_day(midnight, weekday, holiday)
        for room in self.rooms:
            if room.kind == "hall" or (holiday and not room.open_on_holidays):
                continue
            for opens, closes in room.spans.get(weekday, []):
                yield from self._room_day(room, day, midnight + opens * 60,
                                          midnight + closes * 60, dense=dense)

    def _hall_day(self, midnight: int, weekday: int, holiday: bool) -> Iterator[dict[str, object]]:
        if holiday or not self.hall:
            return
        roll = self.rng.random()
        if weekday >= 5 and roll < 0.6:
            return
        targets = self.hall if roll < 0.25 else self.halves if roll < 0.7 else []
        for room in targets:
            if self.rng.random() < 0.3 and room.parent is not None:
                continue
            spans = room.spans.get(weekday, [])
            if not spans:
                continue
            opens, closes = spans[0]
            # One event with an hour of changeover on both sides, inside opening hours.
            length = self.rng.choice((3, 4, 5, 6, 8)) * 3600
            earliest = midnight + opens * 60 + 3600
            latest = midnight + closes * 60 - 3600 - length
            if latest < earliest:
                continue
            start = earliest + self.rng.randrange(0, (latest - earliest) // SLOT + 1) * SLOT
            layout = self.rng.choice(sorted(room.layouts)) if room.layouts else None
            seats = room.layouts.get(layout, room.capacity) if layout else room.capacity
            org = self.rng.choice(CLIENTS + COHORTS)
            yield self._row(room, start, start + length, f"{self.rng.choice(HALL_TITLES)}",
                            org, self.rng.randrange(seats // 3, seats + 1), layout)

    def _room_day(self, room: _Room, day: date, opens: int, closes: int, *,
                  dense: bool = False) -> Iterator[dict[str, object]]:
        policy = policy_for(room.kind)
        if dense:
            yield from self._packed_day(room, policy, opens, closes)
            return
        team = self._term_team(room, day)
        if team is not None:
            if day.weekday() < 5:
                start = opens + 3600  # teams arrive an hour after the floor opens
                end = min(closes, start + 9 * 3600)
                yield self._row(room, start, end, f"{team} — project team", team,
                                max(1, room.capacity - self.rng.randrange(0, 4)), None)
            return
        gap_after = (policy.buffer_after_min + policy.buffer_before_min) * 60
        gap_after = (gap_after + SLOT - 1) // SLOT * SLOT
        cursor = opens + self.rng.randrange(0, 5) * SLOT
        busy = {"meeting": 0.65, "boardroom": 0.45, "focus": 0.55, "communal": 0.35,
                "training": 0.6, "production": 0.5, "incubation": 0.55}.get(room.kind, 0.4)
        while cursor < closes:
            if self.rng.random() > busy:
                cursor += self.rng.choice((2, 4, 6)) * SLOT
                continue
            minutes = self._length(room.kind)
            minutes = max(policy.min_minutes, min(policy.max_minutes, minutes))
            end = cursor + minutes * 60
            if end > closes:
                break
            title, org = self._what(room)
            attendees = self.rng.randrange(max(1, room.capacity // 3), room.capacity + 1)
            yield self._row(room, cursor, end, title, org, attendees, None)
            cursor = end + gap_after + self.rng.choice((0, 0, 1, 2, 4)) * SLOT

    def _packed_day(self, room: _Room, policy: KindPolicy, opens: int,
                    closes: int) -> Iterator[dict[str, object]]:
        """Short bookings back to back, changeover kept, from opening to closing."""
        gap = (policy.buffer_after_min + policy.buffer_before_min) * 60
        gap = (gap + SLOT - 1) // SLOT * SLOT
        length = max(policy.min_minutes, 30) * 60
        cursor = opens
        while cursor + length <= closes:
            title, org = self._what(room)
            yield self._row(room, cursor, cursor + length, title, org,
                            max(1, room.capacity // 2), None)
            cursor += length + gap

    def _length(self, kind: str) -> int:
        choices = {
            "meeting": (30, 45, 60, 60, 90, 120), "boardroom": (60, 90, 120),
            "focus": (60, 90, 120, 180), "communal": (60, 90, 120, 180),
            "training": (180, 240), "production": (120, 180, 240),
            "incubation": (120, 180, 240, 480),
        }.get(kind, (60,))
        return self.rng.choice(choices)

    def _what(self, room: _Room) -> tuple[str, str]:
        if room.kind == "training":
            return self.rng.choice(TRAINING_TITLES), self.rng.choice(COHORTS +
                                                                     ["Coding Factory Academy"])
        if room.kind == "focus":
            return self.rng.choice(FOCUS_TITLES), self.rng.choice(TEAMS + STARTUPS)
        if room.kind == "communal":
            return self.rng.choice(COMMUNAL_TITLES), self.rng.choice(
                STARTUPS + ["Coding Factory Academy"])
        if room.kind == "incubation":
            org = self.rng.choice(STARTUPS)
            return f"{org} — incubation work", org
        if room.kind == "production":
            org = self.rng.choice(COHORTS + STARTUPS)
            return self.rng.choice(("Intern project work", "Hackathon prep",
                                    "Mob programming", "Code review")), org
        org = self.rng.choice(CLIENTS + STARTUPS)
        return self.rng.choice(MEETING_TITLES), org

    def _row(self, room: _Room, start: int, end: int, title: str, org: str, attendees: int,
             layout: str | None) -> dict[str, object]:
        policy = policy_for(room.kind)
        roll = self.rng.random()
        checked_in_at = None
        if end <= self.now:
            if roll < 0.06:
                status = "cancelled"
            elif roll < 0.12 and policy.no_show_grace_min is not None:
                status = "released"
            else:
                status, checked_in_at = "checked_in", start + self.rng.randrange(-10, 10) * 60
        elif start <= self.now:
            status, checked_in_at = "checked_in", start + self.rng.randrange(-10, 5) * 60
        elif roll < 0.05:
            status = "cancelled"
        elif roll < 0.12:
            status = "tentative"
        else:
            status = "confirmed"
        created = min(self.now, start - self.rng.randrange(1, 40) * 86400 // 2)
        return {
            "room_id": room.id, "start_at": start, "end_at": end, "title": title,
            "status": status, "layout": layout, "attendees": min(attendees, room.capacity),
            "organization_id": self.orgs[org], "booked_by_id": self.rng.choice(self.accounts),
            "contact_name": "", "contact_phone": "", "notes": "", "created_at": created,
            "updated_at": created, "version": 1, "buffer_before_min": policy.buffer_before_min,
            "buffer_after_min": policy.buffer_after_min, "checked_in_at": checked_in_at,
            "cancelled_at": created if status == "cancelled" else None,
            "cancel_reason": "client rescheduled" if status == "cancelled" else "",
        }


INSERT = text(
    "INSERT INTO booking (room_id, start_at, end_at, title, status, layout, attendees, "
    "organization_id, booked_by_id, contact_name, contact_phone, notes, created_at, updated_at, "
    "version, buffer_before_min, buffer_after_min, checked_in_at, cancelled_at, cancel_reason) "
    "VALUES (:room_id, :start_at, :end_at, :title, :status, :layout, :attendees, "
    ":organization_id, :booked_by_id, :contact_name, :contact_phone, :notes, :created_at, "
    ":updated_at, :version, :buffer_before_min, :buffer_after_min, :checked_in_at, "
    ":cancelled_at, :cancel_reason)")


# The earliest day history goes back to (the database takes instants from 1900 on).
EARLIEST_DAY = date(1901, 1, 1)
# Above this many bookings, history older than DENSE_AFTER_YEARS is packed: every room
# booked back to back in short meetings (a realistic day here holds about 90 bookings, so
# 10,000,000 would otherwise reach back three centuries).
DENSE_ABOVE = 3_000_000
DENSE_AFTER_YEARS = 10


def _days(today: date, total: int | None) -> Iterator[date]:
    """The window around today, then (for a target count) ever further back, to
    EARLIEST_DAY."""
    first = today - timedelta(days=WINDOW_DAYS)
    for offset in range(WINDOW_DAYS * 2 + 1):
        yield first + timedelta(days=offset)
    if total is not None:
        back = first - timedelta(days=1)
        while back >= EARLIEST_DAY:
            yield back
            back -= timedelta(days=1)


def fill_demo(engine: Engine, *, actor: str | int, bookings: int | None, seed: int,
              now: datetime, progress: TextIO | None = None,
              second_site: BuildingSpec | None = None) -> dict[str, object]:
    """Fill an empty database with demo data (administrators); returns what it wrote.

    second_site, when given, is loaded first (beside the building already there), so its
    rooms are booked like the others.
    """
    today = local(now).date()
    with write_session(engine) as session:
        account = acting(session, actor, Action.DEMO_DATA)
        existing = session.execute(text("SELECT count(*) FROM booking")).scalar_one()
        if existing:
            raise BadInput(ngettext(
                "the database already holds {n} booking; demo fills an empty database (give "
                "a new --db)",
                "the database already holds {n} bookings; demo fills an empty database (give "
                "a new --db)", existing).format(n=existing))
        if second_site is not None:
            require(account, Action.BUILDING_LOAD)
            apply_building(session, second_site, now=now, actor=account)
        orgs = {o.name: o.id or 0 for o in session.exec(select(Organization))}
        for name, kind, country in ORGANIZATIONS:
            if name not in orgs:
                org = Organization(name=name, kind=kind, country=country,
                                   guest_tz=COUNTRY_ZONES.get(country))
                session.add(org)
                session.flush()
                orgs[name] = org.id or 0
        accounts = [a.id or 0 for a in session.exec(select(Account).order_by(col(Account.id)))]
        generator = _Generator(_rooms(session), orgs, accounts, now, seed)
        first, last = today - timedelta(days=WINDOW_DAYS), today + timedelta(days=WINDOW_DAYS)
        for room_id, team, start, end in generator.plan_terms(first, last):
            session.add(TermAssignment(
                room_id=room_id, organization_id=orgs[team],
                start_at=datetime.combine(start, time(0), tzinfo=BUILDING_TZ),
                end_at=datetime.combine(end, time(0), tzinfo=BUILDING_TZ),
                note="demo term", created_at=now))
        terms = sum(len(v) for v in generator.terms.values())
    written = 0
    earliest = today
    batch: list[dict[str, object]] = []
    dense_before = (today.replace(year=today.year - DENSE_AFTER_YEARS)
                    if bookings is not None and bookings > DENSE_ABOVE else EARLIEST_DAY)
    for day in _days(today, bookings):
        for row in generator.day(day, dense=day < dense_before):
            batch.append(row)
            if bookings is not None and written + len(batch) >= bookings:
                break
        earliest = min(earliest, day)
        if len(batch) >= BATCH or (bookings is not None and written + len(batch) >= bookings):
            written += _flush(engine, batch)
            batch = []
            if progress is not None and bookings and bookings >= 100_000:
                progress.write("  " + _("{n} bookings written").format(n=number_text(written))
                               + "\n")
                progress.flush()
        if bookings is not None and written >= bookings:
            break
    written += _flush(engine, batch)
    events = _attach_events(engine, now=now, seed=seed)
    return {"bookings": written, "terms": terms, "organizations": len(orgs), "events": events,
            "first_day": earliest.isoformat(),
            "last_day": (today + timedelta(days=WINDOW_DAYS)).isoformat(), "seed": seed}


EVENT_EQUIPMENT = (("sound_system", 1), ("microphone", 4), ("projector", 2), ("stage", 1),
                   ("livestream_kit", 1), ("extra_chairs", 40))


def _attach_events(engine: Engine, *, now: datetime, seed: int) -> int:
    """Turn the hall bookings around today into events; a few future ones await a decision."""
    rng = random.Random(seed + 7)
    lo = now - timedelta(days=WINDOW_DAYS + 1)
    hi = now + timedelta(days=WINDOW_DAYS + 1)
    count = 0
    with write_session(engine) as session:
        hall_ids = [r.id for r in session.exec(select(Room).where(Room.kind == "hall"))]
        rows = session.exec(select(Booking).where(
            col(Booking.room_id).in_(hall_ids), Booking.start_at > lo, Booking.start_at < hi,
            col(Booking.event_id).is_(None)).order_by(col(Booking.start_at))).all()
        stock = {"livestream_kit": 0}
        for booking in rows:
            future = booking.start_at > now
            status = {"cancelled": "cancelled", "tentative": "requested"}.get(
                booking.status, "approved")
            if future and status == "approved" and rng.random() < 0.2:
                status = "requested"
                booking.status = BookingStatus.TENTATIVE
            event = Event(
                title=booking.title, status=status, setup_min=booking.buffer_before_min,
                teardown_min=booking.buffer_after_min, public=rng.random() < 0.4,
                catering=rng.choice(("Coffee break at 10:00 and lunch boxes for all",
                                     "Snacks and mineral water", "Standing lunch (halal)",
                                     "No catering")),
                organizer=rng.choice(("Dewi Lestari", "Budi Santoso", "Rina Wulandari",
                                      "Agus Prasetyo", "Siti Rahmawati")),
                contact_name=rng.choice(("Andi (AV crew)", "Maya (front desk)",
                                         "Yusuf (facilities)")),
                contact_phone=f"0812 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
                requested_by_id=booking.booked_by_id, requested_at=booking.created_at,
                expires_at=now + timedelta(hours=rng.randrange(6, 70))
                if status == "requested" else None)
            session.add(event)
            session.flush()
            booking.event_id = event.id
            session.add(booking)
            for code, quantity in rng.sample(EVENT_EQUIPMENT, rng.randrange(1, 4)):
                if code in stock:
                    continue  # the single livestream kit is left free for the demo to ask for
                session.add(EventEquipment(event_id=event.id or 0, equipment_code=code,
                                           quantity=quantity))
            count += 1
    return count


def _flush(engine: Engine, rows: list[dict[str, object]]) -> int:
    if not rows:
        return 0
    with write_session(engine) as session:
        insert_bookings(session.connection(), INSERT, rows)
    return len(rows)

