"""The Closures screen (Building → Closures…): the closures to come, Add… and Remove…."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from booking.permissions import Action
from booking.tool_views import ClosureView
from ui.manage.affected import settled_text
from ui.manage.closure_form import ClosureForm
from ui.models.closures_model import ClosuresModel
from ui.models.rows import refresh_words
from ui.plain import PlainLabel
from ui.tables import row_table

if TYPE_CHECKING:
    from booking.services import Services

def _tr(text: str) -> str:
    return QCoreApplication.translate("ClosuresDialog", text)



class ClosuresDialog(QDialog):
    """Lists closures; managers and administrators add and remove them, others only look."""

    # A closure was added or removed: what to say in the status bar.
    changed = Signal(str)

    def __init__(self, *, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closuresDialog")
        self._services = services
        # The services decide in the end; this only spares others buttons that would be refused.
        self.editable = services.may(Action.CLOSURES)
        self.intro_label = PlainLabel(self)
        self.intro_label.setWordWrap(True)
        rooms = {r.code: r.name for r in services.rooms(include_retired=True)}
        self.model = ClosuresModel(rooms=rooms, parent=self)
        self.table = row_table(self, self.model, name="closuresTable",
                               widths=(190, 130, 130, 0, 100), stretch=3)
        self.past_check = QCheckBox(self)
        self.past_check.setObjectName("pastCheck")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeButton")
        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.past_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.add_button.setEnabled(self.editable)
        self.resize(820, 440)
        self._connect_signals()
        self.retranslate_ui()
        self.reload()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.past_check.toggled.connect(self.on_past_check_toggled)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(
            self.on_table_selection_changed)

    def retranslate_ui(self) -> None:
        refresh_words(self.model)
        self.setWindowTitle(self.tr("Closures"))
        self.intro_label.setText(
            self.tr("The building or a room is closed on these days: nobody can book it "
                    "then.") if self.editable else
            self.tr("The building or a room is closed on these days. Only managers and "
                    "administrators can add or remove closures."))
        self.add_button.setText(self.tr("&Add…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.past_check.setText(self.tr("Show &past closures"))

    def reload(self) -> None:
        start = None if self.past_check.isChecked() else self._services.now()
        self.model.set_closures(self._services.closure_tools.list(start=start))
        self.on_table_selection_changed()

    def selected(self) -> ClosureView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.closure_at(rows[0].row()) if rows else None

    def _where(self, closure: ClosureView) -> str:
        """The room's name, or the building, inside a sentence."""
        return self.tr("the whole building") if closure.room is None else \
            self.model.where(closure)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    @Slot()
    def on_table_selection_changed(self) -> None:
        self.remove_button.setEnabled(self.editable and self.selected() is not None)

    @Slot(bool)
    def on_past_check_toggled(self, _checked: bool) -> None:
        self.reload()

    @Slot()
    def on_add_button_clicked(self) -> None:
        outcome = ClosureForm.ask(services=self._services, parent=self)
        if outcome is None:
            return
        closure = outcome.closure
        where = self._where(closure)
        text = self.tr("Closed {0}: {1}.").format(where, closure.name)
        fate = settled_text(outcome.bookings)
        text = f"{text} {fate}" if fate else text
        self.reload()
        self._say(text)
        self.changed.emit(text)

    @Slot()
    def on_remove_button_clicked(self) -> None:
        closure = self.selected()
        if closure is None:
            return
        if not self.confirm_remove(self._where(closure), closure.name, parent=self):
            return
        services = self._services
        try:
            services.closure_tools.remove(actor=services.actor, closure_id=closure.id,
                                          reason="removed in the window")
        except BookingError as exc:
            self._say(self.tr("Not removed: {0}").format(exc.message))
            self.reload()
            return
        text = self.tr("Removed the closure of {0} ({1}); it can be booked again.").format(
            self._where(closure), closure.name)
        self.reload()
        self._say(text)
        self.changed.emit(text)

    @classmethod
    def confirm_remove(cls, where: str, reason: str, *, parent: QWidget | None = None) -> bool:
        """Ask before opening a closed building or room again."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(_tr("Remove closure"))
        box.setText(_tr("Remove the closure of {0} ({1})? It can be booked again on those "
                        "days.").format(where, reason))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()

    @classmethod
    def show_for(cls, *, services: "Services", parent: QWidget | None = None,
                 on_changed: Callable[[str], None] | None = None) -> None:
        """Show the screen and wait until it is closed."""
        dialog = cls(services=services, parent=parent)
        if on_changed is not None:
            dialog.changed.connect(on_changed)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
