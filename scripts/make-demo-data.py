#!/usr/bin/env python3
"""Generate the fictional demo bureau data for Zhibiao (指标).

演示数据，纯属虚构 -- fictional demo data, not any real city's figures.

Writes, into resources/demo/ (next to this script's parent folder):
  indicators.csv  code,category,subcategory,name,unit,kind,direction,precision,parent,sort,schedule,phrase,clauses
  org-units.csv   code,name,parent
  targets.csv     code,org_unit,year,target
  figures.csv     code,org_unit,year,quarter,value,note

The output is deterministic (fixed random seed); running the script twice gives
byte-identical files. After writing, the files are read back and checked
(references, sums, monotonic year-to-date flows, duplicates, the outcome mix the
tests and screenshots rely on). The script exits non-zero when a check fails.

Usage: python3 scripts/make-demo-data.py [output-dir]
Standard library only.
"""

import csv
import os
import random
import sys

SEED = 20191231
YEARS = (2018, 2019)
QUARTERS = (1, 2, 3, 4)
CITY = "CITY"

# ---------------------------------------------------------------------------
# Organisation units: the city and four fictional counties/districts.
# ---------------------------------------------------------------------------
COUNTIES = [
    ("D01", "青禾区"),
    ("D02", "鹭洲区"),
    ("D03", "桐溪县"),
    ("D04", "白芷县"),
]
COUNTY_CODES = [c for c, _ in COUNTIES]

# Share of the city's workload per county. Urban districts dominate jobs,
# insurance and skills; rural counties dominate rural pensions and poverty work.
WEIGHTS = {
    "urban": [0.34, 0.27, 0.21, 0.18],
    "mixed": [0.27, 0.23, 0.26, 0.24],
    "rural": [0.13, 0.17, 0.36, 0.34],
}

# ---------------------------------------------------------------------------
# Units and precision.
# ---------------------------------------------------------------------------
PRECISION = {
    "万人": 2, "亿元": 2, "万元": 2, "万人次": 2,
    "%": 1,
    "元": 0,
    "人": 0, "个": 0, "家": 0, "场": 0, "名": 0, "户": 0, "件": 0,
}

# ---------------------------------------------------------------------------
# The catalogue (domain.md, "Catalogue found in the reference, section 一").
#
# Per indicator:
#   target   {year: annual target} or None
#   city     the city's quarter-end figures per year:
#              cumulative: fractions of `base` (the target, or `total` when there
#                          is no target), year-to-date, non-decreasing
#              stock/rate/growth: absolute values
#   total    {year: base for the fractions} for cumulative flows without target
#   weights  key into WEIGHTS (how counties share the city)
#   city_only   True when only the city reports (income, per-capita averages)
#   derive   (source code, factor, extra) : county values computed from another
#            indicator's county values (money from head counts, persons from
#            households); see derived() below
# ---------------------------------------------------------------------------
LINEAR = (0.25, 0.50, 0.75, 1.00)

