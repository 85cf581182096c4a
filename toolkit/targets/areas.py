"""How a report names its own government's area, for the patterns that set it aside before a
name ("全省地区生产总值" is 地区生产总值) or read it as a place alone ("全疆77%以上的…")."""

from __future__ import annotations

#: the whole area, as a regular-expression alternation: 全省 … and the forms of the regions
#: named by their geography, 新疆 (全疆) and 海南 (全岛)
WHOLE_AREA = "全省|全市|全区|全县|全州|全盟|全疆|全岛"
#: the area as the government's own ("我省")
OUR_AREA = "我省|我市|我区|我县"
