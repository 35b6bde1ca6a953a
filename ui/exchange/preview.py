"""What an import would do, item by item, before anything is written: the person chooses."""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking.exchange.incoming import ImportResult
from ui.models.import_items_model import ImportItemsModel

ALL, REST = "all", "rest"


class ImportPreview(QDialog):
    """The items of a dry run with their verdicts; Import all, Import the free ones, Cancel.

    Any format's import (iCalendar, CSV) shows its ImportResult here.
    """

    def __init__(self, result: ImportResult, *, title: str, notes: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self._result = result
        self._title = title
        self.choice: str | None = None
        self.model = ImportItemsModel(self)
        self.model.set_verdicts(result.verdicts)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The chosen item's message in full (the table's column cuts a long one short).
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("importDetail")
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label = QLabel("\n".join(notes), self)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(notes))
        self.all_button = QPushButton(self)
        self.all_button.setObjectName("importAll")
        self.rest_button = QPushButton(self)
        self.rest_button.setObjectName("importRest")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("importCancel")
        fine, bookable = result.all_fine, result.booked > 0
        # Too many for one transaction: they go in batches, as "the free ones" do.
        fine = fine and result.all_at_once
        self.all_button.setEnabled(fine and bookable)
        self.rest_button.setEnabled(not fine and bookable)
        self.all_button.setDefault(fine and bookable)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.all_button, self.rest_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.notes_label)
        layout.addLayout(buttons)
        self._connect_signals()
        self.retranslate_ui()
        self.resize(1180, 460)
        for column, width in enumerate((210, 190, 80, 180, 90)):
            self.table.setColumnWidth(column, width)
        first = next((row for row, v in enumerate(result.verdicts) if v.message), None)
        if first is not None:
            self.table.selectRow(first)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(
            self.on_table_current_row_changed)
        self.all_button.clicked.connect(self.on_all_button_clicked)
        self.rest_button.clicked.connect(self.on_rest_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._title)
        self.all_button.setText(self.tr("Import &all"))
        self.rest_button.setText(self.tr("Import the &free ones"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.all_button.setToolTip(self.tr("Every item can go in; book them all"))
        self.rest_button.setToolTip(self.tr("Book the items that can go in and leave the "
                                            "others"))
        counts = self._result.counts()
        said = ", ".join(f"{verdict.word} {n}" for verdict, n in counts.items() if n)
        self.counts_label.setText(self.tr("{0} items: {1}").format(
            len(self._result.verdicts), said or "-"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

    @Slot()
    def on_all_button_clicked(self) -> None:
        self.choice = ALL
        self.accept()

    @Slot(QModelIndex, QModelIndex)
    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        verdict = self.model.verdict_at(current.row()) if current.isValid() else None
        self.detail_label.setText(
            f"{verdict.item.where}: {verdict.message}" if verdict and verdict.message else "")

    @Slot()
    def on_rest_button_clicked(self) -> None:
        self.choice = REST
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, result: ImportResult, *, title: str,
            notes: Sequence[str] = ()) -> str | None:
        """"all", "rest" (skip what cannot go in) or None (the person cancelled)."""
        dialog = cls(result, title=title, notes=notes, parent=parent)
        dialog.exec()
        return dialog.choice
