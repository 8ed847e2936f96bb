"""Geography: a document's issuer and place resolved to units of the gazetteers, with GSO codes.

The 34 provinces and 3,321 communes in force since 1 July 2025 come from ``vietnam-provinces``;
the pre-2025 units (63 provinces, districts, ~10,000 communes) and the old→new mapping from the
data files shipped inside ``vietnamadminunits`` (read directly: its address parser matches
fuzzily and would guess). Matching is on exact folded names only; a name that fits several
units and that nothing else in the record (a province named by the parent body or by a cited
issuer) narrows to one stays unresolved: ``null`` is better than a wrong commune.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..resources import load_rules
from ..textutil import fold


def key(name: str) -> str:
    """The gazetteers' own key style: folded, no spaces (``Đắk Lắk`` → ``daklak``)."""
    return re.sub(r"[^0-9a-z]", "", fold(name))


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    level: str  # province | ward | legacy-province | legacy-district | legacy-ward
    province_code: str
    province_name: str
    legacy_province: str | None = None


@dataclass
class Gazetteer:
    provinces: dict[str, Unit]  # short key → province (new)
    wards: dict[str, list[Unit]]  # short key → wards (new)
    legacy_provinces: dict[str, Unit]  # short key → new province it became (legacy_province set)
    legacy_districts: dict[str, list[Unit]]
    legacy_wards: dict[str, list[Unit]]


def _short(full: str) -> str:
    for p in ("Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Đặc khu ", "Thị trấn "):
        if full.startswith(p):
            return full[len(p):]
    return full


@cache
def gazetteer() -> Gazetteer:
    from vietnam_provinces import Province, Ward

    provinces: dict[str, Unit] = {}
    pkey_to_unit: dict[str, Unit] = {}
    for p in Province.iter_all():
        code = f"{int(p.code):02d}"
        short = _short(p.name)
        full = ("Tỉnh " if p.division_type.value == "tỉnh" else "Thành phố ") + short
        u = Unit(code, full, "province", code, full)
        provinces[key(short)] = u
        pkey_to_unit[key(full)] = u
    wards: dict[str, list[Unit]] = {}
    wkey_to_unit: dict[tuple[str, str], Unit] = {}
    for w in Ward.iter_all():
        pc = f"{int(w.province_code):02d}"
        prov = next(u for u in provinces.values() if u.code == pc)
        u = Unit(f"{int(w.code):05d}", w.name, "ward", pc, prov.province_name)
        wards.setdefault(key(_short(w.name)), []).append(u)
        wkey_to_unit[(key(prov.province_name), key(w.name))] = u

    import vietnamadminunits

    data = Path(vietnamadminunits.__file__).parent / "data"
    conv = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    old_to_new_prov: dict[str, Unit] = {}
    for new_key, olds in conv["DICT_PROVINCE"].items():
        for old in olds:
            if new_key in pkey_to_unit:
                old_to_new_prov[old] = pkey_to_unit[new_key]
    old_ward_to_new: dict[str, Unit] = {}
    for new_pkey, mapping in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, olds in mapping.items():
            u = wkey_to_unit.get((new_pkey, new_wkey))
            for old in olds if u else ():
                old_ward_to_new[old] = u
    legacy_provinces: dict[str, Unit] = {}
    legacy_districts: dict[str, list[Unit]] = {}
    legacy_wards: dict[str, list[Unit]] = {}
    con = sqlite3.connect(f"{(data / 'dataset.db').as_uri()}?mode=ro", uri=True)
    seen_d: set[str] = set()
    for (prov, pshort, pkey, _pcode, district, dshort, dkey, dcode, ward, wshort, wkey,
         wcode) in con.execute(
            "SELECT province, provinceShort, provinceKey, provinceCode, district, districtShort, "
            "districtKey, districtCode, ward, wardShort, wardKey, wardCode FROM admin_units_legacy"):
        new_p = old_to_new_prov.get(pkey)
        if new_p is None:
            continue
        legacy_provinces.setdefault(key(pshort), Unit(new_p.code, new_p.name, "province", new_p.code,
                                                      new_p.name, legacy_province=prov))
        if district and dcode not in seen_d:
            seen_d.add(dcode)
            legacy_districts.setdefault(key(dshort), []).append(
                Unit(dcode, f"{district}, {prov}", "legacy-district", new_p.code, new_p.name, prov))
        if not ward:
            continue
        new_w = old_ward_to_new.get(f"{pkey}_{dkey}_{wkey}")
        if new_w is not None:  # the commune became (part of) exactly one new commune
            u = Unit(new_w.code, new_w.name, "ward", new_w.province_code, new_w.province_name, prov)
        else:  # divided among several: only its province is certain
            u = Unit(wcode, f"{ward}, {district}, {prov}", "legacy-ward", new_p.code, new_p.name, prov)
        legacy_wards.setdefault(key(wshort), []).append(u)
    con.close()
    return Gazetteer(provinces, wards, legacy_provinces, legacy_districts, legacy_wards)


