"""The question before cancelling dates of a series: which ones, and why."""

from PySide6.QtWidgets import QWidget

from ui.dialog.reason import ReasonDialog


class SeriesCancelReason(ReasonDialog):
    """Asks to confirm cancelling dates of a series and why (a reason is required)."""

    def __init__(self, *, question: str, parent: QWidget | None = None) -> None:
        super().__init__(name="seriesCancelReason", parent=parent)
        self._question = question
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Cancel dates of a series"))
        self.question.setText(self._question + "\n" + self.tr(
            "Say why (the reason is kept with each booking):"))
        self.ok_button.setText(self.tr("Cancel the dates"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Keep them"))

    @classmethod
    def ask(cls, parent: QWidget, question: str) -> str | None:
        """The reason given, or None when the person keeps the dates."""
        return cls(question=question, parent=parent).answer()
