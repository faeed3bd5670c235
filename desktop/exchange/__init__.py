"""Data in and out, without Qt: spreadsheets read and mapped to fields, validated rows imported in one
transaction, lists exported to Excel/CSV, the itinerary as iCalendar, and whole trips as files that move
between laptops."""

from desktop.exchange.errors import ExchangeError, RowError

__all__ = ["ExchangeError", "RowError"]
