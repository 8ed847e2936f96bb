"""The issuer when the header block is lost or prints the body's name short: synthetic
documents for each piece of evidence (the letter naming itself, checked against the signature's
authority; the type word as the enacting verb; the symbol's code completing a header cell; a
header cell wrapped onto a line that opens with a preamble word)."""

from __future__ import annotations

import pytest

from pipeline.extractor import extract_text


def _letter(closing_sentence: str, signature: str, opening: str = "Ngày 02/3/2026, cơ quan nhận được đề nghị.") -> str:
    """A công văn whose header block was lost: the Kính gửi list, a body, its closing."""
    return (
        "Kính gửi:\n- Các doanh nghiệp sản xuất phân bón;\n- Các hiệp hội ngành hàng.\n\n"
        f"{opening}\n\n"
        "1. Các doanh nghiệp rà soát hồ sơ trước ngày 30/4/2026.\n\n"
        "2. Các hiệp hội tổng hợp ý kiến của hội viên.\n\n"
        f"{closing_sentence}\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KH.\n\n"
        f"{signature}\n\nTrần Văn Bình\n"
    )


@pytest.mark.parametrize(
    ("closing_sentence", "signature", "issuer"),
    [
        # a ministry named by the authority a unit head signs for
        ("Bộ Xây dựng thông báo để các doanh nghiệp biết, thực hiện./.",
         "TL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG VỤ KẾ HOẠCH\nPHÓ VỤ TRƯỞNG", "Bộ Xây dựng"),
        # a report to a superior, the deputy signing for the minister
        ("Trên đây là ý kiến của cơ quan, Bộ Khoa học và Công nghệ kính báo cáo Thủ tướng Chính phủ./.",
         "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", "Bộ Khoa học và Công nghệ"),
        # a chain of positions read by its last: a Văn phòng's head who is also a minister
        ("Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.",
         "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM", "Văn phòng Chính phủ"),
    ],
)
def test_issuer_from_the_letter_naming_itself(closing_sentence: str, signature: str, issuer: str) -> None:
    r = extract_text(_letter(closing_sentence, signature))
    assert r.issuer is not None and r.issuer.name == issuer
    p = r.provenance["issuer.name"]
    assert p.rule == "self-reference-inferred"
    assert p.raw_confidence < 0.7 if hasattr(p, "raw_confidence") else p.confidence < 0.9
    text = _letter(closing_sentence, signature)
    assert text[p.start : p.end] == issuer


def test_self_reference_in_the_opening_sentence() -> None:
    text = _letter("Trân trọng./.", "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG",
                   opening="Ngày 02/3/2026, Cục Quản lý thị trường nhận được đề nghị của các doanh nghiệp. "
                   "Cục Quản lý thị trường có ý kiến như sau:")
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Cục Quản lý thị trường"


def test_self_reference_abbreviated_is_judged_and_given_written_out() -> None:
    # "UBND Thành phố yêu cầu …" under "TM. ỦY BAN NHÂN DÂN": the body the signature heads
    text = _letter("Trân trọng./.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                   opening="Thực hiện chỉ đạo của Thủ tướng Chính phủ, UBND Thành phố yêu cầu các sở, ngành "
                   "thực hiện một số nhiệm vụ như sau:")
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Ủy ban nhân dân Thành phố"
    assert r.provenance["issuer.name"].rule == "self-reference-inferred"


def test_a_chairmans_letter_names_its_body_as_it_speaks_and_is_not_placed_elsewhere() -> None:
    # "Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:" under "KT. CHỦ TỊCH": the body as the
    # letter names itself, not completed from "trên địa bàn Thành phố Hà An" (settled: f37)
    text = _letter("Trân trọng./.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                   opening="Trên cơ sở đề nghị của Sở Nông nghiệp và Môi trường về các mỏ khoáng sản trên địa bàn "
                   "Thành phố Hà An, Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:")
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Ủy ban nhân dân Thành phố"


