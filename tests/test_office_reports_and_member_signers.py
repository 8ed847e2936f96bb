"""Headers and closings of working files and corporate decisions: synthetic documents.

- "UBND HUYỆN A VĂN PHÒNG" on one line: the office of the body before it is the issuer;
- a report that also carries a letter's "V/v" line and names its kind under it ("BÁO CÁO GIẢI
  TRÌNH" / "Về việc …"): the named kind and its trích yếu win;
- the Party's motto in capitals run into the last line of a trích yếu in small letters (the
  header's right column) is no part of it; a title in capitals naming the Party keeps it;
- "TUQ. CHỦ TỊCH" / "THÀNH VIÊN HĐTV": a member signing by authorisation, the board's initials
  kept as written; a recipient's note in brackets holding a ';' stays one item;
- a body's name cased from capitals keeps "Việt Nam" a proper noun.
"""

from __future__ import annotations

from pipeline.extract.header import org_name
from pipeline.extractor import extract_text

REPORT = """UBND HUYỆN ĐÔNG SƠN VĂN PHÒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM    Độc lập - Tự do - Hạnh phúc

Số:   /VP-TH
V/v giải trình việc chậm nộp hồ sơ lưu trữ
Đông Sơn, ngày     tháng 9 năm 2031

BÁO CÁO GIẢI TRÌNH
Về việc chậm nộp hồ sơ lưu trữ năm 2030

Kính gửi: Chi cục Văn thư - Lưu trữ tỉnh Nam Sơn
Văn phòng HĐND và UBND huyện báo cáo giải trình việc chậm nộp hồ sơ lưu trữ năm 2030 như sau: do thay đổi nhân sự phụ trách, hồ sơ chưa được chỉnh lý kịp thời.
Kính đề nghị Chi cục xem xét, tạo điều kiện cho Văn phòng nộp bổ sung trong quý IV/2031.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHÁNH VĂN PHÒNG



Lê Thị Hạnh
"""

PARTY_LETTER = """HUYỆN ỦY ĐÔNG SƠN
BAN TUYÊN GIÁO
*
Số    -CV/BTG
V/v góp ý dự thảo kế hoạch tuyên truyền
kỷ niệm ngày thành lập Đảng\tĐẢNG CỘNG SẢN VIỆT NAM

Đông Sơn, ngày    tháng 01 năm 2031
Kính gửi: Các chi bộ trực thuộc.
Ban Tuyên giáo Huyện ủy đề nghị các chi bộ góp ý vào dự thảo kế hoạch tuyên truyền.
Nơi nhận:
- Như trên,
- Lưu VT.
T/M BAN TUYÊN GIÁO
TRƯỞNG BAN



Phạm Văn Đức
"""

CAPS_TITLE = """HUYỆN ỦY ĐÔNG SƠN
*
Số 12-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Sơn, ngày 05 tháng 01 năm 2031

KẾ HOẠCH
TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 101 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM

I. MỤC ĐÍCH, YÊU CẦU
Tổ chức các hoạt động kỷ niệm trang trọng, thiết thực.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Văn An
"""

BOARD_DECISION = """| | |
|---|---|
| TỔNG CÔNG TY LƯƠNG THỰC MIỀN BẮC | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
| Số: 45/QĐ-TCT | **Độc lập - Tự do - Hạnh phúc** |
| | Hà Nội, ngày 10 tháng 3 năm 2031 |

**QUYẾT ĐỊNH**

Về việc ban hành Quy chế quản lý kho

**HỘI ĐỒNG THÀNH VIÊN**

Căn cứ Quyết định số 120/QĐ-BNN ngày 05/01/2030 của Bộ Nông nghiệp ban hành Điều lệ tổ chức;

**QUYẾT ĐỊNH:**

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kho.

Điều 2. Tổng giám đốc, Trưởng các Ban chịu trách nhiệm thi hành Quyết định này.

| | |
|---|---|
| **Nơi nhận:** | **TM. HỘI ĐỒNG THÀNH VIÊN** |
| - Chủ tịch HĐTV (e-copy; để b/cáo); | **TUQ. CHỦ TỊCH** |
| - Các Ban Tổng công ty; | **THÀNH VIÊN HĐTV** |
| - Lưu: VT. | |
| | **Đỗ Minh Quang** |
"""