@cache
def _level_re() -> tuple[re.Pattern[str], dict[str, str]]:
    levels = load_rules("store")["geo"]["levels"]
    words = sorted((lv["word"] for lv in levels), key=len, reverse=True)
    kinds = {lv["word"]: lv["kind"] for lv in levels}
    pat = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")\s+(?=[A-ZĐÀ-Ỹ0-9])",
                     re.IGNORECASE)
    return pat, kinds


def mentions(name: str | None) -> list[tuple[str, str]]:
    """``(kind, name)`` of each administrative unit named in an organisation's name, outermost
    last as written: ``Ủy ban nhân dân xã Trung Hội`` → ``[("ward", "Trung Hội")]``."""
    if not name:
        return []
    pat, kinds = _level_re()
    stops = load_rules("store")["geo"]["stop_words"]
    ms = list(pat.finditer(name))
    out = []
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else len(name)
        rest = name[m.end():end]
        for s in stops:
            rest = rest.split(s)[0]
        rest = rest.strip()
        if rest and rest[0].isupper():
            out.append((kinds[m.group(1).lower()], rest))
    return out


def _pick(cands: list[Unit], context: set[str]) -> Unit | None:
    if len({c.code for c in cands}) == 1:
        return cands[0]
    narrowed = [c for c in cands if c.province_code in context]
    return narrowed[0] if len({c.code for c in narrowed}) == 1 else None


def _province(name: str, legacy_first: bool) -> Unit | None:
    g = gazetteer()
    k = key(name)
    order = (g.legacy_provinces, g.provinces) if legacy_first else (g.provinces, g.legacy_provinces)
    for table in order:
        if k in table:
            return table[k]
    return None


def resolve_unit(kind: str, name: str, *, legacy_first: bool, context: set[str]) -> Unit | None:
    g = gazetteer()
    k = key(name)
    if kind in ("province", "province_or_district"):
        u = _province(name, legacy_first)
        if u is not None or kind == "province":
            return u
        kind = "district"
    if kind == "district":
        return _pick(g.legacy_districts.get(k, []), context)
    tables = [g.legacy_wards, g.wards] if legacy_first else [g.wards, g.legacy_wards]
    for table in tables:
        u = _pick(table.get(k, []), context)
        if u is not None:
            return u
    return None


def resolve_record(rec: dict[str, Any]) -> dict[str, str | None]:
    """The geography columns of a record: the issuer's unit (or the place when the issuer names
    none), its province and, for a unit resolved through its pre-2025 name, the old province."""
    reform = load_rules("store")["geo"]["reform_date"]
    date = (rec.get("date") or {}).get("iso") or ""
    year = (rec.get("date") or {}).get("year")
    legacy_first = bool(date and date < reform) or bool(not date and year and year < int(reform[:4]))
    issuer = rec.get("issuer") or {}
    cited = tuple(sorted({lb.get("issuer") or "" for lb in rec.get("legal_bases") or []}))
    # many documents share issuer, place and cited authorities: resolve each combination once
    return dict(_resolve(issuer.get("name"), issuer.get("parent"), rec.get("place"), cited, legacy_first))


