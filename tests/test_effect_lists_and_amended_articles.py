"""Decisions and circulars of invented bodies: an effect clause split into a list under its verb,
an effect set back before the signing, a planning span given as a field, an article of the
amended text quoted whole, a class picked by its category, a Nơi nhận item that names only an
article, and a citation date with "tháng" typed for "năm"."""

from __future__ import annotations

from pipeline.extractor import extract_text

HEAD = """ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2740/QĐ-UBND
Sông Lam, ngày 17 tháng 11 năm 2027
QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính nội bộ trong lĩnh vực công tác dân tộc
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 tháng 2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ;
Theo đề nghị của Giám đốc Sở Dân tộc và Tôn giáo.
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này 02 thủ tục hành chính nội bộ.
"""

CLOSE = """Nơi nhận:
- Như Điều 4;
- Điều 3;
- Cục Kiểm soát thủ tục hành chính;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Trường Giang
"""


def _timeline(r) -> list[tuple[str | None, str | None]]:
    return [(t.start, t.end) for t in r.timeline]


def test_an_effect_clause_listed_under_its_verb_gives_each_day():
    r = extract_text(HEAD + """Điều 2. Quyết định này có hiệu lực thi hành:
1. Kể từ ngày 15 tháng 11 năm 2027 đối với thủ tục phê duyệt danh sách các dân tộc còn gặp nhiều khó khăn.
2. Kể từ ngày 01 tháng 12 năm 2027 đối với thủ tục phê duyệt danh sách thôn đặc biệt khó khăn.
Điều 3. Giám đốc Sở Dân tộc và Tôn giáo chịu trách nhiệm thi hành Quyết định này./.
""" + CLOSE)
    # each day the document takes effect on, one set back two days before its signing
    assert ("2027-11-15", "2027-11-15") in _timeline(r)
    assert ("2027-12-01", "2027-12-01") in _timeline(r)


def test_a_list_whose_lead_in_does_not_end_on_the_verb_governs_nothing():
    r = extract_text(HEAD + """Điều 2. Quy định chuyển tiếp kể từ ngày Quyết định này có hiệu lực đối với các hồ sơ, cụ thể như sau:
1. Hồ sơ đã tiếp nhận trước ngày Quyết định này có hiệu lực tiếp tục giải quyết theo quy định cũ.
2. Kể từ ngày 01 tháng 12 năm 2027, hồ sơ mới thực hiện theo thủ tục được công bố.
Điều 3. Giám đốc Sở Dân tộc và Tôn giáo chịu trách nhiệm thi hành Quyết định này./.
""" + CLOSE)
    assert ("2027-12-01", "2027-12-01") not in _timeline(r)


def test_a_consolidated_text_keeps_no_past_effect_of_the_texts_it_reprints():
    text = """BỘ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 57/VBHN-BCT
Hà Nội, ngày 26 tháng 11 năm 2027
THÔNG TƯ
Quy định về khung giá phát điện
Thông tư số 09/2027/TT-BCT ngày 01 tháng 02 năm 2027 của Bộ trưởng Bộ Công Thương quy định về khung giá phát điện, có hiệu lực kể từ ngày 01 tháng 02 năm 2027, được sửa đổi, bổ sung bởi Thông tư số 25/2027/TT-BCT ngày 13 tháng 4 năm 2027.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về khung giá phát điện.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 01 tháng 02 năm 2027.
"""
    r = extract_text(text)
    assert r.number.raw == "57/VBHN-BCT"
    assert ("2027-02-01", "2027-02-01") not in _timeline(r)


def test_the_span_a_planning_is_drawn_up_for_is_an_item():
    r = extract_text(HEAD + """Điều 2. Nội dung nhiệm vụ lập quy hoạch
- Phạm vi quy hoạch: khu di tích Hang Đá và vùng phụ cận.
- Thời kỳ quy hoạch: đến năm 2035.
Điều 3. Giám đốc Sở Dân tộc và Tôn giáo chịu trách nhiệm thi hành Quyết định này./.
""" + CLOSE)
    assert (None, "2035") in _timeline(r)


