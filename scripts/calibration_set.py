"""Store (or refresh) an honest calibration set: predictions made before any rule was tuned
on the documents, each with its normalized text and its settled gold.

    python scripts/calibration_set.py RECORDS.jsonl GOLD_DIR models/calibration_set/NAME.jsonl.gz

``RECORDS.jsonl`` are ``vanban extract --with-text`` records; a record's gold is
``GOLD_DIR/<stem of source.path>.gold.json``. When OUT exists, its stored predictions are
kept (they are the point: a rerun must not replace them with a tuned extractor's output)
and only gold is refreshed, so documents whose gold arrives later are filled in by a rerun.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path


def main(records: Path, gold_dir: Path, out: Path) -> None:
    stored: dict[str, dict] = {}
    if out.is_file():
        with gzip.open(out, "rt", encoding="utf-8") as f:
            stored = {e["doc"]: e for e in map(json.loads, f) if e}
    for line in records.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        src = Path(rec["source"]["path"])
        stored.setdefault(src.stem, {"doc": src.stem, "origin": src.parent.name, "record": rec})
    for doc, e in stored.items():
        g = gold_dir / f"{doc}.gold.json"
        e["gold"] = json.loads(g.read_text(encoding="utf-8")) if g.is_file() else None
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime 0: the same content gives the same bytes, so a rerun without news is no diff
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        for doc in sorted(stored):
            gz.write((json.dumps(stored[doc], ensure_ascii=False, sort_keys=True) + "\n").encode())
    n_gold = sum(e["gold"] is not None for e in stored.values())
    print(f"{out}: {len(stored)} documents, {n_gold} with gold")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