def test_a_wrapped_authority_and_the_fuller_self_naming() -> None:
    # "KT." / "CỤC TRƯỞNG" on two lines still says a Cục signs; the letter names itself in full
    # where it opens ("Cục Lãnh sự Bộ Ngoại giao xin trân trọng thông báo") and short where it
    # closes ("Cục Lãnh sự đề nghị …"): the full naming; a guide attached after the signature,
    # its heading in capitals, is no type line of the letter
    text = _letter("Để phối hợp triển khai hiệu quả, Cục Lãnh sự đề nghị Quý Cơ quan thông báo rộng rãi./.",
                   "KT.\nCỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG",
                   opening="Thực hiện chủ trương của Chính phủ về cải cách thủ tục hành chính, Cục Lãnh sự Bộ "
                   "Ngoại giao xin trân trọng thông báo:")
    text += "\nHƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN ĐỀ NGHỊ CẤP HỘ CHIẾU\n\nBước 1: Truy cập Cổng dịch vụ công.\n"
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Cục Lãnh sự Bộ Ngoại giao"
    assert r.doc_type is not None and r.doc_type.code == "CV" and r.title is None


def test_a_steering_bodys_remit_with_commas_is_one_name_and_the_longest_self_naming_wins() -> None:
    # "Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại …" (a remit's verbs parted by a comma, no second
    # body) opens the letter; "Ban Chỉ đạo của Chính phủ đề nghị …" closes it: the full naming;
    # the Politburo and the Secretariat issue their conclusions together
    text = _letter("Trên đây là một số nội dung trọng tâm, Ban Chỉ đạo của Chính phủ đề nghị các doanh nghiệp "
                   "quan tâm thực hiện./.", "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN",
                   opening="Thực hiện Kết luận số 192-KL/TW, ngày 19/9/2031 và Kết luận số 221-KL/TW, ngày "
                   "28/11/2031 của Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị "
                   "hành chính các cấp yêu cầu các doanh nghiệp thực hiện các nội dung sau:")
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == (
        "Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp")
    assert [b.issuer for b in r.legal_bases] == ["Bộ Chính trị, Ban Bí thư"] * 2


def test_a_clause_running_on_to_a_later_verb_is_not_a_name() -> None:
    text = _letter("Trân trọng./.", "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG",
                   opening="Cục Quản lý thị trường đã nhận được ý kiến của các doanh nghiệp và đề nghị như sau:")
    r = extract_text(text)
    assert r.issuer is None


