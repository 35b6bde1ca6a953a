"""The Reports tab (issue 15): utilisation, peak hours, the trend over weeks, no-shows, team
use and the hall over a period, as charts and tables, exported as CSV or a PDF report."""

from ui.reports.view import ReportsView

__all__ = ["ReportsView"]
