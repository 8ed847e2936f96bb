"""Responsible units: where a name ends and where a list splits, on synthetic letters and plans
(invented places: "tỉnh Hà An").

- a defined-name note in brackets after the units ("(gọi chung là các đơn vị)") does not let the
  clause after it ("căn cứ vào chức năng, nhiệm vụ …") run into the name;
- kinds in small letters after "các" ("các đại học, học viện, trường đại học, trường cao đẳng
  sư phạm") are one class, though a kind's head word repeats ("trường … , trường …");
- a role in small letters after "và" ("… các quận, huyện và lãnh đạo các cơ quan …") opens a
  unit of its own;
- "lưu ý" asked of a body is its task; said by the writer of a notice of conclusions ("Ban
  Thường vụ Đảng ủy lưu ý một số nội dung sau:") it assigns nothing.
"""

from __future__ import annotations

from corpus_files import segment_text
from test_units_grammar_unseen import _HEAD, _IMPL, _TAIL

from pipeline.extract.units import _split_units, extract_responsible_units
from pipeline.provenance import Prov


def _units(text: str) -> list[str]:
    return [u["name"] for u in extract_responsible_units(segment_text(text), Prov())]


def _letter(intro: str, items: str) -> str:
    return (
        "ĐẠI HỌC HÀ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 480/ĐHHA-TTPC\nV/v triển khai thực hiện Luật\nHà An, ngày 25 tháng 10 năm 2026\n\n"
        "Kính gửi:\n- Các trường đại học thành viên;\n- Các đơn vị thuộc và trực thuộc Đại học Hà An.\n\n"
        f"{intro}\n{items}\nTrân trọng./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn Bình\n"
    )


_ITEMS = ("1. Tiếp tục quán triệt, phổ biến Luật đến toàn thể viên chức, người lao động.\n"
          "2. Rà soát, sửa đổi quy chế dân chủ của đơn vị.\n")


def test_a_defined_name_note_ends_the_names_before_the_clause_after_it() -> None:
    intro = ("Thực hiện Công văn số 28-CV/ĐU ngày 07/10/2026 của Đảng ủy Đại học Hà An, Giám đốc Đại học Hà An "
             "đề nghị các trường đại học thành viên, các đơn vị thuộc và trực thuộc (gọi chung là các đơn vị) "
             "căn cứ vào chức năng, nhiệm vụ được giao, tổ chức thực hiện một số nội dung sau:")
    assert _units(_letter(intro, _ITEMS)) == ["Các trường đại học thành viên", "Các đơn vị thuộc và trực thuộc"]


def test_an_enumeration_mark_in_brackets_is_no_note() -> None:
    # "(1) đánh giá …": the verb after the mark is no task of the meeting's body
    text = (_HEAD + _IMPL + "1. Ngày 30/9/2026, Ban Thường vụ Đảng ủy họp nghe báo cáo và cho ý kiến một số nội "
            "dung: (1) đánh giá tình hình thực hiện nhiệm vụ quý III; (2) dự thảo báo cáo.\n"
            "2. Sở Nội vụ chủ trì tổng hợp kết quả, báo cáo trước ngày 15/10/2026.\n" + _TAIL)
    assert _units(text) == ["Sở Nội vụ"]


def test_kinds_in_small_letters_after_cac_are_one_class_though_a_head_word_repeats() -> None:
    s = "Các đại học, học viện, trường đại học, trường cao đẳng sư phạm"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == [s]
    # the same kind again with its own qualifier, right after "các": two classes still
    s = "Các thương nhân đầu mối, thương nhân phân phối xăng dầu"
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Các thương nhân đầu mối", "Thương nhân phân phối xăng dầu"]


def test_a_role_in_small_letters_after_va_opens_a_unit() -> None:
    text = (_HEAD + _IMPL + "1. Sở Giáo dục và Đào tạo chủ trì, theo dõi việc thực hiện Kế hoạch.\n"
            "2. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường và lãnh đạo các cơ quan, "
            "đơn vị có liên quan tổ chức triển khai thực hiện Kế hoạch này.\n" + _TAIL)
    assert _units(text) == ["Sở Giáo dục và Đào tạo", "Thủ trưởng các sở, ban, ngành",
                            "Chủ tịch Ủy ban nhân dân các xã, phường", "Lãnh đạo các cơ quan, đơn vị có liên quan"]


def test_luu_y_asked_of_a_body_is_its_task_said_by_the_writer_it_is_none() -> None:
    intro = "Đại học Hà An đề nghị Trường Đại học Sư phạm lưu ý một số nội dung sau:"
    assert _units(_letter(intro, _ITEMS)) == ["Trường Đại học Sư phạm"]
    notice = (_HEAD + _IMPL + "1. Ban Thường vụ Đảng ủy lưu ý một số nội dung sau: bảo đảm tiến độ, chất lượng.\n"
              "2. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện.\n" + _TAIL)
    assert _units(notice) == ["Văn phòng Đảng ủy"]


