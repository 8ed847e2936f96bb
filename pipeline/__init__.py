"""vanban: Vietnamese administrative documents to normalized JSON records."""

__version__ = "0.1.0"