CATALOGUE = [
    # ----------------------------------------------------------- 就业创业
    dict(code="JY01", category="就业创业", name="城镇新增就业", unit="万人",
         kind="cumulative", direction="higher", weights="urban",
         target={2018: 4.30, 2019: 4.50},
         city={2018: (0.28, 0.56, 0.83, 1.08), 2019: (0.31, 0.66, 1.02, 1.12)}),
    dict(code="JY02", category="就业创业", name="农村劳动力转移", unit="万人",
         kind="cumulative", direction="higher", weights="rural",
         target={2018: 3.00, 2019: 3.20},
         city={2018: (0.27, 0.55, 0.80, 1.05), 2019: (0.30, 0.64, 1.01, 1.10)}),
    dict(code="JY03", category="就业创业", name="创业担保贷款发放", unit="亿元",
         kind="cumulative", direction="higher", weights="urban",
         target={2018: 7.50, 2019: 8.00},
         city={2018: (0.26, 0.52, 0.78, 1.04), 2019: (0.26, 0.47, 0.68, 1.03)}),
    dict(code="JY04", category="就业创业", name="城镇登记失业率", unit="%",
         kind="rate", direction="ceiling", weights="urban", spread=0.4,
         target={2018: 4.0, 2019: 4.0},
         city={2018: (3.5, 3.4, 3.4, 3.4), 2019: (3.3, 3.3, 3.2, 3.2)}),
    # ----------------------------------------------- 城镇常住居民可支配收入
    # SR01 2019 is derived from SR01 2018 and SR02 2019 (see build_city_income).
    dict(code="SR01", category="城镇常住居民可支配收入",
         name="城镇常住居民人均可支配收入", unit="元",
         kind="stock", direction="higher", weights="urban", city_only=True,
         target=None,
         city={2018: (9120, 16850, 24980, 33240), 2019: None}),
    dict(code="SR02", category="城镇常住居民可支配收入",
         name="城镇常住居民人均可支配收入增速", unit="%",
         kind="growth", direction="higher", weights="urban", city_only=True,
         target={2018: 8.5, 2019: 8.5},
         city={2018: (8.7, 8.8, 8.6, 8.6), 2019: (8.9, 9.1, 9.0)}),
    # ------------------------------------------------------- 社会保险参保
    dict(code="SB01", category="社会保险参保",
         name="企业职工基本养老保险参保人数", unit="万人",
         kind="stock", direction="higher", weights="urban",
         target={2018: 57.00, 2019: 60.00},
         city={2018: (55.62, 56.31, 56.93, 57.84),
               2019: (58.43, 59.27, 60.52, 61.18)}),
    dict(code="SB02", category="社会保险参保", name="失业保险参保人数",
         unit="万人", kind="stock", direction="higher", weights="urban",
         target={2018: 26.50, 2019: 28.00},
         city={2018: (25.87, 26.18, 26.42, 26.91),
               2019: (27.16, 27.71, 28.29, 28.63)}),
    dict(code="SB03", category="社会保险参保", name="工伤保险参保人数",
         unit="万人", kind="stock", direction="higher", weights="urban",
         target={2018: 30.00, 2019: 32.00},
         city={2018: (29.08, 29.57, 29.91, 30.46),
               2019: (30.94, 31.62, 32.27, 32.81)}),
    # ------------------------------------------------------- 技能人才培养
    dict(code="JN01", category="技能人才培养", name="新增技能人才", unit="万人",
         kind="cumulative", direction="higher", weights="urban",
         target={2018: 1.10, 2019: 1.20},
         city={2018: (0.26, 0.51, 0.79, 1.06), 2019: (0.27, 0.55, 0.81, 1.09)}),
    dict(code="JN02", category="技能人才培养", name="新增高技能人才", unit="人",
         kind="cumulative", direction="higher", weights="urban", parent="JN01",
         target={2018: 3300, 2019: 3600},
         city={2018: (0.26, 0.52, 0.78, 1.05), 2019: (0.27, 0.53, 0.80, 1.07)}),
    dict(code="JN03", category="技能人才培养", name="职业技能鉴定", unit="万人次",
         kind="cumulative", direction="higher", weights="urban",
         target={2018: 2.40, 2019: 2.60},
         city={2018: (0.26, 0.53, 0.80, 1.03), 2019: (0.27, 0.56, 0.82, 1.05)}),
    # --------------------------------------------------- 构建和谐劳动关系
    dict(code="LD01", category="构建和谐劳动关系", name="劳动人事争议案件调解率",
         unit="%", kind="rate", direction="higher", weights="urban", spread=2.5,
         target={2018: 60.0, 2019: 60.0},
         city={2018: (63.2, 64.5, 65.1, 65.8), 2019: (66.0, 67.2, 67.9, 68.5)}),
    dict(code="LD02", category="构建和谐劳动关系", name="劳动人事争议案件结案率",
         unit="%", kind="rate", direction="higher", weights="urban", spread=1.2,
         target={2018: 90.0, 2019: 90.0},
         city={2018: (91.8, 92.3, 93.0, 93.6), 2019: (92.4, 93.4, 93.8, 94.2)}),
    dict(code="LD03", category="构建和谐劳动关系", name="劳动人事争议案件上线率",
         unit="%", kind="rate", direction="higher", weights="urban", spread=0.8,
         target={2018: 95.0, 2019: 95.0},
         city={2018: (96.6, 96.8, 97.3, 97.6), 2019: (97.5, 98.0, 98.4, 98.6)}),
    dict(code="LD04", category="构建和谐劳动关系",
         name="劳动保障监察投诉举报案件结案率", unit="%", kind="rate",
         direction="higher", weights="urban", spread=0.3,
         target={2018: 98.0, 2019: 98.0},
         city={2018: (98.6, 98.7, 98.8, 98.9), 2019: (98.6, 98.5, 98.4, 97.5)}),
    # ------------------------------------------------------------ 民生工程
    dict(code="MS01", category="民生工程", subcategory="就业创业促进工程",
         name="公益性岗位开发", unit="个", kind="cumulative", direction="higher",
         weights="mixed", target={2018: 1400, 2019: 1500},
         city={2018: (0.26, 0.54, 0.81, 1.06), 2019: (0.28, 0.57, 0.83, 1.08)}),
    dict(code="MS02", category="民生工程", subcategory="就业创业促进工程",
         name="公益性岗位安置到岗率", unit="%", kind="rate", direction="higher",
         weights="mixed", spread=1.5, target={2018: 90.0, 2019: 90.0},
         city={2018: (92.5, 93.8, 94.6, 95.1), 2019: (93.2, 94.5, 95.7, 96.3)}),
    dict(code="MS03", category="民生工程", subcategory="就业创业促进工程",
         name="就业见习岗位开发", unit="个", kind="cumulative",
         direction="higher", weights="urban", target={2018: 1100, 2019: 1200},
         city={2018: (0.27, 0.53, 0.79, 1.02), 2019: (0.16, 0.34, 0.55, 1.01)}),
    dict(code="MS04", category="民生工程", subcategory="就业创业促进工程",
         name="吸纳就业见习人数", unit="人", kind="cumulative",
         direction="higher", weights="urban", target={2018: 1000, 2019: 1100},
         city={2018: (0.27, 0.53, 0.79, 1.04), 2019: (0.27, 0.53, 0.78, 1.05)}),
    dict(code="MS05", category="民生工程", subcategory="就业创业促进工程",
         name="高校毕业生求职创业补贴人数", unit="人", kind="cumulative",
         direction="higher", weights="urban", target=None,
         total={2018: 2350, 2019: 2600},
         city={2018: (0.12, 0.60, 0.86, 1.00), 2019: (0.14, 0.62, 0.85, 1.00)}),
    # 1000 元 (0.10 万元) per graduate
    dict(code="MS06", category="民生工程", subcategory="就业创业促进工程",
         name="高校毕业生求职创业补贴金额", unit="万元", kind="cumulative",
         direction="higher", weights="urban", target=None,
         derive=("MS05", 0.10, 0)),
    dict(code="MS07", category="民生工程", subcategory="就业创业促进工程",
         name="省级农民工返乡创业示范园", unit="家", kind="stock",
         direction="higher", weights="rural", target=None,
         city={2018: (1, 1, 2, 2), 2019: (2, 2, 3, 3)}),
    dict(code="MS08", category="民生工程", subcategory="技工大省技能培训工程",
         name="技能脱贫培训", unit="人", kind="cumulative", direction="higher",
         weights="rural", target={2018: 3000, 2019: 3200},
         city={2018: (0.26, 0.53, 0.79, 1.03), 2019: (0.26, 0.51, 0.77, 0.96)}),
    dict(code="MS09", category="民生工程", subcategory="技工大省技能培训工程",
         name="企业新录用人员岗前技能培训", unit="人", kind="cumulative",
         direction="higher", weights="urban", target={2018: 6000, 2019: 6500},
         city={2018: (0.26, 0.52, 0.78, 0.978), 2019: (0.27, 0.54, 0.80, 1.04)}),
    # Seasonal: enrolment happens in autumn.
    dict(code="MS10", category="民生工程", subcategory="技工大省技能培训工程",
         name="新技工系统培养全日制招生", unit="人", kind="cumulative",
         direction="higher", weights="mixed", schedule=(5, 15, 70, 100),
         target={2018: 3800, 2019: 4000},
         city={2018: (0.06, 0.17, 0.72, 1.02), 2019: (0.06, 0.17, 0.73, 1.03)}),
    dict(code="MS11", category="民生工程", subcategory="城乡居民养老保险",
         name="城乡居民养老保险参保缴费人数", unit="万人", kind="cumulative",
         direction="higher", weights="rural", target={2018: 95.00, 2019: 98.00},
         city={2018: (0.30, 0.62, 0.88, 1.02), 2019: (0.32, 0.64, 0.90, 1.03)}),
    dict(code="MS12", category="民生工程", subcategory="城乡居民养老保险",
         name="城乡居民养老保险当月养老金发放人数", unit="万人", kind="stock",
         direction="higher", weights="rural", target=None,
         city={2018: (44.18, 44.62, 45.03, 45.31),
               2019: (45.64, 45.98, 46.35, 46.72)}),
    dict(code="MS13", category="民生工程", subcategory="城乡居民养老保险",
         name="城乡居民养老保险人均月领取养老金", unit="元", kind="stock",
         direction="higher", weights="rural", city_only=True, target=None,
         city={2018: (118, 118, 121, 121), 2019: (128, 128, 132, 132)}),
    dict(code="MS14", category="民生工程", subcategory="城乡居民养老保险",
         name="城乡居民养老保险养老金发放率", unit="%", kind="rate",
         direction="higher", weights="rural", spread=0.0, target=None,
         city={2018: (100.0, 100.0, 100.0, 100.0),
               2019: (100.0, 100.0, 100.0, 100.0)}),
    dict(code="MS15", category="民生工程", subcategory="技工学校经济困难学生助学补助",
         name="国家助学金享受人数", unit="人", kind="cumulative",
         direction="higher", weights="mixed", target=None,
         total={2018: 2100, 2019: 2250},
         city={2018: (0.40, 0.52, 0.88, 1.00), 2019: (0.41, 0.53, 0.87, 1.00)}),
    # 2000 元 (0.20 万元) per student and year
    dict(code="MS16", category="民生工程", subcategory="技工学校经济困难学生助学补助",
         name="国家助学金发放金额", unit="万元", kind="cumulative",
         direction="higher", weights="mixed", target=None,
         derive=("MS15", 0.20, 0)),
    dict(code="MS17", category="民生工程", subcategory="技工学校经济困难学生助学补助",
         name="免学费补助享受人数", unit="人", kind="cumulative",
         direction="higher", weights="mixed", target=None,
         total={2018: 6800, 2019: 7200},
         city={2018: (0.46, 0.50, 0.94, 1.00), 2019: (0.45, 0.51, 0.95, 1.00)}),
    dict(code="MS18", category="民生工程", subcategory="技工学校经济困难学生助学补助",
         name="免学费补助金额", unit="万元", kind="cumulative",
         direction="higher", weights="mixed", target=None,
         derive=("MS17", 0.20, 0)),
    # ------------------------------------------------------------ 扶贫工作
    dict(code="FP01", category="扶贫工作", subcategory="就业脱贫",
         name="就业扶贫车间", unit="家", kind="stock", direction="higher",
         weights="rural", target=None,
         city={2018: (62, 68, 75, 81), 2019: (84, 88, 93, 96)}),
    dict(code="FP02", category="扶贫工作", subcategory="就业脱贫",
         name="扶贫公益性岗位开发", unit="个", kind="cumulative",
         direction="higher", weights="rural", target=None,
         total={2018: 1350, 2019: 1480},
         city={2018: (0.24, 0.55, 0.80, 1.00), 2019: (0.26, 0.56, 0.81, 1.00)}),
    dict(code="FP03", category="扶贫工作", subcategory="就业脱贫",
         name="贫困劳动者定向招工专场招聘会", unit="场", kind="cumulative",
         direction="higher", weights="rural", target=None,
         total={2018: 18, 2019: 22},
         city={2018: (0.30, 0.55, 0.78, 1.00), 2019: (0.32, 0.55, 0.77, 1.00)}),
    dict(code="FP04", category="扶贫工作", subcategory="就业脱贫",
         name="建档立卡贫困劳动者帮扶就业", unit="人", kind="cumulative",
         direction="higher", weights="rural", target={2018: 2200, 2019: 2400},
         city={2018: (0.27, 0.55, 0.82, 1.05), 2019: (0.28, 0.57, 0.83, 1.06)}),
    dict(code="FP05", category="扶贫工作", subcategory="社保扶贫",
         name="建档立卡贫困人员参保人数", unit="人", kind="stock",
         direction="higher", weights="rural", target=None,
         city={2018: (58210, 58640, 58930, 59120),
               2019: (59310, 59520, 59680, 59790)}),
    dict(code="FP06", category="扶贫工作", subcategory="社保扶贫",
         name="建档立卡贫困人员参保缴费人数", unit="人", kind="stock",
         direction="higher", weights="rural", parent="FP05", target=None,
         city={2018: (25830, 26140, 26420, 26590),
               2019: (26710, 26880, 27020, 27110)}),
    dict(code="FP07", category="扶贫工作", subcategory="社保扶贫",
         name="建档立卡贫困人员领取待遇人数", unit="人", kind="stock",
         direction="higher", weights="rural", parent="FP05", target=None,
         city={2018: (31460, 31590, 31680, 31730),
               2019: (31810, 31870, 31920, 31960)}),
    dict(code="FP08", category="扶贫工作", subcategory="人事人才扶贫",
         name="“三支一扶”人员招募", unit="名", kind="cumulative",
         direction="higher", weights="rural", target=None,
         total={2018: 48, 2019: 52},
         city={2018: (0.0, 0.0, 1.00, 1.00), 2019: (0.0, 0.0, 1.00, 1.00)}),
    dict(code="FP09", category="扶贫工作", subcategory="人事人才扶贫",
         name="艰苦边远地区县乡事业单位招聘", unit="名", kind="cumulative",
         direction="higher", weights="rural", target=None,
         total={2018: 120, 2019: 135},
         city={2018: (0.0, 0.40, 0.86, 1.00), 2019: (0.0, 0.42, 0.85, 1.00)}),
    dict(code="FP10", category="扶贫工作", subcategory="驻村定点扶贫",
         name="驻村帮扶脱贫户数", unit="户", kind="cumulative",
         direction="higher", weights="rural", target=None,
         total={2018: 36, 2019: 18},
         city={2018: (0.0, 0.30, 0.60, 1.00), 2019: (0.0, 0.28, 0.61, 1.00)}),
    # two or three persons per household
    dict(code="FP11", category="扶贫工作", subcategory="驻村定点扶贫",
         name="驻村帮扶脱贫人数", unit="人", kind="cumulative",
         direction="higher", weights="rural", target=None,
         derive=("FP10", 2, 1)),
]

