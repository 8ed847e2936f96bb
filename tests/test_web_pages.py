"""Web pages of legal databases and portals (issue 15): the document inside the page, the
page's properties table as a fallback, the page's own headings never the document's.

The pages in ``tests/web_pages/`` are synthetic: invented bodies, names and numbers, laid out
the way such sites lay out a document (a long agency menu before the text, tabs, a status
box, a heading that names another document, a sidebar of other documents, a properties table
in two label/value columns or as a list of spans, a page of properties around a linked scan).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extractor import extract_file, extract_text
from pipeline.formats.html import read_page
from pipeline.formats.webpage import class_words
from pipeline.ingest import read_document
from pipeline.page_meta import RULE, read_pairs

PAGES = Path(__file__).parent / "web_pages"


def _rec(name: str):
    return extract_file(PAGES / name)


def _page(body: str) -> str:
    return f"<html><head><meta charset='utf-8'><title>Trang</title></head><body>{body}</body></html>"


HEADER = (
    "<table><tr><td><b>ỦY BAN NHÂN DÂN<br>XÃ AN THẠNH</b></td>"
    "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
    "<tr><td>Số: 45/KH-UBND</td><td><i>An Thạnh, ngày 03 tháng 3 năm 2026</i></td></tr></table>"
)
BODY = (
    "<p><b>KẾ HOẠCH</b></p><p><b>Tổ chức Ngày hội đọc sách năm 2026</b></p>"
    "<p>Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân huyện;</p>"
    "<p>I. MỤC ĐÍCH, YÊU CẦU</p><p>Khuyến khích Nhân dân đọc sách.</p>"
    "<table><tr><td><b>Nơi nhận:</b><br>- Các thôn;<br>- Lưu: VT.</td>"
    "<td><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br>Đỗ Văn Lâm</b></td></tr></table>"
)


# ------------------------------------------------------------------ whole pages (fixtures)


def test_a_document_behind_a_long_agency_menu_keeps_its_header():
    """Hundreds of menu lines before the text pushed the header out of the segmenter's reach;
    the document's container is read alone."""
    r = _rec("legaldb_fulltext.html")
    assert (r.doc_type.code, r.number.raw, r.date.iso, r.place) == ("NQ", "27/2026/NQ-HĐND", "2026-01-16", "Bình Lương")
    assert r.issuer.name == "Hội đồng nhân dân tỉnh Bình Lương"
    assert r.title.startswith("QUY ĐỊNH MỨC CHI HỖ TRỢ")
    assert r.signer.name == "Trần Minh Khôi"
    assert [b.title for b in r.legal_bases][:2] == ["Luật Tổ chức chính quyền địa phương", "Luật Hòa giải ở cơ sở"]
    text, meta = read_page((PAGES / "legaldb_fulltext.html").read_text(encoding="utf-8"))
    assert meta is None
    assert text.startswith("HỘI ĐỒNG NHÂN DÂN")
    for chrome in ("Trang chủ", "Văn bản mới", "14/2024/NQ-HĐND", "Ý kiến bạn đọc", "Bản quyền", "Thuộc tính",
                   "Sở An Phước", "Còn hiệu lực"):
        assert chrome not in text, chrome


def test_the_page_heading_naming_another_document_is_never_the_title():
    r = _rec("portal_directive.html")
    assert r.title == "Về việc tăng cường công tác phòng, chống thiên tai mùa mưa bão năm 2026"
    assert (r.doc_type.code, r.number.raw, r.issuer.name) == ("CT", "11/CT-UBND", "Ủy ban nhân dân tỉnh Hòa Vân")
    text, _ = read_page((PAGES / "portal_directive.html").read_text(encoding="utf-8"))
    assert "03/CT-UBND" not in text  # the heading names an older directive
    assert text.count("CHỈ THỊ") == 1  # the page's category word is gone, the type line stays
    assert "Kế hoạch tổ chức Hội chợ" not in text and "KẾ HOẠCH" not in text


