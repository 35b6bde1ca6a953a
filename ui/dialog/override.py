"""Asks a manager why a booking rule is overridden; the reason goes to the audit trail."""

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialog.widgets import sentence
from ui.plain import PlainLabel


class OverrideReason(QDialog):
    """The rule's refusal, and a box for the reason to save anyway."""

    def __init__(self, *, refusal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverrideReason")
        self._refusal = refusal
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
        self.retranslate_ui()
        self.on_reason_edit_text_changed()

    def _connect_signals(self) -> None:
        self.reason_edit.textChanged.connect(self.on_reason_edit_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Override a booking rule"))
        self.question.setText(self.tr("{0}\n\nWhy save it anyway? The reason is kept in the "
                                      "audit trail.").format(sentence(self._refusal)))
        self.reason_edit.setPlaceholderText(self.tr("e.g. The director approved the early "
                                                    "start"))
        self.ok_button.setText(self.tr("&Override and save"))

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    @Slot()
    def on_reason_edit_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
        self.ok_button.setToolTip("" if self.reason() else self.tr("Give a reason first"))

    @classmethod
    def ask(cls, parent: QWidget | None, refusal: str) -> str | None:
        """The reason given, or None when the manager thinks better of it."""
        dialog = cls(refusal=refusal, parent=parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.reason():
                return dialog.reason()
            return None
        finally:
            dialog.deleteLater()
