"""Inspection schedules, report windows, drafts' blank citations and quoted banners: synthetic
documents.

- a table a word processor saved with tabs ("Đơn vị kiểm tra⇥Thời gian⇥"), its time cell merged
  over two rows (the second left empty): one visit a row, each on the merged day;
- "Số liệu báo cáo tính từ ngày … đến ngày …": the window the report covers is set by the
  document even when it lies before the document's date; "Theo số liệu …, từ … đến … đã …" is
  history;
- "Tổ trưởng tổ kiểm tra tổ chức …": the team the role leads is named by what it does;
- "Ngày …, C04 - Bộ Công an ban hành Kế hoạch số …": the narrated issuer with its department's
  code; "… Tòa án nhân dân cấp cao tại thành phố Đà Nẵng": the seat is the name's;
- "Tờ trình số …./TTr-SXD ngày … /11/2024": a draft's blank citation is an item "/TTr-SXD";
- a banner quoted in a task (the body's name in capitals, the event, a place-date line) and a
  condition "Đơn vị nào … thì …" give no unit.
"""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

NOTICE = """VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH NAM SƠN
Số: 15/TB-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày 10 tháng 10 năm 2030

THÔNG BÁO
Về việc kiểm tra công tác cải cách hành chính tại huyện Đông Sơn

Thực hiện Kế hoạch số 60/KH-UBND ngày 22/02/2030 của Ủy ban nhân dân tỉnh, Văn phòng thông báo việc kiểm tra như sau:
I. THỜI GIAN VÀ ĐƠN VỊ KIỂM TRA
Đơn vị kiểm tra\tThời gian\t
UBND thị trấn Đông Sơn\tSáng ngày 23/10/2030\t
UBND xã Tây Sơn\t\t
Bộ phận Một cửa huyện Đông Sơn\tChiều ngày 24/10/2030\t
Văn phòng HĐND và UBND huyện Đông Sơn\t\t
II. TỔ CHỨC THỰC HIỆN
1. Tổ trưởng tổ kiểm tra tổ chức kiểm tra theo đúng nội dung đã đề ra.
2. Các đơn vị được kiểm tra báo cáo kết quả thực hiện; số liệu báo cáo tính từ ngày 01/01/2030 đến ngày 30/9/2030.
3. Theo số liệu thống kê, từ năm 2025 đến năm 2029 toàn huyện đã giảm một nửa số hồ sơ trễ hạn.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Lê Văn Minh
"""


def test_tab_table_rows_and_merged_time_cell() -> None:
    lines = normalize(NOTICE).text.split("\n")
    assert "UBND xã Tây Sơn||" in lines
    items = extract_text(NOTICE).timeline
    visits = [(t.start, t.end) for t in items if t.start and t.start.startswith("2030-10-2")]
    assert visits == [("2030-10-23", "2030-10-23")] * 2 + [("2030-10-24", "2030-10-24")] * 2


def test_report_window_is_set_and_a_past_count_is_not() -> None:
    spans = {(t.start, t.end) for t in extract_text(NOTICE).timeline}
    assert ("2030-01-01", "2030-09-30") in spans
    assert not any(s and s.startswith("2025") for s, _e in spans)


def test_role_leading_a_team_named_by_its_work() -> None:
    names = [u.name for u in extract_text(NOTICE).responsible_units]
    assert "Tổ trưởng tổ kiểm tra" in names


LETTER = """ỦY BAN NHÂN DÂN
TỈNH NAM SƠN
Số: /UBND-NC
V/v chuẩn bị làm việc với Đoàn công tác
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày    tháng 3 năm 2031

Kính gửi:
- Công an tỉnh;
- Tòa Phúc thẩm - Tòa án nhân dân cấp cao tại thành phố Đà Nẵng.

Ngày 25/02/2031, C04 - Bộ Công an ban hành Kế hoạch số 1020/KH-C04-P6 về làm việc với Ủy ban nhân dân các cấp; Ủy ban nhân dân tỉnh nhận được Giấy triệu tập số 15/GTT-TPT ngày 12/02/2031 của Tòa Phúc thẩm - Tòa án nhân dân cấp cao tại thành phố Đà Nẵng. Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số …./TTr-SXD ngày    /02/2031, Ủy ban nhân dân tỉnh yêu cầu như sau:
1. Giao Công an tỉnh chủ trì chuẩn bị báo cáo.
2. Giao Văn phòng Ủy ban nhân dân tỉnh trang trí hội trường với tiêu đề:
ỦY BAN NHÂN DÂN
TỈNH NAM SƠN
HỘI NGHỊ LÀM VIỆC VỚI ĐOÀN CÔNG TÁC VỀ PHÒNG, CHỐNG MA TÚY
Nam Sơn, ngày    tháng     năm 2031
3. Đơn vị, địa phương nào chuẩn bị hồ sơ không đầy đủ thì Thủ trưởng đơn vị, địa phương đó phải chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh.
4. Đề nghị Tòa Phúc thẩm - Tòa án nhân dân cấp cao tại thành phố Đà Nẵng hỗ trợ, hướng dẫn thủ tục./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hải
"""


def test_narrated_issuer_with_code_seat_and_blank_draft_number() -> None:
    bases = {b.number: b for b in extract_text(LETTER).legal_bases}
    assert bases["1020/KH-C04-P6"].issuer == "C04 - Bộ Công an"
    assert bases["1020/KH-C04-P6"].date == "2031-02-25"
    assert bases["15/GTT-TPT"].issuer == "Tòa Phúc thẩm - Tòa án nhân dân cấp cao tại thành phố Đà Nẵng"
    assert bases["/TTr-SXD"].issuer == "Giám đốc Sở Xây dựng" and bases["/TTr-SXD"].date is None


def test_banner_and_condition_name_no_unit() -> None:
    names = [u.name for u in extract_text(LETTER).responsible_units]
    assert "Công an tỉnh" in names and "Văn phòng Ủy ban nhân dân tỉnh" in names
    assert "Tòa Phúc thẩm - Tòa án nhân dân cấp cao tại thành phố Đà Nẵng" in names
    assert not any(n.isupper() or n.endswith("nào") for n in names)
