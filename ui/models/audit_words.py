"""What the audit trail's codes are called on screen: actions and the fields they changed.

The trail keeps codes ("booking.moved", "checked_in_at") so that its hash chain does not depend
on a language; the window names them in the language it speaks. A code without a word here
is shown as it is kept.
"""

from ui.i18n import QT_TR_NOOP

ACTION_WORDS = {
    "account.added": QT_TR_NOOP("account added"),
    "account.disabled": QT_TR_NOOP("account disabled"),
    "account.enabled": QT_TR_NOOP("account enabled"),
    "account.locked": QT_TR_NOOP("account locked"),
    "account.password_set": QT_TR_NOOP("password set"),
    "account.role_changed": QT_TR_NOOP("role changed"),
    "booking.cancelled": QT_TR_NOOP("booking cancelled"),
    "booking.changed": QT_TR_NOOP("booking changed"),
    "booking.check_in_undone": QT_TR_NOOP("check-in undone"),
    "booking.checked_in": QT_TR_NOOP("checked in"),
    "booking.created": QT_TR_NOOP("booking created"),
    "booking.moved": QT_TR_NOOP("booking moved"),
    "booking.reinstated": QT_TR_NOOP("booking reinstated"),
    "booking.released": QT_TR_NOOP("booking released (no-show)"),
    "booking.resized": QT_TR_NOOP("booking resized"),
    "closure.added": QT_TR_NOOP("closure added"),
    "closure.removed": QT_TR_NOOP("closure removed"),
    "database.restored": QT_TR_NOOP("database restored from a backup"),
    "event.approved": QT_TR_NOOP("event approved"),
    "event.cancelled": QT_TR_NOOP("event withdrawn"),
    "event.declined": QT_TR_NOOP("event declined"),
    "event.expired": QT_TR_NOOP("request expired"),
    "event.requested": QT_TR_NOOP("hall requested"),
    "organization.added": QT_TR_NOOP("organization added"),
    "room.added": QT_TR_NOOP("room added"),
    "room.removed": QT_TR_NOOP("room removed"),
    "room.retired": QT_TR_NOOP("room retired"),
    "room.updated": QT_TR_NOOP("room updated"),
    "series.cancelled": QT_TR_NOOP("series cancelled"),
    "series.created": QT_TR_NOOP("series created"),
    "series.edited": QT_TR_NOOP("series edited"),
    "series.split": QT_TR_NOOP("series split"),
    "setting.changed": QT_TR_NOOP("setting changed"),
    "term.assigned": QT_TR_NOOP("term assigned"),
    "term.ended": QT_TR_NOOP("term ended"),
}

FIELD_WORDS = {
    "room": QT_TR_NOOP("room"), "room_id": QT_TR_NOOP("room number"),
    "file": QT_TR_NOOP("backup file"),
    "previous": QT_TR_NOOP("replaced database kept in"),
    "bookings": QT_TR_NOOP("bookings"),
    "start": QT_TR_NOOP("start"), "end": QT_TR_NOOP("end"), "title": QT_TR_NOOP("title"),
    "status": QT_TR_NOOP("status"), "organization": QT_TR_NOOP("organization"),
    "organization_id": QT_TR_NOOP("organization number"),
    "attendees": QT_TR_NOOP("attendees"), "layout": QT_TR_NOOP("layout"),
    "contact_name": QT_TR_NOOP("contact"), "contact_phone": QT_TR_NOOP("phone"),
    "notes": QT_TR_NOOP("notes"), "buffer_before_min": QT_TR_NOOP("buffer before"),
    "buffer_after_min": QT_TR_NOOP("buffer after"), "checked_in_at": QT_TR_NOOP("checked in at"),
    "cancel_reason": QT_TR_NOOP("cancel reason"), "series_id": QT_TR_NOOP("series"),
    "occurrence_date": QT_TR_NOOP("date in the series"),
    "detached": QT_TR_NOOP("changed on its own"), "event_id": QT_TR_NOOP("event"),
    "guest_tz": QT_TR_NOOP("guest time zone"), "role": QT_TR_NOOP("role"),
    "enabled": QT_TR_NOOP("enabled"), "display_name": QT_TR_NOOP("display name"),
    "reason": QT_TR_NOOP("reason"), "value": QT_TR_NOOP("value"),
    "capacity": QT_TR_NOOP("capacity"), "name": QT_TR_NOOP("name"),
    "kind": QT_TR_NOOP("kind"), "id": QT_TR_NOOP("number"),
}
