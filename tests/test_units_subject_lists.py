"""Responsible units: an item's subjects as officials write them, on a synthetic letter (invented
bodies where a name is proper):

- a kind of body named by its field in unmarked syllables ("Cơ quan thanh tra") is a unit where
  its task is written with marks (only a text whose marks were stripped hides a name's end);
- a numbered item whose list of subjects wraps after one of them ("2. Các bộ, cơ quan ngang bộ;" /
  "Ủy ban nhân dân các tỉnh … khẩn trương …") is one item with every subject;
- a class that acts on its own after a body's proper name ("… thuộc Ngân hàng Nhà nước, tổ chức
  tín dụng") is a unit of its own, however many syllables of the proper name are capitalised.
"""

from __future__ import annotations

from corpus_files import segment_text
from synthetic_decision import exec_units

from pipeline import bodies
from pipeline.extract.units import _analyse, extract_responsible_units
from pipeline.provenance import Prov

_LETTER = """BỘ XÂY DỰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 120/BXD-KHTC
Hà Nội, ngày 02 tháng 3 năm 2026

V/v đôn đốc rà soát các dự án

Kính gửi: Các bộ, cơ quan ngang bộ; Ủy ban nhân dân các tỉnh.

Để hoàn thành việc rà soát các dự án, Bộ Xây dựng đề nghị:
1. Cơ quan thanh tra khẩn trương hoàn thành việc
thanh tra và ban hành kết luận trước ngày 26/3/2026.
2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ chức năng, nhiệm vụ
được giao khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên.
3. Cục Quản lý nhà ở theo dõi, đôn đốc việc thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Nguyễn Văn Sinh
"""


def _units(text: str) -> dict[str, list[str]]:
    return {u["name"]: u["tasks"] for u in extract_responsible_units(segment_text(text), Prov())}


def test_a_kind_named_by_its_field_without_marks_is_a_unit_in_a_marked_text() -> None:
    units = _units(_LETTER)
    assert units["Cơ quan thanh tra"][0].startswith("Khẩn trương hoàn thành việc thanh tra")
    # the guard it passes stays for a sentence printed without marks
    assert bodies.reads_unmarked("Co quan thanh tra", "khan truong hoan thanh viec thanh tra va ban hanh ket luan")
    assert not bodies.reads_unmarked("Cơ quan thanh tra", "khẩn trương hoàn thành việc thanh tra và ban hành kết luận")


def test_an_items_subjects_wrapped_after_a_semicolon_are_one_item() -> None:
    units = _units(_LETTER)
    task = "Căn cứ chức năng, nhiệm vụ được giao khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên"
    assert units["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"] == [task]
    assert units["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"] == [task]
    # an item that names one unit and ends with ";" before a task of its own stays apart
    units = _units(_LETTER.replace("2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n", "2. Tổ chức tập huấn;\n"))
    assert "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" not in units


def test_a_class_after_a_proper_name_capitalised_in_its_first_syllables_is_its_own_unit() -> None:
    names = exec_units(
        "Thủ trưởng các đơn vị có liên quan thuộc Ngân hàng Nhà nước, tổ chức tín dụng, chi nhánh ngân hàng "
        "nước ngoài chịu trách nhiệm thi hành Quyết định này./."
    )
    assert "Thủ trưởng các đơn vị có liên quan thuộc Ngân hàng Nhà nước" in names
    assert "Tổ chức tín dụng" in names
    assert "Chi nhánh ngân hàng nước ngoài" in names


def test_the_form_of_address_before_roles_held_by_many_is_no_part_of_the_name() -> None:
    names = exec_units(
        "Các đồng chí bí thư tỉnh ủy, thành ủy, các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ chịu "
        "trách nhiệm thi hành Quyết định này./."
    )
    assert "Bí thư tỉnh ủy, thành ủy" in names
    assert "Bộ trưởng" in names
    assert not any(n.casefold().startswith("các đồng chí") for n in names)


def test_bodies_listed_after_cua_in_a_purpose_clause_are_owners_not_subjects() -> None:
    text = _LETTER.replace(
        "Để hoàn thành việc rà soát các dự án, Bộ Xây dựng đề nghị:",
        "Để việc rà soát được thống nhất theo đúng yêu cầu của Bộ Chính trị, Ban Bí thư và Ban Tổ chức "
        "Trung ương, trên cơ sở kết quả rà soát nêu trên, Bộ Xây dựng đề nghị:")
    units = _units(text)
    assert "Ban Bí thư" not in units and "Ban Tổ chức Trung ương" not in units
    assert "Cơ quan thanh tra" in units
    # a body after the purpose clause's comma with a verb of its own is still its subject
    f = _analyse("Để triển khai Kế hoạch của Ủy ban nhân dân tỉnh, Sở Y tế chủ trì tổ chức tập huấn.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Sở Y tế"]


