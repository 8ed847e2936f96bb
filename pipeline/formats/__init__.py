"""Format readers: bytes of one input format → :class:`pipeline.ingest.Decoded`.

Each module exposes ``read(data: bytes, path: Path) -> Decoded`` and is registered in
:data:`pipeline.ingest.READERS` under the format :func:`pipeline.ingest.sniff` names.
"""