BY_CODE = {ind["code"]: ind for ind in CATALOGUE}

# Notes on the city's behind-schedule figures (own wording, demo only).
# {gap} is filled with the shortfall in percentage points.
CITY_NOTES = {
    ("JY03", 2019, 2): "部分贷款申请仍在银行审批中，放款进度慢于序时进度{gap}个百分点。",
    ("JY03", 2019, 3): "合作银行收紧审批，放款较序时进度落后{gap}个百分点；已协调增加经办银行，四季度集中放款。",
    ("MS03", 2019, 1): "见习单位申报多集中在毕业季，一季度新开发岗位偏少。",
    ("MS03", 2019, 2): "新开发见习岗位不足，落后序时进度{gap}个百分点；已约谈进度滞后的县区。",
    ("MS03", 2019, 3): "见习岗位开发严重滞后（落后序时进度{gap}个百分点），部分见习人员使用上年结转岗位；四季度开展见习岗位专项募集。",
    ("MS08", 2019, 4): "建档立卡贫困劳动力多已稳定就业，参训意愿下降，全年差{gap}个百分点未完成，缺口转入下年计划。",
    ("MS09", 2018, 4): "部分企业新录用人员岗前培训推迟至次年一季度开班，全年未完成目标。",
    ("LD04", 2019, 4): "年末集中受理的欠薪投诉部分跨年办结，结案率低于年度目标{gap}个百分点。",
}

