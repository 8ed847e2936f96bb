"""Responsible units: shapes of real documents the project had not studied — a class named by
the Government's kinds, an implementation part whose number a scan damaged, a plural head whose
members a list below names. Every document is synthetic (invented places and wording); each
test pins one mechanism of pipeline/extract/units.py.
"""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extract.units import extract_responsible_units
from pipeline.provenance import Prov


def _units(text: str) -> dict[str, list[str]]:
    return {u["name"]: u["tasks"] for u in extract_responsible_units(segment_text(text), Prov())}


# a Party programme read from a scan: the parts' Roman numbers came out with a dash ("II-") and
# damaged ("HI-" for "III-"), so the implementation part is no heading the segmenter knows; its
# numbered items below are at the same level as the tasks' items of part II
_PROGRAMME = """TỈNH ỦY HÀ AN
*
Số 12-CTr/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Hà An, ngày 10 tháng 3 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết về phát triển kinh tế biển

I- MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc các quan điểm, mục tiêu của Nghị quyết.
2. Xác định rõ trách nhiệm của các cấp, các ngành trong tổ chức thực hiện.

II- NHIỆM VỤ CHỦ YẾU
1. Nâng cao nhận thức về vai trò của kinh tế biển
- Đẩy mạnh tuyên truyền trong cán bộ, đảng viên và Nhân dân.
2. Hoàn thiện cơ chế, chính sách
- Rà soát các quy định về giao khu vực biển.

HI- TỎ CHỨC THỰC HIỆN
1. Đảng ủy Ủy ban nhân dân tỉnh
a) Lãnh đạo xây dựng kế hoạch thực hiện Chương trình.
b) Chỉ đạo bố trí nguồn lực cho các dự án trọng điểm.
2. Ban Tuyên giáo và Dân vận Tỉnh ủy
Chủ trì hướng dẫn công tác tuyên truyền, quán triệt Nghị quyết.
3. Các huyện ủy, thành ủy
a) Xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương.

Nơi nhận:
- Các đảng bộ trực thuộc,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Trần Văn Hải
"""


def test_implementation_part_with_a_damaged_roman_number() -> None:
    got = _units(_PROGRAMME)
    assert {"Đảng ủy Ủy ban nhân dân tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các huyện ủy, thành ủy"} <= set(got)
    assert got["Đảng ủy Ủy ban nhân dân tỉnh"][0].startswith("Lãnh đạo xây dựng kế hoạch")
    # the tasks' headings of part II name no unit
    assert not any(n.startswith(("Nâng cao", "Hoàn thiện")) for n in got)


def test_party_committee_of_the_front_and_mass_organisations_is_one_body() -> None:
    # its name holds a comma: "…, các đoàn thể" is no second unit
    text = _PROGRAMME.replace(
        "2. Ban Tuyên giáo và Dân vận Tỉnh ủy\nChủ trì",
        "2. Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh, Ban Tuyên giáo và Dân vận Tỉnh ủy\na) Chủ trì",
    )
    got = _units(text)
    assert "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" in got and "Ban Tuyên giáo và Dân vận Tỉnh ủy" in got
    assert "Các đoàn thể tỉnh" not in got


# a letter whose numbered item names a group and, glued to it by the converter, the sentence
# that assigns it "… gồm:"; the members are dash items with their scope in brackets
_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 210/UBND-KT
V/v triển khai quản lý tài sản công trình thủy lợi

Hà An, ngày 12 tháng 5 năm 2026

Kính gửi:
- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.

