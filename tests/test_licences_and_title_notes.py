"""A licence (Giấy phép) and a decision whose title carries notes in brackets, as a PDF's text
layer (pdftotext -layout) gives them: synthetic documents.

A licence is a document of its own kind with its own symbol ("12/GP-UBND"), outside Phụ lục III:
its heading names the type and the trích yếu on one line. An investment decision's title block
ends with notes in small letters ("(cấp lần đầu: ngày …)", "(điều chỉnh lần thứ 03: ngày …)"),
which belong to the trích yếu and give the document no date of its own.
"""

from __future__ import annotations

from pipeline.extractor import extract_text

LICENCE = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH HÀ AN                           Độc lập - Tự do - Hạnh phúc

  Số: 25 /GP-UBND                  Hà An, ngày 21 tháng 7 năm 2031

         GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP

           CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ AN

      Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024;
      Điều 1. Cho phép Công ty cổ phần A sử dụng vật liệu nổ công nghiệp.
      Điều 2. Giấy phép có hiệu lực đến ngày 31/12/2032.

Nơi nhận:                                       KT. CHỦ TỊCH
- Công ty cổ phần A;                            PHÓ CHỦ TỊCH
- Lưu: VT.
                                                Trần Văn An
"""

DECISION = """  ỦY BAN NHÂN DÂN TỈNH HÀ AN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP                Độc lập - Tự do - Hạnh phúc

     Số: 257 /QĐ-BQLKCN

   QUYẾT ĐỊNH CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ
            ĐỒNG THỜI CHẤP THUẬN NHÀ ĐẦU TƯ
                (cấp lần đầu: ngày 31 tháng 7 năm 2020)
           (điều chỉnh lần thứ 03: ngày 10 tháng 9 năm 2031)

        BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HÀ AN

        Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;

                               QUYẾT ĐỊNH:
     Điều 1. Chấp thuận điều chỉnh chủ trương đầu tư dự án.
     Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:                                                 TRƯỞNG BAN
- Như Điều 2;
- Lưu: VT.                                                Lê Văn Bình
"""


def test_a_licence_is_typed_and_titled() -> None:
    rec = extract_text(LICENCE)
    assert rec.doc_type is not None and (rec.doc_type.name, rec.doc_type.code) == ("Giấy phép", "GP")
    assert rec.title == "SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP"
    assert rec.number is not None and rec.number.raw == "25/GP-UBND"


def test_a_title_with_its_bracketed_notes_on_the_type_line() -> None:
    rec = extract_text(DECISION)
    assert rec.doc_type is not None and rec.doc_type.code == "QĐ"
    assert rec.title is not None and rec.title.startswith("CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ")
    assert "(điều chỉnh lần thứ 03: ngày 10 tháng 9 năm 2031)" in rec.title
    # no date line: the notes' dates are not the decision's own
    assert rec.date is None or rec.date.iso is None


def test_a_reissued_decision_cited_with_the_issue_it_means() -> None:
    """"… số 622/QĐ-BQL cấp lần đầu ngày 31/7/2020, … số 503/QĐ-BQL điều chỉnh lần thứ nhất ngày
    19/5/2023 của Ban Quản lý …": which issue stands between the number and its date, which is
    still the cited document's date (and its issuer the one named after)."""
    text = DECISION.replace(
        "        Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;\n",
        "        Căn cứ Quyết định chủ trương đầu tư số 622/QĐ-BQLKCN cấp lần đầu ngày 31/7/2020, Quyết định\n"
        "  số 503/QĐ-BQLKCN điều chỉnh lần thứ nhất ngày 19/5/2023 của Ban Quản lý các khu công nghiệp tỉnh Hà An;\n")
    got = {b.number: (b.date, b.issuer) for b in extract_text(text).legal_bases}
    assert got["622/QĐ-BQLKCN"] == ("2020-07-31", "Ban Quản lý các khu công nghiệp tỉnh Hà An")
    assert got["503/QĐ-BQLKCN"] == ("2023-05-19", "Ban Quản lý các khu công nghiệp tỉnh Hà An")
