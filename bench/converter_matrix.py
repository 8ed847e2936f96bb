"""The same gold documents through other converters: how much of the record survives each.

Real inputs arrive as whatever tool produced them. This script takes gold documents (any
folder with ``NAME.gold.json`` beside ``NAME.docx`` / ``.md`` / ``.txt``), makes each one
reach the pipeline the ways an archive receives it, and scores every route against the same
gold with the contract's scorer:

- ``original``: the file as it is;
- ``one-line-header``: a text's header block (its lines from the first to the place-date line,
  a header not laid out as pipe rows) run together on one line, as some converters and pages
  write a two-column header: pure Python;
- ``pipe-lines``: a text's pipe tables as a legal website's page export writes them (a cell on
  lines of its own between lines holding one pipe, two pipe lines where a row ends, spanned
  cells not written, no blank lines): pure Python, no converter needed;
- ``web-page``: the text set in an HTML page among a site's furniture — a menu, breadcrumbs, the
  site's own heading naming the document by its type and the first number the text holds (a
  cited one where the document has none), tabs, a sidebar listing other documents with their
  numbers and dates, a footer — as one of three sites (semantic tags; bare divs with descriptive
  classes; classes that say nothing): paragraphs a <p> each, lines kept by <br>, pipe tables as
  tables; texts that are themselves page exports (cells a line between pipe lines) are left out.
  Pure Python; read by the HTML reader (``pipeline.formats.webpage``);
- ``lo-txt``, ``lo-html``, ``lo-pdf``, ``lo-odt``: a DOCX exported by LibreOffice to plain text,
  HTML, PDF (its own typesetting, not ours) and ODT;
- ``twin-docx``/``twin-html``/``twin-pdf``: a plain-text document laid out by
  ``corpus/formats/make.py`` as offices do (a text it cannot cut into columns becomes a DOCX the
  way LibreOffice imports a text file: one paragraph a line), then (``twin-lo-*``) re-exported
  by LibreOffice;
- the converters websites use (every DOCX above, the gold ones and the twins, goes through each):
  ``mammoth-md`` (mammoth's markdown: ``__bold__``, ``\\-`` escapes, tables as paragraphs),
  ``mammoth-html`` (mammoth's bare HTML), ``mammoth-h2t`` (that HTML through html2text: pipe
  tables, wrapped lines), ``lo-html-mdfy`` (LibreOffice's HTML through markdownify: ``**``,
  ``|---|`` tables), ``docx2txt`` (cells and paragraphs separated by blank lines),
  ``plumber-pdf`` / ``plumber-pdf-layout`` (LibreOffice's PDF read by pdfplumber, layout off
  and on: a two-column header interleaved line by line).

The third-party converters are not dependencies of the project: they live in the optional extra
``bench`` (``pip install '.[bench]'``), best in a separate environment named by ``--conv-python``
(default: ``$VANBAN_CONV_PYTHON``, else ``/tmp/convenv/bin/python`` if it exists, else this
interpreter); a route whose converter is missing is skipped with a note.

Run: ``.venv/bin/python bench/converter_matrix.py GOLD_DIR... [--work DIR] [--json] [--routes a,b]``.
Needs ``soffice`` (scripts/system-deps.sh installs it). It measures and asserts nothing; the
figures are for the closing notes and for finding the layouts a converter breaks.

Measured on the gold of corpus/dev/pool, /work/shared/seeds and /work/shared/dev (95 documents:
6 DOCX, 13 PDF, the rest text; the converter routes start from the 6 DOCX and the DOCX twins of
the 76 texts, hence 82). List fields are F1, the others accuracy; "before → after" is this
round's reader fixes (bench run of 2026-12-05; ``original`` and the LibreOffice routes are the
gates: they did not move):

| route | docs | macro | legal | timeline | units | recipients | date | title | signer |
|---|---|---|---|---|---|---|---|---|---|
| original | 95 | 0.996 | 0.987 | 0.976 | 0.967 | 0.992 | 1.000 | 1.000 | 1.000 |
| lo-txt | 6 | 0.999 | 1.000 | 1.000 | 0.985 | 1.000 | 1.000 | 1.000 | 1.000 |
| lo-html | 6 | 0.998 | 1.000 | 1.000 | 0.985 | 0.964 | 1.000 | 1.000 | 1.000 |
| lo-pdf | 6 | 0.999 | 1.000 | 1.000 | 0.985 | 1.000 | 1.000 | 1.000 | 1.000 |
| lo-odt | 6 | 0.998 | 1.000 | 1.000 | 0.985 | 0.964 | 1.000 | 1.000 | 1.000 |
| twin-docx | 76 | 0.755 → 0.982 | 0.650 → 0.977 | 0.639 → 0.972 | 0.511 → 0.936 | 0.864 → 0.984 | 0.461 → 0.987 | 0.342 → 0.987 | 0.921 → 0.974 |
| twin-lo-txt | 76 | 0.995 | 0.984 | 0.972 | 0.960 | 0.993 | 1.000 | 1.000 | 1.000 |
| twin-lo-html | 76 | 0.994 | 0.984 | 0.972 | 0.965 | 0.989 | 1.000 | 1.000 | 0.987 |
| twin-lo-pdf | 76 | 0.988 | 0.986 | 0.972 | 0.958 | 0.986 | 0.987 | 1.000 | 0.974 |
| twin-lo-odt | 76 | 0.755 → 0.982 | 0.650 → 0.977 | 0.639 → 0.972 | 0.511 → 0.936 | 0.864 → 0.984 | 0.461 → 0.987 | 0.342 → 0.987 | 0.921 → 0.974 |
| mammoth-md | 82 | 0.763 → 0.974 | 0.694 → 0.979 | 0.659 → 0.970 | 0.542 → 0.881 | 0.869 → 0.983 | 0.500 → 0.988 | 0.390 → 0.988 | 0.878 → 0.951 |
| mammoth-html | 82 | 0.775 → 0.984 | 0.694 → 0.979 | 0.664 → 0.974 | 0.542 → 0.939 | 0.871 → 0.986 | 0.500 → 0.988 | 0.390 → 0.988 | 0.939 → 0.988 |
| mammoth-h2t | 82 | 0.759 → 0.974 | 0.690 → 0.979 | 0.651 → 0.966 | 0.540 → 0.938 | 0.826 → 0.973 | 0.488 → 0.976 | 0.378 → 0.976 | 0.939 → 0.988 |
| lo-html-mdfy | 82 | 0.977 | 0.986 | 0.970 | 0.966 | 0.984 → 0.987 | 1.000 | 1.000 | 0.988 |
| docx2txt | 82 | 0.774 → 0.984 | 0.694 → 0.984 | 0.664 → 0.974 | 0.542 → 0.943 | 0.869 → 0.987 | 0.500 → 0.988 | 0.390 → 0.988 | 0.927 → 0.976 |
| plumber-pdf | 82 | 0.948 → 0.983 | 0.976 → 0.982 | 0.957 → 0.954 | 0.927 → 0.929 | 0.966 → 0.988 | 0.951 → 0.988 | 0.720 → 0.988 | 0.902 → 0.988 |
| plumber-pdf-layout | 82 | 0.835 → 0.981 | 0.930 → 0.982 | 0.704 → 0.946 | 0.948 → 0.945 | 0.946 → 0.984 | 0.476 → 1.000 | 0.939 → 0.976 | 0.915 → 0.927 |
| one-line-header | 101 | 0.980 → 0.989 → 0.991 | 0.989 | 0.945 | 0.917 | 1.000 | 1.000 | 0.980 → 1.000 | 1.000 |
| pipe-lines | 74 | 0.975 → 0.983 | 0.992 | 0.878 → 0.926 | 0.880 → 0.883 | 0.985 → 0.998 | 1.000 | 0.973 | 0.932 → 0.959 |
| web-page | 352 | 0.979 (same texts as they are: 0.983) | 0.982 | 0.921 | 0.899 | 0.986 | 0.994 | 0.983 | 0.955 |

What each route broke, and the general mechanism that now reads it (tests/test_converters.py
has a synthetic document for each):

- every wrapped line made a paragraph (PDF-to-Word tools, a text imported into a word
  processor; python-docx, mammoth, docx2txt and html2text all then write a blank line after
  each): ``normalize._lines_as_paragraphs`` tells such a text (most lines after a blank one,
  many going on in lower case) and judges each single blank line as a line break; a title in
  capitals after its type line goes on in capitals, a bold/italic run opened on one line and
  closed on the next is one line;
- pdfplumber without layout: the closing's two columns drawn line by line with one space
  between them (``Nơi nhận: KT. CHỦ TỊCH`` / ``- Như trên; PHÓ CHỦ TỊCH`` / ``- Lưu: VT.``)
  are read column by column (``closing_layout._interleaved``); the header's date line, a type
  line, a preamble opener and a page number are never wrap-joined; a title in capitals stops
  at the sentence under it;
- pdfplumber with layout: every line padded to the page's width (trailing spaces are no hard
  break there, blank lines are line spacing); a Nơi nhận list goes on below the signature
  through blank lines, wrapped items and rows indented as far as the left column;
- html2text: a cell's paragraphs run together (``Nơi nhận:\\- A;\\- B (để b/c)\\- Lưu``) are cut
  at the glued dashes; ``_italic_``; ``---|---`` rule rows; a position glued to the name
  after it (``PHÓ CHỦ TỊCHNguyễn``);
- mammoth markdown: ``__  bold__`` with spaces inside at a line's edge, an italic line whose run
  starts with spaces (``*   Hà Nội, ngày …*``, no bullet), escaped markup judged as the later
  pass will see it, the tab-laid closing's list going on across blank lines;
- markdownify: ``![alt](src)`` images dropped, ``[text](url)`` links kept as text;
- a Kính gửi list laid out as a table, in every converter's form (pipe cell or rows,
  html2text, markdownify, docx2txt with or without dashes, a PDF layer);
- a website's page export (``pipe-lines``, bench run of 2026-12-06): rows told apart only by
  their running numbers lost every row whose leading cells were merged with the row above and
  every table without a number column; the two pipe lines where a row ends are kept
  (``NormalizedText.row_breaks``/``pipe_lines``) and the one-cell-a-line reader reads rows by
  them: a merged row's cells aligned, its time taken from the row above, a header's second
  row naming the parts of a merged cell, a line above the table that names a column kept out;
  a closing written a row a line of each column is read column by column
  (``closing_layout._row_pairs``).

Measured 2026-12-07, twenty-fourth session (529 gold texts; routes of the pure-Python rewrites):
``web-page`` (367 pages) macro 0.979 → 0.981, signer 0.959/0.943 → 0.967/0.965 — a bordered
closing table written as markdown rows (an empty last cell is no row edge), &nbsp;-aligned
signature columns read as columns, a line's &nbsp; indentation kept; ``one-line-header`` (123)
0.971 → 0.990, number, date and signer position 1.000 — a run-in header before an appended
slip's own header starts the document, and the route no longer runs an OCR tool's page marker,
a knowledge base's front matter or its "# heading" into the header (no converter does);
``pipe-lines`` (79) 0.983 → 0.984 (a "signature: Name" line under the position).

Left: ``web-page`` (measured 2026-12-07; the same 352 texts as they are: macro 0.983, timeline
0.941, signer 0.969, title 0.986): the signer of a pipe-table closing whose name line lost its
closing pipe, the site's heading giving a number the text cites to a document that has none of
its own; a cell that holds the page (a layout table beside a row of properties) is read as the
lines it holds (``pipeline.formats.tables``). ``one-line-header`` (measured 2026-12-06; number and title 1.000 since 2026-12-07: a V/v glued to
the number's symbol split after a cue run on from the issuer's, a cited date after "số …," no date
cell, a V/v line no section heading, a run-in motto cut whole): issuer 0.97 against 1.000 for the
same texts as they are — an issuer's parent organ ("Văn phòng Phòng nội chính"), and two headers
a space-laid layout joins column into column. Fixed this round: the place, which took the issuer's or the V/v's last words
("DÂN TỈNH Lào Cai"), is the province named last (0.96 → 1.000); a Party number without a colon
("TỈNH ỦY A * Số -CTr/TU"), and the cue with its colon after a long issuer's capitals, open the
number cell (0.94 → 0.99); an issuer cell run together after
its parent's province ("SỞ … ĐỒNG THÁP TRƯỜNG THPT …") is parent and body (issuer 0.94 → 0.97);
in ``pipe-lines``, units 0.883 and timeline 0.926 against 0.898 and 0.941 for the same 74
documents as they are (not studied further); html2text wraps table rows at 78 columns (a cell's text is cut mid-cell, ``| Quảng`` /
``Yên, ngày …``) and glues a header cell's lines (``Số: 02/BCĐV/v tổ chức …``); LibreOffice's
HTML puts drawing names into cells (``SShape1 ố:``), which markdownify keeps (lo-html-mdfy
number/date 0.93); units in the paragraph routes stay ~0.03–0.08 under the LibreOffice ones
(headings split across paragraphs without markup); mammoth drops a header row the twins put in
the page header (issuer of the 5 seed twins).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LO_TARGETS = {"lo-txt": "txt:Text (encoded):UTF8", "lo-html": "html", "lo-pdf": "pdf", "lo-odt": "odt"}
# route → (what it starts from, the output suffix); "docx" = every gold DOCX and twin DOCX,
# "lo-html"/"lo-pdf" = LibreOffice's export of those.
CONVERTERS: dict[str, tuple[str, str]] = {
    "mammoth-md": ("docx", ".md"),
    "mammoth-html": ("docx", ".html"),
    "mammoth-h2t": ("docx", ".md"),
    "lo-html-mdfy": ("lo-html", ".md"),
    "docx2txt": ("docx", ".txt"),
    "plumber-pdf": ("lo-pdf", ".txt"),
    "plumber-pdf-layout": ("lo-pdf", ".txt"),
}
LIST_FIELDS = ("legal_bases", "timeline", "responsible_units", "recipients")


# ---------------------------------------------------------------------------------------------
# The converters (run under --conv-python; they import nothing from the project)
# ---------------------------------------------------------------------------------------------


def _convert_one(route: str, src: Path) -> str:
    if route in ("mammoth-md", "mammoth-html", "mammoth-h2t"):
        import mammoth

        with src.open("rb") as fh:
            if route == "mammoth-md":
                return mammoth.convert_to_markdown(fh).value
            html = mammoth.convert_to_html(fh).value
        if route == "mammoth-html":
            return f"<html><head><meta charset='utf-8'></head><body>{html}</body></html>"
        import html2text

        return html2text.html2text(html)
    if route == "lo-html-mdfy":
        from markdownify import markdownify

        raw = src.read_bytes()
        for enc in ("utf-8", "cp1252"):
            try:
                return markdownify(raw.decode(enc))
            except UnicodeDecodeError:
                continue
        return markdownify(raw.decode("utf-8", "replace"))
    if route == "docx2txt":
        import docx2txt

        return docx2txt.process(str(src))
    if route in ("plumber-pdf", "plumber-pdf-layout"):
        import pdfplumber

        with pdfplumber.open(str(src)) as pdf:
            pages = [p.extract_text(layout=route.endswith("layout")) or "" for p in pdf.pages]
        return "\n".join(pages)
    raise ValueError(route)


def convert_main(route: str, out: Path, srcs: list[Path]) -> None:
    """Convert ``srcs`` by ``route`` into ``out`` (one file each, the stem kept)."""
    out.mkdir(parents=True, exist_ok=True)
    suffix = CONVERTERS[route][1]
    for src in srcs:
        try:
            text = _convert_one(route, src)
        except ImportError as e:
            raise SystemExit(f"{route}: {e}") from e
        except Exception as e:  # noqa: BLE001 - one broken input must not stop the route
            print(f"{route}: {src.name}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        (out / f"{src.stem}{suffix}").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Producing the routes
# ---------------------------------------------------------------------------------------------


def _soffice(src: list[Path], target: str, out: Path, infilter: str | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if not src:
        return
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("soffice not found (scripts/system-deps.sh installs LibreOffice)")
    profile = out.parent / "lo-profile"
    subprocess.run(
        [exe, f"-env:UserInstallation=file://{profile}", "--headless",
         *([f"--infilter={infilter}"] if infilter else []), "--convert-to", target,
         "--outdir", str(out), *map(str, src)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200,
    )


def _twins(texts: list[Path], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if texts:
        subprocess.run([sys.executable, str(ROOT / "corpus" / "formats" / "make.py"), str(out), *map(str, texts)],
                       check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def _conv_python(arg: str | None) -> str:
    if arg:
        return arg
    if os.environ.get("VANBAN_CONV_PYTHON"):
        return os.environ["VANBAN_CONV_PYTHON"]
    if Path("/tmp/convenv/bin/python").exists():
        return "/tmp/convenv/bin/python"
    return sys.executable


def _sources(work: Path, origin: str) -> list[Path]:
    """The files a converter route starts from: DOCX (gold and twins) or their LibreOffice export."""
    if origin == "docx":
        return sorted((work / "docx").glob("*.docx"))
    suffix = ".html" if origin == "lo-html" else ".pdf"
    return sorted([*(work / origin).glob(f"*{suffix}"), *(work / f"twin-{origin}").glob(f"*{suffix}")])


_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def as_pipe_lines(text: str) -> str | None:
    """A text's pipe tables as a legal website's page export writes them: every cell on lines
    of its own between lines holding one pipe, a row's closing pipe over the next row's opening
    one, an empty (spanned) cell not written, and no blank lines anywhere. None where the text
    has no pipe table."""
    lines = text.split("\n")
    if sum(1 for ln in lines if ln.count("|") >= 2) < 3:
        return None
    table = [False] * len(lines)
    i = 0
    while i < len(lines):
        if "|" not in lines[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and ("|" in lines[j] or _RULE_ROW.match(lines[j])):
            j += 1
        if any(ln.count("|") >= 2 for ln in lines[i:j]):
            table[i:j] = [True] * (j - i)
        i = j
    out: list[str] = []
    for ln, in_table in zip(lines, table, strict=True):
        if not in_table:
            if ln.strip():
                out.append(ln)
            continue
        if _RULE_ROW.match(ln):
            continue
        row = ln.strip()
        row = row[1:] if row.startswith("|") else row
        row = row[:-1] if row.endswith("|") else row
        out.append("|")
        for cell in (c.strip() for c in row.split("|")):
            if cell:
                out.extend((cell, "|"))
    return "\n".join(out)


# the header's place-date line as a line of its own ("*Hà Nội, ngày 12 tháng 3 năm 2026*")
_DATE_LINE = re.compile(r"^[\s*_]*[^\W\d][^,\d|]{1,40},\s*ngày\s+[\d.…_ ]*\s*tháng\s+[\d.…_ ]*\s*năm\s+\d{4}[\s*_.]*$",
                        re.IGNORECASE)


_PAGE_MARK = re.compile(r"[-=_*#]{3,}\s*\[?(?:Trang|Page)\s+\d+\]?\s*[-=_*#]{3,}", re.IGNORECASE)


def as_one_line_header(text: str) -> str | None:
    """A text whose header block (its lines from the first to the place-date line, within the
    first 25) stands on one line, as some converters and web pages run a two-column header
    together: "ỦY BAN NHÂN DÂN TỈNH A CỘNG HÒA … Số: 12/KH-UBND … A, ngày …". None where no date
    line is found that early."""
    lines = text.split("\n")
    # (the page's marker an OCR tool wrote above the header, a knowledge base's front matter
    # between "---" rules and its page heading stay lines of their own: no cell of the header a
    # converter would run together)
    skip = 0
    if lines and lines[0].strip() == "---":
        skip = next((i + 1 for i in range(1, min(len(lines), 80)) if lines[i].strip() == "---"), 0)
    first = next((i for i in range(skip, len(lines)) if lines[i].strip() and not _PAGE_MARK.fullmatch(lines[i].strip())
                  and not lines[i].lstrip().startswith("#")), None)  # (nor the page's own "# heading")
    if first is None:
        return None
    end = next((i for i in range(first, min(len(lines), first + 25)) if _DATE_LINE.search(lines[i])), None)
    if end is None or end == first or any("|" in ln for ln in lines[first : end + 1]):
        return None  # (a header laid out as pipe rows is another converter's layout)
    head = " ".join(ln.strip() for ln in lines[first : end + 1] if ln.strip())
    return "\n".join([*lines[:first], head, *lines[end + 1 :]])


# the page furniture of three kinds of site around one document: a legal database with
# semantic tags, a portal of bare divs with descriptive classes, and a page whose classes say
# nothing (only the structure is left to tell the document from the rest)
_SITE_LINKS = ("Trang chủ", "Văn bản pháp luật", "Tin tức - Sự kiện", "Hỏi đáp", "Liên hệ", "Đăng nhập")
_SITE_SIDEBAR = (
    "Quyết định 1518/QĐ-TTg ngày 15/7/2025 phê duyệt Đề án phát triển nguồn nhân lực",
    "Nghị định 142/2025/NĐ-CP quy định chức năng, nhiệm vụ của Ủy ban nhân dân cấp xã",
    "Thông tư 09/2025/TT-BNV hướng dẫn chế độ báo cáo thống kê ngành Nội vụ",
    "Công văn 2345/UBND-VX ngày 03/9/2025 về triển khai nhiệm vụ năm học mới",
)
_SITE_FOOTER = ("© 2026 Cổng thông tin điện tử. Địa chỉ: 12 Lê Lợi, phường Sài Gòn. Điện thoại: 028 3829 6060. "
                "Ghi rõ nguồn khi phát hành lại thông tin từ trang này.")
_TYPE_WORD = re.compile(
    r"^\W*(KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|BÁO CÁO|CHỈ THỊ|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG TƯ|TỜ TRÌNH|CHƯƠNG TRÌNH|HƯỚNG DẪN|CÔNG ĐIỆN|QUY ĐỊNH)\W*$")
_NUMBER_IN = re.compile(r"(?:Số|SỐ)\s*:?\s*([\w./-]*/[\w.Đđ-]+)")


def _page_heading(text: str) -> str:
    """The site's own name for the document, from its type line and number ("Kế hoạch
    12/KH-UBND"; a letter: "Công văn 45/UBND-KT")."""
    kind = next((m.group(1).capitalize() for ln in text.split("\n")[:60] if (m := _TYPE_WORD.match(ln.strip(" *_|")))), "Công văn")
    num = _NUMBER_IN.search(text[:4000])
    return f"{kind} {num.group(1)}" if num else kind


