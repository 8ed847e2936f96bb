"""Copies an NLP dataset keeps. A word segmenter's output ("Quyết_định về việc thành_lập …",
"năm 2001 ;") is written back as printed before anything reads it (an ordinary document whose
identifiers hold underscores is left alone); a copy that lost its header keeps its title block
and authority line in sentence case."""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize
from pipeline.word_segmented import is_word_segmented

_SEGMENTED = (
    "Quyết_định về việc thành_lập ban chỉ_đạo tổ_chức hội_nghị xúc_tiến đầu_tư năm 2026\n"
    "Thủ_tướng Chính_phủ\n"
    "Căn_cứ Luật Tổ_chức Chính_phủ ngày 25 tháng 12 năm 2001 ;\n"
    "Căn_cứ ý_kiến chỉ_đạo của Thủ_tướng Chính_phủ tại công_văn số 1234/VPCP-QHQT ngày 26 tháng 11 "
    "năm 2025 của Văn_phòng Chính_phủ ;\n"
    "Xét đề_nghị của Bộ_trưởng Bộ Ngoại_giao ,\n"
    "QUYẾT_ĐỊNH :\n"
    "Điều 1 . Thành_lập Ban Chỉ_đạo tổ_chức Hội_nghị ( dưới đây gọi tắt là Ban Chỉ_đạo ) .\n"
    "Điều 2 . Ban Chỉ_đạo có nhiệm_vụ chỉ_đạo , điều_hành , đôn_đốc các Bộ , ngành liên_quan .\n"
    "Điều 3 . Quyết_định này có hiệu_lực thi_hành kể từ ngày ký . Trưởng_ban Chỉ_đạo và Bộ_trưởng Bộ "
    "Ngoại_giao chịu trách_nhiệm thi_hành Quyết_định này .\n"
)


def test_a_segmented_text_is_written_back_as_printed() -> None:
    text = normalize(_SEGMENTED).text
    assert "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;" in text
    assert "Điều 1. Thành lập Ban Chỉ đạo tổ chức Hội nghị (dưới đây gọi tắt là Ban Chỉ đạo)." in text
    assert "_" not in text


def test_a_segmented_decision_yields_its_grounds_and_charged_bodies() -> None:
    rec = extract_text(_SEGMENTED)
    assert [(b.doc_type, b.title, b.date) for b in rec.legal_bases][:1] == [
        ("Luật", "Luật Tổ chức Chính phủ", "2001-12-25")]
    assert rec.legal_bases[1].number == "1234/VPCP-QHQT" and rec.legal_bases[1].issuer == "Văn phòng Chính phủ"
    assert "Bộ trưởng Bộ Ngoại giao" in [u.name for u in rec.responsible_units]


def test_underscores_of_an_ordinary_document_stay() -> None:
    doc = (
        "---\nso_hieu: \"12/KH-UBND\"\nthe_loai: \"KẾ HOẠCH\"\nfile_goc: \"ke_hoach_12.pdf\"\n---\n"
        "ỦY BAN NHÂN DÂN TỈNH HÀ AN\nSố: 12/KH-UBND\nHà An, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Phát triển du lịch\nI. MỤC ĐÍCH\n1. Nâng cao chất lượng dịch vụ du lịch của tỉnh.\n"
    )
    assert not is_word_segmented(doc)
    assert "so_hieu" in normalize(doc).text


def test_a_headerless_copy_in_sentence_case_gives_its_type_title_and_authority() -> None:
    """A dataset's copy that lost the header writes the title block as one line in sentence case
    ("Quyết định về việc thành lập …") and the authority line so too ("Thủ tướng chính phủ" over
    the first ground): the type, the trích yếu and the issuer are read from them."""
    rec = extract_text(
        "Quyết định về việc thành lập ban chỉ đạo hội nghị xúc tiến đầu tư\nThủ tướng chính phủ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nXét đề nghị của Bộ trưởng Bộ Ngoại giao,\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban Chỉ đạo.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
    assert rec.doc_type is not None and rec.doc_type.code == "QĐ"
    assert rec.title == "về việc thành lập ban chỉ đạo hội nghị xúc tiến đầu tư"
    assert rec.issuer is not None and rec.issuer.name == "Thủ tướng Chính phủ"
    # a sentence that opens with a type's name further down is no title block
    body = extract_text("Ủy ban nhân dân tỉnh thông báo.\nQuyết định về việc thành lập ban đã được ký.\n")
    assert body.title != "về việc thành lập ban đã được ký"


def test_a_directives_one_line_title_stops_at_its_body_and_its_enacting_sentence_names_the_issuer() -> None:
    # a dataset's copy of a directive: the type and trích yếu as the first line, the body's first
    # sentence (in sentence case) on the next, "… Bộ_trưởng Bộ Công_Thương chỉ_thị :" over the tasks
    text = ("Chỉ_thị về việc tăng_cường công_tác quản_lý , kiểm_tra bảo_đảm an_toàn trong sản_xuất hóa chất \n"
            "Trong thời_gian gần đây tình_hình sản_xuất , kinh_doanh hoá_chất còn tiềm_ẩn những nguy_cơ . \n"
            "Để bảo_đảm an_toàn , Bộ_trưởng Bộ Công_Thương chỉ_thị : \n"
            "1 . Các Sở Công_Thương tăng_cường công_tác kiểm_tra . \n"
            "2 . Cục Hoá_chất có trách_nhiệm theo_dõi , đôn_đốc thực_hiện Chỉ_thị này . \n")
    rec = extract_text(text)
    assert rec.doc_type is not None and rec.doc_type.code == "CT"
    assert rec.title == "về việc tăng cường công tác quản lý, kiểm tra bảo đảm an toàn trong sản xuất hóa chất"
    assert rec.issuer is not None and rec.issuer.name == "Bộ Công Thương"


def test_a_type_line_with_its_series_number() -> None:
    # "THÔNG BÁO SỐ 01": the series number of a kind issued in a run is no trích yếu; the title
    # is the line under it
    rec = extract_text("TỈNH ĐOÀN HÀ AN\n\nSố: 03-TB/TĐTN\n\nHà An, ngày 26 tháng 12 năm 2027\n\nTHÔNG BÁO SỐ 01\n"
                       "Cuộc thi tìm hiểu lịch sử địa phương năm 2027\n\n"
                       "Thực hiện Kế hoạch của Tỉnh đoàn, Ban Thường vụ Tỉnh đoàn thông báo như sau:\n\n"
                       "1. Các huyện đoàn tăng cường tuyên truyền về cuộc thi.\n")
    assert rec.doc_type is not None and rec.doc_type.code == "TB"
    assert rec.title == "Cuộc thi tìm hiểu lịch sử địa phương năm 2027"
