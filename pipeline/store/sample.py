"""Sample records for tests, the notebook and the benchmark: the bundled corpus extracted, and
variants of its records (a new sha256, optionally a citation of another record) so that the
citation graph and larger corpora can be exercised on real document content."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def corpus_files(root: Path = ROOT) -> list[Path]:
    return sorted((root / "corpus" / "seeds").glob("*.txt")) + sorted((root / "corpus" / "dev").glob("*.md"))


def sample_records(root: Path = ROOT, *, with_text: bool | None = None) -> list[dict[str, Any]]:
    """Records of the bundled corpus (25 documents). ``with_text`` None: every other record
    carries its text, the rest leave it to be regenerated from ``source.path`` (both paths of
    the loader)."""
    from ..extractor import extract_file

    out = []
    for i, p in enumerate(corpus_files(root)):
        wt = (i % 2 == 0) if with_text is None else with_text
        out.append(extract_file(p, with_text=wt).model_dump(mode="json"))
    return out


def variant(rec: dict[str, Any], tag: str, *, cites: dict[str, Any] | None = None,
            number: str | None = None) -> dict[str, Any]:
    """A copy of ``rec`` as another document (sha256 derived from ``tag``), optionally with its
    own ``number`` and an added legal basis citing ``cites`` (by its number, date and issuer)."""
    v = copy.deepcopy(rec)
    v["source"] = dict(v["source"], sha256=hashlib.sha256(f"{rec['source']['sha256']}:{tag}".encode()).hexdigest(),
                       path=f"{rec['source']['path']}#{tag}")
    v["provenance"] = {k: p for k, p in v.get("provenance", {}).items() if not k.startswith("legal_bases")}
    if number is not None:
        seq, _, symbol = number.partition("/")
        v["number"] = {"raw": number, "seq": seq or None, "symbol": symbol or None}
    if cites is not None:
        v["legal_bases"] = list(v.get("legal_bases") or []) + [{
            "doc_type": (cites.get("doc_type") or {}).get("name"),
            "number": cites["number"]["raw"],
            "date": (cites.get("date") or {}).get("iso"),
            "issuer": (cites.get("issuer") or {}).get("name"),
            "title": cites.get("title"),
        }]
    return v
