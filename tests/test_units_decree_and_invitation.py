"""Who a decree's closing article charges, and who an invitation merely asks to attend
(synthetic texts of an invented province)."""

from __future__ import annotations

from pipeline.extractor import extract_text

DECREE = ("CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/2026/NĐ-CP\n\n"
          "Hà Nội, ngày 06 tháng 3 năm 2026\n\nNGHỊ ĐỊNH\nQuy định mức lương tối thiểu\n\n"
          "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025;\n\n"
          "Chính phủ ban hành Nghị định quy định mức lương tối thiểu.\n\n"
          "Điều 1. Phạm vi điều chỉnh\n\nNghị định này quy định mức lương tối thiểu.\n\n"
          "Điều 2. Hiệu lực và trách nhiệm thi hành\n\n"
          "1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2027.\n\n"
          "2. Người sử dụng lao động có trách nhiệm rà soát lại các thỏa thuận trong hợp đồng lao động.\n\n"
          "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc "
          "trung ương và người sử dụng lao động chịu trách nhiệm thi hành Nghị định này.\n\n"
          "Nơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Lưu: VT.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nLê Văn An\n")


def test_the_employer_charged_beside_the_authorities_is_a_unit():
    units = {u.name: u.tasks for u in extract_text(DECREE).responsible_units}
    assert list(units) == ["Người sử dụng lao động", "Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ",
                           "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"]
    assert units["Người sử dụng lao động"][0].startswith("Có trách nhiệm rà soát lại")


INVITE = ("ĐẢNG BỘ TỈNH HÀ AN\nĐẢNG ỦY XÃ AN PHÚ\n\nSố: 31-CV/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
          "An Phú, ngày 06 tháng 3 năm 2026\n\nV/v dự Hội nghị sơ kết\n\n"
          "Ban Thường vụ Đảng ủy tổ chức Hội nghị sơ kết công tác quý I năm 2026.\n\n"
          "I. Thành phần, trân trọng kính mời:\n- Các đồng chí Đảng ủy viên;\n- Các đồng chí Trưởng các thôn.\n"
          "II. Thời gian: Vào lúc 14 giờ 00, ngày 17/3/2026.\nIII. Địa điểm: Hội trường Ủy ban nhân dân xã.\n"
          "Đề nghị các đồng chí sắp xếp công việc tham dự Hội nghị đầy đủ./.\n\n"
          "Nơi nhận:\n- Như thành phần;\n- Lưu VP.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn An\n")


def test_invitees_asked_only_to_attend_are_no_units():
    assert extract_text(INVITE).responsible_units == []
    # … while a unit asked to prepare the sitting is one
    prepared = INVITE.replace("Đề nghị các đồng chí sắp xếp công việc tham dự Hội nghị đầy đủ./.",
                              "Đề nghị các đồng chí chuẩn bị ý kiến tham luận về kết quả công tác quý I./.")
    assert [u.name for u in extract_text(prepared).responsible_units] == ["Các đồng chí"]


TELEGRAM = ("THỦ TƯỚNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 14/CĐ-TTg\n\nHà Nội, ngày 06 tháng 3 năm 2026\n\nCÔNG ĐIỆN\nVề việc ứng phó lũ trên sông An Hà\n\n"
            "THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Chủ tịch Ủy ban nhân dân các tỉnh: Hà An, Bình Sơn;\n- Bộ trưởng Bộ Quốc phòng.\n\n"
            "Thủ tướng Chính phủ yêu cầu:\n\n1. Chủ tịch Ủy ban nhân dân các tỉnh: Hà An, Bình Sơn và các địa phương khác "
            "trên lưu vực sông An Hà chủ động triển khai ngay các biện pháp phòng, chống lũ.\n\n"
            "2. Bộ trưởng Bộ Quốc phòng chỉ đạo lực lượng sẵn sàng hỗ trợ [địa phương] sơ tán dân.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nLê Văn An\n")


def test_the_places_a_list_leaves_unnamed_take_its_officer():
    names = [u.name for u in extract_text(TELEGRAM).responsible_units]
    assert names[:3] == ["Chủ tịch Ủy ban nhân dân tỉnh Hà An", "Chủ tịch Ủy ban nhân dân tỉnh Bình Sơn",
                         "Chủ tịch Ủy ban nhân dân các địa phương khác trên lưu vực sông An Hà"]
    # a square bracket cut out of a name by OCR leaves no unit ("Bộ] Néng")
    broken = TELEGRAM.replace("2. Bộ trưởng Bộ Quốc phòng chỉ đạo", "2. Bộ trưởng Bộ] Néng chỉ đạo")
    assert not any("]" in u.name for u in extract_text(broken).responsible_units)


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
          "Số: 31/UBND-VX\nV/v treo cờ Tổ quốc\n\nHà An, ngày 06 tháng 3 năm 2026\n\n"
          "Kính gửi: UBND huyện, thị, thành phố.\n\n"
          "Nhân dịp Lễ hội Hoa xuân diễn ra tại Hà An, Ủy ban nhân dân tỉnh yêu cầu:\n\n"
          "Ủy ban nhân dân các huyện, thị, thành phố vận động nhân dân treo cờ Tổ quốc trong những ngày "
          "diễn ra Lễ hội.\n\nỦy ban nhân dân tỉnh yêu cầu UBND huyện, thị, thành phố khẩn trương tổ chức "
          "thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n")


def test_a_last_paragraph_that_only_asks_to_carry_it_out_names_no_unit():
    # the closing formula with its manner word, its "./." lost
    assert [u.name for u in extract_text(LETTER).responsible_units] == ["Ủy ban nhân dân các huyện, thị, thành phố"]
