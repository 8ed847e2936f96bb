"""Issuers of cited grounds written in ways the first rules missed (synthetic documents of
invented bodies): a joint issuer with its list of bodies, a body named short then in full,
a narration opening with a connective, the agent of a passive act."""

from __future__ import annotations

from pipeline.extractor import extract_text

DECISION = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SÔNG LAM                         Độc lập - Tự do - Hạnh phúc

Số: 51/QĐ-UBND                        Sông Lam, ngày 9 tháng 3 năm 2027

QUYẾT ĐỊNH
Về việc hỗ trợ điều dưỡng người có công

ỦY BAN NHÂN DÂN TỈNH SÔNG LAM

{grounds}

QUYẾT ĐỊNH:

Điều 1. Hỗ trợ điều dưỡng người có công năm 2027.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
"""

LETTER = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SÔNG LAM                         Độc lập - Tự do - Hạnh phúc

Số: 52/UBND-VX                        Sông Lam, ngày 9 tháng 3 năm 2027
V/v hồ sơ người có công

Kính gửi: Bộ Nội vụ

{narration}

Ủy ban nhân dân tỉnh Sông Lam đề nghị Bộ Nội vụ xem xét, hướng dẫn để tỉnh thực hiện./.

Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN
- Như trên;                                CHỦ TỊCH
- Lưu: VT.
                                           Lê Văn Hòa
"""


def _bases(text: str) -> dict[str | None, object]:
    return {b.number: b for b in extract_text(text).legal_bases}


def test_joint_issuer_keeps_its_list_of_bodies():
    lb = _bases(DECISION.format(grounds=(
        "Căn cứ Thông tư liên tịch số 14/2026/TTLT-BNV-BTC ngày 11/9/2026 của Liên Bộ: Nội vụ, Tài chính "
        "về việc hướng dẫn chế độ điều dưỡng;\n"
        "Căn cứ Thông tư liên tịch số 03/2025/TTLT-BNV-BYT ngày 12/4/2025 của liên Bộ Nội vụ - Y tế "
        "hướng dẫn chăm sóc sức khỏe;")))
    assert lb["14/2026/TTLT-BNV-BTC"].issuer == "Liên Bộ: Nội vụ, Tài chính"
    assert lb["03/2025/TTLT-BNV-BYT"].issuer == "liên Bộ Nội vụ - Y tế"


def test_a_body_named_short_then_in_full_gets_the_full_name():
    lb = _bases(DECISION.format(grounds=(
        "Căn cứ Kết luận số 88-KL/TW ngày 02 tháng 3 năm 2026 của Ban Bí thư về tiếp tục thực hiện "
        "Chỉ thị số 17-CT/TW ngày 05 tháng 5 năm 2022 của Ban Bí thư về công tác người có công;\n"
        "Căn cứ Chỉ thị số 17-CT/TW ngày 05 tháng 5 năm 2022 của Ban Bí thư Trung ương Đảng về công tác người có công;")))
    assert lb["17-CT/TW"].issuer == "Ban Bí thư Trung ương Đảng"
    assert lb["88-KL/TW"].issuer == "Ban Bí thư"


def test_narration_opening_with_a_connective_and_a_passive_agent():
    lb = _bases(LETTER.format(narration=(
        "Sau khi Bộ Nội vụ ban hành Thông tư số 05/2026/TT-BNV ngày 07/4/2026 hướng dẫn lập hồ sơ, "
        "nhiều địa phương gặp vướng mắc. Vì vậy ngày 23/5/2026, Bộ Y tế đã ban hành Công văn số "
        "1609/BYT-KCB về việc giám định bệnh tật. Bệnh viện tỉnh đã được Bộ Y tế cho phép giám định "
        "tại Giấy phép số 31/GP-BYT ngày 14/7/2026.")))
    assert lb["05/2026/TT-BNV"].issuer == "Bộ Nội vụ" and lb["05/2026/TT-BNV"].date == "2026-04-07"
    assert lb["1609/BYT-KCB"].issuer == "Bộ Y tế" and lb["1609/BYT-KCB"].date == "2026-05-23"
    assert lb["31/GP-BYT"].issuer == "Bộ Y tế" and lb["31/GP-BYT"].date == "2026-07-14"


def test_grounds_stated_after_a_narration_that_ends_at_a_told_request():
    lb = _bases(LETTER.format(narration=(
        "Qua sơ kết thí điểm, ngày 16/8/2026 Bộ Y tế đã có Công văn số 3395/BYT-KHTC gửi Tổng công ty "
        "Dược Sông Lam về việc tiếp tục thí điểm và đề nghị Tổng công ty có giải pháp khắc phục.\n\n"
        "Căn cứ đề xuất của các địa phương và báo cáo của Tổng công ty Dược Sông Lam về việc khắc phục "
        "tồn tại (Công văn số 4736/DSL-TCBC ngày 20/10/2026), Bộ Y tế đồng ý mở rộng thí điểm.")))
    assert lb["3395/BYT-KHTC"].issuer == "Bộ Y tế"
    assert lb["4736/DSL-TCBC"].date == "2026-10-20"
    assert lb["4736/DSL-TCBC"].issuer == "Tổng công ty Dược Sông Lam"


