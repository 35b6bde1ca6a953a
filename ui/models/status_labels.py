"""The booking statuses as the window names them (marked for the catalog, shown through tr())."""

from ui.i18n import QT_TR_NOOP

STATUS_LABELS = {
    "tentative": QT_TR_NOOP("Tentative"), "confirmed": QT_TR_NOOP("Confirmed"),
    "checked_in": QT_TR_NOOP("Checked in"), "cancelled": QT_TR_NOOP("Cancelled"),
    "released": QT_TR_NOOP("Released"), "declined": QT_TR_NOOP("Declined"),
    "expired": QT_TR_NOOP("Expired"),
}
