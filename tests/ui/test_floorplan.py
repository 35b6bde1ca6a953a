"""The floor plan used as a person uses it: moments, clicks, keys, Book; then screen and database."""

from collections.abc import Iterator
from datetime import datetime
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRectF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from shapely.geometry import Polygon
from sqlalchemy import Engine

from booking.building.spec import DEFAULT_BUILDING_FILE, load_building_file
from booking.errors import BadInput
from booking.occupancy import RoomStatus
from booking.services import Services
from booking.views import Change
from tests.helpers.clock import FakeClock
from tests.ui.conftest import at
from ui.floorplan import FloorPlanView
from ui.floorplan.items import AreaItem, RoomItem
from ui.floorplan.style import SCALE

FD = "frontdesk"


def book(services: Services, room: str, start: datetime, end: datetime, *, title: str = "Meeting",
         organization: str | None = None, attendees: int = 0) -> int:
    change = services.bookings.book(actor=FD, room=room, start=start, end=end, title=title,
                                    organization=organization, attendees=attendees)
    return change.booking.id


@pytest.fixture
def monday(services: Services, clock: FakeClock) -> dict[str, int]:
    """Monday 7 Dec 2026: one room in each state at 10:00 (figures counted by hand below)."""
    ids = {
        "hall": book(services, "HALL-A", at(9), at(12), title="Intern orientation",
                     organization="Intern Cohort 2026-A", attendees=100),
        "semeru": book(services, "SEMERU", at(9, 30), at(10, 30), title="Steering committee",
                       organization="Bank Mandiri", attendees=12),
        "bromo": book(services, "BROMO", at(10), at(11), title="Client demo",
                      organization="PT Telkom Indonesia", attendees=5),
        "bromo_later": book(services, "BROMO", at(14), at(15), title="Contract negotiation"),
        "kawi": book(services, "KAWI", at(10, 15), at(11), title="Interview",
                     organization="FPT Software", attendees=2),
    }
    services.terms.assign_term(actor="manager", room="P2.01", organization="GovTech Singapore",
                               start=at(0, day=1), end=at(0, day=31))
    services.terms.add_closure(actor="manager", name="Projector repair", room="B3.01",
                               start=at(8), end=at(13))
    clock.current = at(9, 35)
    services.bookings.check_in(actor=FD, booking_id=ids["semeru"])
    clock.current = datetime(2026, 12, 1, 8, 0, tzinfo=at(0).tzinfo)
    return ids


@pytest.fixture
def plan(qtbot: QtBot, services: Services) -> Iterator[FloorPlanView]:
    view = FloorPlanView(services=services)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()


@pytest.fixture
def fake_dialog(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """The booking dialog, answered as a person would: 'Walk-in', saved as prefilled."""
    from ui.booking_dialog import BookingDialog

    asked: list[dict[str, object]] = []

    def ask(_cls: object, *, services: Services, parent: object = None,  # noqa: ARG001
            **prefill: object) -> Change | None:
        asked.append(prefill)
        return services.bookings.book(actor=services.actor, room=str(prefill["room"]),
                                      start=prefill["start"], end=prefill["end"],  # type: ignore[arg-type]
                                      title="Walk-in")
    monkeypatch.setattr(BookingDialog, "ask", classmethod(ask))
    return asked


def click(qtbot: QtBot, view: FloorPlanView, code: str) -> None:
    """Click a room and wait for its panel (it opens once no double-click can follow)."""
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.room_point(code))
    qtbot.waitUntil(lambda: view.room_panel.isVisible() and view.room_panel.room is not None
                    and view.room_panel.room.code == code)


def test_rooms_show_their_state_at_a_moment(plan: FloorPlanView,
                                            monday: dict[str, int]) -> None:  # noqa: ARG001
    plan.set_moment(at(10))
    bromo = plan.room_item("BROMO")
    assert bromo.status == RoomStatus.BOOKED
    assert (bromo.word, bromo.detail) == ("Booked", "PT Telkom Indonesia")
    assert plan.room_item("SEMERU").status == RoomStatus.IN_USE
    assert plan.room_item("KAWI").status == RoomStatus.SOON
    assert plan.room_item("KAWI").detail == "10:15 FPT Software"
    assert plan.room_item("ARJUNO").status == RoomStatus.FREE
    assert plan.room_item("LOBBY").status == RoomStatus.NOT_BOOKABLE
    plan.show_floor(2)
    assert plan.room_item("P2.01").status == RoomStatus.ASSIGNED
    assert plan.room_item("P2.01").detail == "GovTech Singapore"
    plan.show_floor(3)
    closed = plan.room_item("B3.01")
    assert (closed.status, closed.detail) == (RoomStatus.CLOSED, "Projector repair")


