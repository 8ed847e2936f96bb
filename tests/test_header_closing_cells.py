"""Header cells with a converter's rule dashes, old title blocks that repeat the number, and
signature blocks read from marks alone (synthetic documents)."""

from __future__ import annotations

import pipeline as vanban
from pipeline.extract.issuer_infer import body_of
from pipeline.lexicon import is_signed_mark

_LETTER = """\
# V/v triển khai thí điểm phòng thí nghiệm mở

| BỘ KHOA HỌC VÀ ĐỔI MỚI SÁNG TẠO -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------- |
|---|---|
| Số: 512/BKHĐM-KHTC V/v: triển khai thí điểm phòng thí nghiệm mở | Hà Nội, ngày 11 tháng 04 năm 2024 |

Kính gửi: Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc Trung ương

Ngày 02/3/2024, Chính phủ đã ban hành Nghị định số 77/2024/NĐ-CP về phòng thí nghiệm mở. Để \
triển khai, đề nghị các Sở báo cáo danh sách đơn vị đăng ký trước ngày 30/5/2024.

Trân trọng./.
"""


def test_issuer_cell_read_under_a_page_heading() -> None:
    # the web page's own "V/v" heading above the table is not the header's trích yếu cell: the
    # issuer cell (rule dashes and all) before the number is still the issuer
    rec = vanban.extract_text(_LETTER)
    assert rec.issuer is not None
    assert rec.issuer.name == "Bộ Khoa học và Đổi mới sáng tạo"
    assert rec.number is not None and rec.number.raw == "512/BKHĐM-KHTC"
    assert rec.title == "triển khai thí điểm phòng thí nghiệm mở"


def test_subject_ending_in_aspect_word_names_no_body() -> None:
    assert body_of("Chính phủ đã") is None
    assert body_of("Ủy ban nhân dân tỉnh sẽ") is None
    assert body_of("Chính phủ") == "Chính phủ"


def test_narrated_builds_sentence_names_no_issuer() -> None:
    # "<body> đã xây dựng Kế hoạch …" tells of an earlier plan: no issuer ending in "đã"
    text = (
        "KẾ HOẠCH\nTổ chức ngày hội đọc sách năm 2025\n\nNăm 2024, Ủy ban nhân dân huyện Đông Hải đã xây "
        "dựng Kế hoạch tổ chức ngày hội đọc sách và đạt kết quả tốt.\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Khuyến khích thói quen đọc sách trong học sinh.\n"
    )
    rec = vanban.extract_text(text)
    assert rec.issuer is None or not rec.issuer.name.endswith(" đã")


_OLD_CIRCULAR = """\
| BỘ GIAO THÔNG VẬN TẢI ******** | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ******** |
|---|---|
| Số: 09/2003/TT-BGTVT | Hà Nội, ngày 12 tháng 5 năm 2003 |

THÔNG TƯ

CỦA BỘ GIAO THÔNG VẬN TẢI SỐ 09/2003/TT-BGTVT NGÀY 12 THÁNG 5 NĂM 2003 HƯỚNG DẪN VIỆC ĐĂNG KIỂM \
PHƯƠNG TIỆN THỦY NỘI ĐỊA CỠ NHỎ

Căn cứ Nghị định số 34/2003/NĐ-CP ngày 04 tháng 4 năm 2003 của Chính phủ quy định chức năng, nhiệm vụ;

1. Phương tiện thủy nội địa cỡ nhỏ được đăng kiểm tại các trạm đăng kiểm cấp tỉnh.

2. Thông tư này có hiệu lực thi hành sau 15 ngày kể từ ngày đăng Công báo.

|  | Trần Văn Khải (Đã ký) |
|---|---|
"""


def test_old_title_block_repeating_own_number() -> None:
    rec = vanban.extract_text(_OLD_CIRCULAR)
    assert rec.title == "HƯỚNG DẪN VIỆC ĐĂNG KIỂM PHƯƠNG TIỆN THỦY NỘI ĐỊA CỠ NHỎ"


def test_title_naming_another_number_is_kept() -> None:
    # "SỐ …" of some other document opens the trích yếu itself: nothing is cut
    text = _OLD_CIRCULAR.replace("SỐ 09/2003/TT-BGTVT NGÀY", "SỐ 01/2002/TT-BGTVT NGÀY")
    rec = vanban.extract_text(text)
    assert rec.title is not None and rec.title.startswith("CỦA BỘ GIAO THÔNG VẬN TẢI SỐ 01/2002")


