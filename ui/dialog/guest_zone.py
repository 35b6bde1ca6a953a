"""The guest time zone field: none, the clients' own zones, or any IANA name typed in."""

from PySide6.QtWidgets import QComboBox, QWidget

# The zones of the building's foreign clients (Japan, Singapore, Malaysia, Vietnam, Myanmar).
CLIENT_ZONES = ("Asia/Tokyo", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Ho_Chi_Minh",
                "Asia/Yangon")


class GuestZoneCombo(QComboBox):
    """Pick the guest's zone from the clients' or type an IANA name; `zone()` reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestZoneCombo")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for zone in CLIENT_ZONES:
            self.addItem("", zone)
        self.retranslate_ui()

    def _country(self, zone: str) -> str:
        return {"Asia/Tokyo": self.tr("Japan"), "Asia/Singapore": self.tr("Singapore"),
                "Asia/Kuala_Lumpur": self.tr("Malaysia"), "Asia/Ho_Chi_Minh": self.tr("Vietnam"),
                "Asia/Yangon": self.tr("Myanmar")}[zone]

    def retranslate_ui(self) -> None:
        chosen = self.zone()
        self.setItemText(0, self.tr("None"))
        for index, zone in enumerate(CLIENT_ZONES, start=1):
            self.setItemText(index, self.tr("{0} · {1}").format(zone, self._country(zone)))
        self.set_zone(chosen)
        self.setToolTip(self.tr(
            "Where the guest lives, when it is not their organization's: their times are "
            "shown beside the building's. Pick one or type an IANA name such as Asia/Seoul."))

    def zone(self) -> str | None:
        """The IANA name chosen or typed (unchecked: the services judge it), None for none."""
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        if not text or text.casefold() in ("none", self.itemText(0).casefold()):
            return None
        return text

    def set_zone(self, zone: str | None) -> None:
        """Show this zone: a client's item, none, or the name as typed."""
        index = self.findData(zone) if zone else 0
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setEditText(zone or "")
