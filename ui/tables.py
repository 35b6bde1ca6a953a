"""A table of rows as the screens list things (closures, accounts, audit entries)."""

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def row_table(parent: QWidget, model: QAbstractItemModel, *, name: str,
              widths: tuple[int, ...], stretch: int, single: bool = True,
              wrap: bool = True) -> QTableView:
    """Whole rows selected (one at a time when `single`), no row numbers, alternate shading;
    columns at `widths` (0: as Qt sizes it), the `stretch` column taking the rest."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap)
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        if width:
            header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
