"""A Party body's document as a knowledge base stores it: synthetic documents.

The store writes YAML front matter, the document's title as a heading, a metadata line and its
own summary, then the document's text as its PDF gave it, inside a code fence. That text has the
Party header (the body's name over a lone star, "Số -TB/ĐU" left blank for the clerk, the
Party's motto in place of the Quốc hiệu), spaces lost after tone-marked vowels ("vềcơ cấu",
"Chủtịch") and an e-signature's stamp (the body and the time) under the signer's name. The
document starts at its own header (pipeline/segment.py, the Party's motto read as the Quốc
hiệu); the lone star opens no styled run (pipeline/normalize.py); the glued syllables get their
spaces back.
"""

from __future__ import annotations

from pipeline.extractor import extract_text
from pipeline.normalize import normalize

WRAPPED = """---
stt: 12
the_loai: "THÔNG BÁO"
so_hieu: "41-TB/ĐU"
ngay_ban_hanh: "ngày 02/3/2031"
trich_yeu: "THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ về công tác chuẩn bị đại hội"
---

# THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ về công tác chuẩn bị đại hội

**Số hiệu:** 41-TB/ĐU | **Ngày ban hành:** ngày 02/3/2031 | **Lĩnh vực:** Xây dựng Đảng

### 1. Tóm tắt
Ban Thường vụ Đảng uỷ họp cho ý kiến vềcông tác chuẩn bị đại hội; giao các chi bộ triển khai.

### 2. Toàn văn

```text
ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG UỶ XÃ TÂN HÀ
*
Số -TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hà, ngày tháng 3 năm 2031
THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ
vềcông tác chuẩn bịđại hội chi bộ nhiệm kỳ2031 – 2033
-----
Ngày 28/02/2031, Ban Thường vụ Đảng uỷ họp nghe Ban Xây dựng Đảng báo cáo vềcông tác chuẩn
bịđại hội chi bộ. Sau khi nghe báo cáo, Ban Thường vụ Đảng uỷ kết luận như sau:
1. Giao Ban Xây dựng Đảng hướng dẫn các chi bộ xây dựng báo cáo chính trị, hoàn thành trước
ngày 20/3/2031.
2. Đềnghị đồng chí Chủtịch Uỷban nhân dân xã bố trí kinh phí phục vụ đại hội.
Nơi nhận:
- Các chi bộ trực thuộc,
- Ban Xây dựng Đảng,
- Lưu VPĐU.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Trần Văn Bình
ĐẢNG UỶ XÃ TÂN HÀ
02-03-2031 10:15:40 +07:00
```
"""


def test_the_document_in_the_fence_has_its_own_header() -> None:
    r = extract_text(WRAPPED).model_dump()
    assert r["doc_type"]["code"] == "TB"
    assert r["number"] == {"raw": "-TB/ĐU", "seq": None, "symbol": "TB/ĐU"}
    assert (r["date"]["year"], r["date"]["month"], r["date"]["day"]) == (2031, 3, None)
    assert r["place"] == "Tân Hà"
    assert r["issuer"]["name"] == "Đảng ủy xã Tân Hà"
    assert r["title"].startswith("KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY về công tác chuẩn bị đại hội")
    assert r["signer"]["name"] == "Trần Văn Bình"
    assert r["signer"]["position"] == "Phó Bí thư"


def test_lone_star_under_the_party_body_opens_no_styled_run() -> None:
    # a star alone on its line is the header's ornament: the lines under it stay lines
    src = WRAPPED[WRAPPED.index("```text") + 8 : WRAPPED.rindex("```")] + "\n"  # (a blank line ends it)
    out = normalize(src).text
    assert "Số -TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Hà" in out


NOTICE = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG UỶ XÃ TÂN HÀ
*
Số -TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hà, ngày 20 tháng 11 năm 2031
THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ
về một số nội dung cuộc họp ngày 18/11/2031
-----
Ngày 18/11/2031, Thường trực Đảng uỷ họp nghe báo cáo và cho ý kiến về các nội dung sau.
2. Về Đề án thành lập Trung tâm Dịch vụ công xã
Thường trực Đảng uỷ thống nhất chủ trương thành lập Trung tâm Dịch vụ công xã theo Tờ trình số 26-TTr/ĐU ngày 13/11/2031 của Đảng uỷ UBND
xã. Đề nghị Đảng uỷ UBND xã tiếp thu các ý kiến góp ý của các đồng chí bổ sung,
hoàn thiện Đề án trình Ban Thường vụ Đảng uỷ trước ngày 01/12/2031. Đồng thời
tiếp tục rà soát chức năng, nhiệm vụ.
Nơi nhận:
- Lưu VPĐU.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Trần Văn Bình
"""


def test_deadline_after_a_topic_heading_run_into_its_text() -> None:
    # the wrapped lines join the topic's heading to the text under it ("2. Về Đề án … Thường trực
    # … thống nhất …. Đề nghị … trước ngày …"): the topic ends at the sentence's end, the
    # deadline set after it is an item; the submission cited inside the topic is none
    items = [(t["start"], t["end"]) for t in extract_text(NOTICE).model_dump()["timeline"]]
    assert (None, "2031-12-01") in items
    assert not any(e == "2031-11-13" for _s, e in items)


# a Party committee's letter: its header (the trích yếu under the number, no "V/v"), its
# addressees and first task, its closing — shared by the letters below
_LETTER_HEAD = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG UỶ XÃ TÂN HÀ
*
Số 41-CV/ĐU
"""
_LETTER_OPENING = """ĐẢNG CỘNG SẢN VIỆT NAM
Tân Hà, ngày 05 tháng 3 năm 2031
Kính gửi: - Ủy ban nhân dân xã,
- Các cơ quan tham mưu, giúp việc Đảng uỷ.
Thực hiện Chương trình hành động số 12-CTr/TU ngày 27/02/2031 của Ban Chấp hành Đảng bộ tỉnh, Thường trực Đảng uỷ có ý kiến chỉ đạo như sau:
- Giao Ủy ban nhân dân xã chủ trì tham mưu xây dựng Chương trình hành động, trình Thường trực Đảng uỷ trước ngày 12/3/2031.
"""
_LETTER_CLOSING = """Nơi nhận:
- Như trên,
- Lưu VPĐU.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Lê Thị Hoa
"""

