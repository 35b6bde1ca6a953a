"""Asks a manager why a booking rule is overridden; the reason goes to the audit trail."""

from PySide6.QtWidgets import QWidget

from ui.dialog.reason import ReasonDialog
from ui.dialog.widgets import sentence


class OverrideReason(ReasonDialog):
    """The rule's refusal, and a box for the reason to save anyway."""

    def __init__(self, *, refusal: str, parent: QWidget | None = None) -> None:
        super().__init__(name="OverrideReason", parent=parent)
        self._refusal = refusal
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Override a booking rule"))
        self.question.setText(self.tr("{0}\n\nWhy save it anyway? The reason is kept in the "
                                      "audit trail.").format(sentence(self._refusal)))
        self.reason_edit.setPlaceholderText(self.tr("e.g. The director approved the early "
                                                    "start"))
        self.ok_button.setText(self.tr("&Override and save"))

    @classmethod
    def ask(cls, parent: QWidget | None, refusal: str) -> str | None:
        """The reason given, or None when the manager thinks better of it."""
        return cls(refusal=refusal, parent=parent).answer()