def test_chu_trong_opens_the_task() -> None:
    f = _analyse("Đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương chú trọng, đẩy mạnh công tác phối hợp.",
                 "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]


_NOTICE = """VĂN PHÒNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 330/TB-VPCP
Hà Nội, ngày 18 tháng 10 năm 2026

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại cuộc họp về kết nối dữ liệu

Ngày 03 tháng 10 năm 2026, tại trụ sở Chính phủ, Thủ tướng Chính phủ đã chủ trì cuộc họp về kết nối dữ liệu. Sau khi nghe báo cáo, Thủ tướng Chính phủ kết luận như sau:

1. Hoan nghênh các bộ, cơ quan đã chuẩn bị tài liệu báo cáo phục vụ cuộc họp.

2. Để thúc đẩy kết nối, chia sẻ dữ liệu giữa các bộ, ngành, thời gian tới, các bộ, ngành cần tập trung triển khai các nhiệm vụ trọng tâm sau đây:

a) Tăng cường thực hiện số hóa, làm giàu cơ sở dữ liệu của mỗi bộ, ngành.

b) Tiếp tục rà soát, hoàn thiện các quy định pháp luật thuộc lĩnh vực quản lý nhà nước được giao.

c) Bộ Công Thương tiếp tục phối hợp với Bộ Tài chính triển khai việc kết nối dữ liệu.

d) Bộ Công an:

- Chủ trì, phối hợp với các bộ, ngành đẩy nhanh tiến độ kết nối Cơ sở dữ liệu quốc gia về dân cư;

- Phối hợp với Văn phòng Chính phủ đôn đốc các bộ, ngành thực hiện Đề án 06.

đ) Bộ Thông tin và Truyền thông:

- Tiếp tục nâng cấp nền tảng tích hợp, chia sẻ dữ liệu.

e) Văn phòng Chính phủ chủ trì, phối hợp với Bộ Công an đôn đốc các bộ, ngành thực hiện nghiêm Đề án 06.

Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

BỘ TRƯỞNG, CHỦ NHIỆM

Trần Văn Sơn
"""


def test_lettered_items_under_a_numbered_paragraph_that_hands_them_on_are_a_run_of_units() -> None:
    # "2. … các bộ, ngành cần tập trung … sau đây:" / "a) Tăng cường …" / "c) Bộ Công Thương …" /
    # "d) Bộ Công an:" + dashes / …: the top level is no run of units, the letters under "2." are
    units = _units(_NOTICE)
    assert units["Bộ Công an"][0].startswith("Chủ trì, phối hợp với các bộ, ngành")
    assert units["Bộ Thông tin và Truyền thông"] == ["Tiếp tục nâng cấp nền tảng tích hợp, chia sẻ dữ liệu"]
    assert units["Văn phòng Chính phủ"][0].startswith("Chủ trì, phối hợp với Bộ Công an")
    # a lettered item whose role is addressed ("đ) Đồng chí Bộ trưởng Bộ Tư pháp …") is read too
    units = _units(_NOTICE.replace("đ) Bộ Thông tin và Truyền thông:\n\n- Tiếp tục",
                                   "đ) Đồng chí Bộ trưởng Bộ Tư pháp tiếp tục"))
    assert "Bộ trưởng Bộ Tư pháp" in units


def test_a_verb_inside_a_bodys_field_before_the_verb_of_its_assignment_stays_in_the_name() -> None:
    def names(s: str) -> list[str]:
        f = _analyse(s, "sentence")
        return [n for n, _a, _b in f.names] if f else []

    assert names("Cục Kết cấu hạ tầng xây dựng tham mưu việc chỉ đạo các địa phương.") == [
        "Cục Kết cấu hạ tầng xây dựng"]
    # a field the lexicon knows whole ends the name: the verbs after it are the department's
    assert names("Sở Nội vụ thẩm định tham mưu Ủy ban nhân dân tỉnh.") == ["Sở Nội vụ"]
    assert names("Sở Tài chính tổng hợp, tham mưu Ủy ban nhân dân tỉnh.") == ["Sở Tài chính"]


def test_a_topic_and_its_conditions_then_the_cue_that_gives_the_work() -> None:
    f = _analyse("Đối với các nhiệm vụ thuộc cấp huyện trước đây, trường hợp có vướng mắc, khó khăn, giao Ủy ban "
                 "nhân dân cấp tỉnh chủ động linh hoạt trong chỉ đạo, điều hành.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Ủy ban nhân dân cấp tỉnh"]
    # what OCR made of "Quý cơ quan" after a topic is no unit
    assert _analyse("Về việc truy cập tài khoản, đề nghị Cục quan liên hệ với Cục Hóa chất.", "sentence") is None


def test_an_intro_with_a_second_request_hands_its_list_to_both() -> None:
    # "… yêu cầu A và đề nghị B phối hợp … các nội dung sau:" over numbered tasks without subjects
    f = _analyse("Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam "
                 "phối hợp chỉ đạo thực hiện.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố"]
    text = _LETTER.replace(
        "Để hoàn thành việc rà soát các dự án, Bộ Xây dựng đề nghị:\n1. Cơ quan thanh tra khẩn trương hoàn thành "
        "việc\nthanh tra",
        "Thực hiện Công văn số 1202-CV/TU ngày 09/12/2026 của Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh "
        "yêu cầu Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và đề nghị Ủy ban Mặt trận Tổ quốc Việt "
        "Nam tỉnh phối hợp chỉ đạo thực hiện tốt các nội dung sau:\n1. Khẩn trương hoàn thành việc\nthanh tra")
    units = _units(text)
    for name in ("Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"):
        assert any(t.startswith("Khẩn trương hoàn thành") for t in units[name]), name
        assert not any(t.casefold().startswith("và đề nghị") for t in units[name]), name