def test_a_page_of_properties_around_a_linked_scan_is_the_document_of_its_table():
    r = _rec("legaldb_properties.html")
    assert r.is_document
    assert (r.doc_type.code, r.number.raw, r.date.iso) == ("QĐ", "1187/QĐ-UBND", "2026-03-09")
    assert r.issuer.name == "Ủy ban nhân dân tỉnh Hòa Vân"
    assert (r.signer.name, r.signer.position) == ("Lê Thị Ngọc Hà", "Phó Chủ tịch")
    assert r.title == "Ban hành Quy chế phối hợp quản lý nhà nước đối với các cụm công nghiệp trên địa bàn tỉnh"
    decoded = read_document(PAGES / "legaldb_properties.html").text
    for path, value in (("number", "1187/QĐ-UBND"), ("date", "09/03/2026"), ("signer.name", "Lê Thị Ngọc Hà")):
        p = r.provenance[path]
        assert p.rule == RULE and p.raw_confidence is not None and p.raw_confidence <= 0.6
        assert decoded[p.src_start : p.src_end] == value  # the span is the table's line
    # the page's heading (the site's name for the document) is not in the text
    assert "năm 2026 về Quy chế" not in decoded


def test_the_table_fills_only_what_the_text_lacks():
    """The text lost its header (no number, no date): those come from the table; type, title,
    issuer and signer are the document's own."""
    r = _rec("lawlibrary_lost_header.html")
    assert (r.number.raw, r.date.iso) == ("2051/QĐ-UBND", "2025-11-17")
    assert r.provenance["number"].rule == RULE and r.provenance["date"].rule == RULE
    assert r.doc_type.code == "QĐ" and r.provenance["doc_type"].rule != RULE
    assert r.title.startswith("VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ") and r.provenance["title"].rule != RULE
    assert r.signer.name == "Phạm Quốc Bảo" and r.provenance["signer.name"].rule != RULE
    assert all("1520" not in (b.number or "") for b in r.legal_bases)  # the heading's document
    text, _ = read_page((PAGES / "lawlibrary_lost_header.html").read_text(encoding="utf-8"))
    assert "Mục lục" not in text and "Văn bản liên quan" not in text


def test_properties_as_a_list_of_spans_and_the_category_heading():
    text, meta = read_page((PAGES / "gazette_list_props.html").read_text(encoding="utf-8"))
    assert meta is not None
    got = {f.key: f.value for f in meta.fields}
    assert got["number"] == "31/2026/TT-BNNMT" and got["signer"] == "Hoàng Văn Dũng"
    assert got["issuer"] == "Bộ Nông nghiệp và Môi trường" and got["doc_type"] == "Thông tư"
    body, _, block = text.partition("\n\nSố ký hiệu: ")
    assert body.startswith("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") and "12/2019" not in text
    assert "Văn bản cùng số công báo" not in text and "Đăng nhập" not in text
    r = _rec("gazette_list_props.html")
    assert r.title == "Sửa đổi, bổ sung một số điều về kiểm dịch động vật thủy sản nhập khẩu"
    assert all(p.rule != RULE for p in r.provenance.values())  # the text gave every header field


def test_a_page_around_no_document_degrades_to_its_text():
    text, meta = read_page((PAGES / "news_article.html").read_text(encoding="utf-8"))
    assert meta is None
    assert text.startswith("Tỉnh Tân Sơn đẩy mạnh chuyển đổi số")  # headings kept: nothing recognised
    assert "Tin liên quan" not in text and "Bản quyền" not in text  # chrome dropped all the same
    assert not _rec("news_article.html").is_document


# ------------------------------------------------------------------ mechanisms (inline pages)


