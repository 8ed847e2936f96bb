"""A legal site's page as its crawler saved it: synthetic documents.

The crawler writes the page's own title sentence, the issuing body and the rule under it on one
line ("Thông tư 9/2031/TT-BNV năm 2031. BỘ NỘI VỤ -------"), the date line with the type heading,
the trích yếu and the authority ("Hà Nội, ngày … QUYẾT ĐỊNH VỀ VIỆC … BỘ TRƯỞNG …") or with
"Kính gửi:". The header's lines are cut there again (pipeline/reline.py, ``reline_header``); a
date inside a body sentence is never a cut.
"""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize
from pipeline.reline import reline

DECISION = """Quyết định 77/QĐ-BNV năm 2031 ban hành danh mục hồ sơ do Bộ Nội vụ ban hành. BỘ NỘI VỤ -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 77/QĐ-BNV
Hà Nội, ngày 03 tháng 3 năm 2031 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH DANH MỤC HỒ SƠ LƯU TRỮ ĐIỆN TỬ NĂM 2031 BỘ TRƯỞNG BỘ NỘI VỤ
Căn cứ Nghị định số 25/2030/NĐ-CP ngày 10 tháng 02 năm 2030 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Nội vụ;
Theo đề nghị của Cục trưởng Cục Văn thư và Lưu trữ nhà nước.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Danh mục hồ sơ lưu trữ điện tử năm 2031.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Bộ, Cục trưởng Cục Văn thư và Lưu trữ nhà nước chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Hòa
"""

LETTER = """Công văn 412/VTLTNN-NVĐP năm 2031 hướng dẫn chỉnh lý tài liệu. CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 412/VTLTNN-NVĐP V/v hướng dẫn chỉnh lý tài liệu năm 2031
Hà Nội, ngày 12 tháng 5 năm 2031 Kính gửi:
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;
- Các Bộ, cơ quan ngang Bộ.
Để chỉnh lý tài liệu năm 2031 thống nhất, đề nghị các cơ quan rà soát khối tài liệu và gửi báo cáo trước ngày 30 tháng 6 năm 2031 để tổng hợp.
Nơi nhận:
- Như trên;
- Lưu: VT, NVĐP.
KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG Trần Minh Khoa
"""


def test_site_title_line_gives_the_issuer_its_own_line() -> None:
    r = extract_text(LETTER)
    assert r.issuer is not None and r.issuer.name == "Cục Văn thư và Lưu trữ nhà nước"
    assert r.number is not None and r.number.raw == "412/VTLTNN-NVĐP"


def test_salutation_run_into_the_date_line_still_lists_its_addressees() -> None:
    r = extract_text(LETTER)
    assert r.date is not None and r.date.iso == "2031-05-12"
    assert r.recipients[:2] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Các Bộ, cơ quan ngang Bộ"]


def test_type_heading_and_title_run_into_the_date_line() -> None:
    r = extract_text(DECISION)
    assert r.doc_type is not None and r.doc_type.code == "QĐ"
    assert r.title == "VỀ VIỆC BAN HÀNH DANH MỤC HỒ SƠ LƯU TRỮ ĐIỆN TỬ NĂM 2031"
    assert r.issuer is not None and r.issuer.name == "Bộ Nội vụ"
    assert r.date is not None and r.date.iso == "2031-03-03"


def test_a_date_inside_a_body_sentence_is_no_cut() -> None:
    text = normalize(LETTER).text
    relined = reline(text)
    assert len(relined) == len(text)
    body = next(ln for ln in relined.split("\n") if ln.startswith("Để chỉnh lý"))
    assert "trước ngày 30 tháng 6 năm 2031 để tổng hợp." in body
    # the header's pieces stand on lines of their own
    lines = relined.split("\n")
    assert "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC --------" in lines
    assert "Hà Nội, ngày 12 tháng 5 năm 2031" in lines
    assert "Kính gửi:" in lines


DECREE = """Nghị định 40/2031/NĐ-CP. CHÍNH PHỦ -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 40/2031/NĐ-CP
Hà Nội, ngày 10 tháng 02 năm 2031
NGHỊ ĐỊNH SỬA ĐỔI MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 05/2030/NĐ-CP VỀ QUẢN LÝ KHO LƯU TRỮ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Theo đề nghị của Bộ trưởng Bộ Nội vụ;
Chính phủ ban hành Nghị định sửa đổi một số điều của Nghị định số 05/2030/NĐ-CP.

Nghị định 40/2031/NĐ-CP. Điều 1. Sửa đổi một số điều của Nghị định số 05/2030/NĐ-CP
1. Sửa đổi Điều 9 như sau:
“Điều 9. Trách nhiệm phối hợp
Cơ quan lưu trữ có trách nhiệm phối hợp với công an, quản lý thị trường và các cơ quan hữu quan khác.”

Nghị định 40/2031/NĐ-CP. Điều 2. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2031.

Nghị định 40/2031/NĐ-CP. Điều 3. Trách nhiệm thi hành
Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này.
Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT.
TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Văn An
"""


