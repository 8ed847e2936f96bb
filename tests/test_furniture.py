"""Page and site furniture is marked with its reason and never becomes a field.

Synthetic documents: a gazette's pages (running head with the page number beside it, section
banner) around a thông tư, and a legal database's web page (its own heading naming another
document, navigation, validity status, copyright) around a quyết định.
"""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.furniture import line_reason
from pipeline.normalize import normalize
from pipeline.segment import segment

GAZETTE = """BẢN TIN PHÁP LUẬT/Số 88 + 89/Ngày 20-11-2031

12

VĂN BẢN QUY PHẠM PHÁP LUẬT
BỘ KHOA HỌC VÀ CÔNG NGHỆ

BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 07/2031/TT-BKHCN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 10 năm 2031

THÔNG TƯ
Quy định về quản lý phòng thí nghiệm dùng chung

Căn cứ Luật Khoa học và Công nghệ số 93/2025/QH15;
Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư quy định về quản lý phòng thí nghiệm dùng chung.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về quản lý phòng thí nghiệm dùng chung.

13 BẢN TIN PHÁP LUẬT/Số 88 + 89/Ngày 20-11-2031

Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 15 tháng 12 năm 2031.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Trần Minh Khoa
"""

# blocks of a web page come one a paragraph, as HTML-to-text converters write them
WEB_PAGE = """Quyết định 512/QĐ-UBND năm 2030 sửa đổi Quyết định 77/QĐ-UBND về quy chế phối hợp

Trang chủ > Văn bản pháp luật > Quyết định

Nội dung | Thuộc tính | Lược đồ | Tải về

Còn hiệu lực

Ngày có hiệu lực: 01/01/2031

ỦY BAN NHÂN DÂN
TỈNH AN LẠC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 512/QĐ-UBND
An Lạc, ngày 14 tháng 12 năm 2030

QUYẾT ĐỊNH
Về việc sửa đổi quy chế phối hợp quản lý chợ

ỦY BAN NHÂN DÂN TỈNH AN LẠC

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. Sửa đổi quy chế phối hợp quản lý chợ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lò Văn Sáng

© Bản quyền thuộc về Cổng thông tin văn bản An Lạc
"""


def _reasons(text: str) -> dict[str, str]:
    doc = segment(normalize(text).text)
    return {normalize(text).text[m.start : m.end]: m.reason for m in doc.furniture.values()}


def test_line_reasons() -> None:
    assert line_reason("TẠP CHÍ/Số 5/Ngày 1-2-2030") == "running-head"
    assert line_reason("7 TẠP CHÍ/Số 5 + 6/Ngày 01-02-2030") == "running-head"
    assert line_reason("TẠP CHÍ/Số 5/Ngày 01-02-2030 8") == "running-head"
    assert line_reason("- 4 -") == "page-number" and line_reason("Trang 4/9") == "page-number"
    assert line_reason("Tình trạng: Hết hiệu lực một phần") == "status"
    assert line_reason("Nội dung • Tiếng Anh • Văn bản gốc") == "navigation"
    assert line_reason("Trang chủ » Văn bản » Công văn") == "navigation"
    # a document table's header row is not navigation, nor a sentence about validity status
    assert line_reason("Nội dung | Ghi chú") is None
    assert line_reason("STT | Nội dung | Thời gian") is None
    assert line_reason("Văn bản còn hiệu lực đến hết ngày 31 tháng 12 năm 2031.") is None
    assert line_reason("Số: 07/2031/TT-BKHCN") is None
    assert line_reason("12") is None  # a lone number is a page number only beside a running head


def test_gazette_furniture_marked_and_blanked() -> None:
    text = normalize(GAZETTE).text
    doc = segment(text)
    marks = {text[m.start : m.end]: m.reason for m in doc.furniture.values()}
    assert marks["BẢN TIN PHÁP LUẬT/Số 88 + 89/Ngày 20-11-2031"] == "running-head"
    assert marks["13 BẢN TIN PHÁP LUẬT/Số 88 + 89/Ngày 20-11-2031"] == "running-head"
    assert marks["12"] == "page-number"
    assert marks["VĂN BẢN QUY PHẠM PHÁP LUẬT"] == "section-banner"
    # blanked in what extractors read, offsets kept
    assert len(doc.text) == len(text) and "BẢN TIN" not in doc.text
    for i in doc.furniture:
        assert doc.lines[i].blank