def _html_line(ln: str) -> str:
    """A text line as a page writes it: emphasis as tags, runs of spaces and tabs kept as
    non-breaking spaces (a page pasted from a word processor)."""
    h = html.escape(ln.strip("\n"))
    h = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", h)
    h = re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<i>\1</i>", h)
    h = h.replace("\t", "&nbsp;" * 4)
    return re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group()), h)


def _html_cells(lines: list[str]) -> str:
    """A table exported a cell a line between lines holding one pipe ("|" / cell / "|" / "|"
    where a row ends) put back as the table it was: a cell's lines kept apart by <br>."""
    rows: list[list[list[str]]] = [[]]
    cell: list[str] | None = None
    prev_pipe = False
    for ln in lines:
        if ln.strip() == "|":
            if prev_pipe and rows[-1]:
                rows.append([])  # two pipe lines together: the row ended
            if cell is not None and any(x.strip() for x in cell):
                rows[-1].append(cell)
            cell, prev_pipe = [], True
            continue
        prev_pipe = False
        (cell if cell is not None else rows[-1].append([]) or rows[-1][-1]).append(ln)
    if cell and any(x.strip() for x in cell):
        rows[-1].append(cell)
    out = "".join("<tr>" + "".join("<td>" + "<br>".join(_html_line(x) for x in c if x.strip()) + "</td>" for c in r) + "</tr>"
                  for r in rows if r)
    return f"<table>{out}</table>"