# Short notes for county figures that fall behind (own wording, demo only),
# by kind and by whether the year is still running (Q1-Q3) or closed (Q4).
COUNTY_NOTES = {
    ("cumulative", False): [
        "本县区进度慢于序时进度，已制定赶进度计划。",
        "项目集中在下半年实施，进度暂时滞后。",
        "已督促经办机构加快工作进度。",
    ],
    ("cumulative", True): [
        "本县区全年未完成目标，差额已纳入下年计划。",
        "部分项目跨年实施，全年完成略低于目标。",
    ],
    ("rate", False): [
        "个别案件办理周期较长，已跟踪督办。",
        "少数事项尚在办理中，下季度可望回升。",
    ],
    ("rate", True): ["年末仍有少量案件在办，已跟踪督办。"],
    ("ceiling", False): ["受辖区企业减员影响，失业率高于控制目标。"],
    ("ceiling", True): ["受辖区企业减员影响，失业率高于控制目标。"],
    ("stock", True): ["部分单位参保登记延至次年初办理。"],
}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def prec(ind):
    return PRECISION[ind["unit"]]


def to_units(value, p):
    """A value in the indicator's unit -> integer count of 10^-p (half-up)."""
    scaled = value * (10 ** p)
    return int(scaled + 0.5) if scaled >= 0 else -int(-scaled + 0.5)