def test_hovering_tells_the_current_and_next_booking(plan: FloorPlanView,
                                                     monday: dict[str, int]) -> None:  # noqa: ARG001
    plan.set_moment(at(10, 30))
    tip = plan.room_item("BROMO").toolTip()
    assert "Now: 10:00–11:00 Client demo — PT Telkom Indonesia, 5 people" in tip
    assert "Next: 14:00–15:00 Contract negotiation" in tip
    assert "nothing more today" in plan.room_item("ARJUNO").toolTip()


def test_the_whole_hall_frame_and_a_booked_half(plan: FloorPlanView,
                                                monday: dict[str, int]) -> None:  # noqa: ARG001
    plan.set_moment(at(10))
    assert plan.room_item("HALL-A").status == RoomStatus.BOOKED
    assert plan.room_item("HALL-B").status == RoomStatus.FREE
    with pytest.raises(StopIteration):
        plan.room_item("HALL")  # the whole hall is a frame around its halves, not a third room
    frame = next(iter(plan.plans[1].frames.values()))
    assert frame.room.code == "HALL" and frame.label == "Hall (whole) · 350 seats"


def test_the_slider_scrubs_through_the_day(qtbot: QtBot, plan: FloorPlanView,
                                           monday: dict[str, int]) -> None:  # noqa: ARG001
    plan.set_moment(at(9))
    slider = plan.time_bar.slider
    assert plan.room_item("SEMERU").status == RoomStatus.FREE
    assert slider.value() == 36
    slider.setFocus()
    for _ in range(3):  # 09:45
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert plan.moment == at(9, 45) and not plan.following
    assert plan.time_bar.time_label.text() == "09:45"
    assert plan.room_item("SEMERU").status == RoomStatus.IN_USE
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)  # an hour on: 10:45
    assert plan.moment == at(10, 45)
    assert plan.room_item("SEMERU").status == RoomStatus.FREE
    assert plan.room_item("BROMO").status == RoomStatus.BOOKED
    plan.time_bar.date_edit.setDate(QDate(2026, 12, 8))  # the date picker keeps the time
    assert plan.moment == at(10, 45, day=8)
    assert plan.room_item("BROMO").status == RoomStatus.FREE


def test_now_follows_the_clock_every_minute(qtbot: QtBot, plan: FloorPlanView,
                                            monday: dict[str, int],  # noqa: ARG001
                                            clock: FakeClock) -> None:
    plan.set_moment(at(15))
    clock.current = at(9, 40)
    qtbot.mouseClick(plan.time_bar.now_button, Qt.MouseButton.LeftButton)
    assert plan.following and plan.time_bar.now_button.isChecked()
    assert plan.moment == at(9, 40)
    assert plan.room_item("SEMERU").status == RoomStatus.IN_USE
    clock.advance(minutes=51)
    plan.clock_timer.timeout.emit()
    assert plan.moment == at(10, 31)
    assert plan.time_bar.time_label.text() == "10:31"
    assert plan.room_item("SEMERU").status == RoomStatus.FREE
    assert plan.room_item("KAWI").status == RoomStatus.BOOKED


def test_clicking_a_room_opens_its_agenda(qtbot: QtBot, plan: FloorPlanView,
                                          monday: dict[str, int]) -> None:  # noqa: ARG001
    plan.set_moment(at(10))
    panel = plan.room_panel
    assert not panel.isVisible()
    click(qtbot, plan, "BROMO")
    assert plan.selected == plan.room_item("BROMO").room.id
    assert plan.room_item("BROMO").selected
    assert panel.title_label.text() == "Bromo (BROMO)"
    agenda = [panel.agenda_list.item(i).text() for i in range(panel.agenda_list.count())]
    assert agenda[0].startswith("10:00–11:00  Client demo — PT Telkom Indonesia")
    assert agenda[1].startswith("14:00–15:00  Contract negotiation")
    assert panel.state_label.text() == "Booked: PT Telkom Indonesia"
    click(qtbot, plan, "ARJUNO")  # the open panel follows the next click at once
    assert panel.title_label.text() == "Arjuno (ARJUNO)"
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and plan.selected is None
    assert not plan.room_item("BROMO").selected and not plan.room_item("ARJUNO").selected