def test_site_title_before_each_article_is_furniture_and_the_article_keeps_its_line() -> None:
    r = extract_text(DECREE)
    names = [u.name for u in r.responsible_units]
    assert names == ["Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ",
                     "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert [(t.start, t.end) for t in r.timeline] == [("2031-04-01", "2031-04-01")]
    relined = reline(normalize(DECREE).text)
    assert "Điều 3. Trách nhiệm thi hành" in relined.split("\n")


def test_a_sites_bracketed_note_inside_the_text_gives_no_date() -> None:
    letter = LETTER.replace(
        "gửi báo cáo trước ngày 30 tháng 6 năm 2031 để tổng hợp.",
        "gửi báo cáo trước ngày 30 tháng 6 năm 2031 để tổng hợp; [Nội dung này được đính chính bởi Công văn "
        "415/VTLTNN-NVĐP năm 2031 có hiệu lực kể từ ngày 20/5/2031]",
    )
    r = extract_text(letter)
    assert [(t.start, t.end) for t in r.timeline] == [(None, "2031-06-30")]


def test_trich_yeu_run_into_the_number_on_its_line() -> None:
    letter = LETTER.replace("Số: 412/VTLTNN-NVĐP V/v hướng dẫn chỉnh lý tài liệu năm 2031",
                            "Số:      /VTLTNN-NVĐPV/v hướng dẫn chỉnh lý tài liệu năm 2031")
    r = extract_text(letter)
    assert r.number is not None and r.number.raw == "/VTLTNN-NVĐP" and r.number.seq is None
    assert r.title == "hướng dẫn chỉnh lý tài liệu năm 2031"


def test_a_title_whose_first_letter_the_converter_set_on_its_own_line() -> None:
    text = DECISION.replace(
        "Hà Nội, ngày 03 tháng 3 năm 2031 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH DANH MỤC HỒ SƠ LƯU TRỮ ĐIỆN TỬ NĂM 2031 BỘ TRƯỞNG BỘ NỘI VỤ",
        "Hà Nội, ngày 03 tháng 3 năm 2031\nTHÔNG BÁO\nÝ\nKIẾN KẾT LUẬN CỦA BỘ TRƯỞNG TẠI BUỔI LÀM VIỆC VỚI CỤC VĂN THƯ",
    )
    assert extract_text(text).title == "Ý KIẾN KẾT LUẬN CỦA BỘ TRƯỞNG TẠI BUỔI LÀM VIỆC VỚI CỤC VĂN THƯ"


def test_the_first_sentence_run_into_the_addressee_is_cut_off() -> None:
    letter = LETTER.replace(
        "Hà Nội, ngày 12 tháng 5 năm 2031 Kính gửi:\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;\n- Các Bộ, cơ quan ngang Bộ.\n",
        "Hà Nội, ngày 12 tháng 5 năm 2031 Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
        "Trong thời gian qua, các địa phương đã chỉnh lý tài liệu tồn đọng.\n",
    )
    r = extract_text(letter)
    assert r.recipients[:1] == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


ISSUING_DECISION = """BỘ NỘI VỤ --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 45/QĐ-BNV
Hà Nội, ngày 10 tháng 02 năm 2031 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH CÔNG TÁC VĂN THƯ NĂM 2031 BỘ TRƯỞNG BỘ NỘI VỤ
Căn cứ Nghị định số 63/2030/NĐ-CP ngày 12/9/2030 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Nội vụ;
Điều 1.
Ban hành kèm theo Quyết định này Kế hoạch công tác văn thư năm 2031.
Điều 2.
Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3.
Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Văn phòng Chính phủ;
- Lưu: VT, VP.
{SIGNATURE} {HEADING} (Ban hành kèm theo Quyết định số 45/QĐ-BNV ngày 10 tháng 02 năm 2031 của Bộ trưởng Bộ Nội vụ)
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng công tác văn thư.
II. TỔ CHỨC THỰC HIỆN
Văn phòng Bộ chủ trì triển khai Kế hoạch.
"""


def test_signature_run_into_the_issued_plans_heading_gives_the_signer() -> None:
    """The crawler joins the signature and the heading of the plan (or rules, or annex) the
    decision issues: the signer's name ends where the heading in capitals begins."""
    for sig, heading, name, pos in (
        ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Bình", "KẾ HOẠCH CÔNG TÁC VĂN THƯ NĂM 2031", "Trần Văn Bình",
         "Thứ trưởng"),
        ("BỘ TRƯỞNG Lê Thị Hoa", "QUY CHẾ LÀM VIỆC CỦA BỘ NỘI VỤ", "Lê Thị Hoa", "Bộ trưởng"),
        ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Ngô An", "PHỤ LỤC DANH MỤC NHIỆM VỤ", "Ngô An", "Thứ trưởng"),
    ):
        rec = extract_text(ISSUING_DECISION.replace("{SIGNATURE}", sig).replace("{HEADING}", heading))
        assert rec.signer is not None and (rec.signer.name, rec.signer.position) == (name, pos)
        assert "Văn phòng Chính phủ" in rec.recipients
        assert rec.number is not None and rec.number.raw == "45/QĐ-BNV"