def test_chrome_by_tag_role_and_class_word():
    page = _page(
        "<header><p>Tin tức | Văn bản | Hỏi đáp</p></header>"
        "<div role='navigation'>Giới thiệu</div><div class='breadcrumb'>Trang chủ / Văn bản</div>"
        "<div id='siteFooter'>Liên hệ quảng cáo</div><div class='box-binhluan'>Bình luận</div>"
        f"<div class='doc'>{HEADER}{BODY}</div><aside>Tin nổi bật</aside><footer>Bản quyền</footer>"
    )
    text, _ = read_page(page)
    for gone in ("Hỏi đáp", "Giới thiệu", "Trang chủ", "Liên hệ quảng cáo", "Bình luận", "Tin nổi bật", "Bản quyền"):
        assert gone not in text, gone
    assert text.startswith("ỦY BAN NHÂN DÂN") and text.rstrip().endswith("Đỗ Văn Lâm")
    assert class_words(type("E", (), {"get": lambda self, k: {"class": "siteHeader main_nav"}.get(k)})()) == [
        "site", "header", "main", "nav"]


def test_a_wrapper_carrying_a_chrome_word_is_kept_when_it_holds_the_document():
    text, _ = read_page(_page(f"<div class='page has-sidebar'><header>{HEADER}</header>{BODY}</div>"))
    assert "Số: 45/KH-UBND" in text and "Đỗ Văn Lâm" in text
    # nothing recognised: a wrapper holding most of the page is no chrome either
    plain = _page("<div class='layout-sidebar'><p>Một đoạn văn bản dài không có dấu hiệu văn bản hành chính.</p>"
                  "<p>Đoạn thứ hai của trang.</p></div><div class='menu'>Mục</div>")
    assert read_page(plain)[0] == "Một đoạn văn bản dài không có dấu hiệu văn bản hành chính.\n\nĐoạn thứ hai của trang."


def test_headings_before_the_document():
    """The page's heading goes; an issuing body's name set as a heading stays; a heading after
    the header (a converter's type line) stays."""
    page = _page(
        "<div><h1>Kế hoạch 7/KH-UBND năm 2019 về phong trào đọc sách</h1>"
        "<h3>ỦY BAN NHÂN DÂN XÃ AN THẠNH</h3><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
        "<p>Số: 45/KH-UBND</p><p>An Thạnh, ngày 03 tháng 3 năm 2026</p><h2>KẾ HOẠCH</h2>"
        "<h3>Tổ chức Ngày hội đọc sách năm 2026</h3><p>Nơi nhận:</p><p>- Lưu: VT.</p></div>"
    )
    text, _ = read_page(page)
    assert "7/KH-UBND" not in text
    assert text.startswith("ỦY BAN NHÂN DÂN XÃ AN THẠNH")
    assert "KẾ HOẠCH\n\nTổ chức Ngày hội đọc sách năm 2026" in text
    rec = extract_text(text)
    assert rec.title == "Tổ chức Ngày hội đọc sách năm 2026" and rec.doc_type.code == "KH"


def test_lists_of_links_around_the_document_go_but_links_inside_it_stay():
    links = "".join(f"<li><a href='/{k}'>Quyết định {k}/QĐ-UBND về việc khác</a></li>" for k in range(5))
    page = _page(
        f"<div><ul>{links}</ul>{HEADER}"
        "<p><b>KẾ HOẠCH</b></p><p>Căn cứ <a href='/x'>Luật Thư viện ngày 21 tháng 11 năm 2019</a>;</p>"
        f"<p>Nơi nhận:</p><p>- Lưu: VT.</p><ul>{links}</ul></div>"
    )
    text, _ = read_page(page)
    assert "việc khác" not in text
    assert "Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;" in text


def test_a_header_without_closing_grows_over_its_body():
    """Only the header's cues (no grounds, articles or Nơi nhận): the container widens from the
    header to the body beside it, not to the sidebar of links."""
    side = "".join(f"<li><a href='/{k}'>Thông báo số {k}</a></li>" for k in range(6))
    page = _page(
        f"<div class='row'><div class='col-8'><div class='hdr'>{HEADER}</div>"
        "<div class='txt'><p><b>THÔNG BÁO</b></p><p>Về lịch tiếp công dân tháng 3</p>"
        "<p>Chủ tịch Ủy ban nhân dân xã tiếp công dân vào thứ Hai hằng tuần.</p></div></div>"
        f"<div class='col-4'><ul>{side}</ul></div></div>"
    )
    text, _ = read_page(page)
    assert "tiếp công dân vào thứ Hai" in text and "Thông báo số 3" not in text