AMENDING = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/2027/TT-NHNN
Hà Nội, ngày 19 tháng 11 năm 2027
THÔNG TƯ
Sửa đổi, bổ sung một số điều của Thông tư số 18/2026/TT-NHNN quy định về hoạt động thẻ ngân hàng
Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;
Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 18/2026/TT-NHNN.
Điều 1. Sửa đổi, bổ sung Điều 30
“Điều 30. Trách nhiệm tổ chức thực hiện
1. Vụ Thanh toán có trách nhiệm theo dõi, kiểm tra việc thực hiện Thông tư này.
2. Cục Quản lý, giám sát tổ chức tín dụng chịu trách nhiệm giám sát việc thực hiện Thông tư này.”.
Điều 2. Trách nhiệm tổ chức thực hiện
Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam, tổ chức tín dụng chịu trách nhiệm tổ chức thực hiện Thông tư này.
Điều 3. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành từ ngày 05 tháng 01 năm 2028./.
Nơi nhận:
- Như Điều 2;
- Văn phòng Chính phủ;
- Lưu: VP.
KT. THỐNG ĐỐC
PHÓ THỐNG ĐỐC
Phạm Văn Dũng
"""


def test_an_article_of_the_amended_text_quoted_whole_charges_no_unit():
    names = [u.name for u in extract_text(AMENDING).responsible_units]
    assert "Vụ Thanh toán" not in names
    assert not any(n.startswith("Cục Quản lý") for n in names)
    assert "Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam" in names


def test_a_class_picked_by_its_category_is_named_without_it():
    r = extract_text(HEAD + """Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Dân tộc và Tôn giáo, Chủ tịch Ủy ban nhân dân các xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi chịu trách nhiệm thi hành Quyết định này./.
""" + CLOSE)
    names = [u.name for u in r.responsible_units]
    assert "Chủ tịch Ủy ban nhân dân các xã, phường" in names
    assert not any("thuộc vùng" in n for n in names)


def test_an_item_naming_only_an_article_is_no_recipient():
    r = extract_text(HEAD + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n" + CLOSE)
    assert r.recipients == ["Cục Kiểm soát thủ tục hành chính"]


def test_a_citation_date_with_thang_typed_for_nam():
    r = extract_text(HEAD + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n" + CLOSE)
    lb = {b.number: b for b in r.legal_bases}
    assert lb["1085/QĐ-TTg"].date == "2022-09-15"


REGULATION = """ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/2027/QĐ-UBND
Sông Lam, ngày 21 tháng 11 năm 2027
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp giải quyết thủ tục đất đai trên địa bàn tỉnh Sông Lam
ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giải quyết thủ tục đất đai.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2027.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.

