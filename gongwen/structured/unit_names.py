"""Read the names of bodies: organisation words, runs sharing one suffix, places, and 我局 or 你们."""
from __future__ import annotations

import regex

from .context import Context
from .pattern_cache import cached

OPEN, CLOSE = "（(﹤<〈《〔", "）)﹥>〉》〕"

# the last characters of an organisation's name
ORG_END = r"""(?:
    部门|政府|管委会|委员会|委会|办公室|中心|工会|协会|联合会|商会   # whole words: 市人民政府, 村（居）委会
  | 单位|机构|小组|窗口|公司                                   # …领导小组成员单位, 注册地公共就业和人才服务机构
  | 部(?!门)                                                 # 市委宣传部, never the 部 of 部门
  | [局厅委办处室科院站队联]|所(?![在需有属得辖以])                              # 市人社局, 市发改委, 扶贫办, 工商联 …
  | 支行|分行|银行                                            # 人行忻州市中心支行
)"""
HAS_ORG_END = cached(ORG_END + r"\Z", regex.VERBOSE)
TRAILING_BRACKET = cached(r"[（(](?P<inner>[^（()）]*)[）)]\Z")  # 区农办（乡村振兴局）, 各镇（管理处）

# one character of a department's name
NAME_CHAR = r"""(?:
    (?!通过|[等要将由以对向把从的待])\p{Han}   # a Han character that is no function word
  | [（(﹤<〈][\p{Han}、，,]{1,10}[）)﹥>〉]  # a bracketed part whose 、 does not split: 各县（市、区）
)"""
# a name never opens with a verb: 强化部门协同, 全面贯彻落实… are no subjects
NAME = rf"""(?!请|与|经|通过|到|在|全面|贯彻|强化|加强|推动|推进|鼓励|支持|引导|督促|指导|要求|建立|健全|完善|落实|做好|压实|形成|发挥|
            充分|积极|切实|进一步|统筹|组织|协调|明确|确保|坚持|提供|开展|实施|依托|利用|通过|按照|根据|围绕)
            {NAME_CHAR}{{1,24}}?"""

COUNT = r"(?:[\d一二三四五六七八九十]{1,3}个)?"  # 省乡村振兴局…等12个部门

# a run of department names, the shared suffix written once: 发改、中小企业主管部门; 农业农村、文旅、商务等部门
NAMES = rf"""
    (?:(?P<names>[我你]们)|(?P<names>(?:{NAME}、)*{NAME}))   # 我们将…, 请你们…: the issuer, the addressees
    (?:
        (?<=们)
      |
        (?<={ORG_END}(?:[（(][^（()）]*[）)])?)(?P<tail>等{COUNT}(?:相关|有关)?(?:部门|处室|科室|单位))?   # …信息宣传处等相关处室
      | (?P<tail>等{COUNT}(?:相关|有关)?部门)                                  # …商务等部门
    )
"""

# level words that several elided names share (各级人社、扶贫部门), and subjects that name no department
LEVEL = cached(
    r"""^(?:各(?:级|地|盟市|市|县|旗县|区|乡镇|乡|镇|街道)(?:[（(][^）)]*[）)])?   # 各级, 各市（州）
      | [省市县区乡]级                                                        # 市级
      | [省市县区](?!场)                                                      # 市人社、财政局, never 市场监管
    )""",
    regex.VERBOSE,
)
# a subject that is a bare kind word with no qualifier (单位主要领导签字); 各相关部门, 各乡镇人民政府 are bodies
GENERIC = cached(r"^(?:部门|政府|党委|单位|机构|处室)$")
# a subject that names only places (各地, 各县（市、区）, 全省各地), and the scope word before a body (全县各级各部门)
PLACE_ONLY = cached(r"^(?:全[省市县区州盟旗])?(?:各(?:级|地区?|盟市|市|县区?|旗县|区|乡镇|乡|镇|街道|州)(?:[（(][^）)]*[）)])?)+$")
SCOPE = cached(r"^全[省市县区州盟旗](?=各)")
TAIL_WORDS = cached(rf"^等{COUNT}(?:相关|有关)?")  # what a shared tail drops: 等12个部门 -> 部门
# the issuer and the addressees as a notice calls them: 我局, 本厅, 我们; 你们, 你厅, 你单位
SELF = cached(r"^(?:我|本)(?:们|局|厅|委|办|部|处|科|中心|院|单位|部门)$")
ADDRESSEE = cached(r"^(?:你|贵)(?:们|局|厅|委|办|部|处|科|中心|院|单位|部门)$")
# a place that ends a name, and a name made of a place and the body word it shares with the places before it
PLACE_END = cached(r"(?:[省市县区镇乡州旗盟]|街道)$")
PLACE_HEAD = cached(r"^(?P<place>\p{Han}+?(?:[省市县区镇乡州旗盟]|街道))(?P<body>\p{Han}+)$")
# those a notice serves, not bodies that answer for a duty: 用人单位, 申报单位, 见习单位
CLIENT = cached(r"(?:用人|用工|申报|申请|见习|参保|缴费|受表彰的?)单位\Z")
JOINED = cached(r"(?<=部门|政府|管委会|委员会|办公室|中心|[局厅委办处室])(?:以及|和|及|与)")