def test_book_takes_the_next_free_slot_of_the_chosen_length(
        qtbot: QtBot, plan: FloorPlanView, services: Services, monday: dict[str, int],  # noqa: ARG001
        fake_dialog: list[dict[str, object]]) -> None:
    plan.set_moment(at(10))
    click(qtbot, plan, "BROMO")
    panel = plan.room_panel
    panel.length_combo.setCurrentIndex(2)  # 2 h
    # Bromo is booked 10:00-11:00 with a 10-minute changeover, then free until 14:00.
    assert panel.slot == (at(11, 15), at(13, 15))
    with qtbot.waitSignal(plan.changed) as signal:
        qtbot.mouseClick(panel.book_button, Qt.MouseButton.LeftButton)
    assert fake_dialog == [{"room": "BROMO", "start": at(11, 15), "end": at(13, 15)}]
    made = services.list_bookings(start=at(11), end=at(14), room_ids=[plan.selected or 0])
    assert [(b.title, b.start, b.end) for b in made] == [("Walk-in", at(11, 15), at(13, 15))]
    assert isinstance(signal.args[0], Change) and signal.args[0].booking.id == made[0].id
    agenda = [panel.agenda_list.item(i).text() for i in range(panel.agenda_list.count())]
    assert any(line.startswith("11:15–13:15  Walk-in") for line in agenda)
    plan.set_moment(at(12))
    assert plan.room_item("BROMO").status == RoomStatus.BOOKED


def test_a_team_room_offers_its_next_slot_to_the_team(
        qtbot: QtBot, plan: FloorPlanView, monday: dict[str, int]) -> None:  # noqa: ARG001
    plan.set_moment(at(10))
    plan.show_floor(2)
    click(qtbot, plan, "P2.01")
    panel = plan.room_panel
    assert panel.state_label.text() == "Team: GovTech Singapore"
    assert panel.slot == (at(10), at(11))
    assert panel.slot_label.text() == "Next free for GovTech Singapore: Mon 07 Dec 10:00–11:00"
    assert panel.book_button.isEnabled()


def test_double_click_an_occupied_room_asks_to_open_its_booking(
        qtbot: QtBot, plan: FloorPlanView, monday: dict[str, int]) -> None:
    plan.set_moment(at(10, 15))
    viewport = plan.canvas.viewport()
    point = plan.room_point("SEMERU")
    with qtbot.waitSignal(plan.booking_open_requested) as signal:
        # A person's double-click: a click, then the second press that makes it double.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
        assert plan.panel_timer.isActive()
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [monday["semeru"]]
    assert not plan.panel_timer.isActive()  # a double-click does not also open the panel
    assert plan.room_point("SEMERU") == point
    with qtbot.assertNotEmitted(plan.booking_open_requested):
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=plan.room_point("ARJUNO"))


def test_figures_match_the_hand_count(plan: FloorPlanView,
                                      monday: dict[str, int]) -> None:  # noqa: ARG001
    plan.set_moment(at(10))
    # Lantai 1: Hall A (100 people), Semeru (12, checked in), Bromo (5); Kawi only starts soon.
    assert plan.figures.text_of(1) == ("Lantai 1 · 3 / 9 rooms booked now (33%) · 1 checked in · "
                                       "117 / 468 seats booked · 12 checked in")
    # Lantai 2: P2.01 assigned to a team counts its 22 seats. Lantai 3: B3.01 is closed.
    assert plan.figures.text_of(2) == ("Lantai 2 · 1 / 9 rooms booked now (11%) · 0 checked in · "
                                       "22 / 121 seats booked · 0 checked in")
    assert plan.figures.text_of(3) == ("Lantai 3 · 0 / 17 rooms booked now (0%) · 0 checked in · "
                                       "0 / 269 seats booked · 0 checked in")
    assert plan.figures.text_of(None) == ("Building · 4 / 35 rooms booked now (11%) · 1 checked in · "
                                          "139 / 858 seats booked · 12 checked in")
    assert plan.canvas.titles[0].figures == "3 / 9 rooms booked · 1 checked in · 117 / 468 seats"


def test_geometry_matches_the_building_file(plan: FloorPlanView) -> None:
    spec = load_building_file(DEFAULT_BUILDING_FILE)
    divided = {r.parent for r in spec.rooms if r.parent}
    for floor in spec.floors:
        items = plan.plans[floor.level].rooms
        by_code = {item.room.code: item for item in items.values()}
        rooms = [r for r in spec.rooms if r.floor == floor.level]
        assert set(by_code) == {r.code for r in rooms if r.code not in divided}
        for room in rooms:
            if room.code in divided:
                continue
            xs, ys = [p[0] for p in room.outline], [p[1] for p in room.outline]
            expected = QRectF(min(xs) * SCALE, min(ys) * SCALE, (max(xs) - min(xs)) * SCALE,
                              (max(ys) - min(ys)) * SCALE)
            assert by_code[room.code].boundingRect() == expected, room.code
        shapes = {code: Polygon([(p.x(), p.y()) for p in
                                 item.mapToScene(item.shape().toFillPolygon())])
                  for code, item in by_code.items()}
        for a, b in combinations(shapes, 2):
            assert shapes[a].intersection(shapes[b]).area < 1e-6, (a, b)
        areas = [i for i in plan.plans[floor.level].scene.items() if isinstance(i, AreaItem)]
        assert sorted(i.area.code for i in areas) == sorted(
            a.code for a in spec.areas if a.floor == floor.level)


