"""The closing of a document: signer (authority, position, name) and recipients.

Signature block (Nghị định 30/2020, Điều 8): an optional authority prefix (TM., KT., TL.,
TUQ., Q.) with the body or the head's title, then the signing person's position, then the
name. Where several prefixes stack (``TL. CỤC TRƯỞNG`` / ``KT. TRƯỞNG BAN …``) the one closest
to the signer is the signer's own. Recipients are the items of ``Nơi nhận`` (and, for a công
văn, of ``Kính gửi``), one per line or ``;`` part, without the parenthesised note.
"""

from __future__ import annotations

import re
from functools import cache

from .. import bodies, person_names
from ..closing_layout import ARCHIVE_ITEM, NAME_TITLES, cell_lines, rejoined_name
from ..encoding import TONED, VOWELS
from ..headerzone import MARRED_ADDRESSEE
from ..lexicon import central_body_names, is_signed_mark, positions, starts_with_org_head
from ..provenance import Prov
from ..resources import load_rules
from ..segment import (
    AUTHORITY,
    AUTHORITY_CANON,
    BULLET,
    NAME_WORD,
    PERSON_NAME,
    SEAL_MARK,
    Document,
    Line,
    is_position_line,
    role_then_body,
    same_name_marked,
    seal_text,
    split_signed_mark,
    stamp_read,
    without_stray_dash,
)
from ..textutil import (
    LOWER,
    UPPER,
    clean_value,
    collapse,
    fold,
    fold_cue,
    fuzzy_equals,
    fuzzy_starts,
    is_upper_line,
)


def _position_case(upper: str) -> str:
    """``PHÓ CHỦ TỊCH UBND XÃ`` → ``Phó Chủ tịch UBND xã`` using the positions lexicon; two
    titles parted by a comma (``BỘ TRƯỞNG, CHỦ NHIỆM``) each in its own case."""
    parts = [q.strip() for q in collapse(upper).split(",")]
    if len(parts) > 1 and all(parts) and all(_starts_with_position(q) for q in parts):
        return ", ".join(_position_case(q) for q in parts)
    t = collapse(upper).rstrip(",")
    ft = fold(t)  # one fold of the line for the whole lexicon
    for p in positions():
        if ft.startswith(fold_cue(p)) and (len(t) == len(p) or not t[len(p)].isalnum()):
            rest = t[len(p) :].strip()
            if rest and _starts_with_position(rest):
                # two titles run together ("TRƯỞNG BAN PHÓ THỦ TƯỚNG", the cell's two lines
                # flattened): the head's title of the body, then the signer's own, nearest the
                # name — as the line above the name, the signer's position is the last
                return _position_case(rest)
            abbrevs = set(load_rules("abbreviations")["expand"])
            rest_cased = " ".join(w if w in abbrevs or _abbreviation(w) else w.lower() for w in rest.split())
            return f"{p} {rest_cased}".strip()
    if is_upper_line(t):
        return t[:1] + t[1:].lower()
    return t


def _abbreviation(w: str) -> bool:
    """A word in capitals without a vowel is no syllable: a body's initials ("HĐTV", "PVN"),
    kept as written where the position's words are put in small letters."""
    letters = w.strip("().,;:")
    return len(letters) >= 2 and letters.isupper() and not any(
        TONED.get(c, (c, ""))[0] in VOWELS for c in letters.lower())


def _starts_with_position(t: str) -> bool:
    ft = fold(t)
    return any(ft.startswith(fold_cue(p)) and (len(t) == len(p) or not t[len(p)].isalnum())
               for p in positions())