LETTER = (_LETTER_HEAD + "Triển khai thực hiện\nChương trình hành động số 12-CTr/TU\ncủa Ban Chấp hành Đảng bộ tỉnh\n"
          + _LETTER_OPENING + _LETTER_CLOSING)


def test_party_letter_trich_yeu_under_its_number_without_vv() -> None:
    r = extract_text(LETTER).model_dump()
    assert r["doc_type"]["code"] == "CV" and r["number"]["raw"] == "41-CV/ĐU"
    assert r["title"] == "Triển khai thực hiện Chương trình hành động số 12-CTr/TU của Ban Chấp hành Đảng bộ tỉnh"
    assert r["date"]["iso"] == "2031-03-05" and r["place"] == "Tân Hà"


TASKED = (
    _LETTER_HEAD + "Triển khai thực hiện Chương trình hành động số 12-CTr/TU\n" + _LETTER_OPENING
    + "- Giao Ban Xây dựng Đảng:\n"
    "+ Tham mưu Ban Thường vụ Đảng uỷ Kế hoạch tuyên truyền Chương trình hành động số 12-CTr/TU.\n"
    "+ Chủ trì, phối hợp với các cơ quan tham mưu tham mưu Chương trình hành động; trình Thường trực Đảng uỷ "
    "trước ngày 12/3/2031.\n"
    "- Giao Văn phòng Đảng uỷ tổng hợp các nội dung, trình Thường trực Đảng uỷ trước ngày 15/3/2031.\n"
    + _LETTER_CLOSING
)


def test_unit_before_a_colon_gets_the_items_under_it() -> None:
    # "- Giao Ban Xây dựng Đảng:" then "+ …" items: the unit's tasks are those items
    units = {u["name"]: u["tasks"] for u in extract_text(TASKED).model_dump()["responsible_units"]}
    assert list(units) == ["Ủy ban nhân dân xã", "Ban Xây dựng Đảng", "Văn phòng Đảng ủy"]
    assert units["Ban Xây dựng Đảng"][0].startswith("Tham mưu Ban Thường vụ Đảng ủy Kế hoạch tuyên truyền")


def test_motto_under_a_party_letters_trich_yeu_is_its_own_line() -> None:
    # the trích yếu's last line ends in small letters; the motto after it opens its own cell
    src = ("ĐẢNG BỘ TỈNH LÂM ĐỒNG\nĐẢNG UỶ XÃ TÂN HÀ\n*\nSố 41-CV/ĐU\nKhẩn trương chuẩn bị các điều kiện\n"
           "phục vụ đoàn công tác của tỉnh tại xã\nĐẢNG CỘNG SẢN VIỆT NAM\n\nTân Hà, ngày 05 tháng 3 năm 2031\n")
    out = normalize(src).text
    assert "tại xã\nĐẢNG CỘNG SẢN VIỆT NAM" in out


def test_a_conclusions_title_in_capitals_run_into_its_subject_is_whole() -> None:
    """"KẾT LUẬN" / "HỘI NGHỊ LẦN THỨ BA" / "BAN CHẤP HÀNH … KHÓA XIV" / "về bảo vệ …": the
    committee's name is the title's second line (a scan's text runs it into the subject in small
    letters), not the authority line."""
    doc = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 75-KL/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 28 tháng 7 năm 2031\n\n"
           "KẾT LUẬN\nHỘI NGHỊ LẦN THỨ BA\nBAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIV\n"
           "về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu\ntrong thời kỳ mới\n\n"
           "I- BỐI CẢNH, TÌNH HÌNH\nSau hơn 13 năm thực hiện Nghị quyết số 24-NQ/TW, công tác đạt kết quả.\n")
    assert extract_text(doc).title == ("HỘI NGHỊ LẦN THỨ BA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIV về bảo vệ môi "
                                       "trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới")
