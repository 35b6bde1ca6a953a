"""The room-loan letter of a hall event, and the papers in Indonesian, English or both: real
PDFs read back, and the commands that write them."""

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from subprocess import CompletedProcess
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

import ui.words
from booking.errors import BadInput
from booking.events.letter import loan_letter_of
from booking.events.service import EventView
from booking.services import Services
from tests.helpers.cli import cli_on_copy
from tests.helpers.clock import FakeClock
from tests.helpers.pdf import pdf_pages, pdf_text
from ui.loan_letter import write_loan_letter

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=WIB)
Cli = Callable[..., CompletedProcess[str]]
# Qt's PDF reader needs the application pytest-qt makes (and the letter then reuses it).
pytestmark = pytest.mark.usefixtures("qapp")


def at(hour: int, minute: int = 0, *, day: int = 8) -> datetime:
    """An instant on a day of December 2026 (default Tuesday 8 December)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=WIB)


@pytest.fixture
def services(memory_engine: Engine) -> Services:
    return Services(memory_engine, now=FakeClock(NOW), actor="frontdesk")


def request_launch(services: Services) -> EventView:
    return services.events.request(
        actor="frontdesk", hall="HALL-A", start=at(9), end=at(16, 30),
        title="Peluncuran Tani Cerdas 2.0", layout="theatre", attendees=120, setup_min=90,
        teardown_min=45, equipment={"livestream_kit": 1, "microphone": 4},
        organizer="Dewi Lestari", organization="Tani Cerdas", contact_name="Andi (AV crew)",
        contact_phone="0812 3456 7890", public=True).event


@pytest.fixture
def approved(services: Services) -> EventView:
    services.accounts.add(actor="admin", username="ratna", role="manager",
                          display_name="Ratna Kusuma")
    event = request_launch(services)
    return services.events.approve(actor="ratna", event_id=event.id).event


def test_the_letter_lends_the_hall_with_times_layout_equipment_and_signatures(
        services: Services, approved: EventView, tmp_path: Path) -> None:
    path = write_loan_letter(services, approved.id, tmp_path / "letter.pdf", language="en")

    pages = pdf_pages(path)
    assert len(pages) == 1  # one A4 page
    text = pages[0]
    for words in ("CODING FACTORY", "KEK Singhasari", f"No. {approved.id:03d}/CF/PR/XII/2026",
                  "Malang, Tuesday 1 December 2026", "ROOM-LOAN LETTER", "To: Tani Cerdas",
                  "Attn. Dewi Lestari", "Peluncuran Tani Cerdas 2.0", "Public",
                  "Hall A (half of the hall)", "Tuesday 8 December 2026", "09:00–16:30 WIB",
                  "setup from 07:30, teardown until 17:15",
                  "120 expected; the theatre layout holds 150", "Livestream kit × 1",
                  "Wireless microphone × 4", "No smoking", "cleared by 17:15",
                  "Andi (AV crew) · 0812 3456 7890", "Ratna Kusuma", "Approved Tue 1 Dec 2026"):
        assert words in text, words
    assert "DRAFT" not in text
    assert "by frontdesk" in text


def test_a_request_not_approved_prints_as_a_draft_without_a_signer(
        services: Services, tmp_path: Path) -> None:
    event = services.events.request(actor="frontdesk", hall="HALL", start=at(13, day=9),
                                    end=at(17, day=9), title="Town hall", layout="classroom",
                                    attendees=140, organizer="Budi").event

    text = pdf_text(write_loan_letter(services, event.id, tmp_path / "draft.pdf",
                                      language="en"))

    assert "DRAFT — not approved" in text
    assert "Whole hall (Hall)" in text and "the classroom layout holds 150" in text
    assert "Building manager" not in text  # nobody approved it: nobody signed


def test_the_letter_in_indonesian_and_in_both(services: Services, approved: EventView,
                                              tmp_path: Path) -> None:
    indonesian = pdf_text(write_loan_letter(services, approved.id, tmp_path / "id.pdf",
                                            language="id"))
    both = pdf_text(write_loan_letter(services, approved.id, tmp_path / "both.pdf",
                                      language="both"))

    assert "Malang, Selasa 1 Desember 2026" in indonesian
    assert "Selasa 8 Desember 2026" in indonesian and "December" not in indonesian
    assert "Selasa 8 Desember 2026" in both and "Tuesday 8 December 2026" in both


def test_both_prints_each_fixed_text_in_indonesian_beside_english(
        services: Services, approved: EventView, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The document asks the Indonesian catalog for its words (here a stand-in catalog)."""
    catalog = {"ROOM-LOAN LETTER": "SURAT PEMINJAMAN RUANG",
               "DRAFT — not approved": "DRAF — belum disetujui",
               "No smoking, open flames or fireworks anywhere in the building.":
                   "Dilarang merokok, menyalakan api atau kembang api di seluruh gedung.",
               "Conditions": "Ketentuan"}
    monkeypatch.setattr(ui.words, "text_in",
                        lambda language, source: catalog.get(source, source)
                        if language == "id" else source)
    draft = services.events.request(actor="frontdesk", hall="HALL-B", start=at(10, day=10),
                                    end=at(12, day=10), title="Demo day", layout="banquet",
                                    attendees=40).event

    text = pdf_text(write_loan_letter(services, approved.id, tmp_path / "both.pdf",
                                      language="both"))
    english = pdf_text(write_loan_letter(services, approved.id, tmp_path / "en.pdf",
                                         language="en"))
    withdrawn = pdf_text(write_loan_letter(services, draft.id, tmp_path / "draft.pdf",
                                           language="both"))

    for indonesian, source in (("SURAT PEMINJAMAN RUANG", "ROOM-LOAN LETTER"),
                               ("Ketentuan", "Conditions"),
                               ("Dilarang merokok", "No smoking")):
        assert indonesian in text and source in text, source
        assert text.index(indonesian) < text.index(source)  # Indonesian first
        assert indonesian not in english and source in english
    assert "DRAF — belum disetujui" in withdrawn and "DRAFT — not approved" in withdrawn


