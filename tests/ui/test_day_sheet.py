"""The printed day sheet and confirmation: real PDFs whose text (read back) says what the desk
needs, user text printed as typed, and the commands that write them."""

import json
import stat
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from PySide6.QtPrintSupport import QPrinter

from booking.calendar import holidays_between
from booking.errors import BadInput
from booking.i18n import day_text
from booking.services import Services
from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import cli_on_copy
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day
from tests.helpers.pdf import pdf_pages, pdf_text
from ui.confirmation import write_confirmation
from ui.day_sheet import print_day_sheet, write_day_sheet

# Qt's PDF reader needs the application pytest-qt makes (and the sheet then reuses it).
pytestmark = pytest.mark.usefixtures("qapp")

DAY = open_day(2, on_or_after=date(2026, 12, 2))  # a Wednesday the building is open
Cli = Callable[..., CompletedProcess[str]]


def on(hour: int, minute: int = 0, *, day: date = DAY) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=BUILDING_TZ).replace(
        hour=hour, minute=minute)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(on(7, 5) - timedelta(days=1))


@pytest.fixture
def services(memory_engine: object, clock: FakeClock) -> Services:
    return Services(memory_engine, now=clock)  # type: ignore[arg-type]


def book(services: Services, room: str, start: datetime, end: datetime, title: str,
         **kwargs: object) -> int:
    return services.bookings.book(actor="frontdesk", room=room, start=start, end=end,
                                  title=title, **kwargs).booking.id  # type: ignore[arg-type]


def test_the_sheet_says_the_day_the_rooms_and_who_is_coming(services: Services,
                                                            clock: FakeClock,
                                                            tmp_path: Path) -> None:
    book(services, "KAWI", on(9), on(10, 30), "Contract negotiation",
         organization="Bank Mandiri", attendees=4, contact_name="Sari Wulandari",
         contact_phone="0812 3456 7890")
    book(services, "P2.01", on(8), on(17), "Sprint planning", organization="Tani Cerdas")
    services.events.request(actor="organizer", hall="HALL-A", start=on(13), end=on(16),
                            title="Town hall", layout="theatre", attendees=120, setup_min=90,
                            teardown_min=45)
    clock.current = on(7, 5)

    path, sheet = write_day_sheet(services, DAY, tmp_path / "today.pdf")

    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    assert f"{DAY:%A} {DAY.day} {DAY:%B %Y}" in text
    assert "CODING FACTORY" in text and "printed at 07:05" in text
    assert "3 bookings" in text and sheet.bookings == 3
    for words in ("Lantai 1", "Lantai 2", "Kawi", "09:00–10:30", "Contract negotiation",
                  "Bank Mandiri", "Sari Wulandari", "0812 3456 7890", "Sprint planning",
                  "08:00–17:00", "Town hall", "(tentative)", "setup from 11:30",
                  "cleared by 16:45", "Free all day:", "Bromo"):
        assert words in text, words
    assert text.index("Lantai 1") < text.index("Contract negotiation") < text.index(
        "Lantai 2") < text.index("Sprint planning")


def test_user_text_prints_as_typed_never_as_markup(services: Services,
                                                   tmp_path: Path) -> None:
    book(services, "BROMO", on(9), on(10), "<b>Launch</b> & <i>demo</i>",
         organization="<script>x</script>", contact_name="A&amp;B <Sari>")

    text = pdf_text(write_day_sheet(services, DAY, tmp_path / "sheet.pdf")[0])

    assert "<b>Launch</b> & <i>demo</i>" in text
    assert "<script>x</script>" in text
    assert "A&amp;B <Sari>" in text


def test_a_long_day_starts_each_floor_on_a_new_page(services: Services,
                                                    tmp_path: Path) -> None:
    for room in ("SEMERU", "ARJUNO", "BROMO", "WELIRANG", "KAWI"):
        for hour in range(8, 20):
            book(services, room, on(hour), on(hour, 45), f"{room.title()} meeting {hour}")
    book(services, "P2.01", on(9), on(17), "Second floor work")
    book(services, "P3.01", on(9), on(17), "Third floor work")

    pages = pdf_pages(write_day_sheet(services, DAY, tmp_path / "long.pdf")[0])

    assert len(pages) >= 3
    second = next(i for i, page in enumerate(pages) if "Second floor work" in page)
    third = next(i for i, page in enumerate(pages) if "Third floor work" in page)
    # Each floor's page says the day first, then the floor.
    heading = f"{DAY:%A} {DAY.day} {DAY:%B %Y}".upper()
    assert pages[second].startswith(f"{heading} Lantai 2")
    assert pages[third].startswith(f"{heading} Lantai 3")
    assert second < third and "Lantai 1" not in pages[second]


def test_a_quiet_day_fits_one_page_and_says_so(services: Services, tmp_path: Path) -> None:
    holiday_free = pdf_pages(write_day_sheet(services, DAY, tmp_path / "quiet.pdf")[0])

    assert len(holiday_free) == 1
    assert "No bookings this day." in holiday_free[0]


