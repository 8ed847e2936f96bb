"""Task tables of a born-digital PDF (pipeline/formats/pdf_tables.py): cells that wrap over
several lines, centred vertically, come back as one pipe row per table row, which the
document model reads as a table. Synthetic PDFs drawn with reportlab."""

from __future__ import annotations

import io
from pathlib import Path

from corpus_files import corpus_tool, needs_fonts

from pipeline.formats import pdf, pdf_tables
from pipeline.segment import segment

_twins = corpus_tool("formats")

SIZE = 11
PITCH = 13.0
PAD = 4.0
COLS = [50, 80, 260, 370, 470, 545]  # left edges of the columns, then the table's right edge


def _canvas():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("LibSerif", str(_twins.FONT_DIR / "LiberationSerif-Regular.ttf")))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("LibSerif", SIZE)
    return buf, c


def _row(c, top: float, cells: list[list[str]], cols: list[float] = COLS, pad: float = PAD,
         pitch: float = PITCH, border: bool = True) -> float:
    """Draws one table row (each cell's lines centred vertically, as word processors export
    them; an empty line is a paragraph's spacing), its borders included; returns its bottom."""

    def height(lines: list[str]) -> float:
        return sum(pitch if line else 6.0 for line in lines)

    bottom = top - max(height(lines) for lines in cells) - 2 * pad
    for k, lines in enumerate(cells):
        x0, x1 = cols[k], cols[k + 1]
        if border:
            c.rect(x0, bottom, x1 - x0, top - bottom)
        y = top - pad - (top - bottom - 2 * pad - height(lines)) / 2
        for line in lines:
            if line:
                c.drawString(x0 + 3, y - SIZE, line)
            y -= pitch if line else 6.0
    return bottom


HEADER = [["STT"], ["Nội dung nhiệm vụ"], ["Cơ quan", "chủ trì"], ["Đơn vị", "phối hợp"], ["Thời gian", "hoàn thành"]]
ROWS = [
    [["1"], ["Xây dựng kế hoạch tuyên truyền", "về phòng chống thiên tai cho", "các hộ dân vùng ven sông"],
     ["Sở Văn hóa và", "Thể thao"], ["Các sở, ngành", "liên quan"], ["Quý II/2030"]],
    [["2"], ["Rà soát danh mục công trình", "thủy lợi xuống cấp"], ["Sở Nông nghiệp"],
     ["Ủy ban nhân dân", "các huyện, thị", "xã"], ["Tháng 9/2030"]],
    [["3"], ["Tổ chức diễn tập ứng phó sự cố", "tràn dầu trên vùng biển của tỉnh"], ["Bộ Chỉ huy", "Quân sự tỉnh"],
     ["Sở Giao thông", "vận tải"], ["Hằng năm"]],
]


def _table_pdf(rows_per_page: list[list[list[list[str]]]], numbering: bool = True) -> bytes:
    buf, c = _canvas()
    for p, rows in enumerate(rows_per_page):
        c.setFont("LibSerif", SIZE)
        top = 800.0
        if p == 0:
            c.drawString(60, top, "Phụ lục: Danh mục nhiệm vụ trọng tâm năm 2030 của các cơ quan")
            top -= 30
            top = _row(c, top, HEADER)
            if numbering:
                top = _row(c, top, [[f"({k})"] for k in range(1, 6)])
        for r in rows:
            top = _row(c, top, r)
        if p == len(rows_per_page) - 1:
            c.drawString(COLS[1] + 3, top - 20, "Nơi nhận:")  # a short line in the task column
            c.drawString(60, top - 40, "Các cơ quan được giao nhiệm vụ báo cáo kết quả thực hiện về Văn phòng")
            c.drawString(60, top - 54, "trước ngày 15 tháng 12 hằng năm để tổng hợp, báo cáo cấp trên theo quy định.")
        c.showPage()
    c.save()
    return buf.getvalue()


def _read(tmp_path: Path, data: bytes) -> str:
    f = tmp_path / "t.pdf"
    f.write_bytes(data)
    return pdf.read(data, f).text


def _rows(text: str) -> list[tuple[str, ...]]:
    return [tuple(c.text for c in r) for t in segment(text).tables for r in t.rows]


@needs_fonts
def test_wrapped_cells_become_one_row_each(tmp_path: Path) -> None:
    """A header whose cells wrap over two lines, cells of one to three lines centred in their
    row: each table row comes back whole, in the header's columns; the numbering row "(1) (2) …"
    is left out, and the paragraph under the table stays prose."""
    text = _read(tmp_path, _table_pdf([ROWS]))
    assert "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Đơn vị phối hợp | Thời gian hoàn thành" in text
    tables = segment(text).tables
    assert len(tables) == 1
    assert tables[0].roles == ("number", "task", "lead", "coop", "time")
    assert _rows(text) == [
        ("1", "Xây dựng kế hoạch tuyên truyền về phòng chống thiên tai cho các hộ dân vùng ven sông",
         "Sở Văn hóa và Thể thao", "Các sở, ngành liên quan", "Quý II/2030"),
        ("2", "Rà soát danh mục công trình thủy lợi xuống cấp", "Sở Nông nghiệp",
         "Ủy ban nhân dân các huyện, thị xã", "Tháng 9/2030"),
        ("3", "Tổ chức diễn tập ứng phó sự cố tràn dầu trên vùng biển của tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
         "Sở Giao thông vận tải", "Hằng năm"),
    ]
    assert "(1)" not in text
    assert "\nNơi nhận:" in text  # under the table's bottom border: no part of its last row
    assert "Các cơ quan được giao nhiệm vụ báo cáo" in text.split("Hằng năm")[-1]
    assert "Phụ lục: Danh mục nhiệm vụ" in text.split("STT |")[0]