def test_only_hall_events_get_a_letter(services: Services, approved: EventView) -> None:
    meeting_room = next(r for r in services.rooms() if r.code == "KAWI")

    with pytest.raises(BadInput, match="only for hall events"):
        loan_letter_of(services.engine, approved, meeting_room, printed_at=NOW)
    with pytest.raises(BadInput, match="no event #999"):
        services.loan_letter(999)


# ----- the command line --------------------------------------------------------------------

@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path) -> Cli:
    return cli_on_copy(initialised_template, tmp_path, FakeClock(NOW))


def _request(cli: Cli) -> int:
    done = cli("event", "request", "HALL-B", "2026-12-08T10:00", "2026-12-08T12:00",
               "--title", "Demo day", "--layout", "banquet", "--attendees", "40",
               "--organizer", "Sari", "--json")
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["id"])


def test_the_letter_command(cli: Cli, tmp_path: Path) -> None:
    event_id = _request(cli)
    target = tmp_path / "letter.pdf"

    done = cli("event", "letter", str(event_id), "--pdf", str(target), "--lang", "id")

    assert done.returncode == 0, done.stderr
    # --lang id is the paper's language and the messages' too.
    assert done.stdout == f"Surat peminjaman ruang untuk #{event_id} ditulis ke {target}\n"
    text = pdf_text(target)
    assert "Demo day" in text and "Selasa 8 Desember 2026" in text and "DRAF" in text
    # An existing file is replaced only with --force.
    again = cli("event", "letter", str(event_id), "--pdf", str(target), "--lang", "en")
    assert again.returncode == 2 and "already exists" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert "Selasa" in pdf_text(target)
    forced = cli("event", "letter", str(event_id), "--pdf", str(target), "--lang", "both",
                 "--force", "--json")
    assert json.loads(forced.stdout) == {"event_id": event_id, "pdf": str(target)}
    assert "Tuesday 8 December 2026" in pdf_text(target)
    assert "Selasa 8 Desember 2026" in pdf_text(target)


@pytest.mark.parametrize(("argv", "message"), [
    (["999", "--pdf", "{dir}/x.pdf"], "there is no event #999"),
    (["twelve", "--pdf", "{dir}/x.pdf"], "is not a number"),
    (["{id}"], "--pdf FILE"),
    (["{id}", "--pdf", "{dir}/x.pdf", "--lang", "fr"], "invalid choice"),
])
def test_the_letter_command_refuses_bad_input(cli: Cli, tmp_path: Path, argv: list[str],
                                              message: str) -> None:
    event_id = _request(cli)
    args = [a.format(dir=tmp_path, id=event_id) for a in argv]

    done = cli("event", "letter", *args)

    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_every_paper_command_takes_both_languages(cli: Cli, tmp_path: Path) -> None:
    event_id = _request(cli)
    booked = cli("book", "KAWI", "2026-12-08T09:00", "2026-12-08T10:00", "--title",
                 "Morning call", "--json")
    booking_id = json.loads(booked.stdout)["id"]
    papers = {"sheet.pdf": ("event", "sheet", str(event_id)),
              "day.pdf": ("day-sheet", "--date", "2026-12-08"),
              "confirmation.pdf": ("confirmation", str(booking_id))}

    for name, command in papers.items():
        done = cli(*command, "--pdf", str(tmp_path / name), "--lang", "both")
        assert done.returncode == 0, done.stderr
        # The command's own messages stay in one language (English here).
        assert "written to" in done.stdout
        text = pdf_text(tmp_path / name)
        assert "Desember" in text and "December" in text, name
    english = cli("day-sheet", "--date", "2026-12-08", "--pdf", str(tmp_path / "en.pdf"),
                  "--lang", "en")
    assert english.returncode == 0
    assert "Desember" not in pdf_text(tmp_path / "en.pdf")
    # The global --lang, before the command, speaks one language only.
    refused = cli("--lang", "both", "day-sheet", "--pdf", str(tmp_path / "x.pdf"))
    assert refused.returncode == 2 and "invalid choice" in refused.stderr