def _without_seal(lines: list[Line]) -> list[Line]:
    """The block without what OCR read of a seal over it: junk among the lines between the
    last position line and the name marks the short capitals there as the seal's rim, not a
    position wrapped ("TRƯỜNG" / "ĐẠI HỌC" / "C" over the name); a mark it read right before
    the name ("* Vũ Thị Thu Nga") goes too."""
    if not lines:
        return lines
    last = lines[-1]
    if (seal := SEAL_MARK.match(last.text)) and not PERSON_NAME.match(last.text):
        last = Line(last.idx, last.start + seal.end(), last.end, last.text[seal.end():])
    top = max((i for i, ln in enumerate(lines[:-1]) if is_position_line(ln.text)), default=None)
    between = lines[top + 1 : -1] if top is not None else []
    if any(stamp_read(ln.text) for ln in between) and all(seal_text(ln.text) for ln in between):
        return [*lines[: top + 1], last]
    return [*lines[:-1], last]


def extract_signer(doc: Document, prov: Prov) -> dict | None:
    lines = _without_seal([ln for ln in doc.closing_lines("signature") if ln.text and not is_signed_mark(ln.text)])
    lines = [ln for ln in lines if not stamp_read(ln.text)]
    if len(lines) >= 2 and same_name_marked(lines[-2].text, lines[-1].text):
        lines = [*lines[:-2], lines[-1]]  # ("signature: Nguyễn Văn An" over the name: a field)
    if not lines:
        return None
    name_lines = [lines[-1]]
    if len(lines) >= 2 and re.fullmatch(NAME_WORD, lines[-2].text) and PERSON_NAME.match(lines[-1].text):
        name_lines = [lines[-2], lines[-1]]
    marked = split_signed_mark(lines[-1].text)
    if marked is None and not PERSON_NAME.match(lines[-1].text) and is_position_line(lines[-1].text):
        # a block without its name (the copy left it out): the position and authority only
        name = None
        name_lines = []
    elif marked is not None:
        # the name and the signed mark in one cell: the name alone
        name, a, b = marked
        prov.add("signer.name", lines[-1].start + a, lines[-1].start + b, 0.9, "signature-name-marked")
    else:
        name = collapse(" ".join(ln.text for ln in name_lines))
        # (the form of address or academic title before it, "GS.TS.", is no part of the name)
        name = re.sub(rf"^{NAME_TITLES}\.?\s+", "", name)
        name = rejoined_name(name) or name  # "Đặ ng Văn Minh": a syllable set apart put back
        name = person_names.restored(name)  # "Mai Son": OCR lost the marks
        prov.add("signer.name", name_lines[0].start, name_lines[-1].end, 0.95, "signature-name")
    above = [ln for ln in lines if not name_lines or ln.idx < name_lines[0].idx]
    authority = None
    for ln in above:
        m = AUTHORITY.match(ln.text)
        if m:
            authority = AUTHORITY_CANON.get(m.group("auth").upper(), m.group("auth").upper() + ".")
            prov.add("signer.authority", ln.start, ln.start + len(m.group("auth")) + 1, 0.9, "signature-prefix")
    position = None
    # the signer's own title: the position line nearest the name, with the lines it wraps on
    # to ("CỤC TRƯỞNG CỤC" / "AN TOÀN THÔNG TIN"); TM./KT./TL./TUQ. lines name the body or the
    # head the signer acts for, not the signer: a deputy who leaves out their own title line
    # has no position here (Q. — acting — is the signer's own title)
    for k in range(len(above) - 1, -1, -1):
        pl = above[k]
        m = AUTHORITY.match(pl.text)
        if m and AUTHORITY_CANON.get(m.group("auth").upper()) != "Q.":
            if k == len(above) - 1 and (own := _run_in_position(m.group("rest"))):
                # "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG" on one line (a scan read across the block):
                # the head acted for, then the signer's own title
                position = _position_case(own)
                prov.add("signer.position", pl.end - len(own), pl.end, 0.7, "signature-position-run-in")
            break
        ptext = m.group("rest") if m else without_stray_dash(pl.text)
        if not ptext or not fuzzy_starts(ptext, positions(), 92):
            if k < len(above) - 2 or not is_upper_line(pl.text, 0.9):
                break
            continue
        tail = above[k + 1 :]
        if any(not is_upper_line(t.text, 0.9) for t in tail):
            break
        position = _position_case(" ".join([ptext, *(t.text for t in tail)]))
        end = tail[-1].end if tail else pl.end
        prov.add("signer.position", pl.end - len(ptext), end, 0.9 if not tail else 0.8, "signature-position")
        break
    return {"name": name, "position": position, "authority": authority}