def test_a_data_table_headed_by_labels_is_no_properties_table():
    table = ("<table border='1'><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Cơ quan ban hành</th></tr>"
             "<tr><td>12/QĐ-UBND</td><td>01/02/2026</td><td>Về việc thành lập tổ công tác</td><td>UBND xã</td></tr></table>")
    text, meta = read_page(_page(f"{HEADER}<p><b>KẾ HOẠCH</b></p><p>Danh mục văn bản:</p>{table}"))
    assert meta is None
    assert "12/QĐ-UBND | 01/02/2026" in text


def test_a_disagreeing_table_never_overrides_the_text_and_its_lines_are_furniture(tmp_path: Path):
    props = ("<table><tr><td>Số hiệu:</td><td>99/KH-UBND</td><td>Ngày ban hành:</td><td>01/01/2025</td></tr>"
             "<tr><td>Loại văn bản:</td><td>Quyết định</td><td>Người ký:</td><td>Người Khác Tên</td></tr>"
             "<tr><td>Nơi ban hành:</td><td>UBND huyện Khác</td><td>Ngày hiệu lực:</td><td>15/03/2026</td></tr></table>")
    f = tmp_path / "p.html"
    f.write_text(_page(props + HEADER + BODY), encoding="utf-8")
    r = extract_file(f)
    assert (r.number.raw, r.date.iso, r.doc_type.code) == ("45/KH-UBND", "2026-03-03", "KH")
    assert r.signer.name == "Đỗ Văn Lâm" and r.issuer.name == "Ủy ban nhân dân xã An Thạnh"
    assert all(p.rule != RULE for p in r.provenance.values())
    # the table's dates and names are no timeline item, recipient or legal basis
    assert all(t.start not in ("2025-01-01", "2026-03-15") for t in r.timeline)
    assert all("Khác" not in x for x in r.recipients)
    assert all(b.number != "99/KH-UBND" for b in r.legal_bases)


def test_a_defaulted_type_yields_to_the_table(tmp_path: Path):
    """A numbered text with no type name is a công văn only by default: the table's type wins."""
    props = ("<ul><li>Số hiệu: 8/UBND</li><li>Loại văn bản: Báo cáo</li><li>Ngày ban hành: 05/03/2026</li>"
             "<li>Người ký: Đỗ Văn Lâm</li></ul>")
    doc = ("<p>ỦY BAN NHÂN DÂN XÃ AN THẠNH</p><p>Số: 8/UBND</p>"
           "<p>Kết quả thực hiện nhiệm vụ tháng 02 năm 2026 của xã như sau:</p>"
           "<p>1. Hoàn thành thu ngân sách theo kế hoạch.</p><p>Nơi nhận:</p><p>- Lưu: VT.</p>")
    f = tmp_path / "p.html"
    f.write_text(_page(props + doc), encoding="utf-8")
    r = extract_file(f)
    assert r.doc_type.code == "BC" and r.provenance["doc_type"].rule == RULE
    assert r.date.iso == "2026-03-05" and r.provenance["date"].rule == RULE


