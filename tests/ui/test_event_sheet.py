"""The event sheet: a real PDF whose text (read back with Qt's PDF module) says what the crew needs."""

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtPdf import QPdfDocument
from sqlalchemy import Engine

from booking.errors import BadInput
from booking.events.service import EventView
from booking.services import Services
from tests.helpers.accounts import act_for
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock
from ui.event_sheet import render_event_sheet, write_event_sheet

WIB = ZoneInfo("Asia/Jakarta")
ROOT = Path(__file__).resolve().parents[2]
# Qt's PDF reader needs the application pytest-qt makes (and the sheet then reuses it).
pytestmark = pytest.mark.usefixtures("qapp")


def at(hour: int, minute: int = 0, *, day: int = 8) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=WIB)


@pytest.fixture
def services(memory_engine: Engine) -> Services:
    return Services(memory_engine, now=FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=WIB)),
                    actor="manager")


@pytest.fixture
def launch(services: Services) -> EventView:
    act_for(services.engine, "organizer", "Tani Cerdas")
    event = services.events.request(
        actor="organizer", hall="HALL-A", start=at(9), end=at(16, 30),
        title="Peluncuran Tani Cerdas 2.0", layout="theatre", attendees=120, setup_min=90,
        teardown_min=45, equipment={"livestream_kit": 1, "microphone": 4},
        catering="Coffee break at 10:00, lunch boxes (halal)", organizer="Dewi Lestari",
        organization="Tani Cerdas", contact_name="Andi (AV crew)",
        contact_phone="0812 3456 7890", public=True).event
    return services.events.approve(actor="manager", event_id=event.id).event


def pdf_text(path: Path) -> str:
    """The text of every page, with line breaks and runs of spaces as single spaces."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return " ".join(text.split())


def test_the_sheet_holds_title_hall_times_and_equipment(launch: EventView,
                                                        tmp_path: Path) -> None:
    path = render_event_sheet(launch, tmp_path / "launch.pdf",
                              equipment_names={"livestream_kit": "Livestream kit",
                                               "microphone": "Wireless microphone"})

    assert path == tmp_path / "launch.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    assert "Peluncuran Tani Cerdas 2.0" in text
    assert "Hall A" in text
    assert "09:00–16:30" in text
    assert "07:30" in text  # setup starts 90 minutes before
    assert "17:15" in text  # teardown ends 45 minutes after
    assert "Wireless microphone" in text and "× 4" in text
    assert "Livestream kit" in text
    assert "Coffee break at 10:00" in text
    assert "Andi (AV crew)" in text and "0812 3456 7890" in text
    assert "Theatre" in text and "120" in text
    assert "Public" in text
    assert "APPROVED" in text


def test_a_request_not_yet_approved_says_so_on_the_sheet(
                                                         services: Services,
                                                         tmp_path: Path) -> None:
    held = services.events.request(actor="organizer", hall="HALL", start=at(13), end=at(17),
                                   title="Town hall", layout="reception", attendees=200).event

    text = pdf_text(render_event_sheet(held, tmp_path / "held.pdf"))

    assert "Not confirmed" in text
    assert "Town hall" in text and "13:00–17:00" in text


def test_a_multi_day_event_with_nightly_teardown_lists_every_day(
                                                                 services: Services,
                                                                 tmp_path: Path) -> None:
    hackathon = services.events.request(
        actor="organizer", hall="HALL-B", start=at(8, day=8), end=at(20, day=10),
        title="Hackathon", layout="classroom", attendees=60, nightly_teardown=True).event

    text = pdf_text(render_event_sheet(hackathon, tmp_path / "hackathon.pdf"))

    for day in ("Tue 8 Dec", "Wed 9 Dec", "Thu 10 Dec"):
        assert day in text
    assert text.count("Teardown") >= 3


def test_write_event_sheet_names_the_equipment_and_the_printer(
        services: Services, launch: EventView, tmp_path: Path) -> None:
    path = write_event_sheet(services, launch.id, tmp_path / "sheet.pdf")

    text = pdf_text(path)
    assert "Wireless microphone" in text
    assert "by manager" in text


def test_write_event_sheet_refuses_a_missing_folder(services: Services, launch: EventView,
                                                    tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "sheet.pdf"

    with pytest.raises(BadInput, match="the folder .*no-such-folder does not exist") as caught:
        write_event_sheet(services, launch.id, missing)

    assert caught.value.exit_code == 2
    assert not missing.parent.exists()


def test_write_event_sheet_refuses_an_unknown_event_and_a_folder(
        services: Services, launch: EventView, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="there is no event #999"):
        write_event_sheet(services, 999, tmp_path / "sheet.pdf")
    with pytest.raises(BadInput, match="is a folder"):
        write_event_sheet(services, launch.id, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_event_sheet_command(file_engine: Engine, db_file: Path, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=WIB))
    event = Services(file_engine, now=clock).events.request(
        actor="organizer", hall="HALL-B", start=at(10), end=at(12), title="Demo day",
        layout="banquet", attendees=40).event
    file_engine.dispose()
    saved = tmp_path / "x.pdf"

    done = run_cli("--db", str(db_file), "event", "sheet", f"#{event.id}", "--pdf", str(saved),
                   now=clock)

    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Event sheet for #{event.id} written to {saved}\n"
    assert "by frontdesk" in pdf_text(saved)
    as_json = run_cli("--db", str(db_file), "--json", "event", "sheet", str(event.id), "--pdf",
                      str(tmp_path / "e.pdf"), now=clock)
    assert json.loads(as_json.stdout)["pdf"] == str(tmp_path / "e.pdf")
    for bad in (["twelve", "--pdf", str(tmp_path / "y.pdf")], [str(event.id)]):
        refused = run_cli("--db", str(db_file), "event", "sheet", *bad, now=clock)
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "y.pdf").exists()


def test_the_sheet_is_written_without_any_window_or_application(file_engine: Engine,
                                                                db_file: Path,
                                                                tmp_path: Path) -> None:
    """As from the command line: a fresh process, no QApplication, no display."""
    services = Services(file_engine, now=FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=WIB)))
    event = services.events.request(actor="organizer", hall="HALL-B", start=at(10),
                                    end=at(12), title="Demo day", layout="banquet",
                                    attendees=40).event
    file_engine.dispose()
    target = tmp_path / "demo.pdf"
    script = ("import sys; from pathlib import Path; from booking.store.db import make_engine; "
              "from booking.services import Services; "
              "from ui.event_sheet import write_event_sheet; "
              "write_event_sheet(Services(make_engine(sys.argv[1])), int(sys.argv[2]), "
              "Path(sys.argv[3]))")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY",
                                                            "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-c", script, str(db_file), str(event.id),
                           str(target)], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)

    assert done.returncode == 0, done.stderr
    assert "Demo day" in pdf_text(target)


def test_the_sheet_names_the_hall_and_equipment_in_its_language(
        services: Services, launch: EventView, tmp_path: Path) -> None:
    bahasa = pdf_text(write_event_sheet(services, launch.id, tmp_path / "id.pdf",
                                        language="id"))
    assert "Mikrofon nirkabel" in bahasa and "Wireless microphone" not in bahasa
    assert "Aula" in bahasa
    both = pdf_text(write_event_sheet(services, launch.id, tmp_path / "both.pdf",
                                      language="both"))
    assert "Mikrofon nirkabel" in both and "Wireless microphone" in both
