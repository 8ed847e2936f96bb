"""Field extractors: each reads a segmented :class:`~pipeline.segment.Document` and reports
provenance for what it returns. :mod:`pipeline.extractor` runs them in order."""
