"""Asks which language a printed paper speaks: Bahasa Indonesia, English or both side by side.

The window's language is the default: the desk may print an English confirmation for a
foreign guest while it works in Bahasa Indonesia.
"""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from booking.i18n import LANGUAGE_NAMES, current_language
from ui.plain import PlainLabel
from ui.words import BOTH, DOCUMENT_LANGUAGES


class DocumentLanguage(QDialog):
    """A small question before printing or saving a paper: the language of the document."""

    def __init__(self, *, title: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentLanguage")
        self._title = title
        self.question = PlainLabel(self)
        self.question.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("documentLanguage")
        for code in DOCUMENT_LANGUAGES:
            self.combo.addItem("", code)
        self.combo.setCurrentIndex(self.combo.findData(
            language if language in DOCUMENT_LANGUAGES else "en"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.combo_label = PlainLabel(self)
        self.combo_label.setBuddy(self.combo)
        self.form = QFormLayout()
        self.form.addRow(self.combo_label, self.combo)
        box = QVBoxLayout(self)
        box.addWidget(self.question)
        box.addLayout(self.form)
        box.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._title)
        self.question.setText(self.tr("In which language should the document be printed?"))
        self.combo_label.setText(self.tr("&Language of the document:"))
        names = {"id": LANGUAGE_NAMES["id"], "en": LANGUAGE_NAMES["en"],
                 BOTH: self.tr("Both (side by side)")}
        for index in range(self.combo.count()):
            self.combo.setItemText(index, names[str(self.combo.itemData(index))])

    @property
    def language(self) -> str:
        return str(self.combo.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str,
            language: str | None = None) -> str | None:
        """'id', 'en' or 'both', or None when the person cancels; the window's language is
        chosen to start with."""
        dialog = cls(title=title, language=language or current_language(), parent=parent)
        try:
            return dialog.language if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
