"""The window's printing: the day sheet on a printer or as a PDF, a booking's confirmation.

Each asks first in which language the paper is printed (DocumentLanguage), then where.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from booking.errors import BookingError
from ui.document_language import DocumentLanguage

if TYPE_CHECKING:
    from booking.services import Services


class PrinterChoice:
    """Asks which printer to print on (Qt's Print dialog); None when the person cancels."""

    @classmethod
    def ask(cls, parent: QWidget, title: str) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        try:
            return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def save_path(parent: QWidget, caption: str, suggested: Path, *, suffix: str,
              kinds: str) -> Path | None:
    """The file chosen in a Save dialog (with `suffix` added when missing), or None when
    cancelled. The file dialog asks before choosing a file that exists; this asks again when
    adding the suffix names another file that exists."""
    name, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), kinds)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() == suffix:
        return path
    path = path.with_suffix(suffix)
    if path.exists() or path.is_symlink():
        answer = QMessageBox.question(parent, caption, parent.tr(
            "{0} already exists. Replace it?").format(path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path


class PdfPath:
    """Asks where to save a PDF; the person has agreed to replace the file returned."""

    @classmethod
    def ask(cls, parent: QWidget, caption: str, suggested: Path) -> Path | None:
        return save_path(parent, caption, suggested, suffix=".pdf", kinds="PDF (*.pdf)")


class MailPath:
    """Asks where to save an e-mail message (.eml); the person has agreed to replace it."""

    @classmethod
    def ask(cls, parent: QWidget, caption: str, suggested: Path) -> Path | None:
        return save_path(parent, caption, suggested, suffix=".eml",
                         kinds=parent.tr("E-mail message (*.eml)"))


class Desk(Protocol):
    """What printing needs of the window."""

    @property
    def services(self) -> "Services": ...

    def show_message(self, text: str) -> None: ...


@dataclass(frozen=True)
class DeskOf:
    """A Desk for a window part that is not the main window (the booking dialog)."""

    services: "Services"
    show_message: Callable[[str], None]


class Paperwork(QObject):
    """Prints the day sheet and confirmations from the window, saying how it went."""

    def __init__(self, *, desk: Desk, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window

    def print_day(self, day: date) -> None:
        """Print the sheet of `day` on a printer the person picks."""
        from ui.day_sheet import long_date, print_day_sheet, render_day_sheet

        services = self._desk.services
        try:
            sheet = services.day_sheet(day)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not printed: {0}").format(exc.message))
            return
        title = self.tr("Print the day sheet of {0}").format(long_date(day))
        language = DocumentLanguage.ask(self._window, title)
        if language is None:
            return
        printer = PrinterChoice.ask(self._window, title)
        if printer is None:
            return
        target = self._file_of(printer)
        try:
            if target is not None:
                # Qt's Print dialog asked before choosing a file that exists.
                render_day_sheet(sheet, target, language=language,
                                 database=services.database_path, force=True)
            else:
                print_day_sheet(sheet, printer, language=language)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not printed: {0}").format(exc.message))
            return
        self._desk.show_message(self.tr("Sent the day sheet of {0} ({1}) to {2}.").format(
            long_date(day), self._count(sheet.bookings), target or self._printer_name(printer)))

    def save_day(self, day: date) -> None:
        """Save the sheet of `day` as a PDF file the person picks."""
        from ui.day_sheet import long_date, render_day_sheet, suggested_name

        caption = self.tr("Save the day sheet as PDF")
        language = DocumentLanguage.ask(self._window, caption)
        if language is None:
            return
        path = PdfPath.ask(self._window, caption, Path.home() / suggested_name(day))
        if path is None:
            return
        services = self._desk.services
        try:
            sheet = services.day_sheet(day)
            # PdfPath asked the person before choosing a file that exists.
            written = render_day_sheet(sheet, path, language=language,
                                       database=services.database_path, force=True)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not saved: {0}").format(exc.message))
            return
        self._desk.show_message(self.tr("Saved the day sheet of {0} ({1}) to {2}.").format(
            long_date(day), self._count(sheet.bookings), written))

    def print_confirmation(self, booking_id: int) -> None:
        """Print a booking's confirmation for the guest on a printer the person picks."""
        from ui.confirmation import print_confirmation, render_confirmation

        services = self._desk.services
        try:
            paper = services.confirmation(booking_id)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not printed: {0}").format(exc.message))
            return
        title = self.tr("Print the confirmation of '{0}'").format(paper.booking.title)
        language = DocumentLanguage.ask(self._window, title)
        if language is None:
            return
        printer = PrinterChoice.ask(self._window, title)
        if printer is None:
            return
        target = self._file_of(printer)
        try:
            if target is not None:
                render_confirmation(paper, target, printed_by=services.actor,
                                    language=language, database=services.database_path,
                                    force=True)
            else:
                print_confirmation(paper, printer, printed_by=services.actor,
                                   language=language)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not printed: {0}").format(exc.message))
            return
        self._desk.show_message(self.tr("Sent the confirmation of '{0}' (#{1}) to {2}.").format(
            paper.booking.title, booking_id, target or self._printer_name(printer)))

    def save_confirmation_mail(self, booking_id: int) -> None:
        """Save a booking's confirmation as an e-mail ready to send (the text, with the PDF
        and the calendar invitation attached) where the person picks."""
        from ui.confirmation import write_confirmation_mail

        services = self._desk.services
        try:
            paper = services.confirmation(booking_id)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not saved: {0}").format(exc.message))
            return
        caption = self.tr("Confirmation e-mail for '{0}'").format(paper.booking.title)
        language = DocumentLanguage.ask(self._window, caption)
        if language is None:
            return
        path = MailPath.ask(self._window, caption,
                            Path.home() / f"booking-{booking_id}-confirmation.eml")
        if path is None:
            return
        try:
            # MailPath asked the person before choosing a file that exists.
            written = write_confirmation_mail(services, booking_id, path, language=language,
                                              force=True)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not saved: {0}").format(exc.message))
            return
        self._desk.show_message(self.tr(
            "Saved the confirmation e-mail of '{0}' (#{1}) to {2}: open it in your mail "
            "program, add the guest's address and send it.").format(
                paper.booking.title, booking_id, written))

    @staticmethod
    def _file_of(printer: QPrinter) -> Path | None:
        """The file a printer set to print to PDF writes: written the safe way instead, never
        over the database."""
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and \
                printer.outputFileName():
            return Path(printer.outputFileName())
        return None

    def _count(self, bookings: int) -> str:
        return self.tr("1 booking") if bookings == 1 else self.tr("{0} bookings").format(
            bookings)

    def _printer_name(self, printer: QPrinter) -> str:
        return printer.printerName() or self.tr("the printer")
