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


_STEERING_DECISION = """UBND TỈNH SÔNG BẠC
BAN CHỈ ĐẠO
VỀ PHÁT TRIỂN KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-BCĐ\tSông Bạc, ngày 05 tháng 8 năm 2031
QUYẾT ĐỊNH
Về việc thành lập Tổ giúp việc về Cải cách hành chính tỉnh Sông Bạc
TRƯỞNG BAN CHỈ ĐẠO TỈNH VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ giúp việc về Cải cách hành chính tỉnh Sông Bạc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TRƯỞNG BAN
CHỦ TỊCH UBND TỈNH
Trần Văn Mười
"""


def test_a_committee_named_by_abbreviated_fields_and_its_long_authority_line() -> None:
    # abbreviations listed with commas keep their capitals to be expanded ("KHCN, ĐMST, CĐS");
    # the authority line in capitals, however long, is no part of the trích yếu above it
    r = extract_text(_STEERING_DECISION)
    assert r.issuer is not None
    assert r.issuer.name == "Ban Chỉ đạo về phát triển Khoa học và Công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"
    assert r.title == "Về việc thành lập Tổ giúp việc về Cải cách hành chính tỉnh Sông Bạc"
