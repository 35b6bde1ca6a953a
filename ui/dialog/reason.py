"""A question that needs a reason before OK: the reason is kept (audit trail, organizer)."""

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.plain import PlainLabel


class ReasonDialog(QDialog):
    """A plain-text question, a box for the reason, and OK only once a reason is given.

    Subclasses set the words in retranslate_ui (calling this one first).
    """

    def __init__(self, *, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.question = PlainLabel(self)
        self.question.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        box = QVBoxLayout(self)
        box.addWidget(self.question)
        box.addWidget(self.reason_edit)
        box.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.reason_edit.textChanged.connect(self.on_reason_edit_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.on_reason_edit_text_changed()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def answer(self) -> str | None:
        """Show the dialog; the reason given, or None when the person thinks better of it."""
        try:
            if self.exec() == QDialog.DialogCode.Accepted and self.reason():
                return self.reason()
            return None
        finally:
            self.deleteLater()

    @Slot()
    def on_reason_edit_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
        self.ok_button.setToolTip("" if self.reason() else self.tr("Give a reason first"))