def _run_in_position(rest: str) -> str | None:
    """The signer's own title run into the line of the head or body they act for ("HIỆU TRƯỞNG
    PHÓ HIỆU TRƯỞNG", "HIỆU TRƯỞNG TRƯỞNG PHÒNG CTSV", "ỦY BAN NHÂN DÂN CHỦ TỊCH"): the words
    after a whole position or body that themselves open a position, in capitals."""
    words = rest.split()
    if len(words) < 2 or not is_upper_line(rest, 0.9) or fuzzy_equals(rest, list(central_body_names()), 92):
        return None  # ("T/M BAN BÍ THƯ": a body whose name holds a title)
    for i in range(1, len(words)):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        if head.endswith(","):
            continue  # "BỘ TRƯỞNG, CHỦ NHIỆM": one head's two titles, no signer's own after them
        if not (fuzzy_equals(head, positions(), 92) or starts_with_org_head(head)):
            continue
        if fuzzy_starts(tail, positions(), 92):
            return tail
    return None


@cache
def _notes_alt() -> str:
    """The alternation of the notes a recipient's bracket may hold (``[recipients] notes``)."""
    notes = load_rules("structure")["recipients"]["notes"]
    return "|".join(re.escape(n) for n in sorted(notes, key=len, reverse=True))


@cache
def _note_pattern() -> re.Pattern[str]:
    alt = _notes_alt()
    return re.compile(rf"\s*\((?:{alt})\b[^)]*\)\s*$|\s*\((?:{alt})[^)]*\)\s*$", re.IGNORECASE)


_NOTE_DE_OUTSIDE = re.compile(r"\s+để$")
@cache
def _copy_count() -> re.Pattern[str]:
    """A count of copies closing a recipient, after a space or a colon, by kind or not ("02 bản",
    "TTTT: 01 bản giấy, 01 bản điện tử"; kinds: [recipients] copy_kinds)."""
    kinds = "|".join(re.escape(k) for k in load_rules("structure")["recipients"]["copy_kinds"])
    one = rf"\d{{1,3}}\s*bản(?:\s+(?:{kinds}))?"
    return re.compile(rf"(?:\s*:\s*|\s+){one}(?:\s*,\s*{one})*\s*$")


# (a stray quote mark a scan's OCR reads after the bracket goes with it: "(để báo cáo)”;", and
# the colon it reads for the semicolon: "(để phối hợp):")
_TRAIL_PAREN = re.compile(r"\s*\(([^()]*)\)\s*[”\"’']?\s*[;.,:]?\s*$")


@cache
def _people_heads() -> tuple[str, ...]:
    words = load_rules("structure")["recipients"].get("people", []) + positions()
    return tuple(sorted({fold_cue(w) for w in words}, key=len, reverse=True))


def _names_people(item: str) -> bool:
    """The recipient is a leadership or a position, not a body: capitals in parentheses after
    it are a person's initials (which of them the copy is for), never a parent body's code."""
    f = fold(item.strip(" -+•–*"))
    return any(f.startswith(h) and (len(f) == len(h) or not f[len(h)].isalnum()) for h in _people_heads())


@cache
def _open_note() -> re.Pattern[str]:
    alt = _notes_alt()
    return re.compile(rf"\s*\((?:{alt})(?:\b|\s)[^()]{{0,60}}$", re.IGNORECASE)


@cache
def _inner_note() -> re.Pattern[str]:
    """A note word anywhere in a bracket ("(Cục A03 - để b/c)"): the bracket is a note."""
    alt = _notes_alt()
    return re.compile(rf"(?:^|[\s\-–,;])(?:{alt})(?:$|[\s,;.)])", re.IGNORECASE)


@cache
def _bracket_bodies() -> tuple[str, ...]:
    return tuple(fold_cue(b) for b in load_rules("structure")["recipients"].get("bracket_bodies", []))