@lru_cache(maxsize=65536)
def _resolve(issuer_name: str | None, parent: str | None, place: str | None, cited: tuple[str, ...],
             legacy_first: bool) -> tuple[tuple[str, str | None], ...]:
    return tuple(_resolve_uncached(issuer_name, parent, place, cited, legacy_first).items())


def _resolve_uncached(issuer_name: str | None, parent: str | None, place: str | None,
                      cited: tuple[str, ...], legacy_first: bool) -> dict[str, str | None]:
    own = mentions(issuer_name) + mentions(parent)
    others = [m for c in cited for m in mentions(c)]
    context: set[str] = set()
    for kind, name in own + others:
        if kind in ("province", "province_or_district"):
            p = _province(name, legacy_first)
            if p is not None:
                context.add(p.code)
    unit: Unit | None = None
    rule = None
    # the innermost unit named by the issuer itself (a commune before its district/province)
    order = {"ward": 0, "district": 1, "province_or_district": 2, "province": 3}
    for kind, name in sorted(own, key=lambda m: order[m[0]]):
        unit = resolve_unit(kind, name, legacy_first=legacy_first, context=context)
        if unit is not None:
            rule = f"issuer:{kind}"
            break
    place_unit = _province(place, legacy_first) if place else None
    if unit is None and place_unit is not None:
        unit, rule = place_unit, "place:province"
    if unit is None and own and len(context) == 1:
        # a local body the gazetteer no longer lists (a commune merged before 2024) whose cited
        # local authorities all sit in one province: that province, and no unit
        code = next(iter(context))
        prov = next(u for u in gazetteer().provinces.values() if u.code == code)
        legacy = next((u.legacy_province for kind, name in own + others
                       if kind == "province" and (u := _province(name, legacy_first)) is not None
                       and u.code == code), None)
        return {"unit_code": None, "unit_name": None, "unit_level": None,
                "province_code": code, "province_name": prov.name, "legacy_province": legacy,
                "geo_rule": "cited:province"}
    if unit is None:
        return {"unit_code": None, "unit_name": None, "unit_level": None, "province_code": None,
                "province_name": None, "legacy_province": None, "geo_rule": None}
    return {"unit_code": unit.code, "unit_name": unit.name, "unit_level": unit.level,
            "province_code": unit.province_code, "province_name": unit.province_name,
            "legacy_province": unit.legacy_province, "geo_rule": rule}


def province_codes(name: str) -> tuple[set[str], str | None]:
    """Codes of the new province(s) a user's province name means (a pre-2025 name → the province
    it became) and the old name to match documents of the former province exactly, if any."""
    g = gazetteer()
    k = key(_short(name.strip()))
    codes: set[str] = set()
    legacy = None
    if k in g.provinces:
        codes.add(g.provinces[k].code)
    if k in g.legacy_provinces:
        legacy = g.legacy_provinces[k].legacy_province
        if k not in g.provinces:
            codes.add(g.legacy_provinces[k].code)
    return codes, legacy


def province_names() -> list[tuple[str, list[str]]]:
    """Every name ``--province`` accepts: each province in force since 2025 (by name) with the
    former provinces that became (part of) it, so that an unknown name can be looked up."""
    g = gazetteer()
    former: dict[str, set[str]] = {}
    for u in g.legacy_provinces.values():
        if u.legacy_province:
            former.setdefault(u.code, set()).add(_short(u.legacy_province))
    return [(_short(u.name), sorted(former.get(u.code, set()) - {_short(u.name)}))
            for u in sorted(g.provinces.values(), key=lambda u: fold(_short(u.name)))]
