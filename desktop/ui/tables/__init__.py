"""Reusable table machinery: an SQL-paged model, its view, and search-as-you-type in SQL."""

from desktop.ui.tables.paged_model import Column, PagedQueryModel, Row
from desktop.ui.tables.record_table import RecordTable
from desktop.ui.tables.text_filter import match_words

__all__ = ["Column", "PagedQueryModel", "RecordTable", "Row", "match_words"]