def test_signer_from_name_beside_signed_mark() -> None:
    rec = vanban.extract_text(_OLD_CIRCULAR)
    assert rec.signer is not None
    assert rec.signer.name == "Trần Văn Khải"
    assert rec.signer.position is None


_DECISION = """\
| ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 31/2024/QĐ-UBND | Lạng Sơn, ngày 08 tháng 11 năm 2024 |

QUYẾT ĐỊNH

Ban hành quy định về quản lý chợ đầu mối nông sản

ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này quy định về quản lý chợ đầu mối nông sản.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 11 năm 2024.

**Nơi nhận:**
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

*<stamp and signature>*

**Hoàng Minh Đức**
"""


def test_signer_under_a_stamp_placeholder() -> None:
    assert is_signed_mark("<stamp and signature>")
    rec = vanban.extract_text(_DECISION)
    assert rec.signer is not None
    assert (rec.signer.name, rec.signer.position, rec.signer.authority) == ("Hoàng Minh Đức", "Chủ tịch", "TM.")


_RESOLUTION = """\
<jsontable name="bang_0"> </jsontable>

NGHỊ QUYẾT
VỀ VIỆC PHÂN BỔ KINH PHÍ BẢO TRÌ ĐƯỜNG GIAO THÔNG NÔNG THÔN GIAI ĐOẠN 2021-2025 TRÊN ĐỊA BÀN TỈNH KON TUM HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM
KHÓA XII, KỲ HỌP THỨ BA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét Tờ trình số 41/TTr-UBND ngày 02 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh;
QUYẾT NGHỊ:
Điều 1. Phân bổ kinh phí bảo trì đường giao thông nông thôn theo Phụ lục kèm theo.
Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu: VT.
CHỦ TỊCH
Phan Thị Ngọc Lan

PHỤ LỤC
(Kèm theo Nghị quyết số 17/NQ-HĐND ngày 09 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh Kon Tum)
Mức phân bổ cho từng huyện.
"""


def test_resolution_without_header_reads_the_authority_not_the_note() -> None:
    rec = vanban.extract_text(_RESOLUTION)
    # the authority line run into the trích yếu's last line is cut off it and names the issuer
    assert rec.title is not None and rec.title.endswith("TRÊN ĐỊA BÀN TỈNH KON TUM")
    assert rec.issuer is not None and rec.issuer.name.casefold() == "hội đồng nhân dân tỉnh kon tum"
    # no "Số:" line and no date line: the appendix's note naming the text ("Kèm theo Nghị quyết
    # số 17/NQ-HĐND ngày …") is no "Số:" line of its own (the contract: "not one from an
    # appendix"), so number and date stay null rather than come from the body
    assert rec.number is None and rec.date is None


def test_note_of_another_type_is_never_the_own_number() -> None:
    text = _RESOLUTION.replace("(Kèm theo Nghị quyết số 17/NQ-HĐND", "(Kèm theo Quyết định số 17/QĐ-UBND")
    rec = vanban.extract_text(text)
    assert rec.number is None and rec.date is None


def test_note_ignored_when_the_header_has_a_number_line() -> None:
    text = _RESOLUTION.replace('<jsontable name="bang_0"> </jsontable>', "Số: /NQ-HĐND")
    rec = vanban.extract_text(text)
    assert rec.number is None or rec.number.raw != "17/NQ-HĐND"
    assert rec.date is None


def test_title_object_not_cut_as_authority() -> None:
    # the authority line lost altogether: the body the trích yếu names stays in the title
    line = "VỀ VIỆC PHÂN BỔ KINH PHÍ BẢO TRÌ ĐƯỜNG GIAO THÔNG NÔNG THÔN GIAI ĐOẠN 2021-2025 TRÊN ĐỊA BÀN TỈNH KON TUM HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM"
    text = _RESOLUTION.replace(line, "VỀ VIỆC THÀNH LẬP BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐĂK GLEI TỈNH KON TUM")
    rec = vanban.extract_text(text)
    assert rec.title == "VỀ VIỆC THÀNH LẬP BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐĂK GLEI TỈNH KON TUM"