PLAN = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SÔNG LAM                         Độc lập - Tự do - Hạnh phúc

Số: 77/KH-UBND                        Sông Lam, ngày 9 tháng 3 năm 2027

KẾ HOẠCH
Thực hiện Nghị quyết số 21-NQ/TU của Tỉnh ủy Sông Lam ngày 02/01/2027 về phát triển thủy sản

Căn cứ Nghị quyết số 21-NQ/TU ngày 02 tháng 01 năm 2027 của Ban Thường vụ Tỉnh ủy về phát triển
thủy sản. Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 21-NQ/TU của Tỉnh ủy Sông Lam
ngày 02/01/2027, nội dung như sau:

I. MỤC ĐÍCH, YÊU CẦU
Phát triển thủy sản bền vững.
"""


def test_the_grounds_citation_names_the_issuer_over_the_title_mention():
    lb = _bases(PLAN)
    assert lb["21-NQ/TU"].issuer == "Ban Thường vụ Tỉnh ủy" and lb["21-NQ/TU"].date == "2027-01-02"


def test_passive_agent_may_be_a_heads_position():
    # "đã được <position> phê duyệt tại Quyết định số …": the head's position issues it
    lb = _bases(LETTER.format(narration=(
        "Thực hiện Kế hoạch số 14/KH-SLĐTBXH ngày 02/3/2027 đã được Giám đốc Sở Lao động - Thương binh "
        "và Xã hội phê duyệt tại Quyết định số 310/QĐ-SLĐTBXH ngày 05/3/2027, Ủy ban nhân dân tỉnh "
        "đã rà soát hồ sơ người có công.")))
    assert lb["310/QĐ-SLĐTBXH"].issuer == "Giám đốc Sở Lao động - Thương binh và Xã hội"


def test_legislature_keeps_its_term_written_capitalised():
    lb = _bases(DECISION.format(grounds=(
        "Căn cứ Nghị quyết số 98/2026/QH16 ngày 20 tháng 6 năm 2026 của Quốc hội Khóa XVI về "
        "chính sách người có công;")))
    assert lb["98/2026/QH16"].issuer == "Quốc hội Khóa XVI"


def test_the_sender_of_two_letters_joined_after_the_first_ones_subject_line_is_theirs():
    # "của X tại Văn bản số A … về …, Y và Văn bản số B …": the first trích yếu names other bodies
    # after a comma; the second letter, joined by "và" with no sender of its own, is X's too
    lb = _bases(LETTER.format(narration=(
        "Thực hiện ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9001-CV/BTCTW ngày 29/7/2026 về triển "
        "khai các kết luận của Bộ Chính trị, Ban Bí thư và Văn bản số 9002-CV/BTCTW ngày 17/9/2026 về hoàn "
        "thiện vị trí việc làm, Ủy ban nhân dân tỉnh đã rà soát hồ sơ người có công.")))
    assert lb["9001-CV/BTCTW"].issuer == "Ban Tổ chức Trung ương"
    assert lb["9002-CV/BTCTW"].issuer == "Ban Tổ chức Trung ương"


def test_a_citation_written_trich_yeu_first_then_date_and_issuer():
    lb = _bases(DECISION.format(grounds=(
        "Căn cứ Công văn số 49/TVSL thay đổi quy định về phí phục vụ ngày 25/4/2026, của Giám đốc Thư viện "
        "Trung tâm ĐHQG-HCM;\nCăn cứ Công văn số 50/TVSL về việc mở cửa ngày thứ bảy.")))
    b = lb["49/TVSL"]
    assert b.date == "2026-04-25"
    assert b.issuer == "Giám đốc Thư viện Trung tâm Đại học Quốc gia Thành phố Hồ Chí Minh"
    assert b.title == "thay đổi quy định về phí phục vụ"
    # a trích yếu with its cue and a weekday's "ngày" in it keeps no date of the document
    assert lb["50/TVSL"].date is None


def test_an_issuer_ends_where_the_sentence_goes_on_after_the_citation():
    lb = _bases(LETTER.format(narration=(
        "Việc báo cáo theo chỉ đạo tại Công văn số 997/TCT-TTKT ngày 4/4/2026 của Tổng cục Thuế còn phát "
        "sinh một số tồn tại làm giảm hiệu quả công tác tổng hợp.")))
    assert lb["997/TCT-TTKT"].issuer == "Tổng cục Thuế"


def test_a_preamble_closed_by_nhu_sau_has_said_its_grounds():
    # a guidance letter: no document among its grounds; what the guidance cites is its body's
    lb = _bases(LETTER.format(narration=(
        "Ủy ban nhân dân tỉnh nhận được phản ánh vướng mắc của các hộ gia đình về hồ sơ người có công. "
        "Về việc này Ủy ban nhân dân tỉnh hướng dẫn như sau:\n\n"
        "Hồ sơ thực hiện theo quy định tại Chương II Thông tư số 38/2026/TT-BNV ngày 25/3/2026 của Bộ Nội vụ.")))
    assert "38/2026/TT-BNV" not in lb
    # … while a preamble that cites its grounds keeps them
    lb = _bases(LETTER.format(narration=(
        "Thực hiện Thông tư số 38/2026/TT-BNV ngày 25/3/2026 của Bộ Nội vụ, Ủy ban nhân dân tỉnh hướng dẫn "
        "như sau:\n\nHồ sơ gồm tờ khai và giấy xác nhận.")))
    assert "38/2026/TT-BNV" in lb


def test_a_known_central_body_named_after_its_standing_organ_stays_whole():
    # a part of a known central body issues in its name ("Thường trực …", "Tổ giúp việc …"): the
    # known name holding "về" and commas stays whole after it, in any case of its words
    lb = _bases(DECISION.format(grounds=(
        "Căn cứ Thông báo số 71-TB/BCĐTW ngày 06/11/2026 của Thường trực Ban Chỉ đạo Trung ương về "
        "phòng, chống tham nhũng, lãng phí, tiêu cực kết luận tại cuộc họp ngày 30/10/2026;\n"
        "Căn cứ Thông báo số 12-TB/TGV ngày 13/6/2026 của Tổ giúp việc Ban chỉ đạo Trung ương về phát "
        "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thông báo kết luận cuộc họp;")))
    assert lb["71-TB/BCĐTW"].issuer == ("Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, "
                                        "lãng phí, tiêu cực")
    assert lb["12-TB/TGV"].issuer == ("Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, "
                                      "đổi mới sáng tạo và chuyển đổi số")


def test_papers_of_one_sender_listed_with_commas_share_the_sender_named_after_the_last():
    # kinds differ, the symbols name one sender ("…/TU", "…-UBND"): the sender said once after
    # the last paper is each one's; a paper of another sender keeps none
    lb = _bases(DECISION.format(grounds=(
        "Căn cứ Chỉ thị số 31-CT/TU ngày 06/6/2026, Kế hoạch số 134-KH/TU ngày 29/12/2026 của Ban "
        "Thường vụ Tỉnh ủy;\n"
        "Căn cứ Chỉ thị số 03/CT-UBND ngày 19/3/2026, Phương án số 728/PA-UBND ngày 28/02/2027 của Ủy "
        "ban nhân dân tỉnh;\n"
        "Căn cứ Công văn số 210/SNV-CCVC ngày 02/3/2027, Kế hoạch số 18/KH-UBND ngày 05/3/2027 của Ủy "
        "ban nhân dân huyện Bắc Sơn;")))
    assert lb["31-CT/TU"].issuer == lb["134-KH/TU"].issuer == "Ban Thường vụ Tỉnh ủy"
    assert lb["03/CT-UBND"].issuer == "Ủy ban nhân dân tỉnh"
    assert lb["210/SNV-CCVC"].issuer is None


def test_a_resolution_named_by_the_sitting_that_adopted_it_has_that_sitting_for_issuer():
    lb = extract_text(DECISION.format(grounds=(
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ II, nhiệm kỳ 2030-2035;\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025;"))).legal_bases
    by_title = {b.title: b.issuer for b in lb}
    assert by_title["Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ II, nhiệm kỳ 2030-2035"] == \
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ II, nhiệm kỳ 2030-2035"
    assert by_title["Luật Tổ chức chính quyền địa phương"] is None


def test_a_sitting_named_in_capitals_is_still_the_resolutions_issuer():
    from pipeline.extract.legal_bases import _adopted_by

    assert _adopted_by().match("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ LẦN THỨ II") is not None


PROGRAMME = """ĐẢNG BỘ TỈNH SÔNG LAM
ĐẢNG ỦY XÃ BẮC SƠN

