"""The closing of a Party commune committee's paper (an invented commune, Bình Minh), for the
synthetic documents of the unit and timeline tests: its list of copies and its signature."""

from __future__ import annotations

PARTY_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu VP.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nTrần Văn Bình\n"