def test_read_pairs_label_layouts():
    rows = [
        ["Tên văn bản dài của cơ sở dữ liệu về quy chế"],
        ["Số ký hiệu", "5/2026/QĐ-UBND", "Ngày ban hành", "02/01/2026"],
        ["Cơ quan ban hành/ Chức danh/ Người ký", "UBND tỉnh", "Chủ tịch", "Ngô Văn B"],
        ["Người ký: Ngô Văn B"],
        ["Số ký hiệu", "Ngày ban hành"],  # labels without values: no pairs
        ["Nguồn thu thập", "Ngày đăng công báo", "05/03/2026"],  # a label whose value cell is missing
    ]
    got = read_pairs(rows)
    assert got[0] == ("title", "", "Tên văn bản dài của cơ sở dữ liệu về quy chế")
    assert ("number", "Số ký hiệu", "5/2026/QĐ-UBND") in got
    assert ("issuer", "Cơ quan ban hành", "UBND tỉnh") in got
    assert ("position", "Chức danh", "Chủ tịch") in got
    assert ("signer", "Người ký", "Ngô Văn B") in got
    assert ("gazette_date", "Ngày đăng công báo", "05/03/2026") in got
    assert len(got) == 8


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_fixture_pages_never_take_a_header_field_from_chrome(name: str):
    """No number, title or legal basis of any fixture comes from the page around the document
    (the names and numbers the fixtures' chrome uses)."""
    r = _rec(name)
    chrome_numbers = ("14/2024", "1520/QĐ", "03/CT-UBND", "12/2019", "301/QĐ", "88/TB")
    values = [r.title or "", (r.number.raw if r.number else "")] + [b.number or "" for b in r.legal_bases]
    assert not any(n in v for v in values for n in chrome_numbers)


def test_properties_in_a_hidden_tab_are_read_but_never_shown():
    props = ("<div id='tab-props' style='display:none'><table>"
             "<tr><td>Số hiệu:</td><td>45/KH-UBND</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>"
             "<tr><td>Người ký:</td><td>Đỗ Văn Lâm</td><td>Ngày ban hành:</td><td>03/03/2026</td></tr></table></div>")
    text, meta = read_page(_page(f"<div class='content'>{HEADER}{BODY}</div>{props}"))
    assert meta is not None and {f.key for f in meta.fields} == {"number", "doc_type", "signer", "date"}
    body = text[: meta.start]
    assert "Số hiệu" not in body and body.rstrip().endswith("Đỗ Văn Lâm")


def _wrap_portal(inner: str) -> str:
    """A portal page: today's date, a category word and a heading naming another document
    above the post, a sidebar box of links headed by a type word."""
    side = "".join(f"<li><a href='/k{k}'>Kế hoạch số {k} của huyện</a></li>" for k in range(4))
    return _page(
        "<div class='row'><p>Thứ năm, ngày 4 tháng 12 năm 2026</p></div><div class='row'><div class='col-9'>"
        "<div class='post'><div class='post-cat'>THÔNG BÁO</div>"
        "<h1>Quyết định 88/QĐ-UBND năm 2019 phê duyệt đề án phát triển du lịch</h1>"
        f"<div class='post-body'>{inner}</div></div></div>"
        f"<div class='col-3'><div class='panel'><div class='panel-heading'>KẾ HOẠCH</div><ul>{side}</ul></div></div></div>"
    )


def test_an_unrecognised_page_loses_only_its_own_labels():
    """No document cue at all (an encyclopedia page): the text stays, less the category word,
    the heading naming a document and the sidebar box's type word, which would make it look
    like a thông báo."""
    inner = "<p>Nguyễn Văn Tư là một nhà giáo.</p><p>Ông sinh năm 1930 tại làng Phú Mỹ.</p>"
    text, _ = read_page(_wrap_portal(inner))
    assert "Nguyễn Văn Tư là một nhà giáo." in text and "Ông sinh năm 1930" in text
    assert "THÔNG BÁO" not in text and "KẾ HOẠCH" not in text and "88/QĐ-UBND" not in text
    assert not extract_text(text).is_document


def test_a_letter_that_lost_its_header_is_found_by_its_opening_and_body():
    inner = ("<p>Kính gửi: Các thôn, tổ dân phố.</p>"
             "<p>Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân huyện;</p>"
             "<p>Đề nghị các thôn tổ chức Ngày hội đọc sách.</p><p>Nơi nhận:</p><p>- Như trên;</p><p>- Lưu: VT.</p>"
             "<p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Đỗ Văn Lâm</p>")
    text, _ = read_page(_wrap_portal(inner))
    assert text.startswith("Kính gửi: Các thôn, tổ dân phố.") and text.rstrip().endswith("Đỗ Văn Lâm")
    r = extract_text(text)
    assert r.doc_type.code == "CV" and r.title is None  # not the category's type, not the heading
    assert r.recipients == ["Các thôn, tổ dân phố"]