@pytest.mark.parametrize(
    ("closing_sentence", "signature"),
    [
        # a body named in a task is not of the kind the signature heads (a Chủ tịch heads an
        # Ủy ban or a Hội đồng, not a Sở)
        ("Sở Tài chính báo cáo kết quả trước ngày 15/5/2026./.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
        # two bodies as one subject name no single issuer
        ("Bộ Y tế và Bộ Tài chính thông báo để các đơn vị biết./.", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"),
        # no authority line to check the subject against
        ("Bộ Y tế thông báo để các đơn vị biết./.", "Trần Văn An"),
    ],
)
def test_no_issuer_from_a_subject_the_signature_does_not_back(closing_sentence: str, signature: str) -> None:
    r = extract_text(_letter(closing_sentence, signature))
    assert r.issuer is None or r.provenance["issuer.name"].rule != "self-reference-inferred"


def test_guidance_names_its_issuer_with_its_own_type_word() -> None:
    text = (
        "HƯỚNG DẪN\n\nCÔNG TÁC THI ĐUA TRONG KHỐI CƠ QUAN\n\n-----\n\n"
        "- Căn cứ Quy định số 12-QĐ/TW ngày 05/5/2025 của Ban Bí thư về công tác thi đua;\n\n"
        "Ban Dân vận Trung ương\nhướng dẫn công tác thi đua như sau:\n\n"
        "I. NGUYÊN TẮC\n\nThi đua thực chất, hiệu quả.\n\n"
        "Nơi nhận:\n- Các ban đảng;\n- Lưu VP.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nLê Văn Cường\n"
    )
    r = extract_text(text)
    assert r.issuer is not None and r.issuer.name == "Ban Dân vận Trung ương"
    assert r.provenance["issuer.name"].rule == "enacting-sentence"


_PARTY_HEAD = (
    "BAN CHẤP HÀNH\nTRUNG ƯƠNG\nBAN DÂN VẬN\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n\n"
    "{number}\n\nHà Nội, ngày 03 tháng 02 năm 2026\n\n"
    "HƯỚNG DẪN\n\nCÔNG TÁC DÂN VẬN NĂM 2026\n\nNội dung hướng dẫn.\n\n"
    "Nơi nhận:\n- Các tỉnh ủy;\n- Lưu VP.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nLê Văn Cường\n"
)


def test_party_board_printed_short_under_the_central_committee_takes_its_code_name() -> None:
    r = extract_text(_PARTY_HEAD.format(number="Số 12-HD/BDVTW"))
    assert r.issuer.name == "Ban Dân vận Trung ương"
    assert r.issuer.parent == "Ban Chấp hành Trung ương"
    # a code naming another body never replaces the cell's body (the cell's own board stays)
    r = extract_text(_PARTY_HEAD.format(number="Số 12-HD/BTCTW"))
    assert r.issuer.name.startswith("Ban Dân vận")
    # no central code: under the Central Committee, the table's central board of that name
    r = extract_text(_PARTY_HEAD.format(number="Số 12-HD/BDV"))
    assert r.issuer.name == "Ban Dân vận Trung ương"
    # … and none under a provincial committee, nor a name the table lacks
    r = extract_text(_PARTY_HEAD.replace("BAN CHẤP HÀNH\nTRUNG ƯƠNG", "TỈNH ỦY HÒA AN").format(number="Số 12-HD/BDV"))
    assert r.issuer.name == "Ban Dân vận" and r.issuer.parent == "Tỉnh ủy Hòa An"
    r = extract_text(_PARTY_HEAD.replace("BAN DÂN VẬN", "BAN THI ĐUA").format(number="Số 12-HD/BTĐ"))
    assert r.issuer.name == "Ban Thi đua"


def test_body_named_by_a_decision_wrapped_over_an_opener_word_in_an_interleaved_header() -> None:
    # a plain-text copy of the two-column table: the columns' lines interleaved, the body's
    # name wrapped so that one of its lines starts with a preamble opener word ("THEO")
    text = (
        "SỞ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔ CÔNG TÁC\nĐộc lập - Tự do - Hạnh phúc\n"
        "THEO QUYẾT ĐỊNH\nSỐ 77/QĐ-SXD\nHòa An, ngày 12 tháng 3 năm 2026\n\nSố: 15/KH-TCT\n\n"
        "KẾ HOẠCH\nKiểm tra an toàn công trình năm 2026\n\n"
        "Thực hiện Quyết định số 77/QĐ-SXD ngày 01/3/2026 của Giám đốc Sở Xây dựng.\n\n"
        "1. Mục đích\n\nKiểm tra đúng quy định.\n\n"
        "Nơi nhận:\n- Giám đốc Sở;\n- Lưu: VT.\n\nT/M. TỔ CÔNG TÁC\nTỔ TRƯỞNG\n\nLê Văn Dũng\n"
    )
    r = extract_text(text)
    assert r.issuer.name == "Tổ Công tác theo Quyết định số 77/QĐ-SXD"
    assert r.issuer.parent == "Sở Xây dựng"
    assert r.number.raw == "15/KH-TCT" and r.date.iso == "2026-03-12" and r.place == "Hòa An"
    assert r.provenance["number"].rule == "number-cell"


# ------------------------------------------------------------------ a title block without its type line

_NO_TYPE_LINE = (
    "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc |\n"
    "Số: 08/2026/TT-BXD |\n|\n\n"
    "{title}\n\n"
    "Căn cứ Luật Xây dựng số 50/2014/QH13;\n\n"
    "Theo đề nghị của Vụ trưởng Vụ Pháp chế;\n\n"
    "Bộ trưởng Bộ Xây dựng ban hành Thông tư {restated}.\n\n"
    "Điều 1. Phạm vi điều chỉnh\n\nThông tư này quy định thử nghiệm.\n\n"
    "Điều 2. Hiệu lực\n\nThông tư này có hiệu lực từ ngày ký.\n\n"
    "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Hải\n"
)


def test_title_between_the_header_cells_and_the_grounds_when_the_type_line_was_lost() -> None:
    title = "Quy định về kiểm định chất lượng vật liệu xây dựng"
    r = extract_text(_NO_TYPE_LINE.format(title=f"**{title}**", restated="quy định về kiểm định chất lượng vật liệu xây dựng"))
    assert r.doc_type.code == "TT"
    assert r.title == title
    p = r.provenance["title"]
    assert p.rule == "untyped-title-inferred" and p.raw_confidence == 0.85
    # not restated by the enacting sentence: still read, less sure
    r = extract_text(_NO_TYPE_LINE.format(title=title, restated="về một việc khác"))
    assert r.title == title and r.provenance["title"].raw_confidence == 0.7


def test_no_untyped_title_when_the_block_is_not_followed_by_grounds_or_is_a_sentence() -> None:
    no_grounds = _NO_TYPE_LINE.replace("Căn cứ Luật Xây dựng số 50/2014/QH13;\n\n", "").replace(
        "Theo đề nghị của Vụ trưởng Vụ Pháp chế;\n\n", "")
    r = extract_text(no_grounds.format(title="Quy định về thử nghiệm", restated="này"))
    assert r.title is None
    r = extract_text(_NO_TYPE_LINE.format(title="Các đơn vị thực hiện nghiêm.", restated="này"))
    assert r.title is None


def test_the_enacting_word_is_no_type_line_with_a_title_under_it() -> None:
    # the header's type line lost: the first type word left is the enacting "QUYẾT ĐỊNH:",
    # under which the articles begin, not a trích yếu; the symbol's type code says the type
    text = (
        "Số: 80/2031/TT-BXD\n\nHà Nội, ngày 09 tháng 6 năm 2031\n\n"
        "Căn cứ Luật Xây dựng số 50/2014/QH13;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Phạm vi điều chỉnh.\n\nĐiều 2. Hiệu lực.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Hải\n"
    )
    r = extract_text(text)
    assert r.title is None
    assert r.doc_type.code == "TT" and r.provenance["doc_type"].rule == "symbol-code"
    # without a type code in the symbol the enacting word still tells the type, less surely
    r = extract_text(text.replace("80/2031/TT-BXD", "80/UBND-VP"))
    assert r.title is None
    assert r.doc_type.code == "QĐ" and r.provenance["doc_type"].rule == "enacting-word"
    # a trích yếu above the grounds is still read
    r = extract_text(text.replace("Căn cứ", "Quy định về thử nghiệm vật liệu\n\nCăn cứ", 1))
    assert r.title == "Quy định về thử nghiệm vật liệu"


def test_title_from_the_enacting_sentence_when_the_block_is_empty() -> None:
    # the scrape kept the type line but lost the trích yếu under it: the enacting sentence
    # restates it
    text = _NO_TYPE_LINE.replace("{title}", "THÔNG TƯ").format(
        restated="sửa đổi định mức bảo dưỡng thường xuyên đường thủy nội địa")
    r = extract_text(text)
    assert r.title == "Sửa đổi định mức bảo dưỡng thường xuyên đường thủy nội địa"
    assert r.provenance["title"].rule == "enacting-sentence-title-inferred"
    assert r.provenance["title"].raw_confidence == 0.6
    # "ban hành kèm theo Thông tư này" restates nothing
    r = extract_text(_NO_TYPE_LINE.replace("{title}", "THÔNG TƯ").replace(
        "ban hành Thông tư {restated}", "ban hành Quy chế kèm theo Thông tư này").format())
    assert r.title is None


def test_issuing_position_heading_the_cell_is_cased_as_a_position_then_its_body() -> None:
    text = (
        "CHỦ TỊCH ỦY BAN\nNHÂN DÂN\nTỈNH HÒA AN\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 14/2031/QĐ-CTUBND\n\nHòa An, ngày 02 tháng 12 năm 2031\n\n"
        "QUYẾT ĐỊNH\nPhân cấp thẩm quyền quản lý tài sản công\n\nCăn cứ Luật Quản lý, sử dụng tài sản công;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Phân cấp.\n\nCHỦ TỊCH\n\nLê Văn Hòa\n"
    )
    r = extract_text(text)
    assert r.issuer.name == "Chủ tịch Ủy ban nhân dân tỉnh Hòa An"


def test_inferred_central_body_takes_the_tables_spelling() -> None:
    # the authority line in capitals gives no case; the central table spells the name
    text = (
        "Số: 5/2031/TT-XYZ\n\nTHÔNG TƯ\nQuy định thử nghiệm\n\nBỘ TRƯỞNG BỘ CÔNG THƯƠNG\n\n"
        "Căn cứ Luật Thương mại;\n\nĐiều 1. Phạm vi.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Văn Hòa\n"
    )
    r = extract_text(text)
    assert r.issuer.name == "Bộ Công Thương"


def _plan_without_header(sentence: str, body: str) -> str:
    return (
        "KẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2031\n\n"
        f"Thực hiện Nghị quyết số 12/NQ-HĐND ngày 04/01/2031; {sentence}\n\n"
        f"I. MỤC ĐÍCH\n\n{body}\n\n"
        "Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n"
    )


def test_local_body_named_without_its_place_takes_the_place_the_text_gives_it() -> None:
    r = extract_text(_plan_without_header(
        "UBND tỉnh xây dựng Kế hoạch triển khai như sau:",
        "Các sở phối hợp với UBND các xã của tỉnh Hòa An. Ủy ban nhân dân tỉnh Hòa An chỉ đạo chung; "
        "các huyện của tỉnh Hòa An thực hiện.",
    ))
    assert r.issuer.name == "Ủy ban nhân dân tỉnh Hòa An"
    assert r.provenance["issuer.name"].raw_confidence < 0.8  # the place came from elsewhere
    # two places, none named twice: which is the issuer's is unknown, the level stays bare
    r = extract_text(_plan_without_header(
        "UBND tỉnh xây dựng Kế hoạch triển khai như sau:",
        "Học tập kinh nghiệm của tỉnh Hòa An và tỉnh Bình Minh.",
    ))
    assert r.issuer.name == "Ủy ban nhân dân tỉnh"


def test_a_plans_closing_sentence_restates_no_title() -> None:
    # only the normative enacting formula restates the trích yếu; a plan's "ban hành Kế hoạch
    # thực hiện như sau" does not
    text = (
        "Số: 15/KH-UBND\n\nHòa An, ngày 10 tháng 01 năm 2031\n\nKẾ HOẠCH\n\n"
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 04/01/2031; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n\n"
        "I. MỤC ĐÍCH\n\nNội dung.\n"
    )
    assert extract_text(text).title is None


@pytest.mark.parametrize(
    "sender",
    [
        "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG điện:",
        # the sender wrapped over two lines: not an authority line of its own
        "BỘ TRƯỞNG BỘ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG điện:",
    ],
)
def test_telegram_sender_wrapped_over_two_lines(sender: str) -> None:
    text = (
        "CÔNG ĐIỆN\nVề việc ứng phó mưa lớn\n\n" + sender + "\n\n- Chủ tịch Ủy ban nhân dân các tỉnh.\n\n"
        "Năm nay mưa lớn kéo dài.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Văn An\n"
    )
    r = extract_text(text)
    assert r.issuer.name == "Bộ Nông nghiệp và Môi trường"
    p = r.provenance["issuer.name"]
    assert p.rule == "telegram-sender"
    assert " ".join(text[p.start : p.end].split()) == "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"


_CV_TAIL = (
    "Số: 120/QLG-TH\n\nHà Nội, ngày 05 tháng 3 năm 2031\n\nV/v hướng dẫn kê khai giá\n\n"
    "Kính gửi: Các doanh nghiệp.\n\nNội dung công văn.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
    "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nLê Văn An\n"
)


@pytest.mark.parametrize(
    "cells",
    [
        "| BỘ Y TẾ CỤC QUẢN LÝ DƯỢC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n\n",
        "BỘ Y TẾ CỤC QUẢN LÝ DƯỢC_____ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\n",
        "BỘ Y TẾ\nCỤC QUẢN LÝ\nDƯỢC\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n",
    ],
)
def test_central_parent_run_into_its_unit_in_one_cell(cells: str) -> None:
    r = extract_text(cells + _CV_TAIL)
    assert (r.issuer.name, r.issuer.parent) == ("Cục Quản lý dược", "Bộ Y tế")


def test_a_central_name_going_on_with_common_words_is_not_cut() -> None:
    r = extract_text("| KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n\n" + _CV_TAIL)
    assert r.issuer.parent is None and r.issuer.name.casefold() == "kiểm toán nhà nước khu vực iv"


_PLAN_TAIL = (
    "Số: 15/KH-ĐKT\n\nHòa An, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra an toàn công trình năm 2026\n\n"
    "Thực hiện Quyết định số 77/QĐ-SXD ngày 01/3/2026.\n\n1. Mục đích\n\nKiểm tra.\n\n"
    "Nơi nhận:\n- Giám đốc Sở;\n- Lưu: VT.\n\nTRƯỞNG ĐOÀN\n\nLê Văn Dũng\n"
)
_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(
    "cells",
    [
        "SỞ XÂY DỰNG\nĐOÀN KIỂM TRA\nTHEO QUYẾT ĐỊNH SỐ 77/QĐ-SXD\n-----\n" + _MOTTO + "\n",
        "SỞ XÂY DỰNG\nĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH\nSỐ 77/QĐ-SXD\n-----\n" + _MOTTO + "\n",
        "SỞ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN KIỂM TRA\nĐộc lập - Tự do - Hạnh phúc\n"
        "THEO QUYẾT ĐỊNH SỐ 77/QĐ-SXD\n\n",
    ],
)
def test_ad_hoc_body_named_by_its_decision_keeps_that_name(cells: str) -> None:
    r = extract_text(cells + _PLAN_TAIL)
    assert r.issuer.name.casefold() == "đoàn kiểm tra theo quyết định số 77/qđ-sxd"
    assert r.issuer.parent == "Sở Xây dựng"
    assert r.number.raw == "15/KH-ĐKT" and r.provenance["number"].rule == "number-cell"


def test_grounds_in_capitals_still_end_the_header() -> None:
    from pipeline.headerzone import is_cell_capitals

    assert is_cell_capitals("THEO QUYẾT ĐỊNH") and is_cell_capitals("THEO QUYẾT ĐỊNH SỐ 77/QĐ-SXD")
    assert not is_cell_capitals("CĂN CỨ LUẬT SỐ 12/2020/QH14;")
    assert not is_cell_capitals("THỰC HIỆN KẾ HOẠCH SỐ 12/KH-UBND NGÀY 5/3/2026 CỦA UBND TỈNH")
    assert not is_cell_capitals("Theo đề nghị của Giám đốc Sở")


_TB_TAIL = (
    "Số: 12/TB-XYZ\n\nHà Nội, ngày 05 tháng 3 năm 2031\n\nTHÔNG BÁO\nVề lãi suất\n\nNội dung.\n\n"
    "KT. THỐNG ĐỐC\nPHÓ THỐNG ĐỐC\n\nLê Văn An\n"
)


@pytest.mark.parametrize(
    ("cells", "issuer"),
    [
        # a converter cut the Quốc hiệu across cells: its pieces are no part of the issuer
        ("| ỦY BAN NHÂN DÂN | TỈNH HÒA AN | CỘNG HÒA XÃ HỘI | CHỦ NGHĨA VIỆT NAM |\n\n", "Ủy ban nhân dân tỉnh Hòa An"),
        ("| BAN CHẤP HÀNH | TRUNG ƯƠNG | ĐẢNG CỘNG SẢN | VIỆT NAM |\n\n", "Ban Chấp hành Trung ương"),
        # … while the issuer's own last line may hold motto words (its own column)
        ("| NGÂN HÀNG NHÀ NƯỚC | CỘNG HÒA XÃ HỘI |\n| VIỆT NAM | CHỦ NGHĨA VIỆT NAM |\n\n", "Ngân hàng Nhà nước Việt Nam"),
        ("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\n-----\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n", "Ngân hàng Nhà nước Việt Nam"),
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ\nXÃ HỘI\n-----\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n",
         "Bộ Lao động - Thương binh và Xã hội"),
    ],
)
def test_pieces_of_a_cut_motto_never_join_the_issuer(cells: str, issuer: str) -> None:
    r = extract_text(cells + _TB_TAIL)
    assert r.issuer.name == issuer


def test_issuer_from_where_the_letter_asks_to_be_answered() -> None:
    """A header-less letter that never names itself as a subject still asks for replies to go
    back to it; the body counts only when of the kind the signature's authority heads."""
    closing = ("Trong quá trình triển khai có gì vướng mắc, đề nghị Quý cơ quan phản hồi về Bộ Giao "
               "thông vận tải để tổng hợp, xử lý./.")
    rec = extract_text(_letter(closing, "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"))
    assert rec.issuer is not None and rec.issuer.name == "Bộ Giao thông vận tải"
    assert rec.provenance["issuer.name"].rule == "reply-to-inferred"
    # a province's committee signs: a ministry to reply to is not the issuer
    other = extract_text(_letter(closing, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"))
    assert other.issuer is None or other.issuer.name != "Bộ Giao thông vận tải"
