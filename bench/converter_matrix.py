"""The same gold documents through other converters: how much of the record survives each.

Real inputs arrive as whatever tool produced them. This script takes gold documents (any
folder with ``NAME.gold.json`` beside ``NAME.docx`` / ``.md`` / ``.txt``), makes each one
reach the pipeline the ways an archive receives it, and scores every route against the same
gold with the contract's scorer:

- ``original``: the file as it is;
- ``lo-txt``, ``lo-html``, ``lo-pdf``, ``lo-odt``: a DOCX exported by LibreOffice to plain text,
  HTML, PDF (its own typesetting, not ours) and ODT;
- ``twin-docx``/``twin-html``/``twin-pdf``: a plain-text document laid out by
  ``corpus/formats/make.py`` as offices do, then (``lo-*`` of the twin) re-exported by LibreOffice.

Run: ``.venv/bin/python bench/converter_matrix.py GOLD_DIR... [--work DIR] [--json]``. Needs
``soffice`` (scripts/system-deps.sh installs it). It measures and asserts nothing; the figures
are for the closing notes and for finding the layouts a converter breaks.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import find_gold, score_corpus  # noqa: E402
from pipeline.extractor import extract_file  # noqa: E402

LO_TARGETS = {"lo-txt": "txt:Text (encoded):UTF8", "lo-html": "html", "lo-pdf": "pdf", "lo-odt": "odt"}


def _soffice(src: list[Path], target: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if not src:
        return
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("soffice not found (scripts/system-deps.sh installs LibreOffice)")
    profile = out.parent / "lo-profile"
    subprocess.run(
        [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
         "--outdir", str(out), *map(str, src)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600,
    )


def _twins(texts: list[Path], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if texts:
        subprocess.run([sys.executable, str(ROOT / "corpus" / "formats" / "make.py"), str(out), *map(str, texts)],
                       check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def routes(gold_dirs: list[Path], work: Path) -> dict[str, list[tuple[Path, dict]]]:
    """Route name → [(file, gold)] for every document the route could produce."""
    gold: dict[str, dict] = {}
    docx: list[Path] = []
    texts: list[Path] = []
    out: dict[str, list[tuple[Path, dict]]] = defaultdict(list)
    for gd in gold_dirs:
        for doc, g in find_gold(gd):
            gold[doc.stem] = json.loads(g.read_text(encoding="utf-8"))
            out["original"].append((doc, gold[doc.stem]))
            if doc.suffix == ".docx":
                docx.append(doc)
            elif doc.suffix in (".md", ".txt"):
                texts.append(doc)
    for name, target in LO_TARGETS.items():
        _soffice(docx, target, work / name)
    _twins(texts, work / "twin")
    twin_docx = sorted((work / "twin").glob("*.docx"))
    for name, target in LO_TARGETS.items():
        _soffice(twin_docx, target, work / f"twin-{name}")
    for folder in sorted(p for p in work.iterdir() if p.is_dir() and p.name != "lo-profile"):
        for f in sorted(folder.iterdir()):
            if f.suffix in (".txt", ".html", ".pdf", ".odt", ".docx") and f.stem in gold:
                if folder.name == "twin":
                    out[f"twin-{f.suffix[1:]}"].append((f, gold[f.stem]))
                else:
                    out[folder.name].append((f, gold[f.stem]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dirs", nargs="+", type=Path)
    ap.add_argument("--work", type=Path, help="keep the converted files here (default: a temp folder)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="vanban-matrix-"))
    table: dict[str, dict] = {}
    for route, docs in routes(args.gold_dirs, work).items():
        pairs = []
        for path, g in docs:
            try:
                pred = extract_file(path).model_dump()
            except Exception:  # noqa: BLE001 - a route that breaks the reader scores as empty
                pred = None
            pairs.append((str(path), pred, g))
        sc = score_corpus(pairs)
        table[route] = {"documents": len(pairs), "macro": round(sc.macro, 3),
                        "fields": {k: round(f.score, 3) for k, f in sc.fields.items() if f.n}}
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=1))
        return
    fields = sorted({k for r in table.values() for k in r["fields"]}, key=lambda k: list(table["original"]["fields"]).index(k)
                    if k in table.get("original", {}).get("fields", {}) else 99)
    print(f"{'route':12s} {'docs':>4s} {'macro':>6s}  fields below 0.995")
    for route, r in table.items():
        low = ", ".join(f"{k} {v:.2f}" for k in fields if (v := r["fields"].get(k, 1.0)) < 0.995)
        print(f"{route:12s} {r['documents']:4d} {r['macro']:6.3f}  {low}")
    print(f"(converted files: {work})")


if __name__ == "__main__":
    main()