Để quản lý thống nhất tài sản công trình thủy lợi, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:
1. Các sở quản lý chuyên ngành Giao các sở quản lý chuyên ngành theo lĩnh vực được phân công gồm:
- Sở Nông nghiệp và Môi trường (đối với công trình thủy lợi, đê điều);
- Sở Xây dựng (đối với hạ tầng cấp nước đô thị);
- Sở Công Thương (đối với hạ tầng chợ đầu mối).
Có trách nhiệm:
a) Chủ trì rà soát, thống kê tài sản thuộc phạm vi quản lý.
b) Lập hồ sơ đề nghị giao tài sản theo quy định.
2. Sở Tài chính
Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 năm 2026.
3. Ủy ban nhân dân các xã, phường
Phối hợp rà soát tài sản trên địa bàn.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Bình
"""


def test_group_heading_over_its_members_gives_them_its_tasks() -> None:
    got = _units(_LETTER)
    for name in ("Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Công Thương"):
        assert name in got and any(t.startswith("Chủ trì rà soát") for t in got[name]), name
    assert "Sở Tài chính" in got and "Ủy ban nhân dân các xã, phường" in got
    assert not any("gồm" in n or n.startswith("Các sở quản lý") for n in got)
    # "Có trách nhiệm:" labels the tasks, it is none
    assert got["Sở Xây dựng"][0].startswith("Chủ trì rà soát")


# a plan's task table whose lead cell is written as a clause: the ministry in charge passes the
# work to the bodies under it
_TABLE_PLAN = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 44/KH-BNNMT

Hà Nội, ngày 03 tháng 4 năm 2026

KẾ HOẠCH
Triển khai hệ thống theo dõi chất lượng nước

I. MỤC ĐÍCH
Bảo đảm theo dõi liên tục chất lượng nước các lưu vực sông.

II. NHIỆM VỤ
| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Xây dựng phần mềm quản lý dữ liệu quan trắc. | Bộ Khoa học và Công nghệ chỉ đạo Viện Công nghệ thông tin và Trung tâm Dữ liệu quốc gia thực hiện | Bộ Tài chính | 2026 |
| 2 | Lắp đặt trạm quan trắc tự động. | Ủy ban nhân dân các tỉnh, thành phố | Các bộ, ngành liên quan | 2027 |

Nơi nhận:
- Lưu: VT.

BỘ TRƯỞNG

Lê Minh Quân
"""


def test_lead_cell_written_as_a_clause_names_its_subject() -> None:
    got = _units(_TABLE_PLAN)
    assert "Bộ Khoa học và Công nghệ" in got and "Ủy ban nhân dân các tỉnh, thành phố" in got
    assert not any("chỉ đạo" in n or n.endswith("thực hiện") for n in got)


def test_class_of_party_bodies_keeps_its_lower_case_kinds() -> None:
    # "tổ chức" after the head's comma is a kind of the list, not the verb "to organise"; a bare
    # kind in lower case goes on with the class
    from pipeline.extract.units import _analyse

    f = _analyse("Các cấp ủy, tổ chức đảng, chính quyền các cấp lãnh đạo quán triệt Nghị quyết.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Các cấp ủy, tổ chức đảng, chính quyền các cấp"]


def test_unit_that_hands_its_work_down_keeps_the_units_below_it() -> None:
    text = _PROGRAMME.replace(
        "2. Ban Tuyên giáo và Dân vận Tỉnh ủy\nChủ trì hướng dẫn công tác tuyên truyền, quán triệt Nghị quyết.\n",
        "2. Đảng ủy các cơ quan Đảng tỉnh chỉ đạo:\n"
        "2.1. Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành cơ chế đặc thù.\n"
        "2.2. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn công tác tuyên truyền.\n",
    )
    got = _units(text)
    assert {"Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Hội đồng nhân dân tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy"} <= set(got)
    assert got["Đảng ủy Hội đồng nhân dân tỉnh"][0].startswith("Lãnh đạo Hội đồng nhân dân tỉnh")


# a ministry's letter whose only assignment is its last paragraph, the ministry passing the work
# on to the provinces
_RELAY_LETTER = """BỘ XÂY DỰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 901/BXD-HTKT
V/v triển khai Thông tư về quản lý cây xanh đô thị

Hà Nội, ngày 14 tháng 7 năm 2026

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Ngày 02 tháng 7 năm 2026, Bộ Xây dựng ban hành Thông tư số 08/2026/TT-BXD hướng dẫn quản lý cây xanh đô thị, có hiệu lực từ ngày 20 tháng 8 năm 2026.

Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát danh mục cây xanh cần bảo tồn, cập nhật cơ sở dữ liệu cây xanh trên địa bàn và báo cáo kết quả về Bộ Xây dựng trước ngày 15 tháng 12 năm 2026./.

Nơi nhận:
- Như trên;
- Lưu: VT, HTKT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Phạm Văn Long
"""


