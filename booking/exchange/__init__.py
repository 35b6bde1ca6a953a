"""Bookings in and out of Ruang: iCalendar, CSV, and the import every format shares."""