QUY CHẾ
Phối hợp giải quyết thủ tục đất đai trên địa bàn tỉnh Sông Lam
Điều 1. Đối tượng áp dụng
Ủy ban nhân dân các xã, phường (sau đây gọi là Ủy ban nhân dân cấp xã); Phòng kinh tế thuộc Ủy ban nhân dân xã, Phòng kinh tế, hạ tầng và đô thị thuộc Ủy ban nhân dân phường (sau đây gọi là Cơ quan quản lý đất đai cấp xã).
Điều 2. Trách nhiệm của Cơ quan quản lý đất đai cấp xã
Tiếp nhận hồ sơ, kiểm tra thực địa và gửi kết quả về Văn phòng đăng ký đất đai trong thời hạn quy định.
Điều 3. Trách nhiệm của Chủ tịch Ủy ban nhân dân cấp xã
Chỉ đạo giải quyết dứt điểm các hồ sơ tồn đọng trên địa bàn.
"""


def test_a_short_name_given_to_a_list_of_bodies_charges_each_of_them():
    names = [u.name for u in extract_text(REGULATION).responsible_units]
    assert "Phòng kinh tế thuộc Ủy ban nhân dân xã" in names
    assert "Phòng kinh tế, hạ tầng và đô thị thuộc Ủy ban nhân dân phường" in names
    assert not any(n.startswith("Cơ quan quản lý đất đai") for n in names)


def test_a_role_over_a_short_name_keeps_it():
    # the pool's precedent ("Chủ tịch Hội đồng", "Các thành viên Ban Chỉ đạo"): the role is
    # named as the text names it
    names = [u.name for u in extract_text(REGULATION).responsible_units]
    assert "Chủ tịch Ủy ban nhân dân cấp xã" in names


def test_the_catch_all_closing_a_list_leaves_the_central_class_whole():
    r = extract_text(AMENDING.replace(
        "Điều 3. Hiệu lực thi hành",
        "Điều 3. Các Bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương và tổ chức, "
        "cá nhân có liên quan chịu trách nhiệm thực hiện Thông tư này.\nĐiều 4. Hiệu lực thi hành"))
    names = [u.name for u in r.responsible_units]
    assert "Các Bộ, cơ quan ngang bộ" in names
    assert "Cơ quan ngang bộ" not in names


def test_a_duty_title_without_cua_names_its_class():
    text = REGULATION + ("Điều 4. Trách nhiệm các phòng, ban, đơn vị thuộc Ủy ban nhân dân cấp xã\n"
                         "Phối hợp tiếp nhận hồ sơ và báo cáo kết quả giải quyết về Ủy ban nhân dân cấp xã.\n")
    names = [u.name for u in extract_text(text).responsible_units]
    assert any(n.casefold().startswith("các phòng, ban, đơn vị thuộc ủy ban nhân dân") for n in names)


def test_the_bodies_a_clause_calls_assigned_are_no_unit_of_their_own():
    text = REGULATION + ("Điều 4. Tổ chức thực hiện\n"
                         "Các cơ quan, đơn vị được phân công có trách nhiệm triển khai thực hiện và báo cáo kết quả.\n")
    names = [u.name for u in extract_text(text).responsible_units]
    assert not any(n.casefold().startswith("các cơ quan, đơn vị") for n in names)


def test_a_vision_after_the_span_of_a_field_is_an_item_too():
    r = extract_text(HEAD + """Điều 2. Nội dung nhiệm vụ lập quy hoạch
- Phạm vi quy hoạch: khu di tích Hang Đá và vùng phụ cận.
- Thời kỳ và tầm nhìn của quy hoạch: Thời kỳ quy hoạch đến năm 2035, tầm nhìn đến năm 2050.
Điều 3. Giám đốc Sở Dân tộc và Tôn giáo chịu trách nhiệm thi hành Quyết định này./.
""" + CLOSE)
    assert {(None, "2035"), (None, "2050")} <= set(_timeline(r))


def _shares_out(title: str) -> list[str]:
    text = f"""ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 84/2027/QĐ-UBND