def fmt_units(units, p):
    if p == 0:
        return str(units)
    sign = "-" if units < 0 else ""
    units = abs(units)
    whole, frac = divmod(units, 10 ** p)
    return "%s%d.%0*d" % (sign, whole, p, frac)


def parse_units(text, p):
    text = text.strip()
    neg = text.startswith("-")
    if neg:
        text = text[1:]
    if "." in text:
        whole, frac = text.split(".")
    else:
        whole, frac = text, ""
    if len(frac) != p:
        raise ValueError("%r does not have %d decimals" % (text, p))
    units = int(whole) * 10 ** p + (int(frac) if frac else 0)
    return -units if neg else units


def allocate(total, shares):
    """Split a non-negative integer total by shares (largest remainder)."""
    s = sum(shares)
    raw = [total * x / s for x in shares]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def jitter(rng, weights, amount):
    return [w * (1.0 + rng.uniform(-amount, amount)) for w in weights]


def expected_share(ind, quarter):
    sched = ind.get("schedule")
    if sched:
        return sched[quarter - 1] / 100.0
    return LINEAR[quarter - 1]


def behind_gap(ind, year, quarter, units, target_units):
    """Shortfall in percentage points when a figure is behind, else None.

    cumulative: completion vs expected share (序时进度)
    rate/growth higher: value vs target; ceiling: value over target
    stock: only at year end, completion vs target
    """
    if target_units is None:
        return None
    if ind["kind"] == "cumulative":
        completion = units / target_units * 100.0
        exp = expected_share(ind, quarter) * 100.0
        return exp - completion if completion < exp - 1e-9 else None
    if ind["kind"] == "stock":
        if quarter != 4 or units >= target_units:
            return None
        return (target_units - units) / target_units * 100.0
    p = prec(ind)
    if ind["direction"] == "ceiling":
        return (units - target_units) / 10 ** p if units > target_units else None
    return (target_units - units) / 10 ** p if units < target_units else None


# ---------------------------------------------------------------------------
# Building the data
# ---------------------------------------------------------------------------
def build_targets(rng):
    """{(code, org, year): units}"""
    targets = {}
    for ind in CATALOGUE:
        if not ind.get("target"):
            continue
        p = prec(ind)
        for year in YEARS:
            city_units = to_units(ind["target"][year], p)
            targets[(ind["code"], CITY, year)] = city_units
            if ind.get("city_only") or ind["kind"] == "growth":
                continue
            if ind["kind"] == "rate":
                for c in COUNTY_CODES:
                    targets[(ind["code"], c, year)] = city_units
                continue
            parts = allocate(city_units, WEIGHTS[ind["weights"]])
            for c, u in zip(COUNTY_CODES, parts):
                targets[(ind["code"], c, year)] = u
    return targets


def city_path_units(ind, year):
    """The city's quarter-end figures in units, or None for quarters not reported."""
    p = prec(ind)
    path = ind["city"][year]
    if ind["kind"] == "cumulative":
        base = ind["target"][year] if ind.get("target") else ind["total"][year]
        return [to_units(base * f, p) for f in path]
    return [to_units(v, p) for v in path]


def build_city_income():
    """SR01 2019 = SR01 2018 x (1 + SR02 2019 / 100), same quarter."""
    sr01, sr02 = BY_CODE["SR01"], BY_CODE["SR02"]
    sr01["city"][2019] = tuple(
        round(level * (1 + g / 100.0))
        for level, g in zip(sr01["city"][2018], sr02["city"][2019]))


def build_figures(rng):
    """{(code, org, year, quarter): units}"""
    figs = {}
    for ind in CATALOGUE:
        if ind.get("derive"):
            continue
        code, p = ind["code"], prec(ind)
        for year in YEARS:
            city = city_path_units(ind, year)
            quarters = QUARTERS[:len(city)]
            if ind.get("city_only"):
                for q, u in zip(quarters, city):
                    figs[(code, CITY, year, q)] = u
                continue
            w = WEIGHTS[ind["weights"]]
            if ind["kind"] == "cumulative":
                # Each county keeps its own pace for the year; increments are
                # split, so every county's year-to-date total only goes up.
                year_shares = jitter(rng, w, 0.05)
                prev, ytd = 0, [0] * len(COUNTY_CODES)
                for q, u in zip(quarters, city):
                    inc = u - prev
                    assert inc >= 0, (code, year, q)
                    parts = allocate(inc, jitter(rng, year_shares, 0.03))
                    ytd = [a + b for a, b in zip(ytd, parts)]
                    for c, v in zip(COUNTY_CODES, ytd):
                        figs[(code, c, year, q)] = v
                    figs[(code, CITY, year, q)] = sum(ytd)
                    prev = u
            elif ind["kind"] == "stock":
                parent = ind.get("parent")
                year_shares = jitter(rng, w, 0.04)
                for q, u in zip(quarters, city):
                    if parent:
                        # children share out like their parent
                        shares = [figs[(parent, c, year, q)] for c in COUNTY_CODES]
                    else:
                        shares = jitter(rng, year_shares, 0.005)
                    parts = allocate(u, shares)
                    for c, v in zip(COUNTY_CODES, parts):
                        figs[(code, c, year, q)] = v
                    figs[(code, CITY, year, q)] = sum(parts)
            else:  # rate: county values scatter around the city value
                spread = ind.get("spread", 1.0)
                for q, u in zip(quarters, city):
                    figs[(code, CITY, year, q)] = u
                    noise = [rng.uniform(-spread, spread) for _ in COUNTY_CODES]
                    mean = sum(noise) / len(noise)
                    for c, n in zip(COUNTY_CODES, noise):
                        v = to_units(u / 10 ** p + n - mean, p)
                        v = min(v, 100 * 10 ** p)
                        figs[(code, c, year, q)] = v
    # derived indicators: money from head counts, persons from households
    for ind in CATALOGUE:
        if not ind.get("derive"):
            continue
        src, factor, extra = ind["derive"]
        code, p = ind["code"], prec(ind)
        for year in YEARS:
            for c in COUNTY_CODES:
                prev_src, prev_val = 0, 0
                for q in QUARTERS:
                    s = figs[(src, c, year, q)]
                    inc_src = s - prev_src
                    inc = to_units(inc_src * factor, p)
                    if extra:
                        inc += rng.randint(0, inc_src * extra)
                    prev_val += inc
                    figs[(code, c, year, q)] = prev_val
                    prev_src = s
            for q in QUARTERS:
                figs[(code, CITY, year, q)] = sum(
                    figs[(code, c, year, q)] for c in COUNTY_CODES)
    return figs


