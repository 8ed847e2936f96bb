"""A body's standing organ named by its kind alone under the body in the header ("ỦY BAN MTTQ
VIỆT NAM" / "XÃ A" / "BAN THƯỜNG TRỰC"): the issuer is the organ of that body, named in full; the
body stays its parent (synthetic plan of an invented commune)."""

from __future__ import annotations

from pipeline.extractor import extract_text

PLAN = """ỦY BAN MTTQ VIỆT NAM
XÃ SÔNG BẠC
BAN THƯỜNG TRỰC

Số:      /KH-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sông Bạc, ngày 10 tháng 12 năm 2031

KẾ HOẠCH
Tiếp công dân trong thời gian bầu cử

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm tiếp công dân kịp thời.

II. TỔ CHỨC THỰC HIỆN
1. Ban Công tác Mặt trận các thôn tuyên truyền đến Nhân dân.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Lê Thị Vân
"""


def test_the_organ_is_named_with_its_body():
    r = extract_text(PLAN)
    assert r.issuer is not None
    assert r.issuer.name.casefold() == "ban thường trực ủy ban mặt trận tổ quốc việt nam xã sông bạc"
    assert r.issuer.parent is not None and r.issuer.parent.casefold().startswith("ủy ban mặt trận tổ quốc")


def test_a_body_with_its_own_name_keeps_it():
    r = extract_text(PLAN.replace("BAN THƯỜNG TRỰC\n\nSố:", "BAN CÔNG TÁC MẶT TRẬN THÔN ĐÔNG\n\nSố:"))
    assert r.issuer is not None and not r.issuer.name.casefold().startswith("ban thường trực")


def test_the_office_of_the_body_above_it():
    r = extract_text(PLAN.replace("ỦY BAN MTTQ VIỆT NAM\nXÃ SÔNG BẠC\nBAN THƯỜNG TRỰC", "UBND TỈNH SÔNG BẠC\nVĂN PHÒNG"))
    assert r.issuer is not None and r.issuer.name == "Văn phòng Ủy ban nhân dân tỉnh Sông Bạc"


INVITATION = """ỦY BAN NHÂN DÂN
TỈNH SÔNG BẠC
Số:              /GM-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
        Sông Bạc, ngày      tháng 3 năm 2031
GIẤY MỜI
Thực hiện Công điện số 503/CĐ-VPCP ngày 19/3/2031 của Văn phòng Chính phủ về phiên họp (gửi kèm theo);
Ủy ban nhân dân tỉnh trân trọng kính mời:
1. Chủ trì: Lãnh đạo UBND tỉnh.
2. Thành phần mời: Giám đốc Sở Nội vụ.
3. Thời gian: 14 giờ 00 ngày 23/3/2031.
Nơi nhận:
- Như thành phần mời;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Đỗ Tấn Sương
"""


def test_an_invitation_has_no_trich_yeu_when_a_ground_follows_its_type_line():
    r = extract_text(INVITATION)
    assert r.doc_type is not None and r.doc_type.code == "GM"
    assert r.title is None
    assert any(lb.number == "503/CĐ-VPCP" for lb in r.legal_bases)
