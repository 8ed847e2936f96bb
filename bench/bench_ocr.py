"""OCR benchmark: speed of the project's OCR path against bare tesseract, and extraction
scores of the rendered scans against their plain-text twins.

Render the scans first (``corpus/scans/make.py``), then::

    .venv/bin/python bench/bench_ocr.py speed out/scans/tiff [--pages 12] [--repeat 1]
    .venv/bin/python bench/bench_ocr.py eval out/scans/tiff [--jobs N] [--json]
    .venv/bin/python bench/bench_ocr.py ablate out/scans/png [--pages 6] [--dpi D]

``speed`` takes page images (a multi-page TIFF gives its first and last page: the header and
the closing, where the project's path does most beyond one tesseract call) and OCRs each
through :func:`pipeline.ocr.ocr_page` (file decode, preprocessing, tesseract — a second call
on a closing's signature cell —, layout, repair) and through the ``tesseract`` command
alone (same language, ``IMG stdout``), alternating the two so both see the same machine load;
it prints seconds per page of each and the overhead, then pages per second of the project's
path with every core busy (one process per core, ``OMP_THREAD_LIMIT=1``).

``eval`` extracts every scan that has a ``NAME.gold.json`` beside it, and the plain-text
document of the same name in ``corpus/seeds``/``corpus/dev``, scores both with
:mod:`pipeline.evaluate` and prints the per-field scores side by side with the issue's
tolerance (0.03, list fields 0.05).

``ablate`` OCRs page images with each preprocessing step switched off (or on) in turn and
prints the share of OCR'd words found verbatim in the source document, a cheap stand-in for
word accuracy: it is how the steps in ``rules/ocr.toml`` were chosen. This script measures;
it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import FIELDS, LIST_FIELDS, find_gold, score_corpus  # noqa: E402

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
PLAIN_DIRS = (ROOT / "corpus" / "seeds", ROOT / "corpus" / "dev")


def _ours(path: Path) -> float:
    from PIL import Image

    from pipeline.ocr import ocr_page

    t = time.perf_counter()
    with Image.open(path) as img:
        ocr_page(img, 1)
    return time.perf_counter() - t


def _cli(path: Path, lang: str) -> float:
    t = time.perf_counter()
    subprocess.run(["tesseract", str(path), "stdout", "-l", lang], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def _page_files(images: list[Path], pages: int, tmp: Path) -> list[Path]:
    """``pages`` single-page images: a multi-page TIFF gives its first and its last page (the
    header and the closing, where the OCR path does the most beyond tesseract's one call),
    written out as PNG so that both sides of the comparison decode the same file."""
    from PIL import Image

    out: list[Path] = []
    for p in images:
        with Image.open(p) as img:
            n = getattr(img, "n_frames", 1)
            if n == 1:
                out.append(p)
                continue
            dpi = img.info.get("dpi", (300, 300))
            for k in sorted({0, n - 1}):
                img.seek(k)
                dest = tmp / f"{p.stem}-p{k + 1}.png"
                img.convert("L").save(dest, "PNG", dpi=tuple(round(d) for d in dpi))
                out.append(dest)
        if len(out) >= pages:
            break
    return out[:pages]


def _init_single_thread() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


def speed(images: list[Path], repeat: int, jobs: int) -> dict:
    from pipeline.ocr import check_tesseract, settings

    check_tesseract()
    lang = settings()["tesseract"]["lang"]
    _ours(images[0])  # warm caches (rules, imports) outside the timing
    ours: list[float] = []
    cli: list[float] = []
    for _ in range(repeat):
        for i, img in enumerate(images):
            # alternate which goes first so drift in machine load hits both alike
            if i % 2:
                cli.append(_cli(img, lang))
                ours.append(_ours(img))
            else:
                ours.append(_ours(img))
                cli.append(_cli(img, lang))
    t = time.perf_counter()
    with ProcessPoolExecutor(jobs, initializer=_init_single_thread) as pool:
        list(pool.map(_ours, images * repeat))
    wall = time.perf_counter() - t
    s_ours, s_cli = statistics.fmean(ours), statistics.fmean(cli)
    return {
        "pages": len(ours),
        "ours_s_per_page": round(s_ours, 3),
        "tesseract_s_per_page": round(s_cli, 3),
        "overhead_pct": round(100 * (sum(ours) - sum(cli)) / sum(cli), 1),
        "parallel_jobs": jobs,
        "parallel_pages_per_s": round(len(images) * repeat / wall, 3),
    }


VARIANTS: dict[str, dict] = {
    "configured": {},
    "no-deskew": {"deskew": False},
    "binarize": {"binarize": True},
    "no-upscale": {"upscale_below_dpi": 0},
}


def _vocabulary(stem: str) -> set[str]:
    from pipeline.normalize import normalize

    twin = _plain_twin(stem)
    if twin is None:
        raise SystemExit(f"no plain-text twin for {stem} in corpus/seeds or corpus/dev")
    return set(normalize(twin.read_text(encoding="utf-8")).text.split())


def ablate(images: list[Path], dpi: int | None) -> list[dict]:
    """Word precision (share of OCR'd words found verbatim in the source document) and
    seconds per page for each preprocessing variant."""
    from PIL import Image

    from pipeline.ocr import ocr_page, settings

    base = dict(settings()["preprocess"])
    vocab = {p: _vocabulary(p.stem.split("-p")[0]) for p in images}
    rows = []
    for name, change in VARIANTS.items():
        settings()["preprocess"].update(base | change)
        ok = total = 0
        t = time.perf_counter()
        for p in images:
            with Image.open(p) as img:
                page = ocr_page(img, 1, dpi=dpi)
            words = page.text.split()
            total += len(words)
            ok += sum(w in vocab[p] for w in words)
        rows.append({"variant": name, "word_precision": round(ok / max(total, 1), 4), "words": total,
                     "s_per_page": round((time.perf_counter() - t) / len(images), 3)})
    settings()["preprocess"].update(base)
    return rows


def _extract(path: Path) -> tuple[str, dict | None, str | None]:
    from pipeline.extractor import extract_file
    from pipeline.ocr.repair import has_detached_marks

    try:
        rec = extract_file(path, with_text=True).model_dump(mode="json")
    except Exception as e:  # noqa: BLE001 - a failed document scores as missing, reported below
        return str(path), None, f"{type(e).__name__}: {e}"
    text = rec.pop("text", None) or ""
    rec["_detached_marks"] = has_detached_marks(text)
    return str(path), rec, None


def _plain_twin(stem: str) -> Path | None:
    for d in PLAIN_DIRS:
        for p in sorted(d.glob(stem + ".*")):
            if not p.name.endswith(".gold.json"):
                return p
    return None


def evaluate(scan_dir: Path, jobs: int) -> dict:
    pairs = [(doc, gold) for doc, gold in find_gold(scan_dir) if doc.suffix.lower() in IMAGE_SUFFIXES | {".pdf"}]
    twins = {doc: _plain_twin(doc.stem) for doc, _ in pairs}
    pairs = [(d, g) for d, g in pairs if twins[d] is not None]
    with ProcessPoolExecutor(jobs, initializer=_init_single_thread) as pool:
        scanned = {Path(p): (rec, err) for p, rec, err in pool.map(_extract, [d for d, _ in pairs])}
        plain = {Path(p): rec for p, rec, _ in pool.map(_extract, [twins[d] for d, _ in pairs])}
    golds = {d: json.loads(g.read_text(encoding="utf-8")) for d, g in pairs}
    s_scan = score_corpus((d.stem, scanned[d][0], golds[d]) for d, _ in pairs)
    s_plain = score_corpus((d.stem, plain[twins[d]], golds[d]) for d, _ in pairs)
    rows = []
    for f in FIELDS:
        tol = 0.05 if f in LIST_FIELDS else 0.03
        a, b = s_plain[f].score, s_scan[f].score
        rows.append({"field": f, "plain": round(a, 4), "scan": round(b, 4), "delta": round(b - a, 4),
                     "tolerance": tol, "within": b >= a - tol})
    return {
        "docs": len(pairs),
        "errors": {str(d): scanned[d][1] for d, _ in pairs if scanned[d][1]},
        "fields": rows,
        "detached_marks": sorted(d.stem for d, _ in pairs if (scanned[d][0] or {}).get("_detached_marks")),
        "macro_plain": round(s_plain.macro, 4),
        "macro_scan": round(s_scan.macro, 4),
        "per_doc": {d.stem: {"plain": round(ds_p.macro, 4), "scan": round(ds_s.macro, 4)}
                    for (d, _), (_, ds_s), (_, ds_p) in zip(pairs, s_scan.docs, s_plain.docs, strict=True)},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    sp = sub.add_parser("speed")
    sp.add_argument("images", type=Path, help="a page image or a folder of them")
    sp.add_argument("--pages", type=int, default=6)
    sp.add_argument("--repeat", type=int, default=1)
    sp.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    sp.add_argument("--json", action="store_true")
    ab = sub.add_parser("ablate", help="word precision per preprocessing variant")
    ab.add_argument("images", type=Path)
    ab.add_argument("--pages", type=int, default=6)
    ab.add_argument("--dpi", type=int, default=None, help="resolution to declare (default: metadata)")
    ev = sub.add_parser("eval")
    ev.add_argument("scans", type=Path, help="folder of rendered scans with NAME.gold.json")
    ev.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ev.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.mode == "speed":
        src = args.images
        images = sorted(p for p in src.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES) if src.is_dir() else [src]
        with tempfile.TemporaryDirectory() as tmp:
            out = speed(_page_files(images, args.pages, Path(tmp)), args.repeat, args.jobs)
        if args.json:
            print(json.dumps(out, indent=2))
        else:
            print(f"{out['pages']} pages: project OCR {out['ours_s_per_page']:.3f} s/page, "
                  f"tesseract alone {out['tesseract_s_per_page']:.3f} s/page, overhead {out['overhead_pct']:+.1f}%")
            print(f"all cores ({out['parallel_jobs']} processes): {out['parallel_pages_per_s']:.3f} pages/s")
        return 0
    if args.mode == "ablate":
        src = args.images
        images = sorted(p for p in src.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES) if src.is_dir() else [src]
        for row in ablate(images[: args.pages], args.dpi):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    out = evaluate(args.scans, args.jobs)
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(f"{out['docs']} documents ({args.scans})")
    print(f"{'field':24} {'plain':>7} {'scan':>7} {'delta':>7}  within")
    for r in out["fields"]:
        print(f"{r['field']:24} {r['plain']:7.3f} {r['scan']:7.3f} {r['delta']:+7.3f}  "
              f"{'yes' if r['within'] else 'NO'} (±{r['tolerance']})")
    print(f"{'macro':24} {out['macro_plain']:7.3f} {out['macro_scan']:7.3f}")
    print(f"scans with detached diacritics: {len(out['detached_marks'])} {out['detached_marks']}")
    for path, err in out["errors"].items():
        print(f"error: {path}: {err}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