def test_a_capitalised_line_in_the_body_before_a_heading_is_no_signature() -> None:
    """A body line in capitals with a capitalised phrase before a type word is not cut: only a
    line whose capitals are followed by a name and the heading's capitals matches, and the
    header's lines are never read for it."""
    text = ISSUING_DECISION.replace("{SIGNATURE}", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Bình").replace(
        "{HEADING}", "KẾ HOẠCH CÔNG TÁC VĂN THƯ NĂM 2031")
    lines = reline(normalize(text).text).split("\n")
    assert lines[3].startswith("Hà Nội, ngày 10 tháng 02 năm 2031")
    assert "KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Bình" in lines
    assert "III. NHIỆM VỤ Các sở QUYẾT ĐỊNH CÁC NỘI DUNG" == reline("\n" * 9 + "III. NHIỆM VỤ Các sở QUYẾT ĐỊNH CÁC NỘI DUNG").strip()


def test_first_ground_run_into_the_title_and_a_wrapped_typed_number_label() -> None:
    """The crawler runs the first "Căn cứ" into the title in capitals on the date line, and a
    normative act's number label ("Nghị quyết số:") onto the motto's rule with the number on
    the next line: the title stops before the ground, the ground is a legal basis, the number
    is read."""
    text = ("QUỐC HỘI -------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:\n"
            "45/2031/QH16\n"
            "Hà Nội, ngày 17 tháng 11 năm 2031 NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH VỀ ĐẤT QUỐC PHÒNG "
            "Căn cứ Luật Tổ chức Quốc hội ngày 20 tháng 11 năm 2014;\n"
            "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n"
            "QUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định thí điểm.\n"
            "CHỦ TỊCH QUỐC HỘI\nNguyễn Văn An\n")
    rec = extract_text(text)
    assert rec.number is not None and rec.number.raw == "45/2031/QH16"
    assert rec.title == "THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH VỀ ĐẤT QUỐC PHÒNG"
    assert [b.title for b in rec.legal_bases][:1] == ["Luật Tổ chức Quốc hội"]


SITE_SUMMARY_PAGE = """Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.
Đang tải văn bản...
**Số hiệu:**
|
1789/BTC-VP
|
**Loại văn bản:**
|
Công văn
|
## Lịch tập huấn nghiệp vụ cho công chức cấp xã
Ngày 18/11/2031, Bộ Tài chính đã ban hành Công văn 1789/BTC-VP về việc tập huấn nghiệp vụ cho công chức cấp xã.
Tại Công văn 1789/BTC-VP năm 2031 hướng dẫn lịch tập huấn cụ thể như sau:
- Hội nghị 1: ngày 26/11/2031.
Xem nội dung chi tiết tại Công văn 1789/BTC-VP ban hành ngày 18/11/2031.
**Kính gửi:** Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Thực hiện Kết luận số 18-KL/TW ngày 29/8/2031 của Bộ Chính trị, Bộ Tài chính tổ chức hội nghị tập huấn. Thông tin cụ thể như sau:
1. Thời gian: ngày 26/11/2031.
Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh cử cán bộ tham dự.
Trân trọng thông báo./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TL. BỘ TRƯỞNG
CHÁNH VĂN PHÒNG
Phạm Văn An
"""


def test_a_sites_summary_above_a_headerless_letter_is_not_the_letter() -> None:
    """A legal site prints its metadata and a summary above a letter whose header it lost,
    ending with "Xem nội dung chi tiết tại …": the letter starts after it — a công văn by its
    Kính gửi, its grounds its own, the summary's mention of its own number no ground."""
    rec = extract_text(SITE_SUMMARY_PAGE)
    assert rec.doc_type is not None and rec.doc_type.code == "CV"
    assert [b.number for b in rec.legal_bases] == ["18-KL/TW"]
    assert rec.recipients[:1] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


ONE_LINE = """Văn bản Quyet dinh 812
ỦY BAN NHÂN DÂN TỈNH HÀ AN -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 812/QĐ-UBND Hà An, ngày 14 tháng 12 năm 2031 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2032 HUYỆN BÌNH SƠN ỦY BAN NHÂN DÂN TỈNH HÀ AN
Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;
Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch sử dụng đất năm 2032 huyện Bình Sơn.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Minh
"""


def test_number_cell_beside_the_date_line_that_runs_on_into_the_title() -> None:
    # the number cell, the place and date, the type heading, the title and the authority on one
    # line: the break after the date and the type heading are made as for a date line alone
    r = extract_text(ONE_LINE)
    assert r.number.raw == "812/QĐ-UBND"
    assert r.place == "Hà An" and r.date.iso == "2031-12-14"
    assert r.title is not None and r.title.upper().startswith("VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2032")
