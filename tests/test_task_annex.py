"""A resolution that sets out its tasks in an appendix after its closing ("Phụ lục / NHIỆM VỤ
CỤ THỂ GIAO CÁC BỘ, NGÀNH", attached to it, numbered paragraphs each giving a body its tasks)
gives those bodies and dates as its own (synthetic resolution of an invented government
meeting)."""

from __future__ import annotations

from pipeline.extractor import extract_text

RESOLUTION = """CHÍNH PHỦ
________
Số: 301/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 08 tháng 6 năm 2031

NGHỊ QUYẾT
Phiên họp Chính phủ thường kỳ tháng 5 năm 2031

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT NGHỊ:

I. Về tình hình kinh tế - xã hội tháng 5 năm 2031
Chính phủ thống nhất đánh giá tình hình kinh tế - xã hội tháng 5 tiếp tục chuyển biến tích cực.
II. Tổ chức thực hiện
Các bộ, cơ quan, địa phương thực hiện các nhiệm vụ cụ thể tại Phụ lục kèm theo Nghị quyết này./.

TM. CHÍNH PHỦ
THỦ TƯỚNG

Nguyễn Văn Minh

Phụ lục
NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG
TRONG THÁNG 6 NĂM 2031 VÀ THỜI GIAN TỚI
(Kèm theo Nghị quyết số 301/NQ-CP ngày 08 tháng 6 năm 2031 của Chính phủ)
___________
1. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:
a) Hoàn thiện phương án phân bổ vốn đầu tư công, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 6 năm 2031.
b) Hoàn thành sắp xếp tài sản công dôi dư trong quý III năm 2031.
2. Bộ Công Thương chủ trì, phối hợp với các cơ quan, địa phương:
a) Rà soát hệ thống phân phối xăng dầu, báo cáo Thủ tướng Chính phủ trong tháng 7 năm 2031.
3. Bộ Y tế chủ trì, phối hợp với các cơ quan, địa phương:
a) Đưa bệnh viện tuyến cuối vào vận hành trong quý IV năm 2031.
"""


def test_the_annex_of_tasks_gives_its_bodies_and_dates():
    r = extract_text(RESOLUTION)
    names = {u.name for u in r.responsible_units}
    assert {"Bộ Tài chính", "Bộ Công Thương", "Bộ Y tế"} <= names
    spans = {(t.start, t.end) for t in r.timeline}
    assert (None, "2031-06-20") in spans
    assert ("2031-07", "2031-09") in spans
    assert ("2031-07", "2031-07") in spans
    assert ("2031-10", "2031-12") in spans


def test_an_annex_that_is_not_attached_to_the_document_gives_nothing():
    # the same appendix without its "(Kèm theo Nghị quyết số …)" note and without the word
    # for tasks in its title is a reference annex: its paragraphs are not the resolution's
    other = RESOLUTION.replace(
        "(Kèm theo Nghị quyết số 301/NQ-CP ngày 08 tháng 6 năm 2031 của Chính phủ)\n", ""
    ).replace("NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG", "SỐ LIỆU THAM KHẢO")
    r = extract_text(other)
    assert "Bộ Y tế" not in {u.name for u in r.responsible_units}
    assert ("2031-10", "2031-12") not in {(t.start, t.end) for t in r.timeline}
