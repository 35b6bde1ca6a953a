"""Small questions the events view asks; each a classmethod tests can replace."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from booking.events.service import EventView
from ui.dialog.reason import ReasonDialog
from ui.events.wording import span_text


class DeclineReason(ReasonDialog):
    """Asks the manager why a request is declined; the organizer reads the answer."""

    def __init__(self, *, event: EventView, parent: QWidget | None = None) -> None:
        super().__init__(name="DeclineReason", parent=parent)
        self._event = event
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Decline request"))
        self.question.setText(self.tr("Why is “{0}” ({1}, {2}) declined? The organizer sees "
                                      "this reason.").format(
            self._event.title, span_text(self._event), self._event.hall_name))
        self.reason_edit.setPlaceholderText(self.tr("e.g. The hall is needed for the "
                                                    "ministry visit that day"))
        self.ok_button.setText(self.tr("&Decline"))

    @classmethod
    def ask(cls, parent: QWidget | None, event: EventView) -> str | None:
        """The reason given, or None when the manager thinks better of it."""
        return cls(event=event, parent=parent).answer()


class ApproveConfirmation:
    """Asks the manager to confirm an approval: it books the hall and tells the organizer."""

    @classmethod
    def ask(cls, parent: QWidget | None, event: EventView) -> bool:
        """True when the manager confirms approving the request."""
        def tr(text: str) -> str:
            return parent.tr(text) if parent is not None else text
        question = tr("Approve “{0}” ({1}, {2})? The hall is booked for it and the "
                      "organizer is told.").format(event.title, span_text(event),
                                                   event.hall_name)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Approve request"), question,
                          QMessageBox.StandardButton.Cancel, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        approve = box.addButton(tr("&Approve"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(approve)
        try:
            box.exec()
            return box.clickedButton() is approve
        finally:
            box.deleteLater()


class SheetPath:
    """Asks where to save an event sheet."""

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The PDF file chosen (with .pdf added when missing), or None when cancelled.

        The person has agreed to replace the file returned when it exists: the dialog asks
        about the name chosen, and this asks again when adding .pdf names another file.
        """
        caption = parent.tr("Save event sheet") if parent is not None else "Save event sheet"
        name, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested),
                                                    "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() == ".pdf":
            return path
        path = path.with_suffix(".pdf")
        if path.exists() or path.is_symlink():
            question = (parent.tr("{0} already exists. Replace it?") if parent is not None
                        else "{0} already exists. Replace it?").format(path.name)
            answer = QMessageBox.question(parent, caption, question)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return path
