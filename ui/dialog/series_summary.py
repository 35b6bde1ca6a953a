"""The top of the series editor: the series in a few words, and its dates changed on their own."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from booking.series.service import SeriesInfo
from booking.timeutil import hhmm, local, zone_abbreviation
from ui.dialog.widgets import clock, hint_label
from ui.plain import PlainLabel
from ui.qdates import shown

# How many dates changed on their own are named before the rest are only counted.
NAMED_KEPT = 4


class SeriesSummary(QWidget):
    """What the series is (title, room, rule, dates) and which dates were changed on their own."""

    def __init__(self, *, info: SeriesInfo, room_name: str, rule_words: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info = info
        self._room_name = room_name
        self._rule_words = rule_words
        self.heading = PlainLabel(self)
        self.heading.setObjectName("seriesHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.about = hint_label(self)
        self.about.setObjectName("seriesAbout")
        self.kept_label = hint_label(self)
        self.kept_label.setObjectName("keptLabel")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.heading)
        box.addWidget(self.about)

    def set_rule_words(self, words: str) -> None:
        """The rule as the repeat choices say it (in the language of the moment)."""
        self._rule_words = words
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        info = self._info
        self.heading.setText(self.tr("'{0}' in {1}").format(info.title, self._room_name))
        start = local(info.first_start)
        active = [b for b in info.occurrences if b.active]
        about = self.tr("{0}, {1}–{2} {4}. {3} dates booked").format(
            self._rule_words, f"{start:%H:%M}",
            clock(start.hour * 60 + start.minute + info.duration_min), len(active),
            zone_abbreviation(start))
        if active:
            about += self.tr(", {0:%a %d %b %Y} to {1:%a %d %b %Y}").format(
                shown(local(active[0].start)), shown(local(active[-1].start)))
        about += "."
        if info.skipped:
            about += " " + self.tr("{0} left out.").format(len(info.skipped))
        self.about.setText(about)
        self._show_kept()

    def _show_kept(self) -> None:
        """The dates changed on their own, under the form (the editor places the label)."""
        kept = [b for b in self._info.occurrences if b.detached]
        if not kept:
            self.kept_label.setText(self.tr("No date has been changed on its own."))
            return
        lines = []
        for booking in kept[:NAMED_KEPT]:
            line = self.tr("{0:%a %d %b}, {1}–{2}, {3}").format(
                shown(local(booking.start)), hhmm(booking.start), hhmm(booking.end),
                booking.room_name)
            if not booking.active:
                line += self.tr(" ({0})").format(booking.status)
            lines.append("• " + line)
        if len(kept) > NAMED_KEPT:
            lines.append(self.tr("and {0} more").format(len(kept) - NAMED_KEPT))
        self.kept_label.setText(self.tr("Changed on their own; series edits keep them as "
                                        "they are:") + "\n" + "\n".join(lines))