def _names_body(inner: str) -> bool:
    """A bracket's text that names a body: it opens with a body's head word, capitalised."""
    if not inner[:1].isupper():
        return False
    f = fold(inner)
    return bool(starts_with_org_head(inner)) or any(f.startswith(b) for b in _bracket_bodies())


def _note_outside_names(inner: str) -> bool:
    """Whether a note word stands in a bracket outside the head of a body's name: "(Tổ giúp việc
    Ban Chỉ đạo …)" names a body, its "Chỉ đạo" is no "(để chỉ đạo)"."""
    for m in _inner_note().finditer(inner):
        at = m.start() + (1 if m.group()[:1] in " -–,;" else 0)
        head = inner[:at].rstrip()
        if head and inner[at : at + 1].isupper():  # (a name's word is capitalised, a note's not)
            k = len(head) - len(head.split()[-1])  # the word before it
            h = bodies.name_length(inner[k:])
            if h and k + h > at:
                continue  # the word before opens a head the note word belongs to ("Ban Chỉ đạo")
        return True
    return False


def _strip_notes(item: str) -> str:
    """Drop trailing parenthesised notes: why a copy is sent (``(để báo cáo)``, ``(b/c)``,
    also left unclosed by the typist: ``(để b/c;``), copy codes (``(3E)``, ``(1A, 1G)``) and
    remarks. A parenthesised body abbreviation that qualifies the recipient (``Cục CST, PC
    (BTC)``) is part of its name and stays."""
    if "(" in item and ")" not in item[item.rindex("(") :]:
        m = _open_note().search(item)
        if m and m.start() > 0:
            item = item[: m.start()]
    while True:
        m = _TRAIL_PAREN.search(item)
        if not m:
            # "Văn phòng Chính phủ 02 bản (để đăng Công báo)": how many copies go there is a note too
            return _copy_count().sub("", item)
        inner = m.group(1).strip()
        qualifier = re.fullmatch(r"[A-ZĐ][A-ZĐ&]{1,7}", inner) is not None and not _names_people(item[: m.start()])
        if qualifier and not _note_pattern().search(f"({inner})"):
            return item
        if _names_body(inner) and not _note_outside_names(inner):
            return item  # "Bộ Tư pháp (Cục Kiểm tra VBQPPL)": the body within it the copy goes to
        # (the note's "để" typed outside its bracket: "… trực thuộc để (t/h)")
        item = _NOTE_DE_OUTSIDE.sub("", item[: m.start()])


# a letter no Vietnamese word is spelt with (ä, ß, ø): what OCR reads in a seal or a stain
_FOREIGN_LETTER = re.compile(rf"[^\W\d_{UPPER}{LOWER}]")
_NOISE_MAX_WORDS = 3


def _skip(item: str) -> bool:
    not_r = load_rules("structure")["closing"]["not_recipients"]
    # (an OCR'd dash read as an underscore stays before the item: "_ Nhu tren: …")
    f = fold(item.lstrip("_~ "))
    # an item must name someone: a rule drawn with underscores or dots ("__") names no one,
    # nor a few letters OCR read off a mark beside the label ("DA ä")
    if len(item.split()) <= _NOISE_MAX_WORDS and _FOREIGN_LETTER.search(item):
        return True
    # (nor a lone letter OCR read off a mark after an item's semicolon: "- Như trên; A")
    if any(f.startswith(fold_cue(x)) for x in not_r) or sum(map(str.isalpha, item)) < 2:
        return True
    if _article_ref().match(item.strip(" -+•*_")):
        return True
    # "Nh ư tr ê n": a text layer that set the syllables' letters apart still says "Như trên"
    return _NOT_WORD.sub("", f) in _bare_not_recipients()


_NOT_WORD = re.compile(r"[\W_]+")


@cache
def _article_ref() -> re.Pattern[str]:
    return re.compile(load_rules("structure")["closing"]["article_ref"], re.IGNORECASE)


