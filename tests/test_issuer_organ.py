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