def test_whole_building_shows_every_floor_without_overlap(plan: FloorPlanView) -> None:
    plan.show_floor(None)
    building = plan.plans[None]
    assert [floor.level for floor, _rect in building.floors] == [1, 2, 3]
    rects = [rect for _floor, rect in building.floors]
    assert all(not a.intersects(b) for a, b in combinations(rects, 2))
    items = [i for i in building.scene.items() if isinstance(i, RoomItem)]
    assert len(items) == 36  # 37 rooms, the whole hall drawn as the frame of its halves
    for item in items:
        footprint = rects[item.room.floor_level - 1]
        assert footprint.contains(item.sceneBoundingRect())


def test_tabs_and_page_keys_switch_floors(qtbot: QtBot, plan: FloorPlanView) -> None:
    assert plan.level == 1 and plan.floor_tabs.currentIndex() == 0
    plan.canvas.setFocus()
    qtbot.keyClick(plan.canvas, Qt.Key.Key_PageUp)
    assert plan.level == 2 and plan.canvas.scene() is plan.plans[2].scene
    qtbot.keyClick(plan.canvas, Qt.Key.Key_PageUp)
    qtbot.keyClick(plan.canvas, Qt.Key.Key_PageUp)
    assert plan.level is None and plan.floor_tabs.tabText(3) == "Whole building"
    qtbot.keyClick(plan.canvas, Qt.Key.Key_PageUp)  # nothing above the whole building
    assert plan.level is None
    qtbot.keyClick(plan.canvas, Qt.Key.Key_PageDown)
    assert plan.level == 3
    tab = plan.floor_tabs.tabRect(0).center()
    qtbot.mouseClick(plan.floor_tabs, Qt.MouseButton.LeftButton, pos=tab)
    assert plan.level == 1 and plan.canvas.scene() is plan.plans[1].scene


def test_zoom_pan_and_fit(qtbot: QtBot, plan: FloorPlanView) -> None:
    canvas = plan.canvas
    fitted = canvas.zoom()
    qtbot.mouseClick(plan.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plan.zoom_in_button, Qt.MouseButton.LeftButton)
    assert canvas.zoom() == pytest.approx(fitted * 1.25 ** 2)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.zoom() == pytest.approx(fitted * 1.25)
    before = canvas.horizontalScrollBar().value()
    start = canvas.viewport().rect().center()
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(60, 0))
    qtbot.mouseMove(viewport, start + QPoint(120, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 0))
    assert canvas.horizontalScrollBar().value() == before - 120
    assert plan.selected is None  # a drag pans; it does not click a room
    qtbot.mouseClick(plan.fit_button, Qt.MouseButton.LeftButton)
    assert canvas.zoom() == pytest.approx(fitted)


def test_exports_write_a_png_and_a_pdf(plan: FloorPlanView, tmp_path: Path,
                                       monday: dict[str, int]) -> None:  # noqa: ARG001
    plan.set_moment(at(10))
    png, pdf = tmp_path / "floor.png", tmp_path / "floor.pdf"
    assert plan.export_png(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    assert image.width() == 1800 and image.height() > 600
    assert plan.export_pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    with pytest.raises(BadInput, match="does not exist"):
        plan.export_png(tmp_path / "missing" / "floor.png")


def test_the_export_buttons_keep_the_database_and_a_failed_render_changes_nothing(
        qtbot: QtBot, file_engine: Engine, db_file: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    import ui.floorplan.view

    view = FloorPlanView(services=Services(file_engine, now=clock))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    said: list[str] = []
    view.status_message.connect(said.append)
    chosen = [db_file]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(chosen[0]), "")))
    before = db_file.read_bytes()

    qtbot.mouseClick(view.png_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)

    assert len(said) == 2 and all(s.startswith("Not exported: ") for s in said)
    assert all("is the database Ruang is using" in s for s in said)
    assert db_file.read_bytes() == before
    # An existing file the dialog asked about is replaced ...
    chosen[0] = db_file.with_name("plan.png")
    chosen[0].write_text("an older plan")
    qtbot.mouseClick(view.png_button, Qt.MouseButton.LeftButton)
    assert said[-1] == f"Exported the floor plan to {chosen[0]}."
    assert chosen[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # ... but a render that fails halfway leaves it as it was, and nothing beside it.
    written = chosen[0].read_bytes()

    def half(path: Path, _canvas: object, _sheet: object) -> bool:
        path.write_bytes(b"\x89PNG half")
        return False

    monkeypatch.setattr(ui.floorplan.view, "write_png", half)
    qtbot.mouseClick(view.png_button, Qt.MouseButton.LeftButton)
    assert said[-1].startswith("Not exported: ")
    assert chosen[0].read_bytes() == written
    assert sorted(p.name for p in db_file.parent.iterdir()
                  if not p.name.startswith("ruang.db")) == ["plan.png"]
    view.close()