def test_office_named_after_its_body_on_one_line() -> None:
    r = extract_text(REPORT)
    assert r.issuer is not None
    assert r.issuer.name == "Văn phòng Ủy ban nhân dân huyện Đông Sơn"
    assert r.issuer.parent == "Ủy ban nhân dân huyện Đông Sơn"


def test_report_with_a_vv_line_is_the_kind_it_names() -> None:
    r = extract_text(REPORT)
    assert r.doc_type is not None and r.doc_type.code == "BC"
    assert r.title == "Về việc chậm nộp hồ sơ lưu trữ năm 2030"


def test_motto_run_into_a_small_letter_title_is_cut() -> None:
    r = extract_text(PARTY_LETTER)
    assert r.title == "góp ý dự thảo kế hoạch tuyên truyền kỷ niệm ngày thành lập Đảng"


def test_title_in_capitals_naming_the_party_keeps_it() -> None:
    r = extract_text(CAPS_TITLE)
    assert r.title is not None and r.title.endswith("NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM")


def test_member_signing_by_authorisation() -> None:
    r = extract_text(BOARD_DECISION)
    assert r.signer is not None
    assert r.signer.name == "Đỗ Minh Quang"
    assert r.signer.authority == "TUQ."
    assert r.signer.position == "Thành viên HĐTV"


def test_semicolon_inside_a_recipients_note_keeps_the_item_whole() -> None:
    r = extract_text(BOARD_DECISION)
    assert r.recipients[:2] == ["Chủ tịch HĐTV", "Các Ban Tổng công ty"]


def test_proper_noun_keeps_its_capitals_in_a_cased_name() -> None:
    assert org_name("TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM") == "Tập đoàn Công nghiệp than - khoáng sản Việt Nam"


def test_a_bracket_naming_the_body_a_copy_goes_to_stays_a_note_goes() -> None:
    text = BOARD_DECISION.replace(
        "| - Các Ban Tổng công ty; | **THÀNH VIÊN HĐTV** |",
        "| - Bộ Tư pháp (Cục Kiểm tra VBQPPL); | **THÀNH VIÊN HĐTV** |\n"
        "| - Văn phòng Chính phủ (Cổng TTĐT Chính phủ); | |\n"
        "| - Bộ Công an (Cục A03 - để b/c); | |\n"
        "| - Các đơn vị có liên quan (Ban Kế hoạch thông báo); | |",
    )
    r = extract_text(text)
    assert r.recipients[1:5] == ["Bộ Tư pháp (Cục Kiểm tra VBQPPL)", "Văn phòng Chính phủ (Cổng TTĐT Chính phủ)",
                                 "Bộ Công an", "Các đơn vị có liên quan"]


def test_a_long_committee_name_over_two_header_lines_is_the_issuer() -> None:
    text = REPORT.replace(
        "UBND HUYỆN ĐÔNG SƠN VĂN PHÒNG",
        "UBND HUYỆN ĐÔNG SƠN\nBAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO,\nCHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06",
    )
    r = extract_text(text)
    assert r.issuer is not None
    assert r.issuer.name == "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"
    assert r.issuer.parent == "Ủy ban nhân dân huyện Đông Sơn"


def test_two_titles_parted_by_a_comma_each_in_its_own_case() -> None:
    text = REPORT.replace("CHÁNH VĂN PHÒNG\n\n\n\nLê Thị Hạnh", "BỘ TRƯỞNG, CHỦ NHIỆM\n\n\n\nLê Thị Hạnh")
    r = extract_text(text)
    assert r.signer is not None and r.signer.position == "Bộ trưởng, Chủ nhiệm"