def test_the_sheet_prints_on_a_printer(services: Services, tmp_path: Path) -> None:
    book(services, "KAWI", on(9), on(10), "Printed call")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))

    print_day_sheet(services.day_sheet(DAY), printer)
    del printer

    assert "Printed call" in pdf_text(tmp_path / "printer.pdf")


def test_the_confirmation_tells_the_guest_where_when_and_how_to_check_in(
        services: Services, tmp_path: Path) -> None:
    booking_id = book(services, "KAWI", on(9), on(10, 30), "Client <call>",
                      organization="Bank Mandiri", attendees=4)

    text = pdf_text(write_confirmation(services, booking_id, tmp_path / "c.pdf"))

    for words in ("Booking confirmation", "Client <call>", "Kawi", "Lantai 1",
                  f"{DAY:%A} {DAY.day} {DAY:%B %Y}", "09:00–10:30 WIB", "Bank Mandiri",
                  f"#{booking_id}", "Confirmed", "by 09:15", "CODING FACTORY"):
        assert words in text, words
    services.bookings.cancel(actor="frontdesk", booking_id=booking_id, reason="client ill")
    cancelled = pdf_text(write_confirmation(services, booking_id, tmp_path / "x.pdf"))
    assert "Cancelled" in cancelled and "no longer holds the room" in cancelled
    with pytest.raises(BadInput, match="already exists"):
        write_confirmation(services, booking_id, tmp_path / "x.pdf")


# ----- the command line --------------------------------------------------------------------


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path) -> Cli:
    return cli_on_copy(initialised_template, tmp_path, FakeClock(on(7, 5)))


def _book(cli: Cli, room: str, start: str, end: str, title: str) -> int:
    done = cli("book", room, start, end, "--title", title, "--json")
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["id"])


def test_the_day_sheet_command(cli: Cli, tmp_path: Path) -> None:
    _book(cli, "KAWI", "09:00", "10:00", "Morning call")
    _book(cli, "BROMO", "tomorrow 09:00", "tomorrow 10:00", "Tomorrow's call")
    target = tmp_path / "sheet.pdf"

    done = cli("day-sheet", "--pdf", str(target))

    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Day sheet for {day_text(DAY)} (1 booking) written to {target}\n"
    assert target.read_bytes().startswith(b"%PDF")
    assert "Morning call" in pdf_text(target) and "Tomorrow's call" not in pdf_text(target)
    again = cli("day-sheet", "--pdf", str(target))
    assert again.returncode == 2
    assert again.stderr == (f"error: cannot save the day sheet: '{target}' already exists; "
                            "add --force to replace it\n")
    tomorrow = cli("--json", "day-sheet", "--date", "tomorrow", "--pdf", str(target),
                   "--force")
    assert tomorrow.returncode == 0, tomorrow.stderr
    assert json.loads(tomorrow.stdout) == {"date": (DAY + timedelta(days=1)).isoformat(),
                                           "pdf": str(target), "bookings": 1}
    assert "Tomorrow's call" in pdf_text(target)
    iso = cli("day-sheet", "--date", DAY.isoformat(), "--pdf", str(tmp_path / "iso.pdf"))
    assert iso.returncode == 0 and "(1 booking)" in iso.stdout


@pytest.mark.parametrize(("argv", "message"), [
    (("--date", "2026-13-01", "--pdf", "x.pdf"), "--date '2026-13-01' is not a date"),
    (("--date", "someday", "--pdf", "x.pdf"), "--date 'someday' is not a date"),
    ((), "say where to write the day sheet: --pdf FILE"),
    (("--pdf", "{db}"), "is the database Ruang is using"),
    (("--pdf", "{missing}"), "does not exist"),
])
def test_the_day_sheet_command_refuses_bad_input(cli: Cli, tmp_path: Path,
                                                 argv: tuple[str, ...], message: str) -> None:
    database = tmp_path / "r.db"
    args = [a.format(db=database, missing=tmp_path / "nowhere" / "x.pdf") for a in argv]

    done = cli("day-sheet", *args)

    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert database.read_bytes().startswith(b"SQLite format 3")
    assert not (tmp_path / "x.pdf").exists()


def test_the_confirmation_command(cli: Cli, tmp_path: Path) -> None:
    booking_id = _book(cli, "KAWI", "09:00", "10:00", "Morning call")
    target = tmp_path / "c.pdf"

    done = cli("confirmation", f"#{booking_id}", "--pdf", str(target))

    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Confirmation of #{booking_id} written to {target}\n"
    assert "Morning call" in pdf_text(target)
    as_json = cli("--json", "confirmation", str(booking_id), "--pdf", str(target), "--force")
    assert json.loads(as_json.stdout) == {"booking_id": booking_id, "pdf": str(target)}
    for bad, message in ((["999", "--pdf", str(tmp_path / "y.pdf")], "there is no booking #999"),
                         (["twelve", "--pdf", str(tmp_path / "y.pdf")], "is not a number"),
                         ([str(booking_id)], "--pdf FILE"),
                         ([str(booking_id), "--pdf", str(target)], "already exists")):
        refused = cli("confirmation", *bad)
        assert refused.returncode == 2 and message in refused.stderr, refused.stderr
    assert not (tmp_path / "y.pdf").exists()


