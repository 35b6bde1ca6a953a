"""The dates a series would book, each marked free, taken, not allowed, closed or kept."""

from collections import Counter
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QTextBrowser, QVBoxLayout, QWidget

from booking.errors import BookingError
from booking.series.service import Occurrence
from booking.services import Services
from booking.timeutil import hhmm
from ui.dialog.form import BookingForm
from ui.dialog.widgets import ERROR_COLOUR, HINT_COLOUR, OK_COLOUR, sentence
from ui.plain import PlainLabel
from ui.qdates import shown

BLOCKING_VERDICTS = ("conflict", "refused")
# How the count above the dates groups the verdicts.
_GROUPS = {"free": "free", "conflict": "blocked", "refused": "blocked", "kept": "kept"}
# Dates changed on their own stand apart from the free and the blocked ones.
KEPT_COLOUR = "#6a4c93"


def judge_new_series(services: Services, form: BookingForm) -> tuple[
        tuple[Occurrence, ...], list[str]]:
    """Every date of the series a booking form describes, judged; and what is in the way."""
    assert form.rule is not None
    try:
        preview = services.series.preview(
            room=form.room, start=form.start, end=form.end, rule=form.rule,
            attendees=form.attendees, organization=form.organization, layout=form.layout)
    except BookingError as error:
        return (), [error.message]
    blocking = [o for o in preview if o.verdict in BLOCKING_VERDICTS]
    if blocking and not form.skip_conflicts:
        first = blocking[0]
        return preview, [QCoreApplication.translate(
            "BookingDialog",
            "{0} of {1} dates cannot be booked ({2:%a %d %b}: {3}); tick “Skip dates that "
            "cannot be booked” or change the series").format(
            len(blocking), len(preview), shown(first.day), first.detail)]
    if not any(o.verdict == "free" for o in preview):
        return preview, [QCoreApplication.translate(
            "BookingDialog", "no date of the series is left to book")]
    return preview, []


class SeriesPreview(QGroupBox):
    """A series' dates as the engine judges them, with a one-line count above."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = PlainLabel(self)
        self.summary.setWordWrap(True)
        self.dates = QTextBrowser(self)
        self.dates.setObjectName("seriesList")
        self.dates.setOpenLinks(False)
        self.dates.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.summary)
        layout.addWidget(self.dates, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Dates in this series"))

    def show_series(self, preview: Sequence[Occurrence], problems: Sequence[str], *,
                    skip: bool) -> None:
        """List the dates; without any, show why (skip: blocked dates are left out)."""
        self.dates.clear()
        if not preview:
            self.summary.setText("\n".join(sentence(m) for m in problems))
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            return
        marks = {"free": ("✓", OK_COLOUR), "conflict": ("✗", ERROR_COLOUR),
                 "refused": ("✗", ERROR_COLOUR), "closed": ("–", HINT_COLOUR),
                 "kept": ("•", KEPT_COLOUR), "skipped": ("–", HINT_COLOUR)}
        verdicts = {"free": self.tr("free"), "conflict": self.tr("taken"),
                    "refused": self.tr("not allowed"), "closed": self.tr("closed, left out"),
                    "kept": self.tr("kept as it is"),
                    "skipped": self.tr("left out")}
        rows = []
        for occurrence in preview:
            mark, colour = marks.get(occurrence.verdict, ("·", HINT_COLOUR))
            verdict = verdicts.get(occurrence.verdict, occurrence.verdict)
            if occurrence.verdict in BLOCKING_VERDICTS and skip:
                verdict, colour = self.tr("left out"), HINT_COLOUR
            rows.append(
                f"<p style='margin:0'><span style='color:{colour}'>{mark}</span>&nbsp; "
                f"{shown(occurrence.day):%a %d %b %Y} &nbsp;{hhmm(occurrence.start)}–"
                f"{hhmm(occurrence.end)} &nbsp;<span style='color:{colour}'>"
                f"{escape(verdict)}</span></p>")
            if occurrence.detail:
                rows.append(f"<p style='margin:0 0 4px 18px; color:{colour}'>"
                            f"{escape(sentence(occurrence.detail))}</p>")
        self.dates.setHtml("".join(rows))
        counts = Counter(_GROUPS.get(o.verdict, "left_out") for o in preview)
        parts = [text.format(counts[group]) for group, text in (
            ("free", self.tr("{0} free")), ("blocked", self.tr("{0} cannot be booked")),
            ("left_out", self.tr("{0} left out")),
            ("kept", self.tr("{0} changed on its own"))) if counts[group]]
        self.summary.setText(self.tr("{0} dates: {1}.").format(len(preview), ", ".join(parts)))
        self.summary.setStyleSheet("")