Sông Lam, ngày 28 tháng 11 năm 2027
QUYẾT ĐỊNH
{title}
ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
Căn cứ Luật Giá ngày 19 tháng 6 năm 2023;
QUYẾT ĐỊNH:
Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc quản lý nhà nước về giá trên địa bàn tỉnh.
Điều 2. Bình ổn giá
1. Sở Công Thương có trách nhiệm chủ trì đề xuất biện pháp bình ổn giá mặt hàng xăng, dầu.
2. Sở Y tế có trách nhiệm chủ trì đề xuất biện pháp bình ổn giá mặt hàng thuốc thiết yếu.
3. Ủy ban nhân dân cấp xã có trách nhiệm tổ chức thực hiện các biện pháp bình ổn giá trên địa bàn.
Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 10 tháng 12 năm 2027.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 4;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hà
"""
    return [u.name for u in extract_text(text).responsible_units]


def test_a_document_that_shares_out_tasks_charges_the_bodies_of_its_articles():
    names = _shares_out("Quy định phân công nhiệm vụ thực hiện quản lý nhà nước về giá trên địa bàn tỉnh Sông Lam")
    assert {"Sở Công Thương", "Sở Y tế"} <= set(names)


def test_a_regulation_titled_otherwise_keeps_its_rules_apart():
    names = _shares_out("Ban hành Quy định về quản lý nhà nước về giá trên địa bàn tỉnh Sông Lam")
    assert "Sở Y tế" not in names


def test_duties_named_with_their_powers_charge_the_body():
    text = REGULATION + ("Điều 4. Trách nhiệm, quyền hạn của Sở Tư pháp\n"
                         "1. Tổ chức tập huấn các nội dung liên quan đến cơ sở dữ liệu.\n"
                         "2. Theo dõi, tổng hợp tình hình thực hiện Quy chế này.\n")
    assert "Sở Tư pháp" in [u.name for u in extract_text(text).responsible_units]


def test_the_functions_of_an_office_charge_no_one():
    text = REGULATION + ("Điều 4. Nhiệm vụ, quyền hạn của thành viên Hội đồng thẩm định\n"
                         "1. Nghiên cứu hồ sơ, tham dự các phiên họp của Hội đồng.\n"
                         "2. Chịu trách nhiệm về ý kiến của mình.\n")
    assert not any("thẩm định" in u.name for u in extract_text(text).responsible_units)


def test_a_plural_heads_fields_wrapped_after_its_colon_are_its_units():
    text = REGULATION + ("Điều 4. Trách nhiệm thực hiện\n"
                         "1. Trách nhiệm của các Sở:\n"
                         "Tài chính, Xây dựng, Nội vụ.\n"
                         "a) Chủ trì, phối hợp với Ủy ban nhân dân cấp xã hướng dẫn thực hiện Quy chế này.\n"
                         "b) Tổng hợp khó khăn, vướng mắc báo cáo Ủy ban nhân dân tỉnh.\n")
    names = [u.name for u in extract_text(text).responsible_units]
    assert {"Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"} <= set(names)


COORDINATION = """ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 102/2027/QĐ-UBND
Sông Lam, ngày 18 tháng 11 năm 2027
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp trong công tác quản lý nhà nước về di sản văn hóa trên địa bàn tỉnh
ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
Căn cứ Luật Di sản văn hóa ngày 23 tháng 11 năm 2024;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác quản lý nhà nước về di sản văn hóa.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2027.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa và Thể thao chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hà

QUY CHẾ
Phối hợp trong công tác quản lý nhà nước về di sản văn hóa trên địa bàn tỉnh
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp quản lý nhà nước về di sản văn hóa.
Chương II
NỘI DUNG PHỐI HỢP
Điều 2. Phối hợp trong kiểm kê di tích
1. Sở Văn hóa và Thể thao
a) Chủ trì tổ chức kiểm kê di tích trên địa bàn tỉnh.
b) Tổng hợp kết quả kiểm kê báo cáo Ủy ban nhân dân tỉnh.
2. Sở Tài chính
Chủ trì thẩm định dự toán kinh phí kiểm kê di tích.
3. Công an tỉnh
Phối hợp bảo vệ an ninh, trật tự tại các di tích.
Điều 3. Phối hợp trong tu bổ di tích
1. Sở Xây dựng
Chủ trì thẩm định hồ sơ thiết kế tu bổ di tích.
2. Ban Quản lý di tích tỉnh
Phối hợp giám sát thi công tu bổ di tích.
"""


def test_a_coordination_regulation_charges_the_bodies_its_clauses_name():
    names = [u.name for u in extract_text(COORDINATION).responsible_units]
    assert {"Sở Tài chính", "Công an tỉnh", "Sở Xây dựng"} <= set(names)


def test_the_copies_a_recipient_gets_by_kind_are_a_note():
    r = extract_text(HEAD + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
                     + CLOSE.replace("- Lưu: VT.", "- Trung tâm Thông tin: 01 bản giấy, 01 bản điện tử;\n- Lưu: VT."))
    assert "Trung tâm Thông tin" in r.recipients
