"""Reads the figures off the GUI thread: a year of history on a large database takes a
second or more, and the window must keep answering meanwhile."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.latest_read import LatestRead
from ui.reports.figures import read_figures

if TYPE_CHECKING:
    from booking.services import Services


class FiguresLoader(LatestRead):
    """`load(query)` announces `loaded(Figures)` or `failed(message)`; only the latest query's
    answer is announced. A database file is read on a worker thread; an in-memory one at
    once on the GUI thread (it shares one connection with it)."""

    def __init__(self, services: "Services", parent: QObject | None = None) -> None:
        super().__init__(lambda query: read_figures(services, query),
                         threaded=services.database_path is not None, parent=parent)