@cache
def _bare_not_recipients() -> frozenset[str]:
    """The phrases of several words that are no recipient, folded, without spaces or
    punctuation (made once: every item of every Nơi nhận list is compared with them)."""
    not_r = load_rules("structure")["closing"]["not_recipients"]
    return frozenset(_NOT_WORD.sub("", fold_cue(x)) for x in not_r if " " in x)


@cache
def _co_addressee() -> re.Pattern[str]:
    cues = load_rules("structure")["closing"]["co_addressee"]
    alt = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alt})\s*[:.]?\s*", re.IGNORECASE)


def _ends_item(t: str) -> bool:
    """The line closes its item: an item's ``;`` or ``.``, or a note's ``)``."""
    return t.rstrip().endswith((";", ".", ")"))


def _continues(doc: Document, prev: Line, nxt: Line, semicolon_list: bool = False) -> bool:
    """``nxt`` is the rest of the dashed item on ``prev``, wrapped by the typist or the
    converter (``- Các đồng chí Ủy viên`` / ``Ban Chấp hành Trung ương;``, ``- VPCP: các Vụ:`` /
    ``TH, KTTH;``): ``prev`` opened with a dash and stopped short of its item's end (on a word
    or a ``:``), or ``nxt`` opens in small letters after anything but an item's end, and ``nxt``
    is neither another item nor a line of the signature column."""
    pt, nt = prev.text, nxt.text
    # (… or, in a list whose dashes were lost and whose items each end with ';', any line
    # that stopped short of its ';': "Đ/c A, Bí thư Trung ương" / "Đảng, Trưởng Ban …;")
    if not pt or not nt or _ends_item(pt) or BULLET.match(nt) or not (BULLET.match(pt) or semicolon_list):
        return False
    if doc.text[prev.end : nxt.start].strip() or doc.text[prev.end : nxt.start].count("\n") > 2:
        return False  # not two lines next to each other (cells, or a paragraph further on)
    if ARCHIVE_ITEM.match(nt) or is_signed_mark(nt) or AUTHORITY.match(nt) or _skip(nt):
        return False
    if nt[:1].islower():
        return True
    if is_upper_line(nt, 0.9) and not re.search(r"[;,:]", nt):
        return False  # a signature line (PHÓ CHỦ TỊCH), not the item's codes (TH, KTTH;)
    return pt.rstrip()[-1:].isalpha() or pt.rstrip().endswith((":", ","))


def _undashed_semicolon_list(lines: list[Line]) -> bool:
    """No line of the list carries a dash and most of them end with ';': a list whose dashes a
    converter lost, each item closed by its ';' — a line without one is an item wrapped."""
    texts = [ln.text for ln in lines[1:] if ln.text and not ARCHIVE_ITEM.match(ln.text)]
    if len(texts) < 3 or any(BULLET.match(t) for t in texts):
        return False
    return sum(t.rstrip().endswith(";") for t in texts) >= 0.6 * len(texts)


def _logical_lines(doc: Document, lines: list[Line]) -> list[Line]:
    """The list's lines with each wrapped item joined back into one line (offsets kept: the
    line break between the two becomes a space)."""
    out: list[Line] = []
    semis = _undashed_semicolon_list(lines)
    for ln in lines:
        # a converter that makes each line a paragraph puts a blank line inside the item too
        k = len(out)
        while k > 0 and out[k - 1].blank:
            k -= 1
        if k and _continues(doc, out[k - 1], ln, semis):
            a = out[k - 1]
            del out[k:]
            out[-1] = Line(a.idx, a.start, ln.end, a.text + doc.text[a.end : ln.start].replace("\n", " ") + ln.text)
        else:
            out.append(ln)
    return out


