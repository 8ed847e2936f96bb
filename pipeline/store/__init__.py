"""The research corpus store: records in SQLite (normalized tables, FTS5, citation graph,
geography), queried by ``vanban query``, exported to Parquet, served by ``vanban serve``."""

from .load import load_jsonl, load_records, remove_records
from .query import Filters, export_parquet, search
from .schema import connect

__all__ = ["Filters", "connect", "export_parquet", "load_jsonl", "load_records", "remove_records", "search"]