def _html_body(text: str) -> str:
    """The document as a page holds it, its lines kept: a pipe table as a table (its rule row
    dropped), a table exported a cell a line as a table again; a text of paragraphs (blank lines
    between them) a <p> per paragraph, its lines kept apart by <br>; a text without blank lines
    its lines in a <div>, kept apart by <br>."""
    lines = text.split("\n")
    paragraphs = sum(1 for ln in lines if not ln.strip()) >= 0.2 * len(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        t = lines[i].strip()
        if t.startswith("|") and t.count("|") >= 2:
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|") and lines[i].strip().count("|") >= 2:
                cells = lines[i].strip().strip("|").split("|")
                if not all(set(c.strip()) <= set("-: ") for c in cells):
                    rows.append("<tr>" + "".join(f"<td>{_html_line(c.strip())}</td>" for c in cells) + "</tr>")
                i += 1
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
            continue
        if t == "|":
            j = i
            last = i
            while j < len(lines) and (lines[j].strip() == "|" or (lines[j].strip() and "|" not in lines[j])
                                      or (not lines[j].strip() and j + 1 < len(lines) and lines[j + 1].strip()
                                          and any(x.strip() == "|" for x in lines[j + 1 : j + 12]))):
                if lines[j].strip() == "|":
                    last = j
                j += 1
            out.append(_html_cells(lines[i : last + 1]))
            i = last + 1
            continue
        if not t:
            i += 1
            continue
        if not paragraphs:
            # a text of lines, no paragraphs: the lines of a <div> kept apart by <br>, up to the
            # next table
            block = [lines[i]]
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("|"):
                block.append(lines[i])
                i += 1
            out.append("<div>" + "<br>\n".join(_html_line(ln) for ln in block) + "</div>")
            continue
        block = [lines[i]]
        i += 1
        while i < len(lines) and lines[i].strip() and not lines[i].strip().startswith("|"):
            block.append(lines[i])
            i += 1
        out.append("<p>" + "<br>\n".join(_html_line(ln) for ln in block) + "</p>")
    return "\n".join(out)


def as_web_page(text: str, name: str) -> str | None:
    """The document set in a web page among a site's furniture: menu, breadcrumbs, the site's
    own heading naming the document, tabs, a sidebar listing other documents, a footer. One of
    three sites, chosen by the file's name. None for a text that is itself a page's export (its
    tables written a cell a line between pipe lines: the page it came from is not known)."""
    if sum(1 for ln in text.split("\n") if ln.strip() == "|") >= 3:
        return None
    heading = html.escape(_page_heading(text))
    links = "".join(f"<li><a href=\"/{k}\">{w}</a></li>" for k, w in enumerate(_SITE_LINKS))
    side = "".join(f"<li><a href=\"/vb/{k}\">{html.escape(w)}</a></li>" for k, w in enumerate(_SITE_SIDEBAR))
    tabs = "<ul class=\"{c}\"><li>Nội dung</li><li>Thuộc tính</li><li>Lược đồ</li><li>Tải về</li></ul>"
    body = _html_body(text)
    site = sum(map(ord, name)) % 3
    if site == 0:
        page = (f"<header><nav><ul>{links}</ul></nav></header><main><nav class=\"breadcrumb\">Trang chủ » "
                f"Văn bản » {heading}</nav><h1>{heading}</h1>{tabs.format(c='tabs')}<article>{body}</article>"
                f"</main><aside><h3>Văn bản liên quan</h3><ul>{side}</ul></aside><footer>{_SITE_FOOTER}</footer>")
    elif site == 1:
        page = (f"<div class=\"top-menu\"><ul>{links}</ul></div><div class=\"breadcrumb\">Trang chủ › Văn bản › "
                f"{heading}</div><div class=\"doc-title\"><h1>{heading}</h1></div>{tabs.format(c='tab-menu')}"
                f"<div class=\"doc-content\">{body}</div><div class=\"sidebar\"><h3>Văn bản mới</h3><ul>{side}</ul>"
                f"</div><div class=\"footer\">{_SITE_FOOTER}</div>")
    else:
        page = (f"<div class=\"c1\"><ul>{links}</ul></div><div class=\"c2\"><div class=\"c3\">Trang chủ / {heading}</div>"
                f"<h2>{heading}</h2>{tabs.format(c='c4')}<div class=\"c5\"><div class=\"c6\">{body}</div></div>"
                f"<div class=\"c7\"><b>Xem thêm</b><ul>{side}</ul></div></div><div class=\"c8\">{_SITE_FOOTER}</div>")
    return f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{heading}</title></head><body>{page}</body></html>\n"


TEXT_ROUTES = {"one-line-header": as_one_line_header, "pipe-lines": as_pipe_lines}
# routes that write a page around the text: (rewrite(text, name), suffix)
PAGE_ROUTES = {"web-page": (as_web_page, ".html")}


def routes(gold_dirs: list[Path], work: Path, wanted: set[str] | None, conv_python: str
           ) -> dict[str, list[tuple[Path, dict]]]:
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
    if not (work / "docx").is_dir():  # a kept --work folder is reused as it is
        for name, target in LO_TARGETS.items():
            _soffice(docx, target, work / name)
        _twins(texts, work / "twin")
        twin_docx = sorted((work / "twin").glob("*.docx"))
        laid_out = {f.stem for f in twin_docx}
        # a text make.py cannot cut into columns (no Nơi nhận block) still becomes a DOCX: the
        # way LibreOffice imports a text file, one paragraph a line, its markdown as it stands
        _soffice([t for t in texts if t.stem not in laid_out], "docx:MS Word 2007 XML", work / "twin",
                 infilter="Text (encoded):UTF8")
        twin_docx = sorted((work / "twin").glob("*.docx"))
        for name, target in LO_TARGETS.items():
            _soffice(twin_docx, target, work / f"twin-{name}")
        (work / "docx").mkdir()
        for f in [*docx, *twin_docx]:
            shutil.copy(f, work / "docx" / f.name)
    for route, rewrite in TEXT_ROUTES.items():  # the pure-Python rewrites of the gold texts
        if (work / route).is_dir():
            continue
        (work / route).mkdir()
        for t in texts:
            out_text = rewrite(t.read_text(encoding="utf-8"))
            if out_text is not None:
                (work / route / f"{t.stem}{t.suffix}").write_text(out_text, encoding="utf-8")
    for route, (page, suffix) in PAGE_ROUTES.items():
        if (work / route).is_dir():
            continue
        (work / route).mkdir()
        for t in texts:
            page_text = page(t.read_text(encoding="utf-8"), t.stem)
            if page_text is not None:
                (work / route / f"{t.stem}{suffix}").write_text(page_text, encoding="utf-8")
    for route, (origin, _) in CONVERTERS.items():
        if (wanted and route not in wanted) or (work / route).is_dir():
            continue
        srcs = _sources(work, origin)
        r = subprocess.run([conv_python, __file__, "--convert", route, str(work / route), *map(str, srcs)],
                           check=False, timeout=1800)
        if r.returncode:
            print(f"(route {route} skipped: its converter failed under {conv_python})", file=sys.stderr)
    skip = {"lo-profile", "docx"}
    for folder in sorted(p for p in work.iterdir() if p.is_dir() and p.name not in skip):
        if wanted and folder.name not in wanted and not (folder.name == "twin" and wanted & {"twin-docx", "twin-html", "twin-pdf"}):
            continue
        for f in sorted(folder.iterdir()):
            if f.suffix in (".txt", ".md", ".html", ".pdf", ".odt", ".docx") and f.stem in gold:
                name = f"twin-{f.suffix[1:]}" if folder.name == "twin" else folder.name
                out[name].append((f, gold[f.stem]))
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--convert":
        convert_main(sys.argv[2], Path(sys.argv[3]), [Path(p) for p in sys.argv[4:]])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dirs", nargs="+", type=Path)
    ap.add_argument("--work", type=Path, help="keep the converted files here (default: a temp folder); reused if it exists")
    ap.add_argument("--routes", help="comma-separated routes to score (default: all)")
    ap.add_argument("--conv-python", help="the interpreter that has the 'bench' extra (mammoth, html2text, …)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="vanban-matrix-"))
    work.mkdir(parents=True, exist_ok=True)
    wanted = set(args.routes.split(",")) if args.routes else None
    table: dict[str, dict] = {}
    for route, docs in routes(args.gold_dirs, work, wanted, _conv_python(args.conv_python)).items():
        if wanted and route not in wanted:
            continue
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
    print(f"{'route':18s} {'docs':>4s} {'macro':>6s} {'legal':>6s} {'time':>6s} {'units':>6s} {'recip':>6s}  other fields below 0.995")
    for route, r in table.items():
        f = r["fields"]
        lists = " ".join(f"{f.get(k, float('nan')):6.3f}" for k in LIST_FIELDS)
        low = ", ".join(f"{k} {v:.2f}" for k, v in f.items() if k not in LIST_FIELDS and v < 0.995)
        print(f"{route:18s} {r['documents']:4d} {r['macro']:6.3f} {lists}  {low}")
    print(f"(converted files: {work})")


if __name__ == "__main__":
    if not (len(sys.argv) > 1 and sys.argv[1] == "--convert"):
        sys.path.insert(0, str(ROOT))
        from pipeline.evaluate import find_gold, score_corpus
        from pipeline.extractor import extract_file
    main()