def _items_from(
    doc: Document, lines, prov: Prov, out: list[str], label_re: re.Pattern[str], co: bool = False
) -> None:
    for ln in _logical_lines(doc, list(lines)):
        t = ln.text
        if ARCHIVE_ITEM.match(t):
            break  # the archive line closes the list; typists' marks may follow it
        base = ln.start
        m = label_re.match(t) or (MARRED_ADDRESSEE.match(t) if co else None)
        if m:
            base += m.end()
            t = t[m.end() :]
        bm = BULLET.match(t)
        dashed = bool(bm and bm.group("marker") in "-+•–*")
        if dashed:
            base += bm.start("title")
            t = bm.group("title")
        elif nm := _NUMBERED.match(t):
            # items numbered instead of dashed ("1. Bộ X;", "3. Lưu: VT.")
            base += nm.end()
            t = t[nm.end() :]
            if re.match(r"^Lưu\b", t):
                break
        cm = _co_addressee().match(t) if co else None
        if cm:
            # "Đồng kính gửi: X": the cue opens more addressees, it is no part of X's name
            base += cm.end()
            t = t[cm.end() :]
        t = _inline_dash_items(t)
        if co:
            t = kinh_gui_semicolons(t)
        archive = _ARCHIVE_RUN_ON.search(t)
        if archive is not None:
            # the archive item run on after a comma ("- Các đơn vị trong trường, Lưu: VT, P.A"):
            # the list ends there
            t = t[: archive.start()]
        pos = 0
        for part in _SEMICOLON_OUTSIDE_BRACKETS.split(t):
            if part == ";":
                pos += 1
                continue
            seg_start = base + pos
            pos += len(part)
            # the note of the item before, set after its ';' ("- Bộ X; (báo cáo) - Sở Y tế;"):
            # no part of the next item
            note = _LEAD_NOTE.match(part) or _lead_note_word(part)
            if note:
                seg_start += note.end()
                part = part[note.end() :]
            # items run together on one line each keep their dash ("…; - Sở Y tế; - Lưu: VT")
            dash = _ITEM_DASH.match(part)
            if dash:
                seg_start += dash.end()
                part = part[dash.end() :]
            item = _strip_notes(part)
            # a stray mark OCR leaves at a line's end ("Các Đảng ủy trực thuộc, `")
            item = clean_value(item).rstrip("`´^~ ,")
            if not item or _skip(item) or item.startswith("("):
                continue
            if sum(c.isalpha() for c in item) <= 3 and not any(c.isupper() or c.isdigit() for c in item):
                continue  # a scan's specks read as letters beside the list ("re", "ì"): no body's name
            if AUTHORITY.match(item) and is_upper_line(item):
                continue  # "Nơi nhận: T/M BAN THƯỜNG VỤ": the signature's cell on the label's line
            if not dashed and is_upper_line(item, 0.95) and is_position_line(item):
                continue  # "GIÁM ĐỐC" among undashed items: the signature's column read line by line
            s, e = _located(doc.text, item, seg_start)
            prov.add(f"recipients[{len(out)}]", s, e, 0.9, "recipient-line")
            out.append(item)


# a ';' mid-line before a word in small letters inside a "Kính gửi" line: the comma of one
# list of kinds, OCR'd ("Các đại học, học viện; trường đại học;")
_OCR_SEMICOLON = re.compile(r";(?=\s+(?!các\s|và\s)([^\W\d_]))")


def kinh_gui_semicolons(t: str) -> str:
    """``t`` with the semicolons OCR made of a "Kính gửi" list's commas read as commas (same
    length: offsets hold); an addressee's name never opens in small letters — but a class does,
    with its "các" ("Các cơ sở giáo dục đại học; các cơ sở giáo dục khác …": two)."""
    # (the letter's case tested as such: Vietnamese capitals lie inside "à-ỹ")
    return _OCR_SEMICOLON.sub(lambda m: "," if m.group(1).islower() else ";", t)


# the archive item after a comma or a full stop inside the last item ("…, Lưu: VT, PCTSV")
_ARCHIVE_RUN_ON = re.compile(r"[,.]\s*Lưu\s*:")
# a ';' inside an item's note in brackets ("(e-copy; để b/cáo)") does not end the item
_SEMICOLON_OUTSIDE_BRACKETS = re.compile(r"(;)(?![^()]*\))")