def build_notes(rng, figs, targets):
    notes = {}
    for (code, org, year, q), units in sorted(figs.items()):
        ind = BY_CODE[code]
        t = targets.get((code, org, year))
        gap = behind_gap(ind, year, q, units, t)
        if gap is None:
            continue
        if org == CITY:
            text = CITY_NOTES.get((code, year, q))
            if text is None:
                raise SystemExit("city figure behind without a note: %s %d Q%d"
                                 % (code, year, q))
            notes[(code, org, year, q)] = text.format(gap="%.1f" % gap)
        else:
            key = ind["kind"]
            if key == "rate" and ind["direction"] == "ceiling":
                key = "ceiling"
            if key == "growth":
                key = "rate"
            pool = COUNTY_NOTES[(key, q == 4)]
            notes[(code, org, year, q)] = pool[rng.randrange(len(pool))]
    return notes


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------
def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def org_order(org):
    return 0 if org == CITY else 1 + COUNTY_CODES.index(org)


# How the demo's report states its indicators (its own catalogue's phrasing; other
# bureaus write their own or get the defaults of kind and direction). {value}/{number}
# are the indicator's figure with and without unit, {CODE}/{CODE.number} another's.
PHRASES = {
    "JY03": "发放创业担保贷款{value}",
    "SR01": "{name}达到{value}",
    "JN03": "组织职业技能鉴定{value}",
    "MS01": "开发公益性岗位{value}",
    "MS02": "安置到岗率{value}",
    "MS03": "开发就业见习岗位{value}",
    "MS04": "吸纳见习{value}",
    "MS05": "为{number}名高校毕业生发放求职创业补贴{MS06}",
    "MS07": "完成{value}省级农民工返乡创业示范园创建工作",
    "MS08": "开展技能脱贫培训{value}",
    "MS10": "新技工系统培养全日制招生{value}",
    "MS11": "新年度参保缴费{value}",
    "MS15": "{number}人享受国家助学金{MS16}",
    "MS17": "{number}人享受免学费补助{MS18}",
    "FP01": "建成{value}就业扶贫车间",
    "FP02": "开发{value}扶贫公益性岗位",
    "FP03": "举办{value}贫困劳动者定向招工专场招聘会",
    "FP04": "帮扶{number}名建档立卡贫困劳动者实现就业",
    "FP05": "建档立卡贫困人员参保{value}",
    "FP06": "缴费{value}",
    "FP07": "领取待遇{value}",
    "FP08": "招募“三支一扶”人员{value}",
    "FP09": "为艰苦边远地区县乡事业单位招聘人员{value}",
    "FP10": "驻村帮扶贫困户{value}{FP11}实现脱贫",
}
CLAUSES = {
    "MS02": "rate.above=超{target}的年度目标{diff}; rate.below=低于{target}的年度目标{diff}",
}


def write_all(outdir, targets, figs, notes):
    os.makedirs(outdir, exist_ok=True)
    ind_rows = []
    for i, ind in enumerate(CATALOGUE):
        sched = ind.get("schedule")
        ind_rows.append([
            ind["code"], ind["category"], ind.get("subcategory", ""),
            ind["name"], ind["unit"], ind["kind"], ind["direction"],
            prec(ind), ind.get("parent", ""), (i + 1) * 10,
            "/".join(str(x) for x in sched) if sched else "",
            PHRASES.get(ind["code"], ""), CLAUSES.get(ind["code"], ""),
        ])
    write_csv(os.path.join(outdir, "indicators.csv"),
              ["code", "category", "subcategory", "name", "unit", "kind",
               "direction", "precision", "parent", "sort", "schedule", "phrase", "clauses"],
              ind_rows)

    write_csv(os.path.join(outdir, "org-units.csv"), ["code", "name", "parent"],
              [[CITY, "全市", ""]] + [[c, n, CITY] for c, n in COUNTIES])

    sort_of = {ind["code"]: i for i, ind in enumerate(CATALOGUE)}
    rows = []
    for (code, org, year), u in sorted(
            targets.items(), key=lambda kv: (kv[0][2], sort_of[kv[0][0]],
                                             org_order(kv[0][1]))):
        rows.append([code, org, year, fmt_units(u, prec(BY_CODE[code]))])
    write_csv(os.path.join(outdir, "targets.csv"),
              ["code", "org_unit", "year", "target"], rows)

    rows = []
    for (code, org, year, q), u in sorted(
            figs.items(), key=lambda kv: (kv[0][2], kv[0][3], sort_of[kv[0][0]],
                                          org_order(kv[0][1]))):
        rows.append([code, org, year, q, fmt_units(u, prec(BY_CODE[code])),
                     notes.get((code, org, year, q), "")])
    write_csv(os.path.join(outdir, "figures.csv"),
              ["code", "org_unit", "year", "quarter", "value", "note"], rows)


