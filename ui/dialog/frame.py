"""The frame the form dialogs share: form and side columns, a status line, Save and Cancel."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from ui.dialog.widgets import ERROR_COLOUR, HINT_COLOUR, OK_COLOUR, sentence
from ui.plain import PlainLabel, plain_tooltip

CHECK_DELAY_MS = 150


class CheckedDialog(QDialog):
    """A form checked as the person pauses; the status line and Save say what is in the way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save_error = ""
        self._touched: set[str] = set()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)

    def _build_frame(self, left: QWidget, side: QWidget, *, minimum_width: int,
                     size: tuple[int, int]) -> None:
        """Put the form beside the side column, with the status line and buttons below."""
        self.status_label = PlainLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Minimum)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(left, 1)
        columns.addWidget(side)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 12)
        outer.addLayout(columns, 1)
        outer.addSpacing(6)
        outer.addWidget(self.status_label)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(minimum_width)
        self.resize(*size)

    def _begin(self) -> None:
        """Wire the signals, set the words and check the form as it first stands."""
        self._connect_signals()
        self.retranslate_ui()
        self.check_now()

    def _connect_signals(self) -> None:
        self._check_timer.timeout.connect(self.on_check_timer_timeout)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    # ----- checking -------------------------------------------------------------------------

    def schedule_check(self) -> None:
        """Check again once the person pauses (every edit restarts the wait)."""
        self._save_error = ""
        self._check_timer.start()

    @property
    def checking(self) -> bool:
        """True while an edit waits for the pause before it is checked."""
        return self._check_timer.isActive()

    def check_now(self) -> Sequence[object]:
        raise NotImplementedError

    def _show_check(self) -> None:
        raise NotImplementedError

    def _ready_text(self) -> str:
        raise NotImplementedError

    def _show_blockers(self, ordered: list[str], *, blocked: str, calm: bool,
                       ready_tip: str) -> None:
        """Enable Save, or disable it saying why; blocked is a template for the first reason."""
        self.save_button.setEnabled(not ordered)
        if ordered:
            reason = blocked.format(ordered[0])
            if len(ordered) > 1:
                reason += self.tr(" (and {0} more)").format(len(ordered) - 1)
            self.save_button.setToolTip(plain_tooltip(reason + "\n\n" + "\n".join(
                "• " + sentence(m) for m in ordered)))
            self._set_status(self._save_error or reason,
                             HINT_COLOUR if calm and not self._save_error else ERROR_COLOUR)
        else:
            self.save_button.setToolTip(ready_tip)
            self._set_status(self._save_error or self._ready_text(),
                             ERROR_COLOUR if self._save_error else OK_COLOUR)

    def _set_status(self, text: str, colour: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {colour};")

    # ----- slots ----------------------------------------------------------------------------

    @Slot()
    def on_check_timer_timeout(self) -> None:
        self.check_now()

    @Slot(str)
    def on_title_edit_text_edited(self, _text: str) -> None:
        self._touched.add("title")

    @Slot()
    def on_buttons_accepted(self) -> None:
        self.save()

    # ----- saving ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter right after typing must not wait for the pause that re-checks the form.
        if self._enter_saves(event):
            self._save_on_enter()
            event.accept()
            return
        super().keyPressEvent(event)

    def _enter_saves(self, event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
            not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier

    def _save_on_enter(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        """Save through the engine; a refusal is shown and the dialog stays open."""
        if self._check_timer.isActive():
            self.check_now()
        if not self.save_button.isEnabled():
            return False
        try:
            self._commit()
        except BookingError as error:
            self.check_now()
            self._save_error = self._refusal_text(error.message)
            self._set_status(self._save_error, ERROR_COLOUR)
            return False
        self.accept()
        return True

    def _commit(self) -> None:
        raise NotImplementedError

    def _refusal_text(self, message: str) -> str:
        raise NotImplementedError

    def done(self, result: int) -> None:
        self._check_timer.stop()
        super().done(result)

    def run(self) -> bool:
        """Show the dialog and wait; True when it was saved. The dialog is deleted later."""
        try:
            return self.exec() == QDialog.DialogCode.Accepted
        finally:
            self.deleteLater()