def split(s: str, seps: str) -> list[str]:
    """Split `s` at any of `seps` outside brackets, dropping empty parts."""
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in s:
        depth += (ch in OPEN) - (ch in CLOSE)
        if ch in seps and depth <= 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip(" \u3000\t。.") for p in parts if p.strip(" \u3000\t。.")]


def restore(names: list[str], tail: str | None = None) -> list[str]:
    """Give names whose suffix or level word is elided the shared ones: 各级人社、扶贫部门 -> 各级人社部门, 各级扶贫部门."""
    names = [part for n in names for part in JOINED.split(n) if part]
    if not names:
        return []
    shared = org_end(names[-1]) or TAIL_WORDS.sub("", tail or "")
    level = LEVEL.match(names[0]) if not org_end(names[0]) else None
    out = []
    for n in names:
        if not org_end(n):
            n += shared
        if level and not LEVEL.match(n):
            n = level.group() + n
        out.append(n)
    return out


def org_end(name: str) -> str | None:
    """Return the organisation word that ends `name` (部门, 局 …) or its bracketed last part (各镇（管理处）), or None."""
    m = HAS_ORG_END.search(name) or HAS_ORG_END.search(TRAILING_BRACKET.sub("", name))
    if m is None and (bracket := TRAILING_BRACKET.search(name)):
        m = HAS_ORG_END.search(bracket["inner"])
    return m.group() if m else None


def bodies(names: str, tail: str | None, ctx: Context) -> list[str]:
    """Return the bodies a run of subject names holds: places dropped, suffixes restored, 我局 and 你们 resolved."""
    parts = [SCOPE.sub("", n) for n in split(names, "、") if not PLACE_ONLY.match(n)]
    return [b for u in restore(parts, tail) if not _generic(u) for b in _resolve(u, ctx)]


def _resolve(unit: str, ctx: Context) -> list[str]:
    """Return the bodies a unit word stands for: the issuer for 我局, the addressees for 你们, else the word."""
    if SELF.match(unit):
        return [_placed(_own_body(issuer, unit[1:]), ctx) for issuer in ctx.meta.issuers[:1]]
    if ADDRESSEE.match(unit):
        return [r for line in ctx.meta.recipients for r in _restore_places(split(line, "、"))]
    return [unit]


def _own_body(issuer: str, word: str) -> str:
    """Return the body an issuer calls by `word`: 我厅 in a notice of …厅办公室 is …厅."""
    cut = issuer.rfind(word)
    return issuer[: cut + len(word)] if word != "们" and cut > 0 else issuer


def _placed(name: str, ctx: Context) -> str:
    """Return an issuer's name with its place where it prints only its level (省住房和城乡建设厅 in a Jiangxi
    notice is 江西省住房和城乡建设厅)."""
    place = {"省": ctx.meta.province, "市": ctx.meta.city, "县": ctx.meta.county, "区": ctx.meta.county}.get(name[:1])
    level = {"省": "province", "市": "city", "县": "county", "区": "county"}.get(name[:1])
    if place and ctx.meta.level == level and place.endswith(name[0]):
        return place + name[1:]
    return name


def _restore_places(names: list[str]) -> list[str]:
    """Give places that share a body word the one printed after the last: 文峰镇、菱角镇人民政府 -> 文峰镇人民政府, …."""
    last = PLACE_HEAD.match(names[-1]) if names else None
    if last is None:
        return names
    return [n + last["body"] if PLACE_END.search(n) else n for n in names[:-1]] + [names[-1]]


def _generic(unit: str) -> bool:
    """Tell whether a subject names no specific body: places, generic words, or those a notice serves."""
    return bool(GENERIC.match(unit) or CLIENT.search(unit))


def printed_run(m: regex.Match) -> str:
    """Return the run of names a match printed, with its shared tail: 县人社、乡村振兴等部门."""
    return m.string[m.start("names") : max(m.end("names"), m.end("tail"))]


def as_printed(units: list[str], printed: str) -> list[str] | None:
    """Return [printed] when some unit is not printed as such (restored suffix, 我厅 resolved), else None."""
    return [printed] if any(u not in printed for u in units) else None