def _located(text: str, item: str, start: int) -> tuple[int, int]:
    """The span of ``item`` from ``start`` on: as written, or across the line break of an item
    joined from its wrapped lines."""
    off = text.find(item, start)
    if off >= 0:
        return off, off + len(item)
    m = re.compile(r"\s+".join(re.escape(w) for w in item.split())).search(text, start)
    if m:
        return m.start(), m.end()
    return start, start + len(item)


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d_])")
# (a "~" before a space: what OCR made of an item's dash)
_ITEM_DASH = re.compile(r"^\s*(?:[-+•–]|~(?=\s))\s*")
_LEAD_NOTE = re.compile(r"^\s*\([^()]{1,40}\)\s*(?=[-+•–]\s)")
_LEAD_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)\s*(?=\S)")
_INLINE_DASH = re.compile(r"(?<=\S)\s+[-–]\s+(?=[A-ZĐ])")


def _lead_note_word(part: str) -> re.Match[str] | None:
    """A bracket of the item before that holds a note word ("(Để b/c)"), set after its ';' with
    the next item run on after it on one line (its dash lost): no part of the next item."""
    m = _LEAD_BRACKET.match(part)
    return m if m and _inner_note().search(m.group(1)) and not _names_body(m.group(1)) else None


def _inline_dash_items(t: str) -> str:
    """Items a converter ran together with their dash but lost the ';' between ("- Các bộ,
    cơ quan ngang bộ - HĐND, UBND các tỉnh, thành phố"): a ' - ' between two lists, the second
    opening with a body's head word, starts another item; one inside a known name ("Bộ Lao động
    - Thương binh và Xã hội") does not. The dash becomes ';' (same length: offsets hold)."""
    keep = None
    for m in _INLINE_DASH.finditer(t):
        left = t[: m.start()].rsplit(";", 1)[-1]
        right = t[m.end() :].split(";", 1)[0]
        # both sides a list of their own ("Các bộ, cơ quan …" / "HĐND, UBND các tỉnh, …"); a unit
        # and its parent ("Cục Kiểm tra văn bản - Bộ Tư pháp") is one recipient
        if not starts_with_org_head(right) or "," not in left or "," not in right:
            continue
        if keep is None:
            keep = bodies.protected_spans(t)
        d = t.index("-" if "-" in m.group() else "–", m.start())
        if not any(a < d < b for a, b in keep):
            t = t[:d] + ";" + t[d + 1 :]
    return t
# the label as printed, or with the marks OCR damages ("Nơi nhân:", "Noi nhận:")
_NOI_NHAN = re.compile(r"^\s*(?:N[ơoờớởỡợ]i|[A-MO-ZĐ]ơi(?=\s+nhận\s*:))\s+nh[ậâạấầẩẫaăặắằ]n\s*[:.]?\s*", re.IGNORECASE)
_KINH_GUI = re.compile(r"^\s*(?:Kính gửi|KÍNH GỬI)\s*[:.]?\s*", re.IGNORECASE)


_WRAPPED_TAIL_MAX = 120  # the rest of an addressee's name, never a paragraph of the body


def _with_wrapped_tail(doc: Document, cells: list[Line]) -> list[Line]:
    """The Kính gửi lines with the last addressee's wrapped rest joined on: a line in small
    letters after it (one paragraph a line, a blank line between: ``Kính gửi: Các tổ chức, cá
    nhân kinh doanh …`` / ``trên địa bàn tỉnh``), which the segmenter left to the preamble."""
    r = doc.parts.get("addressee")
    if not cells or not r or _ends_item(cells[-1].text) or cells[-1].text.endswith(":"):
        return cells
    nxt = next((ln for ln in doc.lines[r.stop : r.stop + 3] if ln.text), None)
    if nxt is None or not nxt.text[:1].islower() or len(nxt.text) > _WRAPPED_TAIL_MAX:
        return cells
    gap = doc.text[cells[-1].end : nxt.start]
    if gap.strip() or gap.count("\n") > 2:
        return cells
    last = cells[-1]
    joined = Line(last.idx, last.start, nxt.end, last.text + gap.replace("\n", " ") + nxt.text)
    return [*cells[:-1], joined]


