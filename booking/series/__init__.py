"""Recurring bookings: RFC 5545 rules, creating a series, editing its dates."""
