"""The research corpus store: records in SQLite (normalized tables, FTS5, citation graph,
geography), queried by ``vanban query``, exported to Parquet, served by ``vanban serve``."""

from .load import check_record, load_jsonl, load_records, remove_records
from .query import Filters, count, export_parquet, facets, normalize_query, search
from .schema import connect
from .texts import TextFinder

__all__ = ["Filters", "TextFinder", "check_record", "connect", "count", "export_parquet", "facets", "load_jsonl",
           "load_records", "normalize_query", "remove_records", "search"]