def test_gazette_furniture_never_a_field() -> None:
    rec = extract_text(GAZETTE).model_dump()
    assert rec["number"]["raw"] == "07/2031/TT-BKHCN"
    assert rec["date"]["iso"] == "2031-10-02" and rec["place"] == "Hà Nội"
    assert rec["issuer"]["name"] == "Bộ Khoa học và Công nghệ"
    assert rec["signer"]["name"] == "Trần Minh Khoa"
    blob = str(rec)
    assert "BẢN TIN" not in blob and "20-11-2031" not in blob and "2031-11-20" not in blob


def test_web_page_furniture_marked_and_never_a_field() -> None:
    marks = _reasons(WEB_PAGE)
    assert marks["Nội dung | Thuộc tính | Lược đồ | Tải về"] == "navigation"
    assert marks["Trang chủ > Văn bản pháp luật > Quyết định"] == "navigation"
    assert marks["Còn hiệu lực"] == "status"
    assert marks["Ngày có hiệu lực: 01/01/2031"] == "status"
    assert marks["© Bản quyền thuộc về Cổng thông tin văn bản An Lạc"] == "copyright"
    # the page's own heading, above the document, names another document: a database's page
    # heading (it would be outside the document anyway, above its Quốc hiệu)
    heading = WEB_PAGE.splitlines()[0]
    assert marks[heading] == "page-heading"
    rec = extract_text(WEB_PAGE).model_dump()
    assert rec["number"]["raw"] == "512/QĐ-UBND" and rec["date"]["iso"] == "2030-12-14"
    assert rec["title"] == "Về việc sửa đổi quy chế phối hợp quản lý chợ"
    assert rec["signer"]["name"] == "Lò Văn Sáng"
    assert "77/QĐ-UBND" not in str(rec["title"]) and "2031-01-01" not in str(rec)


def test_plain_document_has_no_furniture() -> None:
    """A document without page or site furniture: nothing inside it is marked."""
    body = WEB_PAGE[WEB_PAGE.index("ỦY BAN NHÂN DÂN") : WEB_PAGE.index("©")]
    doc = segment(normalize(body).text)
    assert doc.furniture == {}


# a database page whose heading names the document it amends, above a copy that lost its header
# block and its type line: only the enacting word and the articles remain
HEADLESS_PAGE = """Quyết định 91/QĐ-UBND năm 2031 sửa đổi Quyết định 14/QĐ-UBND về quy chế quản lý chợ

Số: 91/QĐ-UBND

An Lạc, ngày 02 tháng 3 năm 2031

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. Sửa đổi quy chế quản lý chợ.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lò Văn Sáng
"""


def test_database_page_heading_is_furniture_only_at_the_top() -> None:
    marks = _reasons(HEADLESS_PAGE)
    assert marks[HEADLESS_PAGE.splitlines()[0]] == "page-heading"
    rec = extract_text(HEADLESS_PAGE).model_dump()
    assert rec["number"]["raw"] == "91/QĐ-UBND" and rec["date"]["iso"] == "2031-03-02"
    assert "14/QĐ-UBND" not in str(rec["title"]) and "Điều 1" not in str(rec["title"])
    # the same words inside the document are no heading: a line far from the top, or one
    # citing with "số" or a date, stays
    inside = HEADLESS_PAGE.replace(
        "Điều 1. Sửa đổi quy chế quản lý chợ.",
        "Điều 1. Sửa đổi quy chế quản lý chợ.\n\nQuyết định 14/QĐ-UBND năm 2030 được sửa đổi như sau",
    )
    assert "Quyết định 14/QĐ-UBND năm 2030 được sửa đổi như sau" not in _reasons(inside)
    assert not _reasons("Quyết định số 14/QĐ-UBND ngày 02/01/2030 của Ủy ban nhân dân tỉnh\n\nNội dung.\n")
