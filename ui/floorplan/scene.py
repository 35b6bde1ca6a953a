"""Scenes of the plan: one floor, or the whole building with its floors side by side."""

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsScene

from booking.occupancy import AreaInfo
from booking.views import FloorInfo, RoomInfo
from ui.floorplan.items import AreaItem, DivisibleFrame, FloorItem, RoomItem, outline_path
from ui.floorplan.style import PLAN_BACKGROUND, SCALE

FLOOR_GAP_M = 5.0
MARGIN_M = 2.0


@dataclass
class FloorPlan:
    """A scene and what is on it: room items and divisible frames by room id, floor rectangles."""

    scene: QGraphicsScene
    rooms: dict[int, RoomItem] = field(default_factory=dict)
    frames: dict[int, DivisibleFrame] = field(default_factory=dict)
    floors: list[tuple[FloorInfo, QRectF]] = field(default_factory=list)

    @property
    def content_rect(self) -> QRectF:
        """The floors' footprints together, in scene units."""
        rect = QRectF()
        for _floor, footprint in self.floors:
            rect = rect.united(footprint)
        return rect


def build_plan(floors: list[FloorInfo], rooms: list[RoomInfo], areas: list[AreaInfo], *,
               columns: int = 0, parent: QObject | None = None) -> FloorPlan:
    """Draw the given floors to scale in one scene, left to right in rows of `columns`."""
    scene = QGraphicsScene(parent)
    scene.setBackgroundBrush(QColor(PLAN_BACKGROUND))
    plan = FloorPlan(scene)
    divided = {r.parent_code for r in rooms if r.parent_code}
    columns = columns or max(1, len(floors))
    cell_w = max((f.width for f in floors), default=0.0) + FLOOR_GAP_M
    cell_h = max((f.depth for f in floors), default=0.0) + FLOOR_GAP_M
    for index, floor in enumerate(floors):
        row, column = divmod(index, columns)
        offset = QPointF(column * cell_w * SCALE, row * cell_h * SCALE)
        on_floor = [r for r in rooms if r.floor_level == floor.level and r.outline]
        drawn = [a for a in areas if a.floor_level == floor.level and a.outline]
        covered = QPainterPath()
        for outline in [r.outline for r in on_floor] + [a.outline for a in drawn]:
            covered = covered.united(outline_path(outline))
        scene.addItem(FloorItem(floor.width, floor.depth, covered, offset=offset))
        for area in drawn:
            scene.addItem(AreaItem(area, offset=offset))
        for room in on_floor:
            if room.code in divided:
                frame = DivisibleFrame(room, offset=offset)
                plan.frames[room.id] = frame
                scene.addItem(frame)
            else:
                item = RoomItem(room, offset=offset)
                plan.rooms[room.id] = item
                scene.addItem(item)
        plan.floors.append((floor, QRectF(offset.x(), offset.y(), floor.width * SCALE,
                                          floor.depth * SCALE)))
    margin = MARGIN_M * SCALE
    scene.setSceneRect(plan.content_rect.adjusted(-margin, -margin, margin, margin))
    return plan


def best_columns(floors: list[FloorInfo], width: float, height: float,
                 title_px: float) -> int:
    """How many floors side by side show them largest in a viewport of width × height pixels."""
    if not floors:
        return 1
    floor_w = max(f.width for f in floors) * SCALE
    floor_h = max(f.depth for f in floors) * SCALE
    gap = FLOOR_GAP_M * SCALE

    def scale(columns: int) -> float:
        rows = -(-len(floors) // columns)
        return min(width / (columns * floor_w + (columns - 1) * gap),
                   (height - title_px) / (rows * floor_h + (rows - 1) * gap))
    return max(range(1, len(floors) + 1), key=lambda c: (scale(c), c))