def test_a_holiday_sheet_names_the_holiday_and_the_rooms_it_closes(services: Services,
                                                                   tmp_path: Path) -> None:
    holiday = holidays_between(DAY, DAY + timedelta(days=120))[0]

    english, bahasa = holiday.name_en, holiday.name_id

    text = pdf_text(write_day_sheet(services, holiday.day, tmp_path / "holiday.pdf")[0])
    indonesian = pdf_text(write_day_sheet(services, holiday.day, tmp_path / "libur.pdf",
                                          language="id")[0])

    # An English sheet names the holiday in English, an Indonesian one in Bahasa Indonesia.
    assert english and bahasa and english != bahasa
    assert f"Public holiday: {english}." in text and bahasa not in text
    assert text.count(f"Closed all day ({english}):") == 3  # once per floor
    assert "Bromo" in text and "Free all day" not in text
    assert bahasa in indonesian and english not in indonesian


def test_papers_name_rooms_and_floors_in_their_own_language(services: Services,
                                                            tmp_path: Path) -> None:
    booking_id = book(services, "P2.01", on(8), on(17), "Sprint planning")
    english = pdf_text(write_day_sheet(services, DAY, tmp_path / "en.pdf", language="en")[0])
    bahasa = pdf_text(write_day_sheet(services, DAY, tmp_path / "id.pdf", language="id")[0])
    both = pdf_text(write_day_sheet(services, DAY, tmp_path / "both.pdf", language="both")[0])
    assert "Production room P2.01" in english and "Ruang Produksi" not in english
    assert "Ground floor" in english
    assert "Ruang Produksi P2.01" in bahasa and "Production room" not in bahasa
    assert "Lantai dasar" in bahasa and "Ground floor" not in bahasa
    assert "Ruang Produksi P2.01" in both and "Production room P2.01" in both
    letter = pdf_text(write_confirmation(services, booking_id, tmp_path / "c.pdf",
                                         language="id"))
    assert "Ruang Produksi P2.01" in letter and "Production room" not in letter


def test_the_confirmation_as_plain_text(cli: Cli, tmp_path: Path) -> None:
    booking_id = _book(cli, "KAWI", "09:00", "10:00", "<b>Morning</b> call")
    shown = cli("confirmation", str(booking_id), "--text", "-")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert "<b>Morning</b> call" in lines  # typed text as typed, never as markup
    for words in ("Booking confirmation", "Kawi", "09:00–10:00 WIB", f"#{booking_id}",
                  "Confirmed", "by 09:15"):
        assert words in shown.stdout, words
    room = next(line for line in lines if line.startswith("Room:"))
    time = next(line for line in lines if line.startswith("Time:"))
    assert room.index("Kawi") == time.index("09:00")  # the values line up

    target = tmp_path / "c.txt"
    both = cli("--json", "confirmation", str(booking_id), "--text", str(target),
               "--pdf", str(tmp_path / "c.pdf"), "--lang", "both")
    assert both.returncode == 0, both.stderr
    assert json.loads(both.stdout) == {"booking_id": booking_id, "text": str(target),
                                       "pdf": str(tmp_path / "c.pdf")}
    said = target.read_text(encoding="utf-8")
    assert "Ruang / Room" in said or "Ruangan / Room" in said, said
    assert "Konfirmasi" in said and "Booking confirmation" in said
    again = cli("confirmation", str(booking_id), "--text", str(target))
    assert again.returncode == 2 and "already exists" in again.stderr
    assert target.read_text(encoding="utf-8") == said


def test_the_confirmation_as_an_email_ready_to_send(cli: Cli, tmp_path: Path) -> None:
    from email import message_from_bytes, policy

    from icalendar import Calendar

    booking_id = _book(cli, "KAWI", "09:00", "10:00", "Morning call")
    target = tmp_path / "confirmation.eml"

    done = cli("--json", "confirmation", str(booking_id), "--mail", str(target))

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"booking_id": booking_id, "mail": str(target)}
    message = message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["Subject"] == f"Booking confirmation: Morning call — #{booking_id}"
    assert message["X-Unsent"] == "1"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "09:00–10:00 WIB" in body.get_content()
    parts = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(parts) == {f"booking-{booking_id}.pdf", f"booking-{booking_id}.ics"}
    assert parts[f"booking-{booking_id}.pdf"].get_content().startswith(b"%PDF")
    invite = parts[f"booking-{booking_id}.ics"]
    assert invite.get_content_type() == "text/calendar"
    assert invite.get_param("method") == "PUBLISH"
    raw_ics = invite.get_content()
    calendar = Calendar.from_ical(raw_ics if isinstance(raw_ics, bytes) else raw_ics.encode())
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Morning call"
    assert event.decoded("DTSTART").hour == 9
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    again = cli("confirmation", str(booking_id), "--mail", str(target))
    assert again.returncode == 2 and "already exists" in again.stderr
    database = tmp_path / "r.db"
    over_db = cli("confirmation", str(booking_id), "--mail", str(database))
    assert over_db.returncode == 2 and "database" in over_db.stderr
    assert database.read_bytes().startswith(b"SQLite format 3")