def test_last_paragraph_that_passes_work_on_still_assigns() -> None:
    got = _units(_RELAY_LETTER)
    assert list(got) == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert got["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"][0].startswith("Chỉ đạo rà soát")


# a directive whose numbered items are whole assignments; the office that follows them up is
# charged in a paragraph of its own after the last item
_DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 05/CT-UBND

Hà An, ngày 20 tháng 6 năm 2026

CHỈ THỊ
Về tăng cường phòng, chống cháy rừng mùa khô

Để chủ động phòng, chống cháy rừng, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
1. Sở Nông nghiệp và Môi trường:
a) Chủ trì, phối hợp với các địa phương kiểm tra phương án phòng cháy của chủ rừng;
b) Hướng dẫn chủ rừng xây dựng đường băng cản lửa.
2. Công an tỉnh:
a) Chỉ đạo lực lượng cảnh sát phòng cháy sẵn sàng phương tiện chữa cháy;
b) Điều tra, xử lý nghiêm các vụ cháy rừng.
3. Chủ tịch Ủy ban nhân dân các xã, phường tổ chức trực cháy rừng 24/24 giờ trong mùa khô.
Đài Phát thanh và Truyền hình tỉnh tăng cường tuyên truyền về phòng cháy rừng.
4. Ban Chỉ huy Quân sự tỉnh sẵn sàng lực lượng tham gia chữa cháy khi có yêu cầu.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH

Hoàng Văn Sơn
"""


def test_paragraph_with_its_own_subject_after_an_assigning_item() -> None:
    got = _units(_DIRECTIVE)
    assert "Đài Phát thanh và Truyền hình tỉnh" in got and "Ban Chỉ huy Quân sự tỉnh" in got
    assert not any("tuyên truyền" in t for t in got["Chủ tịch Ủy ban nhân dân các xã, phường"])


# a department's letter: its one assignment is a paragraph whose opener holds a ";" of its own
# and whose ";"-list of addressees the converter broke after one of them
_LIST_LETTER = """ỦY BAN NHÂN DÂN TỈNH HÀ AN
SỞ Y TẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1520/SYT-NVY
V/v triển khai quy định về an toàn thực phẩm

Hà An, ngày 08 tháng 9 năm 2026

Kính gửi: Các cơ quan, đơn vị trên địa bàn tỉnh.

Để việc thực hiện các quy định về an toàn thực phẩm; dinh dưỡng học đường được kịp thời, Sở Y tế đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Sở Giáo dục và Đào tạo; Công an tỉnh; Ban Quản lý các khu công nghiệp;
Ủy ban nhân dân các xã, phường; Hiệp hội Chế biến thực phẩm tỉnh và các tổ chức, cá nhân có liên quan tổ chức phổ biến, quán triệt các quy định mới.

