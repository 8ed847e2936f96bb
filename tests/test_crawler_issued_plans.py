"""A decision that issues a plan or a programme, as a legal site's crawler saved it: synthetic
documents.

The crawler writes each block of the page as one line: the signature runs into the heading of
the issued plan, its title and the note that ties it to the decision ("KT. BỘ TRƯỞNG THỨ TRƯỞNG
Trần Văn Bình KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)"), or it repeats the page's title
and the issued text's type before each section ("Quyết định 12/QĐ-UBND năm 2031. CHƯƠNG TRÌNH
HÀNH ĐỘNG. II. NỘI DUNG …"). The issued plan must still be read as one: its task fields
("- Đơn vị chủ trì: …", "- Thời gian thực hiện: Quý I/2031") give units and timeline items.
"""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize
from pipeline.reline import reline

ISSUING = """BỘ NỘI VỤ --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 45/QĐ-BNV
Hà Nội, ngày 10 tháng 02 năm 2031 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH CÔNG TÁC PHÁP CHẾ NĂM 2031 BỘ TRƯỞNG BỘ NỘI VỤ
Căn cứ Nghị định số 63/2030/NĐ-CP ngày 12/9/2030 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Nội vụ;
Điều 1.
Ban hành kèm theo Quyết định này Kế hoạch công tác pháp chế năm 2031.
Điều 2.
Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3.
Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Văn phòng Chính phủ;
- Lưu: VT, VP.
KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Bình KẾ HOẠCH CÔNG TÁC PHÁP CHẾ NĂM 2031 (Ban hành kèm theo Quyết định số 45/QĐ-BNV ngày 10 tháng 02 năm 2031 của Bộ trưởng Bộ Nội vụ)
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng công tác pháp chế.
II. NỘI DUNG THỰC HIỆN
1. Công tác xây dựng pháp luật
a) Phối hợp rà soát, tổng kết, đánh giá một cách đồng bộ, có hệ thống các văn bản quy phạm pháp luật về công tác văn thư và lưu trữ để phục vụ xây dựng dự án Luật lưu trữ
- Đơn vị chủ trì: Vụ Pháp chế.
- Đơn vị phối hợp: Cục Văn thư và Lưu trữ nhà nước, Vụ Tổ chức cán bộ.
- Thời gian thực hiện: Cả năm 2031.
b) Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác pháp chế của các địa phương trong cả nước
- Cơ quan thực hiện: Sở Văn hóa - Thể thao và Du lịch chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành có liên quan; Ủy ban nhân dân các huyện.
- Thời gian thực hiện: Quý II/2031.
III. TỔ CHỨC THỰC HIỆN
1. Vụ Pháp chế theo dõi, đôn đốc việc thực hiện Kế hoạch.
"""


def test_plan_issued_after_a_signature_on_one_line_gives_its_units_and_timeline() -> None:
    rec = extract_text(ISSUING)
    assert rec.signer is not None and (rec.signer.name, rec.signer.position) == ("Trần Văn Bình", "Thứ trưởng")
    names = [u.name for u in rec.responsible_units]
    # the lead of each task and the plan's own implementation section; never the partners
    assert "Vụ Pháp chế" in names and "Sở Văn hóa - Thể thao và Du lịch" in names
    for partner in ("Cục Văn thư và Lưu trữ nhà nước", "Liên đoàn Lao động tỉnh", "Các sở, ngành có liên quan",
                    "Ủy ban nhân dân các huyện", "Sở Du lịch", "Sở Văn hóa - Thể thao"):
        assert partner not in names
    periods = {(t.start, t.end) for t in rec.timeline}
    assert {("2031", "2031"), ("2031-04", "2031-06")} <= periods


def test_the_issued_plans_heading_title_and_note_get_lines_of_their_own() -> None:
    lines = reline(normalize(ISSUING).text).split("\n")
    k = lines.index("KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Bình")
    assert lines[k + 1 : k + 4] == [
        "KẾ HOẠCH", "CÔNG TÁC PHÁP CHẾ NĂM 2031",
        "(Ban hành kèm theo Quyết định số 45/QĐ-BNV ngày 10 tháng 02 năm 2031 của Bộ trưởng Bộ Nội vụ)"]
    # a body sentence that mentions what a decision issues with it is never cut
    assert "Ban hành kèm theo Quyết định này Kế hoạch công tác pháp chế năm 2031." in lines


PROGRAMME = """Quyết định 12/QĐ-UBND năm 2031. ỦY BAN NHÂN DÂN TỈNH HÀ AN -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 12/QĐ-UBND Hà An, ngày 04 tháng 5 năm 2031 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ QUAN HỆ LAO ĐỘNG NĂM 2031
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Quyết định 12/QĐ-UBND năm 2031. Điều 1.
Ban hành kèm theo Quyết định này Chương trình hành động về quan hệ lao động năm 2031.
Quyết định 12/QĐ-UBND năm 2031. Điều 2.
Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hòa

Quyết định 12/QĐ-UBND năm 2031. CHƯƠNG TRÌNH HÀNH ĐỘNG. VỀ QUAN HỆ LAO ĐỘNG NĂM 2031 (Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 04 tháng 5 năm 2031 của Ủy ban nhân dân tỉnh Hà An)
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức về quan hệ lao động.
Quyết định 12/QĐ-UBND năm 2031. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG
1. Tuyên truyền pháp luật lao động.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh.
- Thời gian thực hiện: Hoàn thành trong quý III/2031.
Quyết định 12/QĐ-UBND năm 2031. CHƯƠNG TRÌNH HÀNH ĐỘNG. III. TỔ CHỨC THỰC HIỆN
1.Các sở, ban, ngành; Ủy ban nhân dân các xã và các cơ quan, tổ chức có liên quan căn cứ nhiệm vụ được giao chủ động xây dựng kế hoạch thực hiện.
2. Đề nghị Liên đoàn Lao động tỉnh chỉ đạo các cấp công đoàn phối hợp thực hiện.
"""


def test_programme_whose_sections_repeat_the_page_title_is_read_as_one() -> None:
    rec = extract_text(PROGRAMME)
    assert rec.signer is not None and rec.signer.name == "Lê Văn Hòa"
    names = [u.name for u in rec.responsible_units]
    for n in ("Sở Nội vụ", "Các sở, ban, ngành", "Ủy ban nhân dân các xã", "Các cơ quan, tổ chức có liên quan",
              "Liên đoàn Lao động tỉnh"):
        assert n in names
    assert ("2031-07", "2031-09") in {(t.start, t.end) for t in rec.timeline}


def test_the_page_title_and_the_repeated_type_are_cut_from_each_section() -> None:
    lines = reline(normalize(PROGRAMME).text).split("\n")
    assert "II. NỘI DUNG HOẠT ĐỘNG" in lines and "III. TỔ CHỨC THỰC HIỆN" in lines
    assert "VỀ QUAN HỆ LAO ĐỘNG NĂM 2031" in lines
    # the item number glued to its first word starts the item's own line
    assert any(ln.startswith("1.Các sở, ban, ngành;") for ln in lines)
