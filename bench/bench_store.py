"""Benchmark of the corpus store: load time and query latency (p50/p95) per filter kind and for
full-text search, on N synthetic records made from the 25 bundled ones.

Each synthetic record is a real record with a new sha256, number, date (2020–2026), issuer
(drawn from the corpus issuers and from communes of the gazetteer), shifted timeline and one or
two extra citations of earlier synthetic documents (so the citation graph has edges). Its text is
the real document's text, so FTS works on real Vietnamese prose.

    .venv/bin/python bench/bench_store.py --n 100000 --db /tmp/bench.db     # the target run
    .venv/bin/python bench/bench_store.py --n 5000                          # a quick one

Target: p95 ≤ 100 ms for every kind at 100,000 documents on the 2-core machine.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.store import Filters, connect, load_records, search  # noqa: E402
from pipeline.store.sample import sample_records  # noqa: E402


def _shift(d: str | None, days: int) -> str | None:
    if not d or len(d) != 10:
        return d
    try:
        return (dt.date.fromisoformat(d) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return d


def synthetic(base: list[dict[str, Any]], n: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    from vietnam_provinces import Ward

    rng = random.Random(seed)
    wards = [w.name for w in Ward.iter_all()]
    issuers = sorted({(r["issuer"] or {}).get("name") or "" for r in base} - {""})
    made: list[tuple[str, str, str]] = []  # (number, date, issuer) of earlier synthetic docs
    for i in range(n):
        src = base[i % len(base)]
        r = copy.deepcopy(src)
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
        shift = (day - dt.date.fromisoformat(src["date"]["iso"])).days if (src.get("date") or {}).get("iso") else 0
        issuer = f"Ủy ban nhân dân {rng.choice(wards)}" if rng.random() < 0.6 else rng.choice(issuers)
        symbol = (src.get("number") or {}).get("symbol") or "KH-UBND"
        number = f"{i + 1}/{symbol}"
        r["source"] = dict(r["source"], sha256=hashlib.sha256(f"bench:{i}".encode()).hexdigest(),
                           path=f"synthetic/{i}")
        r["number"] = {"raw": number, "seq": str(i + 1), "symbol": symbol}
        r["date"] = {"raw": f"ngày {day.day} tháng {day.month} năm {day.year}", "iso": day.isoformat(),
                     "year": day.year, "month": day.month, "day": day.day}
        r["issuer"] = {"name": issuer, "parent": None}
        for t in r["timeline"]:
            t["start"], t["end"] = _shift(t["start"], shift), _shift(t["end"], shift)
        for _ in range(rng.randint(1, 2) if made else 0):
            num, d, iss = made[rng.randrange(len(made))]
            r["legal_bases"].append({"doc_type": "Kế hoạch", "number": num, "date": d, "issuer": iss,
                                     "title": None})
        made.append((number, day.isoformat(), issuer))
        yield r


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, int]:
    ts, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(fn())
        ts.append((time.perf_counter() - t0) * 1000)
    ts.sort()
    return statistics.median(ts), ts[min(len(ts) - 1, int(0.95 * len(ts)))], n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/vanban-bench.db"))
    ap.add_argument("--runs", type=int, default=40, help="Queries per kind (random parameters).")
    ap.add_argument("--reuse", action="store_true", help="Query an existing --db without loading.")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    base = sample_records(with_text=True)
    if not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        t0 = time.perf_counter()
        loaded = 0
        batch: list[dict[str, Any]] = []
        for rec in synthetic(base, args.n):
            batch.append(rec)
            if len(batch) == 5000:
                loaded += load_records(args.db, batch)
                batch = []
                print(f"  loaded {loaded} ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
        loaded += load_records(args.db, batch)
        load_s = time.perf_counter() - t0
    else:
        loaded, load_s = 0, 0.0
    con = connect(args.db, readonly=True)
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    rng = random.Random(11)
    docs = con.execute("SELECT number, issuer, place, date, province_name FROM documents "
                       "ORDER BY random() LIMIT 500").fetchall()
    units = [r[0] for r in con.execute("SELECT name FROM responsible_units ORDER BY random() LIMIT 200")]
    cited = [r[0] for r in con.execute("SELECT number FROM legal_bases WHERE target_sha256 IS NOT NULL "
                                       "ORDER BY random() LIMIT 200")]
    words = [w for r in base for w in (r["title"] or "").split() if len(w) > 3]

    def month() -> tuple[str, str]:
        d = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
        return d.isoformat()[:7] + "-01", d.isoformat()[:7] + "-28"

    def words2() -> str:
        return " ".join(rng.sample(words, 2))

    from pipeline.textutil import strip_accents

    kinds: dict[str, Callable[[], Filters]] = {
        "type": lambda: Filters(doc_type=rng.choice(["KH", "QĐ", "CV", "TB"])),
        "issuer": lambda: Filters(issuer=rng.choice(docs)[1]),
        "place": lambda: Filters(place=rng.choice(docs)[2] or "Hà Nội"),
        "province": lambda: Filters(province=rng.choice([d[4] for d in docs if d[4]] or ["Hà Nội"])),
        "date range": lambda: Filters(date_from=(m := month())[0], date_to=m[1]),
        "event range": lambda: Filters(event_from=(m := month())[0], event_to=m[1]),
        "cites": lambda: Filters(cites=rng.choice(cited)) if cited else Filters(cites="71/NQ-CP"),
        "cited-by": lambda: Filters(cited_by=rng.choice(docs)[0]),
        "cites transitive": lambda: Filters(cites=rng.choice(cited), transitive=True) if cited else Filters(),
        "unit": lambda: Filters(unit=rng.choice(units)),
        "fts exact": lambda: Filters(text=words2()),
        "fts accent-insensitive": lambda: Filters(text=strip_accents(words2()).lower(), accent_insensitive=True),
        "fts + type + date": lambda: Filters(text=words2(), doc_type="KH", date_from="2023", date_to="2024"),
    }
    results = {}
    for name, make in kinds.items():
        p50, p95, n = timed(lambda make=make: search(con, make()), args.runs)
        results[name] = {"p50_ms": round(p50, 1), "p95_ms": round(p95, 1), "last_rows": n}
    size_mb = sum(Path(f"{args.db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{args.db}{s}").exists()) / 1e6
    summary = {"documents": n_docs, "loaded": loaded, "load_s": round(load_s, 1),
               "load_docs_per_s": round(loaded / load_s, 1) if load_s else None,
               "db_mb": round(size_mb, 1), "queries": results}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    print(f"{n_docs} documents; load {load_s:.1f}s ({summary['load_docs_per_s']} docs/s); db {size_mb:.0f} MB")
    print(f"{'filter':26} {'p50 ms':>8} {'p95 ms':>8} {'rows':>6}")
    for name, r in results.items():
        flag = "" if r["p95_ms"] <= 100 else "  > 100 ms"
        print(f"{name:26} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['last_rows']:6}{flag}")


if __name__ == "__main__":
    main()
