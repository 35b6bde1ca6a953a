"""The side panel: floors and rooms, with filters that narrow what the timeline shows."""

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from booking.views import BuildingInfo, RoomInfo
from ui.amenities import amenity_text
from ui.models.rooms_model import KIND_LABELS, RoomTreeModel
from ui.models.rows import refresh_words
from ui.plain import PlainLabel, plain_tooltip


@dataclass(frozen=True)
class RoomFilter:
    """What the person asked to see."""

    kind: str | None = None
    capacity: int = 0
    amenity: str | None = None
    free_now: bool = False

    def admits(self, room: RoomInfo) -> bool:
        if self.kind and room.kind != self.kind:
            return False
        if room.capacity < self.capacity:
            return False
        return not (self.amenity and self.amenity not in room.amenities)


class SidePanel(QWidget):
    """Filters above the floors → rooms tree."""

    filter_changed = Signal(object)  # RoomFilter
    room_activated = Signal(str)  # room code
    building_chosen = Signal(str)  # building code

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        # Shown only when the database holds more than one building.
        self.building_combo = QComboBox(self)
        self.building_combo.setObjectName("buildingChooser")
        self.building_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.building_label = PlainLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindFilter")
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setObjectName("capacityFilter")
        self.capacity_spin.setRange(0, 400)
        self.amenity_combo = QComboBox(self)
        self.amenity_combo.setObjectName("amenityFilter")
        self.free_now_check = QCheckBox(self)
        self.free_now_check.setObjectName("freeNowFilter")
        self.model = RoomTreeModel(parent=self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("roomTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        # Long names (Ruang Produksi P2.01) keep their ends, where rooms differ.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 104)
        header.resizeSection(2, 44)
        self.tree.setColumnHidden(1, True)  # the timeline shows the kind by colour
        self.kind_label = PlainLabel(self)
        self.capacity_label = PlainLabel(self)
        self.amenity_label = PlainLabel(self)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.building_label, self.building_combo)
        self.form.setRowVisible(self.building_combo, False)
        self.form.addRow(self.kind_label, self.kind_combo)
        self.form.addRow(self.capacity_label, self.capacity_spin)
        self.form.addRow(self.amenity_label, self.amenity_combo)
        self.form.addRow(self.free_now_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.form)
        layout.addWidget(self.tree, 1)
        self._rooms: list[RoomInfo] = []
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self.on_any_filter_changed)
        self.capacity_spin.valueChanged.connect(self.on_any_filter_changed)
        self.amenity_combo.currentIndexChanged.connect(self.on_any_filter_changed)
        self.free_now_check.toggled.connect(self.on_any_filter_changed)
        self.tree.activated.connect(self.on_tree_activated)
        self.building_combo.activated.connect(self.on_building_combo_activated)

    def retranslate_ui(self) -> None:
        refresh_words(self.model)
        self.building_label.setText(self.tr("Building"))
        self.kind_label.setText(self.tr("Kind"))
        self.capacity_label.setText(self.tr("Seats"))
        self.amenity_label.setText(self.tr("Amenity"))
        self.free_now_check.setText(self.tr("Free now"))
        self.capacity_spin.setSpecialValueText(self.tr("any number"))
        self.capacity_spin.setPrefix("")
        self.capacity_spin.setSuffix(self.tr(" or more"))
        current_kind = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind, label in KIND_LABELS.items():
            if kind != "reception":
                self.kind_combo.addItem(self.tr(label), kind)
        index = self.kind_combo.findData(current_kind)
        self.kind_combo.setCurrentIndex(max(0, index))
        self.kind_combo.blockSignals(False)
        self._fill_amenities()

    def _fill_amenities(self) -> None:
        current = self.amenity_combo.currentData()
        self.amenity_combo.blockSignals(True)
        self.amenity_combo.clear()
        self.amenity_combo.addItem(self.tr("Any amenity"), None)
        for amenity in sorted({a for r in self._rooms for a in r.amenities}):
            self.amenity_combo.addItem(amenity_text(amenity), amenity)
        self.amenity_combo.setCurrentIndex(max(0, self.amenity_combo.findData(current)))
        self.amenity_combo.blockSignals(False)

    def set_building(self, floors: list, rooms: list[RoomInfo]) -> None:  # type: ignore[type-arg]
        self._rooms = rooms
        self.model.set_building(floors, rooms)
        self.tree.expandAll()
        self._fill_amenities()

    def set_buildings(self, buildings: list[BuildingInfo], chosen: str) -> None:
        """Offer the buildings to choose from (only when there are several)."""
        self.building_combo.blockSignals(True)
        self.building_combo.clear()
        for building in buildings:
            self.building_combo.addItem(building.name, building.code)
            self.building_combo.setItemData(self.building_combo.count() - 1,
                                            plain_tooltip(building.site or building.name),
                                            Qt.ItemDataRole.ToolTipRole)
        self.building_combo.setCurrentIndex(max(0, self.building_combo.findData(chosen)))
        self.building_combo.blockSignals(False)
        self.form.setRowVisible(self.building_combo, len(buildings) > 1)

    @Slot(int)
    def on_building_combo_activated(self, index: int) -> None:
        self.building_chosen.emit(str(self.building_combo.itemData(index)))

    def current_filter(self) -> RoomFilter:
        return RoomFilter(kind=self.kind_combo.currentData(),
                          capacity=self.capacity_spin.value(),
                          amenity=self.amenity_combo.currentData(),
                          free_now=self.free_now_check.isChecked())

    @Slot()
    def on_any_filter_changed(self) -> None:
        self.filter_changed.emit(self.current_filter())

    @Slot(QModelIndex)
    def on_tree_activated(self, index: QModelIndex) -> None:
        room = self.model.room_at(index)
        if room is not None:
            self.room_activated.emit(room.code)