Số: 07-CTr/ĐU                         Bắc Sơn, ngày 9 tháng 3 năm 2031

CHƯƠNG TRÌNH HÀNH ĐỘNG
Về phát triển kinh tế nông thôn

{opening}

I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm hiệu quả.

II. TỔ CHỨC THỰC HIỆN

Các chi bộ triển khai thực hiện.

Nơi nhận:
- Như trên;
- Lưu VPĐU.

T/M ĐẢNG ỦY
BÍ THƯ

Trần Văn Bình
"""


def test_resolutions_of_sittings_the_opening_sentence_carries_out_are_grounds():
    lb = extract_text(PROGRAMME.format(opening=(
        "Nhằm cụ thể hóa và thực hiện thắng lợi các mục tiêu, nhiệm vụ Nghị quyết Đại hội đại biểu\n"
        "Đảng bộ xã lần thứ II, nhiệm kỳ 2030-2035 đã đề ra, góp phần thực hiện thắng lợi Nghị quyết\n"
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ II và Nghị quyết Đại hội toàn quốc lần thứ XV của\n"
        "Đảng. Ban Chấp hành Đảng bộ xã ban hành Chương trình hành động như sau:"))).legal_bases
    assert [(b.title, b.issuer) for b in lb] == [
        ("Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ II, nhiệm kỳ 2030-2035",
         "Đại hội đại biểu Đảng bộ xã lần thứ II, nhiệm kỳ 2030-2035"),
        ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ II", "Đại hội đại biểu Đảng bộ tỉnh lần thứ II"),
        ("Nghị quyết Đại hội toàn quốc lần thứ XV của Đảng", "Đại hội toàn quốc lần thứ XV của Đảng"),
    ]


def test_the_resolution_a_cited_programme_carries_out_is_that_programmes_title():
    lb = extract_text(PROGRAMME.format(opening=(
        "Trên cơ sở Chương trình hành động của Ban Chấp hành Đảng bộ xã thực hiện Nghị quyết Đại hội\n"
        "Đảng bộ xã lần thứ II, Ban Chấp hành xây dựng Chương trình làm việc như sau:"))).legal_bases
    assert not any((b.title or "").startswith("Nghị quyết Đại hội") for b in lb)


def test_a_congress_named_without_its_ordinal_or_told_in_passing_is_no_ground():
    lb = extract_text(PROGRAMME.format(opening=(
        "Nhằm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ các cấp đã đề ra; thiết thực chào mừng\n"
        "Đại hội lần thứ XV của Đảng, Ban Chấp hành ban hành Chương trình hành động như sau:"))).legal_bases
    assert lb == []


def test_the_submission_a_sitting_heard_is_the_conclusions_ground():
    """"Ngày …, Thường trực Đảng ủy họp nghe Đảng ủy Ủy ban nhân dân xã báo cáo đề xuất … (theo Tờ
    trình số …)": the "đề xuất" is the proposal heard, no request that would end the grounds, and
    the "trình" of "Tờ trình" tells no history."""
    notice = PROGRAMME.replace("Số: 07-CTr/ĐU", "Số: 10-TB/ĐU").replace(
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nVề phát triển kinh tế nông thôn", "THÔNG BÁO\nKết luận của Thường trực Đảng ủy")
    lb = extract_text(notice.format(opening=(
        "Ngày 02/3/2031, Thường trực Đảng ủy họp nghe Đảng ủy Ủy ban nhân dân xã báo cáo đề xuất phương án\n"
        "sắp xếp đơn vị sự nghiệp (theo Tờ trình số 13-TTr/ĐUUB ngày 01/3/2031). Thường trực Đảng ủy\n"
        "kết luận như sau:"))).legal_bases
    assert [(b.number, b.date) for b in lb] == [("13-TTr/ĐUUB", "2031-03-01")]
    # … and the body heard reporting it is its issuer
    assert lb[0].issuer == "Đảng ủy Ủy ban nhân dân xã"


def test_a_role_over_a_ministry_whose_field_opens_with_a_type_word_is_one_issuer():
    # "Kế hoạch" in "Bộ Kế hoạch và Đầu tư" is the field of the head before it, also after a
    # role ("Bộ trưởng Bộ …", "Giám đốc Sở …"), not a cited plan's type word
    grounds = ("Căn cứ Quyết định số 26/QĐ-BKHĐT ngày 21 tháng 11 năm 2026 của Bộ trưởng Bộ Kế hoạch và Đầu tư "
               "về việc thành lập Tổ công tác;\n"
               "Căn cứ Công văn số 11/SKHĐT-TH ngày 22 tháng 11 năm 2026 của Giám đốc Sở Kế hoạch và Đầu tư "
               "hướng dẫn lập kế hoạch;")
    bases = extract_text(DECISION.format(grounds=grounds)).legal_bases
    assert [(b.number, b.issuer) for b in bases] == [
        ("26/QĐ-BKHĐT", "Bộ trưởng Bộ Kế hoạch và Đầu tư"), ("11/SKHĐT-TH", "Giám đốc Sở Kế hoạch và Đầu tư")]
