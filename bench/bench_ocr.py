"""OCR benchmark: speed of the project's OCR path against bare tesseract, and extraction
scores of the rendered scans against their plain-text twins.

Render the scans first (``corpus/scans/make.py``), then::

    .venv/bin/python bench/bench_ocr.py speed out/scans/tiff [--pages 12] [--repeat 1] [--sample all|ends]
    .venv/bin/python bench/bench_ocr.py eval out/scans/tiff [--jobs N] [--json]
    .venv/bin/python bench/bench_ocr.py ablate out/scans/png [--pages 6] [--dpi D]

``speed`` takes page images (a multi-page TIFF gives its pages in turn, or with ``--sample
ends`` its first and last page only: the header and the closing, where the project's path does
most beyond one tesseract call) and OCRs each
through :func:`pipeline.ocr.ocr_page` (file decode, preprocessing, tesseract — a second call
on a closing's signature cell —, layout, repair) and through the ``tesseract`` command
alone (same language, ``IMG stdout``), alternating the two so both see the same machine load;
it prints seconds per page of each and the overhead, then pages per second of the project's
path with every core busy (one process per core). Tesseract runs in the environment the
pipeline sets (``rules/ocr.toml`` ``threads``: ``OMP_THREAD_LIMIT``); it is also timed with the
pipeline's own flags (what the wrapper adds on top of tesseract) and with its default
threading (what the bare command costs out of the box).

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
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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


def _cli(path: Path, args: list[str], env: dict[str, str] | None = None) -> float:
    t = time.perf_counter()
    subprocess.run(["tesseract", str(path), "stdout", *args], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def _page_files(images: list[Path], pages: int, tmp: Path, sample: str = "all") -> list[Path]:
    """``pages`` single-page images from the given files, written out as PNG so that both
    sides of the comparison decode the same file.

    ``sample="all"`` takes every page of whole documents until there are at least ``pages``
    (the per-page cost of real documents: one closing page among several of body text);
    ``"ends"`` only the first and last page of each (the header and the closing, where the
    OCR path does the most beyond tesseract's one call: the worst case)."""
    from PIL import Image

    out: list[Path] = []
    for p in images:
        with Image.open(p) as img:
            n = getattr(img, "n_frames", 1)
            if n == 1:
                out.append(p)
                continue
            dpi = img.info.get("dpi", (300, 300))
            for k in range(n) if sample == "all" else sorted({0, n - 1}):
                img.seek(k)
                dest = tmp / f"{p.stem}-p{k + 1}.png"
                img.convert("L").save(dest, "PNG", dpi=tuple(round(d) for d in dpi))
                out.append(dest)
        if len(out) >= pages:
            break
    return out if sample == "all" else out[:pages]


def _pipeline_flags(path: Path) -> list[str]:
    """The flags :func:`pipeline.ocr.ocr_page` passes tesseract for this page."""
    from PIL import Image

    from pipeline.ocr import _config, settings
    from pipeline.ocr.preprocess import image_dpi

    with Image.open(path) as img:
        return _config(image_dpi(img, settings()["preprocess"]["default_dpi"])).split()


Baseline = Callable[[Path], float]


def _baselines(lang: str, images: list[Path]) -> dict[str, Baseline]:
    """The tesseract runs each page is timed against, beside the project's path.

    ``tesseract`` is the issue's baseline, the command alone (``IMG stdout -l vie``) in the
    environment the pipeline runs it in (its ``OMP_THREAD_LIMIT``); ``same_config`` adds the
    flags the pipeline passes (``--oem``, ``--psm``, ``--dpi``, ``-c``), so the difference to
    it is the wrapper's own cost alone; ``default_threads`` is the bare command with
    tesseract's own OpenMP threading, what a user gets out of the box. The pipeline's flags
    are read off each page once, here, outside the timing."""
    flags = {p: _pipeline_flags(p) for p in images}
    runs: dict[str, Baseline] = {
        "tesseract": lambda p: _cli(p, ["-l", lang]),
        "same_config": lambda p: _cli(p, ["-l", lang, *flags[p]]),
    }
    if "OMP_THREAD_LIMIT" in os.environ:
        bare = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
        runs["default_threads"] = lambda p: _cli(p, ["-l", lang], bare)
    return runs


def _cpu() -> float:
    """CPU seconds so far of this process and its finished children (tesseract runs as one)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def speed(images: list[Path], repeat: int, jobs: int) -> dict:
    """Seconds per page, wall clock and CPU, of the project's path and of each baseline.

    CPU time is the steadier figure on a shared machine (wall time of the same run varies
    by ±20 % there); with one thread per tesseract the two agree on a quiet one."""
    from pipeline.ocr import check_tesseract, settings

    check_tesseract()  # also sets the pipeline's OMP_THREAD_LIMIT, which ``tesseract`` inherits
    lang = settings()["tesseract"]["lang"]
    _ours(images[0])  # warm caches (rules, imports) outside the timing
    runs: dict[str, Baseline] = {"ours": _ours, **_baselines(lang, images)}
    wall: dict[str, list[float]] = {k: [] for k in runs}
    cpu: dict[str, list[float]] = {k: [] for k in runs}
    order = list(runs)
    for r in range(repeat):
        for i, img in enumerate(images):
            # rotate which goes first so drift in machine load hits all alike
            k = (i + r) % len(order)
            for name in order[k:] + order[:k]:
                c = _cpu()
                wall[name].append(runs[name](img))
                cpu[name].append(_cpu() - c)
    t = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:  # workers inherit the thread limit
        list(pool.map(_ours, images * repeat))
    elapsed = time.perf_counter() - t

    def pct(of: dict[str, list[float]], base: str) -> float:
        return round(100 * (sum(of["ours"]) - sum(of[base])) / sum(of[base]), 1)

    out: dict = {"pages": len(wall["ours"]), "omp_thread_limit": os.environ.get("OMP_THREAD_LIMIT")}
    for name in runs:
        out[f"{name}_s_per_page"] = round(statistics.fmean(wall[name]), 3)
        out[f"{name}_cpu_s_per_page"] = round(statistics.fmean(cpu[name]), 3)
    out |= {
        "overhead_pct": pct(wall, "tesseract"),
        "overhead_cpu_pct": pct(cpu, "tesseract"),
        "wrapper_overhead_pct": pct(wall, "same_config"),
        "wrapper_overhead_cpu_pct": pct(cpu, "same_config"),
        "parallel_jobs": jobs,
        "parallel_pages_per_s": round(len(images) * repeat / elapsed, 3),
    }
    return out


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
    with ProcessPoolExecutor(jobs) as pool:  # each process sets the pipeline's thread limit
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
    sp.add_argument("--sample", choices=("all", "ends"), default="all",
                    help="every page of whole documents, or each one's first and last page")
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
            out = speed(_page_files(images, args.pages, Path(tmp), args.sample), args.repeat, args.jobs)
            out["sample"] = args.sample
        if args.json:
            print(json.dumps(out, indent=2))
        else:
            print(f"{out['pages']} pages, OMP_THREAD_LIMIT={out['omp_thread_limit']} "
                  "(s/page wall | CPU):")
            for name, label in (("ours", "project OCR"), ("tesseract", "tesseract alone"),
                                ("same_config", "tesseract, pipeline's flags"),
                                ("default_threads", "tesseract, default threads")):
                if f"{name}_s_per_page" in out:
                    print(f"  {label:28} {out[f'{name}_s_per_page']:.3f} | {out[f'{name}_cpu_s_per_page']:.3f}")
            print(f"overhead {out['overhead_pct']:+.1f}% | {out['overhead_cpu_pct']:+.1f}% against tesseract "
                  f"alone; the wrapper's own {out['wrapper_overhead_pct']:+.1f}% | "
                  f"{out['wrapper_overhead_cpu_pct']:+.1f}%")
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