@needs_fonts
def test_table_goes_on_over_a_page_break(tmp_path: Path) -> None:
    """A table continued at the top of the next page without its header: the rows there are
    read in the same columns, and the page starts stay where the text of each page begins."""
    f = tmp_path / "t.pdf"
    data = _table_pdf([ROWS[:2], ROWS[2:]], numbering=False)
    f.write_bytes(data)
    decoded = pdf.read(data, f)
    rows = _rows(decoded.text)
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert rows[2][1:] == ("Tổ chức diễn tập ứng phó sự cố tràn dầu trên vùng biển của tỉnh",
                           "Bộ Chỉ huy Quân sự tỉnh", "Sở Giao thông vận tải", "Hằng năm")
    assert len(decoded.pages) == 2
    assert decoded.text[decoded.pages[1]:].startswith("3 | Tổ chức diễn tập")


@needs_fonts
def test_three_columns_of_prose_are_no_table(tmp_path: Path, monkeypatch) -> None:
    """A page set in three columns of prose, some lines starting with words that name columns,
    and a line of three such words with nothing under it: no header row set apart above a
    body, so the page comes out exactly as the line layout writes it without tables."""
    buf, c = _canvas()
    words = ("Ủy ban nhân dân tỉnh giao các cơ quan chủ trì phối hợp thực hiện nhiệm vụ thời gian "
             "hoàn thành trong quý báo cáo kết quả đúng hạn theo quy định hiện hành").split()
    for k in range(30):
        for col, x in enumerate((50, 230, 410)):
            line = " ".join(words[(k * 3 + col * 5 + j) % len(words)] for j in range(6))
            c.drawString(x, 800 - k * PITCH, line)
    c.drawString(50, 800 - 31 * PITCH, "Nhiệm vụ")
    c.drawString(230, 800 - 31 * PITCH, "Chủ trì")
    c.drawString(410, 800 - 31 * PITCH, "Thời gian")
    c.showPage()
    c.save()
    text = _read(tmp_path, buf.getvalue())
    monkeypatch.setattr(pdf_tables, "find_table", lambda *a, **k: None)
    assert text == _read(tmp_path, buf.getvalue())
    assert "Nhiệm vụ | Chủ trì | Thời gian" in text  # today's layout of a line of three segments


@needs_fonts
def test_rules_flag_turns_the_table_layout_off(tmp_path: Path, monkeypatch) -> None:
    """``[pdf] tables = false`` in rules/tables.toml: the page is laid out line by line."""
    on = _read(tmp_path, _table_pdf([ROWS]))
    real = pdf.load_rules

    def off(name: str) -> dict:
        rules = dict(real(name))
        if name == "tables":
            rules["pdf"] = {"tables": False}
        return rules

    monkeypatch.setattr(pdf, "load_rules", off)
    text = _read(tmp_path, _table_pdf([ROWS]))
    assert text != on
    assert "Thể thao | " not in text


@needs_fonts
def test_a_cells_last_paragraph_stays_in_its_row(tmp_path: Path) -> None:
    """Rows with next to no padding, a task cell whose last paragraph is set apart by its
    spacing: that paragraph sits closer to the next row than to its own cell's lines, but the
    next row's number, centred in its row, shows where that row begins."""
    buf, c = _canvas()
    top = _row(c, 780, HEADER)
    rows = [
        [["1"], ["Kiểm tra việc thực hiện quy chế", "dân chủ ở cơ sở tại các phường", "", "Báo cáo kết quả về Sở."],
         ["Sở Nội vụ"], ["Công an tỉnh"], ["Quý III/2030"]],
        [["2"], ["Tập huấn nghiệp vụ văn thư", "lưu trữ cho cán bộ cấp xã"], ["Sở Nội vụ"],
         ["Các sở, ngành", "liên quan"], ["Tháng 10/2030"]],
    ]
    for r in rows:
        top = _row(c, top, r, pad=0.0)
    c.showPage()
    c.save()
    got = _rows(_read(tmp_path, buf.getvalue()))
    assert got == [
        ("1", "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại các phường Báo cáo kết quả về Sở.",
         "Sở Nội vụ", "Công an tỉnh", "Quý III/2030"),
        ("2", "Tập huấn nghiệp vụ văn thư lưu trữ cho cán bộ cấp xã", "Sở Nội vụ", "Các sở, ngành liên quan",
         "Tháng 10/2030"),
    ]


@needs_fonts
def test_rows_without_borders_in_loose_leading(tmp_path: Path) -> None:
    """No rules drawn and lines set wide apart (one and a half spacing): a row ends where the
    gap grows past the usual gap between a cell's lines, not at every line."""
    buf, c = _canvas()
    top = _row(c, 780, HEADER, pitch=19, border=False, pad=8)
    for r in ROWS:
        top = _row(c, top, r, pitch=19, border=False, pad=8)
    c.showPage()
    c.save()
    got = _rows(_read(tmp_path, buf.getvalue()))
    assert [r[0] for r in got] == ["1", "2", "3"]
    assert got[1] == ("2", "Rà soát danh mục công trình thủy lợi xuống cấp", "Sở Nông nghiệp",
                      "Ủy ban nhân dân các huyện, thị xã", "Tháng 9/2030")