def extract_recipients(doc: Document, prov: Prov, doc_type: dict | None) -> list[str]:
    out: list[str] = []
    if doc_type and doc_type.get("code") == "CV":
        # a Kính gửi list laid out as a table: each cell (and <br> line) read as a line
        cells = [c for ln in doc.part_lines("addressee") for c in cell_lines(doc.text, ln)]
        if len(cells) > 1 and role_then_body(cells[0].text, cells[1].text):
            # "Kính gửi: Bộ trưởng" / "Bộ Công Thương": one addressee across the wrap
            a, b = cells[0], cells[1]
            cells = [Line(a.idx, a.start, b.end, f"{a.text} {b.text}"), *cells[2:]]
        _items_from(doc, _with_wrapped_tail(doc, cells), prov, out, _KINH_GUI, co=True)
    _items_from(doc, doc.closing_lines("recipients"), prov, out, _NOI_NHAN)
    return out


# ------------------------------------------------------------------ theme

_QUOTED = re.compile(r"[“\"](?P<q>[^”\"]{3,300})[”\"]")
_THEME_MARKER = re.compile(r"^(?:[IVX\d]+(?:\.\d+)*[.)]\s*|[a-zđ][)]\s*|[-+]\s*)?")
_THEME_QUOTED = re.compile(r"với chủ đề\s*[:]?\s*[“\"]", re.IGNORECASE)
# what the theme is of, after the cue of a heading ("Chủ đề thi đua", "Chủ đề của Tuần lễ")
_THEME_QUALIFIER = re.compile(rf"(?:[{LOWER}]+\s+){{0,3}}[{LOWER}]+|của(?:\s+\w+){{1,4}}")


def extract_theme(doc: Document, prov: Prov) -> str | None:
    cues = load_rules("structure")["theme"]["cues"]
    main = doc.parts.get("main")
    if not main:
        return None
    lines = [doc.lines[i] for i in main]
    for k, ln in enumerate(lines):
        t = ln.text
        # "2. Chủ đề: …" — the cue may follow a heading marker
        m = _THEME_MARKER.match(t)
        body = t[m.end() :] if m else t
        hit = fuzzy_starts(body, cues, 95)
        # (the quote the pattern ends in looked for first: no case to fold, and most lines have none)
        if not hit and not (('“' in t or '"' in t) and _THEME_QUOTED.search(t)):
            continue
        if hit:
            after = body[len(hit[0]) :]
            colon = after.find(":")
            if colon < 0 or colon > 40:
                qualified = bool(_THEME_QUALIFIER.fullmatch(after.strip(" .:*")))
                if after.strip(" .:") and not qualified:
                    continue
                # heading "2. Chủ đề" with the theme on the next line; "1. Chủ đề thi đua" (the
                # cue and what it is the theme of) only over a quoted theme
                nxt = next((x for x in lines[k + 1 : k + 3] if x.text), None)
                if nxt is None or (qualified and not _QUOTED.match(nxt.text.strip())):
                    continue
                sub = nxt.text
                sm = re.match(r"^[^:]{0,40}:\s*", sub)
                val_start = nxt.start + (sm.end() if sm else 0)
                val = sub[sm.end() :] if sm else sub
            else:
                val_start = ln.start + (m.end() if m else 0) + len(hit[0]) + colon + 1
                val = after[colon + 1 :]
        else:
            qm = re.search(r"với chủ đề\s*[:]?\s*", t, re.IGNORECASE)
            val_start = ln.start + qm.end()
            val = t[qm.end() :]
        q = _QUOTED.match(val.strip())
        if q:
            lead = len(val) - len(val.lstrip())
            value = clean_value(q.group("q"))
            s = val_start + lead + 1
        else:
            value = clean_value(re.split(r"(?<=[.;])\s", val.strip(), maxsplit=1)[0])
            s = val_start + (len(val) - len(val.lstrip()))
        if value and len(value) > 3:
            prov.add("theme", s, s + len(value), 0.9, "theme-cue")
            return value
    return None