Trong quá trình thực hiện nếu có vướng mắc, đề nghị phản ánh về Sở Y tế để được hướng dẫn./.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Trịnh Văn Hùng
"""


def test_semicolon_list_broken_across_lines_after_an_opener_with_its_own_semicolon() -> None:
    got = _units(_LIST_LETTER)
    for name in ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Giáo dục và Đào tạo", "Công an tỉnh",
                 "Ban Quản lý các khu công nghiệp", "Ủy ban nhân dân các xã, phường", "Hiệp hội Chế biến thực phẩm tỉnh"):
        assert name in got, name


def test_dash_clause_of_a_unit_the_heading_named_is_no_wrapped_name() -> None:
    # a long numbered heading naming two units, then a dash item that assigns work to the first
    text = _DIRECTIVE.replace(
        "4. Ban Chỉ huy Quân sự tỉnh sẵn sàng lực lượng tham gia chữa cháy khi có yêu cầu.\n",
        "4. Hội Nông dân tỉnh, các hợp tác xã nông nghiệp và doanh nghiệp lâm nghiệp\n"
        "- Hội Nông dân tỉnh chủ trì vận động hội viên tham gia tổ đội phòng cháy rừng;\n"
        "- Các hợp tác xã nông nghiệp phối hợp bố trí lực lượng canh phòng.\n",
    )
    got = _units(text)
    assert "Hội Nông dân tỉnh" in got and "Các hợp tác xã nông nghiệp và doanh nghiệp lâm nghiệp" in got
    assert not any("- " in n for n in got)


def test_name_runs_to_the_act_that_set_the_body_up_and_ends_before_its_role() -> None:
    from pipeline.extract.units import _analyse

    f = _analyse("Hội đồng tỉnh về quy hoạch bảo tồn và phát triển làng nghề (Quyết định số 12/QĐ-UBND ngày "
                 "05 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh) chỉ đạo thực hiện Đề án.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == [
        "Hội đồng tỉnh về quy hoạch bảo tồn và phát triển làng nghề"]
    f = _analyse("Tổ thư ký DMO giúp việc cho Hội đồng tỉnh thực hiện tổng hợp số liệu.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Tổ thư ký DMO"]
    # a list in brackets that cites no act ends nothing: the verb before it starts the task
    f = _analyse("Sở Công Thương thành lập các Tổ công tác thị trường mới (Trung Đông, châu Phi) trong năm 2026.",
                 "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Sở Công Thương"]


def test_co_lead_line_is_a_task_not_the_end_of_the_name() -> None:
    text = _PROGRAMME.replace(
        "2. Ban Tuyên giáo và Dân vận Tỉnh ủy\nChủ trì hướng dẫn",
        "2. Ban Tuyên giáo và Dân vận Tỉnh ủy\nĐồng chủ trì với Văn phòng Tỉnh ủy hướng dẫn",
    )
    got = _units(text)
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy" in got
    assert got["Ban Tuyên giáo và Dân vận Tỉnh ủy"][0].startswith("Đồng chủ trì với Văn phòng Tỉnh ủy")


def test_semicolon_before_an_action_ends_an_opener() -> None:
    # "Thực hiện …; lập …" lists tasks: no opener whose subject follows a comma
    from pipeline.extract.units import _analyse

    f = _analyse("Thực hiện cung cấp thông tin đất đai; lập trích lục bản đồ cho Sở Xây dựng, Cơ quan quản lý "
                 "đất đai cấp xã đối với các hồ sơ đầy đủ.", "sentence")
    assert f is None


def test_kinds_of_facility_and_staff_roles_are_units() -> None:
    from pipeline.extract.units import _analyse

    f = _analyse("Cơ sở khám bệnh, chữa bệnh chịu trách nhiệm về tính chính xác của hồ sơ đề nghị thanh toán.",
                 "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Cơ sở khám bệnh, chữa bệnh"]
    f = _analyse("Trưởng phòng Quản lý đô thị và Chuyên viên thuộc Phòng Quản lý đô thị chịu trách nhiệm lập biên bản.",
                 "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == [
        "Trưởng phòng Quản lý đô thị", "Chuyên viên thuộc Phòng Quản lý đô thị"]
    # "Cơ sở" alone opens no body
    assert _analyse("Cơ sở dữ liệu đất đai được cập nhật hằng ngày.", "sentence") is None


def test_in_the_course_of_work_opens_a_task_unless_it_handles_difficulties() -> None:
    text = _PROGRAMME.replace(
        "3. Các huyện ủy, thành ủy\n",
        "3. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chương trình.\n"
        "Trong quá trình xây dựng các dự án trọng điểm, các sở, ngành và địa phương rà soát để tránh trùng lặp.\n"
        "4. Các huyện ủy, thành ủy\n",
    ).replace(
        "a) Xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương.\n",
        "a) Xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương.\n"
        "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng Tỉnh ủy.\n",
    )
    got = _units(text)
    assert "Các sở, ngành và địa phương" in got
    assert "Các cơ quan, đơn vị" not in got


def test_last_name_only_item_keeps_its_paragraph() -> None:
    # the numbered run ends with a heading that is only names; the paragraph under it is their
    # task, not a free sentence after the run
    text = _DIRECTIVE.replace(
        "3. Chủ tịch Ủy ban nhân dân các xã, phường tổ chức trực cháy rừng 24/24 giờ trong mùa khô.\n"
        "Đài Phát thanh và Truyền hình tỉnh tăng cường tuyên truyền về phòng cháy rừng.\n"
        "4. Ban Chỉ huy Quân sự tỉnh sẵn sàng lực lượng tham gia chữa cháy khi có yêu cầu.\n",
        "3. Các chi bộ, đảng bộ cơ sở; các đoàn thể chính trị - xã hội\n"
        "Các cấp ủy chủ động quán triệt Chỉ thị đến cán bộ, đảng viên và Nhân dân.\n",
    )
    got = _units(text)
    assert "Các chi bộ, đảng bộ cơ sở" in got and "Các đoàn thể chính trị - xã hội" in got
    assert got["Các chi bộ, đảng bộ cơ sở"][0].startswith("Các cấp ủy chủ động quán triệt")


def test_lead_field_after_a_doubled_marker_and_before_the_next_field() -> None:
    text = _PROGRAMME.replace(
        "HI- TỎ CHỨC THỰC HIỆN\n",
        "III- NỘI DUNG CỤ THỂ\n"
        "1. Tổ chức hội nghị quán triệt Nghị quyết\n"
        "a) a) Cơ quan chủ trì: Văn phòng Tỉnh ủy\n"
        "b) Thời gian thực hiện: quý II năm 2026\n"
        "2. Kiểm tra việc thực hiện Nghị quyết\n"
        "a) Cơ quan chủ trì: Ủy ban Kiểm tra Tỉnh ủy; b) Cơ quan phối hợp: các ban đảng; c) Thời gian thực hiện: năm 2027\n"
        "HI- TỎ CHỨC THỰC HIỆN\n",
    )
    got = _units(text)
    assert "Văn phòng Tỉnh ủy" in got and "Ủy ban Kiểm tra Tỉnh ủy" in got
    assert not any("phối hợp" in n.casefold() or "thời gian" in n.casefold() for n in got)


def test_lead_cell_opening_with_an_ordinary_word_names_no_unit() -> None:
    # a layout reading put a product ("Bộ chỉ số …") under the lead column
    text = _TABLE_PLAN.replace(
        "| 2 | Lắp đặt trạm quan trắc tự động. | Ủy ban nhân dân các tỉnh, thành phố |",
        "| 2 | Lắp đặt trạm quan trắc tự động. | Bộ chỉ số được ban hành và áp dụng |",
    )
    got = _units(text)
    assert "Bộ Khoa học và Công nghệ" in got
    assert not any(n.startswith("Bộ chỉ số") for n in got)


def test_item_number_read_with_a_comma_before_a_unit() -> None:
    text = _PROGRAMME.replace("3. Các huyện ủy, thành ủy\n", "3, Các huyện ủy, thành ủy\n")
    got = _units(text)
    assert "Các huyện ủy, thành ủy" in got
    assert got["Các huyện ủy, thành ủy"][0].startswith("Xây dựng kế hoạch")


def test_relay_after_an_opener_without_comma() -> None:
    text = _RELAY_LETTER.replace(
        "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát",
        "Sau khi xem xét Bộ trưởng Bộ Xây dựng giao Cục Hạ tầng kỹ thuật chủ trì, phối hợp với các địa phương rà soát",
    )
    got = _units(text)
    assert "Cục Hạ tầng kỹ thuật" in got and "Bộ trưởng Bộ Xây dựng" not in got


def test_closing_formula_without_its_end_mark_assigns_nothing() -> None:
    text = _RELAY_LETTER.replace(
        "trước ngày 15 tháng 12 năm 2026./.\n",
        "trước ngày 15 tháng 12 năm 2026.\n\nĐề nghị Ủy ban nhân dân các tỉnh và các sở, ngành nghiêm túc triển khai thực hiện.\n",
    )
    got = _units(text)
    assert "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in got
    assert "Các sở, ngành" not in got


def test_matters_after_a_class_are_no_part_of_its_name() -> None:
    from pipeline.extract.units import _analyse

    f = _analyse("Các sở, ngành đối với lĩnh vực quản lý nhà nước được giao chủ trì hướng dẫn doanh nghiệp.",
                 "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Các sở, ngành"]
    # a single body's name may hold them
    f = _analyse("Cơ quan đại diện chủ sở hữu đối với Công ty chủ trì phê duyệt kế hoạch.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Cơ quan đại diện chủ sở hữu đối với Công ty"]


def test_monitoring_part_of_a_plan_assigns_work() -> None:
    text = _TABLE_PLAN.replace(
        "\nNơi nhận:",
        "\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính\n"
        "Bố trí kinh phí thực hiện Kế hoạch.\n"
        "IV. GIÁM SÁT VÀ ĐÁNH GIÁ\n"
        "- Việc giám sát dựa trên báo cáo tiến độ các nhiệm vụ.\n"
        "- Các bộ, ngành và Ủy ban nhân dân các tỉnh chịu trách nhiệm giám sát việc triển khai trong phạm vi quản lý.\n"
        "\nNơi nhận:",
    )
    got = _units(text)
    assert "Các bộ, ngành" in got and got["Các bộ, ngành"][0].startswith("Chịu trách nhiệm giám sát")


def test_dash_items_that_name_their_unit_last() -> None:
    text = _RELAY_LETTER.replace(
        "\nNơi nhận:",
        "\nViệc công bố danh mục cây xanh cần bảo tồn thực hiện cụ thể như sau:\n"
        "- Cây xanh trong công viên, vườn hoa đô thị - Sở Xây dựng.\n"
        "- Cây xanh trong khuôn viên trường học - Sở Giáo dục và Đào tạo.\n"
        "- Cây di sản gắn với di tích - Sở Văn hóa, Thể thao và Du lịch.\n"
        "\nNơi nhận:",
    )
    got = _units(text)
    assert got["Sở Xây dựng"] == ["Cây xanh trong công viên, vườn hoa đô thị"]
    assert "Sở Giáo dục và Đào tạo" in got and "Sở Văn hóa, Thể thao và Du lịch" in got


def test_list_piece_whose_comma_a_cell_lost() -> None:
    from pipeline.extract.units import _split_units

    t = "Các sở, ngành Ủy ban nhân dân cấp xã, Sở Tài chính cơ quan, đơn vị liên quan"
    assert [n for n, _a, _b in _split_units(t, 0, len(t))] == [
        "Các sở, ngành", "Ủy ban nhân dân cấp xã", "Sở Tài chính", "Cơ quan, đơn vị liên quan"]
    # a head's own words are no lost comma
    t = "Chánh Văn phòng Ủy ban nhân dân tỉnh, Hiệp hội Doanh nghiệp tỉnh"
    assert [n for n, _a, _b in _split_units(t, 0, len(t))] == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Hiệp hội Doanh nghiệp tỉnh"]


def test_body_reporting_what_it_received_is_not_assigned() -> None:
    from pipeline.extract.units import _analyse

    assert _analyse("Ủy ban nhân dân tỉnh nhận được Văn bản số 28/CV-CT ngày 04/8/2026 của Công ty.", "sentence") is None
    f = _analyse("Sở Tài chính chủ trì tiếp nhận hồ sơ đề nghị.", "sentence")
    assert f is not None and [n for n, _a, _b in f.names] == ["Sở Tài chính"]


def test_stray_number_after_a_name_is_no_part_of_it() -> None:
    from pipeline.extract.units import _clean_name

    assert _clean_name("Sở Nội vụ 6") == "Sở Nội vụ"
    # numbered bodies keep their number
    assert _clean_name("Ủy ban nhân dân phường 6") == "Ủy ban nhân dân phường 6"
    assert _clean_name("Trường Tiểu học số 2") == "Trường Tiểu học số 2"
