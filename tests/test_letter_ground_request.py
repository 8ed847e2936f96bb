"""A letter whose one paragraph opens with its ground and goes on to its request (synthetic
letters of an invented province): the request is the letter's body — its unit and deadline are
read — while the ground it cites stays a legal basis."""

from __future__ import annotations

from corpus_files import segment_text

from pipeline.extractor import extract_text

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ AN\nSỞ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 31/SNV-VP\nV/v báo cáo kết quả đi cơ sở\n\nHà An, ngày 06 tháng 3 năm 2026\n\n"
        "Kính gửi: Ủy ban nhân dân các huyện, thị xã\n\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn An\n"
CITED = ("Thực hiện Công văn số 12/UBND-VX ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ "
         "đề nghị Ủy ban nhân dân các huyện, thị xã tổng hợp danh sách, gửi Sở Nội vụ trước ngày 10 tháng 12 năm 2026.")
TWO_SENTENCES = ("Thực hiện ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh nhằm nắm bắt đầy đủ thông tin về việc "
                 "đi cơ sở năm 2026. Sở Nội vụ đề nghị Ủy ban nhân dân các huyện, thị xã tổng hợp danh sách, gửi "
                 "Sở Nội vụ trước ngày 10 tháng 12 năm 2026.")


def test_a_ground_that_goes_on_to_the_request_is_the_body():
    for para in (CITED, TWO_SENTENCES):
        r = extract_text(HEAD + para + TAIL)
        assert [u.name for u in r.responsible_units] == ["Ủy ban nhân dân các huyện, thị xã"]
        assert [t.end for t in r.timeline] == ["2026-12-10"]
    assert [b.number for b in extract_text(HEAD + CITED + TAIL).legal_bases] == ["12/UBND-VX"]


def test_a_ground_over_a_list_or_with_no_request_stays_the_preamble():
    # "… đề nghị các đơn vị như sau:" brings the body in below it; a ground that asks no one
    # ("…, Sở Nội vụ báo cáo như sau.") is a ground
    for para in (CITED.replace("tổng hợp danh sách, gửi Sở Nội vụ trước ngày 10 tháng 12 năm 2026.", "thực hiện như sau:"),
                 "Thực hiện Công văn số 12/UBND-VX ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ "
                 "báo cáo kết quả như sau."):
        doc = segment_text(HEAD + para + "\n\n1. Tổng hợp danh sách cán bộ." + TAIL)
        pre = doc.parts["preamble"]
        assert [doc.lines[i].text for i in pre if doc.lines[i].text] == [para]


def test_the_addressee_asked_without_the_organ_that_acts_for_it_is_one_unit():
    # "Kính gửi: Ban Thường vụ các huyện đoàn, đoàn trực thuộc" asked again as "các huyện đoàn,
    # đoàn trực thuộc": the bodies through their organ, as "Kính gửi" names them
    letter = ("TỈNH ĐOÀN HÀ AN\n\nSố: 15-CV/TĐTN-VP\nV/v đẩy mạnh triển khai cuộc thi\n\nHà An, ngày 14 tháng 10 năm 2027\n\n"
              "Kính gửi: Ban Thường vụ các huyện đoàn, đoàn trực thuộc\n\n"
              "Để cuộc thi được lan tỏa, Ban Thường vụ Tỉnh đoàn đề nghị Ban Thường vụ các huyện đoàn, đoàn trực thuộc "
              "triển khai thực hiện một số nội dung, cụ thể như sau:\n\n"
              "1. Đề nghị các huyện đoàn, đoàn trực thuộc thành lập đội tuyên truyền viên, gửi bài dự thi về Ban Tổ "
              "chức trước ngày 09/11/2027.\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn An\n")
    assert [u.name for u in extract_text(letter).responsible_units] == ["Ban Thường vụ các huyện đoàn, đoàn trực thuộc"]



def test_addressees_asked_without_their_organs_and_as_you():
    # "Kính gửi: Ban Thường vụ các huyện đoàn …; Ban Biên tập các cơ quan báo chí …", asked as
    # "các huyện đoàn …" and "các cơ quan báo chí …": each addressee as "Kính gửi" writes it; "đề
    # nghị các đồng chí …" addresses them again ("you"), no unit of its own
    letter = ("TỈNH ĐOÀN HÀ AN\n\nSố: 16-CV/TĐTN-BTG\nV/v đợt tuyên truyền cao điểm\n\nHà An, ngày 21 tháng 4 năm 2027\n\n"
              "Kính gửi:   Ban Thường vụ các huyện đoàn, đoàn trực thuộc;\n\n Ban Biên tập các cơ quan báo chí thuộc Tỉnh đoàn.\n\n"
              "Để đợt tuyên truyền lan tỏa rộng rãi, Ban Thường vụ Tỉnh đoàn đề nghị các huyện đoàn, đoàn trực thuộc "
              "và các cơ quan báo chí thuộc Tỉnh đoàn triển khai một số nhiệm vụ, cụ thể như sau:\n\n"
              "1. Các huyện đoàn, đoàn trực thuộc tuyên truyền qua hệ thống màn hình tại địa phương.\n\n"
              "2. Các cơ quan báo chí thuộc Tỉnh đoàn mở chuyên mục tuyên truyền.\n\n"
              "Ban Thường vụ Tỉnh đoàn đề nghị các đồng chí căn cứ Công văn để triển khai thực hiện.\n\n"
              "Nơi nhận:\n- Như trên;\n- Lưu VP.\n\nTM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLê Văn An\n")
    assert [u.name for u in extract_text(letter).responsible_units] == [
        "Ban Thường vụ các huyện đoàn, đoàn trực thuộc", "Ban Biên tập các cơ quan báo chí thuộc Tỉnh đoàn"]


def test_a_long_asker_and_a_paragraph_after_it_keep_the_request_in_the_body():
    # the asker a body's full name ("Ủy ban nhân dân tỉnh Hà An"), the report's window "từ nay đến
    # năm …", a paragraph of practicalities after it
    para = ("Thực hiện Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2026 của Bộ trưởng Bộ Giáo dục và Đào tạo, "
            "Ủy ban nhân dân tỉnh Hà An đề nghị Ủy ban nhân dân các huyện, thị xã báo cáo về tình hình mở "
            "ngành của địa phương từ nay đến năm 2028.\n\nBáo cáo gửi về Sở Nội vụ trước ngày 25/5/2026.")
    r = extract_text(HEAD + para + TAIL)
    assert [u.name for u in r.responsible_units] == ["Ủy ban nhân dân các huyện, thị xã"]
    assert [(t.start, t.end) for t in r.timeline] == [(None, "2028"), (None, "2026-05-25")]
    # the ground's issuer ends before the subject that asks
    assert [(b.number, b.issuer) for b in r.legal_bases] == [("895/CT-BGDĐT", "Bộ trưởng Bộ Giáo dục và Đào tạo")]