def test_a_decision_that_lost_its_header_keeps_its_title_block():
    inner = ("<p><b>QUYẾT ĐỊNH</b></p><p><b>Về việc thành lập Ban tổ chức Ngày hội đọc sách</b></p>"
             "<p><b>CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN THẠNH</b></p>"
             "<p>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;</p><p>QUYẾT ĐỊNH:</p>"
             "<p>Điều 1. Thành lập Ban tổ chức.</p><p>Điều 2. Quyết định này có hiệu lực kể từ ngày ký.</p>"
             "<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>CHỦ TỊCH</p><p>Đỗ Văn Lâm</p>")
    text, _ = read_page(_wrap_portal(inner))
    assert text.startswith("QUYẾT ĐỊNH\n\nVề việc thành lập Ban tổ chức")
    r = extract_text(text)
    assert r.doc_type.code == "QĐ" and r.title == "Về việc thành lập Ban tổ chức Ngày hội đọc sách"


SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_a_seed_behind_site_chrome_reads_as_the_seed_itself(seed: str):
    """A document set in a legal database's page (a long agency menu, a heading naming another
    document, tabs, status box, sidebar, footer) gives the record its plain text gives."""
    import html as html_lib

    plain = (SEEDS / seed).read_text(encoding="utf-8")
    paras = [p for p in plain.split("\n\n") if p.strip()]
    doc = "".join("<p>" + "<br>".join(html_lib.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    menu = "".join(f"<li><a href='/dv{k}'>Ủy ban nhân dân xã số {k}</a></li>" for k in range(450))
    page = _page(
        f"<div id='siteHeader'><a href='/'>CƠ SỞ DỮ LIỆU</a></div><div class='left'><ul>{menu}</ul></div>"
        "<div class='main'><h1>Nghị quyết 14/2024/NQ-HĐND quy định mức chi khác</h1>"
        "<div class='vbInfo'><ul><li>Hiệu lực: Còn hiệu lực</li><li>Ngày có hiệu lực: 01/02/2026</li></ul></div>"
        "<div class='tabs'><ul><li><a href='#'>Toàn văn</a></li><li><a href='#'>Thuộc tính</a></li>"
        f"<li><a href='#'>Tải về</a></li></ul></div><div class='toanvancontent'>{doc}</div></div>"
        "<div id='footer'>Bản quyền thuộc Sở Tư pháp</div>"
    )
    want = extract_text(plain).contract_dict()
    text, _ = read_page(page)
    got = extract_text(text).contract_dict()
    for key in ("doc_type", "number", "date", "place", "issuer", "title", "signer"):
        assert got[key] == want[key], key
    assert [b["number"] for b in got["legal_bases"]] == [b["number"] for b in want["legal_bases"]]


def test_an_article_quoting_a_blank_form_is_read_whole():
    """A question-and-answer page that sets a blank form (Quốc hiệu, Số:, type line) inside its
    prose is an article: the form is not cut out as the page's document (whether the whole is
    a document is the classifier's to say, on the whole text)."""
    prose = "".join(f"<p>Theo quy định hiện hành, đoạn giải thích số {k} về thủ tục hoãn phiên họp và các lưu ý "
                    "khi điền mẫu cho người đọc tham khảo trong thực tế.</p>" for k in range(8))
    form = ("<div class='mau'><p>TÒA ÁN NHÂN DÂN ........</p><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
            "<p>Độc lập - Tự do - Hạnh phúc</p><p>Số: ..../..../QĐ-HPT</p><p>QUYẾT ĐỊNH</p><p>HOÃN PHIÊN HỌP</p>"
            "<p>Nơi nhận:</p><p>- Lưu hồ sơ.</p></div>")
    page = _page("<div class='article'><h1>Mẫu quyết định hoãn phiên họp mới nhất là mẫu nào?</h1>"
                 "<h2>Hướng dẫn cách ghi mẫu quyết định hoãn phiên họp?</h2>"
                 f"{prose[: len(prose) // 2]}{form}{prose[len(prose) // 2 :]}</div>")
    text, _ = read_page(page)
    assert text.startswith("Mẫu quyết định hoãn phiên họp mới nhất là mẫu nào?")
    assert "đoạn giải thích số 0" in text and "đoạn giải thích số 7" in text and "HOÃN PHIÊN HỌP" in text


def test_a_page_of_nothing_but_chrome_keeps_its_text():
    text, _ = read_page(_page("<header><p>Thông tin liên hệ</p></header><div class='sidebar'><p>Giờ làm việc</p></div>"
                              "<footer><p>Địa chỉ: 12 Hòa Bình</p></footer>"))
    assert text == "Thông tin liên hệ\n\nGiờ làm việc\n\nĐịa chỉ: 12 Hòa Bình"


def test_a_word_processors_html_export_keeps_its_header_cells(tmp_path: Path) -> None:
    """A word processor's HTML export: the header table's cells styled as headings, and the
    rule drawn under the issuing body anchored inside a word (``S<img align=left>⏎ố:``, with
    the float's clearing ``<br clear>`` nested in the image) — one word, one header."""
    html = _page(
        "<table><tr><td><h1>UỶ\n\t\t\tBAN NHÂN DÂN</h1><h2>TỈNH\n AN GIANG</h2></td>"
        "<td><h1>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</h1><p>Độc lập - Tự do - Hạnh phúc</p></td></tr>"
        "<tr><td><h1>S<img src='a.gif' align='left' width='60' height='1'>\n  <br clear='left'/>\n</img>\nố:\n"
        "      12/UBND-KT</h1></td>"
        "<td><h1><img src='b.gif' align='left' width='200' height='1'/>\n An Giang, ngày 05 tháng 3 năm 2026</h1></td></tr>"
        "<tr><td><h3>V/v triển khai kế hoạch phòng, chống thiên tai</h3></td><td></td></tr></table>"
        "<p>Kính gửi: Sở Nông nghiệp và Môi trường.</p>"
        "<p>Ủy ban nhân dân tỉnh đề nghị Sở triển khai kế hoạch và báo cáo kết quả.</p>"
        "<p>Nơi nhận:<br/>- Như trên;<br/>- Lưu: VT.</p><p>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</p><p>Trần Văn Bình</p>"
    )
    f = tmp_path / "export.html"
    f.write_text(html, encoding="utf-8")
    text = read_document(f).text
    assert "Số:" in text and "S\n" not in text and "S ố" not in text
    rec = extract_file(f)
    assert rec.number is not None and rec.number.raw == "12/UBND-KT"
    assert rec.issuer is not None and rec.issuer.name == "Ủy ban nhân dân tỉnh An Giang"
    assert rec.date is not None and rec.date.iso == "2026-03-05"



def test_a_table_cell_that_holds_a_page_of_text_keeps_its_lines():
    # a site's page table: a row of property cells, then a cell that holds the document itself
    # — that cell is a page, not a value; its blocks stay lines (a data cell is still one line)
    from pipeline.formats.tables import table_lines

    doc = ["KẾ HOẠCH", "Tổ chức Ngày hội đọc sách năm 2026", *(f"{k}. Tổ thôn {k} tổ chức đọc sách." for k in range(1, 40))]
    rows = [[["Số hiệu:"], ["45/KH-UBND"], ["Loại văn bản:"], ["Kế hoạch"]], [doc]]
    out = table_lines(rows, bordered=False)
    assert out[0] == "| Số hiệu: | 45/KH-UBND | Loại văn bản: | Kế hoạch |" and out[1:] == doc
    data = [[["1"], ["Tổ chức hội nghị", "quán triệt kế hoạch"], ["Sở Nội vụ"], ["Quý I/2026"]]]
    assert table_lines(data, bordered=True) == ["| 1 | Tổ chức hội nghị quán triệt kế hoạch | Sở Nội vụ | Quý I/2026 |"]
    # the rows of a table are one block, their outer pipes and an empty last cell kept: "| a |  |"
    # is a row of two cells, not one cell between the row's edges
    rows = [[["Nơi nhận:"], ["CHỦ TỊCH"]], [["- Lưu: VT."], []]]
    assert table_lines(rows, bordered=True) == ["| Nơi nhận: | CHỦ TỊCH |\n| - Lưu: VT. |  |"]


# ------------------------------------------------------------------ the closing as a page sets it


def _closing_page(closing: str) -> str:
    return _page(f"<div class='content'>{HEADER}{BODY.split('<table>')[0]}{closing}</div>")


def test_a_signature_column_aligned_with_nbsp_beside_the_list_is_read_as_columns():
    # "TM." / "KT." / the deputy's position beside the list items, each set off by a run of
    # &nbsp; (a page rendering a text laid out in columns): one signature block, not a position
    # cut out of each line
    def row(left: str, right: str = "") -> str:  # the right column starts at the 50th character
        return left + ("&nbsp;" * (50 - len(left)) + right if right else "") + "<br>"

    closing = "<p>" + "".join([
        row("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), row("- Như trên;", "KT. CHỦ TỊCH"),
        row("- Đảng ủy xã;", "PHÓ CHỦ TỊCH"), row("- Các thôn;"), row("- Hội Nông dân xã;", "Lê Thị Hoa"),
        row("- Lưu: VT."), "</p>"])
    r = extract_text(read_page(_closing_page(closing))[0])
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Lê Thị Hoa", "Phó Chủ tịch", "KT.")
    assert r.recipients == ["Đảng ủy xã", "Các thôn", "Hội Nông dân xã"]
    # one position alone after the archive line (a page's tab as &nbsp;) is still cut out
    closing = f"<p>Nơi nhận:<br>- Các thôn;<br>- Lưu: VT.{'&nbsp;' * 30}CHỦ TỊCH<br><br>Lê Thị Hoa</p>"
    r = extract_text(read_page(_closing_page(closing))[0])
    assert (r.signer.name, r.signer.position) == ("Lê Thị Hoa", "Chủ tịch")
    # … and a position's cell left beside the signer's name (a table flattened, its tab as
    # &nbsp;): the name stands alone
    closing = (f"<p>Nơi nhận:<br>- Các thôn;<br>- Lưu: VT.<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>"
               f"Lê Thị Hoa{'&nbsp;' * 4}CHỦ TỊCH</p>")
    r = extract_text(read_page(_closing_page(closing))[0])
    assert (r.signer.name, r.signer.position) == ("Lê Thị Hoa", "Phó Chủ tịch")


def test_a_bordered_closing_table_with_empty_cells_keeps_its_signature():
    # a bordered two-column closing table, the signature column's cells empty under most items:
    # its rows stay one table (an empty last cell is no row edge), the signature is read
    rows = [("<b>Nơi nhận:</b>", "<b>TM. ỦY BAN NHÂN DÂN</b>"), ("- Các thôn;", "<b>CHỦ TỊCH</b>"),
            ("- Đảng ủy xã;", ""), ("- Hội Nông dân xã;", "<i>(đã ký)</i>"), ("- Lưu: VT.", ""),
            ("", "<b>Đỗ Văn Lâm</b>")]
    closing = "<table border='1'>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    r = extract_text(read_page(_closing_page(closing))[0])
    assert (r.signer.name, r.signer.position, r.signer.authority) == ("Đỗ Văn Lâm", "Chủ tịch", "TM.")
    assert r.recipients == ["Các thôn", "Đảng ủy xã", "Hội Nông dân xã"]