# ---------------------------------------------------------------------------
# Validation: read the files back and check them.
# ---------------------------------------------------------------------------
class Checker:
    def __init__(self):
        self.errors = []

    def check(self, cond, msg):
        if not cond:
            self.errors.append(msg)


def read_csv(path, header):
    with open(path, "rb") as f:
        raw = f.read()
    assert not raw.startswith(b"\xef\xbb\xbf"), path + ": BOM"
    assert b"\r" not in raw, path + ": CR in file"
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == header, "%s: header %r" % (path, rows[0])
    return rows[1:]


def validate(outdir):
    ck = Checker()
    inds = read_csv(os.path.join(outdir, "indicators.csv"),
                    ["code", "category", "subcategory", "name", "unit", "kind",
                     "direction", "precision", "parent", "sort", "schedule", "phrase", "clauses"])
    orgs = read_csv(os.path.join(outdir, "org-units.csv"), ["code", "name", "parent"])
    tgts = read_csv(os.path.join(outdir, "targets.csv"),
                    ["code", "org_unit", "year", "target"])
    figr = read_csv(os.path.join(outdir, "figures.csv"),
                    ["code", "org_unit", "year", "quarter", "value", "note"])

    ind = {r[0]: r for r in inds}
    ck.check(len(ind) == len(inds), "duplicate indicator code")
    cats = []
    for r in inds:
        code, cat, sub, name, unit, kind, direction, p, parent, sort, sched, _phrase, _clauses = r
        if cat not in cats:
            cats.append(cat)
        ck.check(kind in ("cumulative", "stock", "rate", "growth"), code + " kind")
        ck.check(direction in ("higher", "ceiling"), code + " direction")
        ck.check(int(p) == PRECISION[unit], code + " precision")
        ck.check(parent == "" or parent in ind, code + " parent")
        ck.check(bool(sub) == (cat in ("民生工程", "扶贫工作")), code + " subcategory")
        if sched:
            parts = [int(x) for x in sched.split("/")]
            ck.check(len(parts) == 4 and parts == sorted(parts) and parts[-1] == 100,
                     code + " schedule")
    ck.check(cats == ["就业创业", "城镇常住居民可支配收入", "社会保险参保", "技能人才培养",
                      "构建和谐劳动关系", "民生工程", "扶贫工作"], "category order")
    ck.check([int(r[9]) for r in inds] == list(range(10, 10 * len(inds) + 1, 10)),
             "sort order")
    org = {r[0]: r for r in orgs}
    ck.check(org.get(CITY, [None, None, "x"])[2] == "", "CITY root")

    tmap = {}
    for code, o, y, t in tgts:
        ck.check(code in ind, "target: unknown code " + code)
        ck.check(o in org, "target: unknown org " + o)
        key = (code, o, int(y))
        ck.check(key not in tmap, "target duplicate %r" % (key,))
        tmap[key] = parse_units(t, int(ind[code][7]))

    fmap, notes = {}, {}
    for code, o, y, q, v, note in figr:
        ck.check(code in ind, "figure: unknown code " + code)
        ck.check(o in org, "figure: unknown org " + o)
        ck.check(q in ("1", "2", "3", "4"), "figure: quarter " + q)
        key = (code, o, int(y), int(q))
        ck.check(key not in fmap, "figure duplicate %r" % (key,))
        fmap[key] = parse_units(v, int(ind[code][7]))
        notes[key] = note

    for code, r in ind.items():
        kind = r[5]
        has_target = (code, CITY, 2019) in tmap
        for year in YEARS:
            # every indicator with a target has a city target in both years
            ck.check(has_target == ((code, CITY, year) in tmap),
                     "%s target in one year only" % code)
            city_only = not any((code, c, year, 1) in fmap for c in COUNTY_CODES)
            if kind in ("cumulative", "stock") and (code, CITY, year) in tmap \
                    and not city_only:
                s = sum(tmap[(code, c, year)] for c in COUNTY_CODES)
                ck.check(s == tmap[(code, CITY, year)],
                         "%s %d county targets do not add up" % (code, year))
            for q in QUARTERS:
                if (code, CITY, year, q) not in fmap:
                    ck.check(code == "SR01" or code == "SR02", "missing %s %d Q%d"
                             % (code, year, q))
                    continue
                if kind in ("cumulative", "stock") and not city_only:
                    s = sum(fmap[(code, c, year, q)] for c in COUNTY_CODES)
                    ck.check(s == fmap[(code, CITY, year, q)],
                             "%s %d Q%d city != sum of counties" % (code, year, q))
                if kind == "cumulative" and q > 1:
                    for o in [CITY] + COUNTY_CODES:
                        if (code, o, year, q) in fmap:
                            ck.check(fmap[(code, o, year, q)] >= fmap[(code, o, year, q - 1)],
                                     "%s %s %d Q%d YTD goes down" % (code, o, year, q))
    # income: city only; 2019 Q1-Q3, 2018 Q1-Q4
    for code in ("SR01", "SR02"):
        got = sorted(k for k in fmap if k[0] == code)
        want = sorted([(code, CITY, 2018, q) for q in QUARTERS] +
                      [(code, CITY, 2019, q) for q in (1, 2, 3)])
        ck.check(got == want, code + " periods")
    # children never exceed their parents
    for (code, o, y, q), v in fmap.items():
        parent = ind[code][8]
        if parent:
            pv = fmap[(parent, o, y, q)]
            scale = {("人", "万人"): 10000, ("人", "人"): 1}[(ind[code][4], ind[parent][4])]
            pp, cp = int(ind[parent][7]), int(ind[code][7])
            ck.check(v / 10 ** cp <= pv / 10 ** pp * scale,
                     "%s exceeds parent %s (%s %d Q%d)" % (code, parent, o, y, q))

    # --- the outcome mix for CITY (tests and screenshots rely on it) ---
    def completion(code, year, q):
        return fmap[(code, CITY, year, q)] / tmap[(code, CITY, year)] * 100.0

    def value(code, year, q):
        return fmap[(code, CITY, year, q)] / 10 ** int(ind[code][7])

    def target(code, year):
        return tmap[(code, CITY, year)] / 10 ** int(ind[code][7])

    summary = {"behind_q3": [], "missed_q4": [], "early": [], "met_q4": []}
    for code, r in ind.items():
        if (code, CITY, 2019) not in tmap:
            continue
        kind, direction = r[5], r[6]
        if kind == "cumulative":
            exp = expected_share(BY_CODE[code], 3) * 100
            if completion(code, 2019, 3) < exp:
                summary["behind_q3"].append(
                    "%s %.1f%% (expected %.0f%%)" % (code, completion(code, 2019, 3), exp))
        if kind in ("cumulative", "stock"):
            c4 = completion(code, 2019, 4)
            if c4 < 100:
                summary["missed_q4"].append("%s %.1f%%" % (code, c4))
            else:
                summary["met_q4"].append(code)
            if completion(code, 2019, 3) >= 100:
                summary["early"].append(code)
        elif kind in ("rate", "growth"):
            q = 4 if (code, CITY, 2019, 4) in fmap else 3
            v, t = value(code, 2019, q), target(code, 2019)
            ok = v <= t if direction == "ceiling" else v >= t
            if ok:
                summary["met_q4"].append(code)
            else:
                summary["missed_q4"].append("%s %.1f vs %.1f" % (code, v, t))

    ck.check(sorted(x.split()[0] for x in summary["behind_q3"]) == ["JY03", "MS03"],
             "2019 Q3 behind: %r" % summary["behind_q3"])
    ck.check(62 <= completion("JY03", 2019, 3) < 72, "JY03 Q3 about 68 %")
    ck.check(50 <= completion("MS03", 2019, 3) < 60, "MS03 Q3 about 55 %")
    ck.check(sorted(x.split()[0] for x in summary["missed_q4"]) == ["LD04", "MS08"],
             "2019 Q4 missed: %r" % summary["missed_q4"])
    ck.check(95 <= completion("MS08", 2019, 4) < 97, "MS08 Q4 about 96 %")
    ck.check(sorted(summary["early"]) == ["JY01", "JY02", "SB01", "SB02", "SB03"],
             "2019 reached early: %r" % summary["early"])
    for code, r in ind.items():
        if r[5] in ("cumulative", "stock") and (code, CITY, 2019) in tmap \
                and code != "MS08":
            ck.check(100 <= completion(code, 2019, 4) <= 115,
                     "%s 2019 Q4 completion %.1f" % (code, completion(code, 2019, 4)))
    ck.check(value("JY04", 2019, 4) <= target("JY04", 2019), "unemployment ceiling kept")
    # notes: every behind city figure has one, and only those
    for key, note in notes.items():
        code, o, y, q = key
        gap = behind_gap(BY_CODE[code], y, q, fmap[key], tmap.get((code, o, y)))
        ck.check((gap is None) == (note == ""), "note mismatch %r" % (key,))

    return ck.errors, summary


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[1] if len(sys.argv) > 1 else \
        os.path.join(os.path.dirname(here), "resources", "demo")
    rng = random.Random(SEED)
    build_city_income()
    targets = build_targets(rng)
    figs = build_figures(rng)
    notes = build_notes(rng, figs, targets)
    write_all(outdir, targets, figs, notes)
    errors, summary = validate(outdir)
    n_notes = sum(1 for v in notes.values() if v)
    print("wrote %d indicators, %d targets, %d figures (%d with a note) to %s"
          % (len(CATALOGUE), len(targets), len(figs), n_notes, outdir))
    print("2019 Q3 behind schedule:", ", ".join(summary["behind_q3"]))
    print("2019 Q4 missed:", ", ".join(summary["missed_q4"]))
    print("2019 reached by Q3:", ", ".join(summary["early"]))
    if errors:
        for e in errors:
            print("CHECK FAILED:", e, file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