_COMPANY_LETTER = """TỔNG CÔNG TY ĐẦU TƯ HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 118/ĐTHA-VP
V/v giới thiệu sinh viên nhận học bổng
Hà Nội, ngày 18 tháng 5 năm 2026

Kính gửi: Trường Đại học Sư phạm Hà An

Tổng công ty Đầu tư Hà An (Tổng công ty) gửi tới Ban Giám hiệu Trường Đại học Sư phạm Hà An lời chào trân trọng.

Năm 2026, Tổng công ty dự kiến tặng 05 suất học bổng cho sinh viên có thành tích học tập tốt.

Để lựa chọn sinh viên, Tổng công ty trân trọng đề nghị quý Nhà trường giới thiệu 05 sinh viên phù hợp các tiêu chí sau đây

- Điểm trung bình học tập đạt loại khá trở lên;

- Đánh giá rèn luyện đạt loại Tốt.

Trân trọng cảm ơn./.

Nơi nhận:
- Như kính gửi;
- Lưu: VT, VP.

KT. TỔNG GIÁM ĐỐC
PHÓ TỔNG GIÁM ĐỐC

Mai Văn Hùng
"""


def test_a_greeting_assigns_nothing_and_quy_nha_truong_over_the_criteria_is_the_addressee() -> None:
    # "… gửi tới … lời chào trân trọng" is the writer's greeting; "đề nghị quý Nhà trường …
    # các tiêu chí sau đây" (its colon lost) over the items asks the addressee of "Kính gửi"
    assert _units(_COMPANY_LETTER) == ["Trường Đại học Sư phạm Hà An"]


def test_a_cue_after_a_topic_without_its_comma_and_never_the_topics_own_request() -> None:
    from pipeline.extract.units import _analyse

    s = ("Đối với hồ sơ của các trường ngoài công lập đóng tại địa phương đề nghị Ủy ban nhân dân các tỉnh, "
         "thành phố xác nhận báo cáo thành tích.")
    f = _analyse(s, "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Ủy ban nhân dân các tỉnh, thành phố"]
    # "Về đề nghị Bộ A …": the request the letter answers, no assignment
    assert _analyse("Về đề nghị Bộ Khoa học và Công nghệ phối hợp với các tỉnh rà soát danh mục.", "sentence") is None


def test_plan_items_of_a_ministry_named_units_with_qualifiers_and_appositives() -> None:
    # an appositive after a comma ("…, đơn vị Thường trực Hội đồng …") is the body's role, no
    # unit; a heading ending "… thuộc cơ quan Bộ" is whole before its task line; "không trực
    # thuộc Bộ …" qualifies a class (no negated task); kinds in small letters before that
    # qualifier stay one class; a department named by two fields, the second in sentence case
    text = (_HEAD + _IMPL
            + "1. Vụ Thi đua - Khen thưởng, đơn vị Thường trực Hội đồng Thi đua - Khen\nthưởng ngành Giáo dục\n"
            + "Chủ động tham mưu, kiểm tra, đôn đốc việc thực hiện.\n"
            + "2. Các đơn vị thuộc cơ quan Bộ\nCăn cứ chức năng, nhiệm vụ được giao, chủ động kiểm tra, đôn đốc các cơ\n"
            + "quan, đơn vị cơ sở.\n"
            + "3. Các cơ sở giáo dục đại học, trường cao đẳng sư phạm, trường trung\ncấp sư phạm không trực thuộc "
            + "Bộ Giáo dục và Đào tạo\nTổ chức triển khai thực hiện; hằng năm báo cáo kết quả.\n"
            + "4. Cục Nhà giáo và Cán bộ quản lý giáo dục chủ trì rà soát, tham mưu sửa đổi tiêu chuẩn.\n" + _TAIL)
    assert _units(text) == [
        "Vụ Thi đua - Khen thưởng", "Các đơn vị thuộc cơ quan Bộ",
        "Các cơ sở giáo dục đại học, trường cao đẳng sư phạm, trường trung cấp sư phạm không trực thuộc "
        "Bộ Giáo dục và Đào tạo",
        "Cục Nhà giáo và Cán bộ quản lý giáo dục",
    ]


def test_a_class_written_with_its_first_word_twice_is_named_once() -> None:
    from pipeline.extract.units import _clean_name

    assert _clean_name("Các các cơ sở giáo dục đại học") == "Các cơ sở giáo dục đại học"
    s = "Cục Quản lý thị trường và Công an tỉnh"  # another body's head after "và": two units
    assert [n for n, _a, _b in _split_units(s, 0, len(s))] == ["Cục Quản lý thị trường", "Công an tỉnh"]


def test_a_class_heading_over_points_that_name_their_bodies_is_a_label() -> None:
    text = (_HEAD + _IMPL + "1. Các sở, ngành có liên quan\n"
            + "a) Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.\n"
            + "b) Sở Nội vụ chủ trì tổng hợp kết quả, báo cáo trước ngày 15/12/2026.\n"
            + "2. Các xã, phường\nTổ chức tuyên truyền, phổ biến Kế hoạch đến Nhân dân.\n" + _TAIL)
    assert _units(text) == ["Sở Tài chính", "Sở Nội vụ", "Các xã, phường"]
