"""``vanban serve``: a local, read-only web explorer of the corpus store (FastAPI)."""

from .app import create_app

__all__ = ["create_app"]
