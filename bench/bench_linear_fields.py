"""Doubling check of the list-field extractors: work must grow linearly with the input.

Run: ``.venv/bin/python bench/bench_linear_fields.py [--base 20000] [--factor 10]``. For each hostile
shape (dates packed on one long line, a preamble of many citations on one line and on many
lines, many unit lines, one long unit line, a long task table) it builds a synthetic document
of ``base`` characters and one ``factor`` times larger, times the extractor stage that reads
it (segmentation excluded, timed apart), and reports the ratio. The budget is linear with
slack: ``factor`` × the input must cost less than 2 × ``factor`` × the time. Exit status 1 when
a shape is over budget. A benchmark, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.caching import clear_per_text_caches  # noqa: E402
from pipeline.extract.legal_bases import extract_legal_bases  # noqa: E402
from pipeline.extract.timeline import extract_timeline  # noqa: E402
from pipeline.extract.units import extract_responsible_units  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from pipeline.provenance import Prov  # noqa: E402
from pipeline.segment import segment  # noqa: E402

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/KH-UBND\n\nHà An, ngày 02 tháng 01 năm 2026\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def _fill(unit: str, n: int, sep: str) -> str:
    """``unit`` repeated to ``n`` characters, ``{k}`` numbered so that no two repeats are equal
    (caches keyed on text would otherwise hide the work)."""
    out: list[str] = []
    size = k = 0
    while size < n:
        k += 1
        piece = unit.replace("{k}", str(k))
        out.append(piece)
        size += len(piece) + len(sep)
    return sep.join(out)


def dates_one_line(n: int) -> str:
    body = _fill("tổ chức hội nghị {k} vào ngày 15/3/2026, kiểm tra trước ngày 30/4/2026", n, ", ")
    return f"{HEAD}I. NỘI DUNG\n{body}.{TAIL}"


def citations_one_line(n: int) -> str:
    body = _fill("Căn cứ Nghị định số {k}/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", n, "; ")
    return f"{HEAD}{body};\n\nI. MỤC ĐÍCH\nBảo đảm tiến độ.{TAIL}"


def citations_lines(n: int) -> str:
    body = _fill("Căn cứ Thông tư số {k}/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ;", n, "\n")
    return f"{HEAD}{body}\n\nI. MỤC ĐÍCH\nBảo đảm tiến độ.{TAIL}"


def unit_lines(n: int) -> str:
    body = _fill("- Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành triển khai đợt {k}.", n, "\n")
    return f"{HEAD}III. TỔ CHỨC THỰC HIỆN\n{body}{TAIL}"


def unit_one_line(n: int) -> str:
    body = _fill("Sở Y tế, Trung tâm số {k}, Sở Xây dựng", n, ", ")
    return f"{HEAD}III. TỔ CHỨC THỰC HIỆN\nGiao {body} chủ trì thực hiện.{TAIL}"


def unit_sections(n: int) -> str:
    body = _fill("{k}. Trung tâm Dịch vụ số {k}\n- Chủ trì rà soát hồ sơ đợt {k};\n- Báo cáo kết quả.", n, "\n")
    return f"{HEAD}III. TỔ CHỨC THỰC HIỆN\n{body}{TAIL}"


def labelled_sections(n: int) -> str:
    body = _fill("{k}. Hoạt động số {k}\nThời gian thực hiện: Tháng 3/2026.", n, "\n")
    return f"{HEAD}II. NỘI DUNG\n{body}{TAIL}"


def header_blocks(n: int) -> str:
    """Task-table headers over and over, no rows under any: each must cost its own lines."""
    cells = "STT\n\nNhiệm vụ\n\nCơ quan chủ trì\n\nThời gian\n\nGhi chú đợt {k}\n\n"
    return f"{HEAD}III. TỔ CHỨC THỰC HIỆN\n" + _fill(cells, n, "\n") + TAIL


def task_table(n: int) -> str:
    head = "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
    rows = []
    k = 0
    size = 0
    while size < n:
        k += 1
        row = f"| {k} | Rà soát hồ sơ đợt {k} | Sở Tư pháp; UBND cấp xã | Sở Nội vụ | Tháng 4, tháng 8/2026 |"
        rows.append(row)
        size += len(row) + 1
    return f"{HEAD}III. TỔ CHỨC THỰC HIỆN\n{head}" + "\n".join(rows) + TAIL


SHAPES: dict[str, tuple[Callable[[int], str], Callable]] = {
    "dates on one line": (dates_one_line, extract_timeline),
    "citations on one line": (citations_one_line, extract_legal_bases),
    "citations, one a line": (citations_lines, extract_legal_bases),
    "unit lines": (unit_lines, extract_responsible_units),
    "units on one line": (unit_one_line, extract_responsible_units),
    "unit sections": (unit_sections, extract_responsible_units),
    "labelled sections": (labelled_sections, extract_timeline),
    "table headers (units)": (header_blocks, extract_responsible_units),
    "task table (units)": (task_table, extract_responsible_units),
    "task table (timeline)": (task_table, extract_timeline),
}


def _time(text: str, fn: Callable, repeat: int) -> float:
    doc = segment(normalize(text).text)
    best = float("inf")
    for _ in range(repeat):
        clear_per_text_caches()
        t0 = time.perf_counter()
        fn(doc, Prov())
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--base", type=int, default=20000, help="characters of the small input")
    ap.add_argument("--factor", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--only", default="", help="run the shapes whose name contains this")
    args = ap.parse_args()
    bad = 0
    for name, (make, fn) in SHAPES.items():
        if args.only and args.only not in name:
            continue
        small = _time(make(args.base), fn, args.repeat)
        big = _time(make(args.base * args.factor), fn, args.repeat)
        ratio = big / max(small, 1e-6)
        ok = ratio < 2 * args.factor
        bad += not ok
        print(f"{name:26s} {small * 1000:9.1f} ms → {big * 1000:9.1f} ms  ×{ratio:5.1f}  {'ok' if ok else 'OVER'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
