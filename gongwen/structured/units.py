"""Find who answers for each task: 责任单位 clauses and sentences whose subject is a department."""
from __future__ import annotations

import re

import regex

from ..record import ResponsibleUnit
from .context import Context
from .text import TextBlock

OPEN, CLOSE = "（(﹤<〈《〔", "）)﹥>〉》〕"
CLAUSE_OPEN = "（(〔"  # the brackets a 责任单位 clause is printed in

# the last characters of an organisation's name
ORG_END = r"""(?:
    部门|政府|管委会|委员会|委会|办公室|中心|工会|协会|联合会|商会   # whole words: 市人民政府, 村（居）委会
  | 单位|机构|小组|窗口|公司                                   # …领导小组成员单位, 注册地公共就业和人才服务机构
  | 部(?!门)                                                 # 市委宣传部, never the 部 of 部门
  | [局厅委办处室科院站队联]|所(?![在需有属得辖以])                              # 市人社局, 市发改委, 扶贫办, 工商联 …
  | 支行|分行|银行                                            # 人行忻州市中心支行
)"""
HAS_ORG_END = regex.compile(ORG_END + r"\Z", regex.VERBOSE)
TRAILING_BRACKET = regex.compile(r"[（(](?P<inner>[^（()）]*)[）)]\Z")  # 区农办（乡村振兴局）, 各镇（管理处）

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

# the words that make a subject's clause a duty, and those that do only after 由
DUTIES = ("要|将|应|须|必须|负责|牵头|会同|协同|积极配合|配合|按规定|按照|依法|成立|参加(?=[）)，,。；;])|参与(?=[）)，,。；;])|"
          "审核|复审|初审|复核|审批|审定|核定|核实|发放|拨付|兑现|给予|受理|按|根据|依据")  # 县农业农村局复审
AGENTS = ("制定|组织|统筹|统一|集中|审核|复审|初审|复核|审批|审定|认定|核定|核实|核发|发放|拨付|支付|兑现|给予|落实|办理|备案|"
          "提供|承担|确定|实施|开展|安排|管理|监督|指导|协调|按|根据|依据")

# a body that receives an application or a report, or acts on a case: 向…申请, 报送至…, 经…审核
BODY = rf"(?P<body>[\p{{Han}}A-Za-z（()）]{{1,30}}?{ORG_END}(?:[（(][^（()）]{{1,8}}[）)])?)"
RECEIVES = "申请|申报|申领|提出|反映|报送|报告|提交|递交|咨询|举报|投诉|备案|推荐|联系|查询"
STOP = r"[。，,；;：:！？!?\n）)]|\Z"
SLOT = regex.compile(
    rf"""
    (?:向|与|(?<!\p{{Han}})联系|(?<=可|请|并|及时)联系)       # 向…申请, 请与…联系, 可联系…查询: a verb must follow
        {BODY}(?:实名|书面|及时|如实)?(?=(?:{RECEIVES}))
  | (?:报送|上报|送交|交至|交到|提交|递交|送至|报(?=[省市县区州盟旗]))(?:至|到)?   # 报送至…, 报省…: the body may end the clause
        {BODY}(?=(?:{RECEIVES})|{STOP})
  | (?:(?:(?<![\p{{Han}}])|(?<=[并须应需]))经(?!过)|被)           # 经县人社、乡村振兴等部门联合发文认定, 被市人社局认定
        {NAMES}(?:联合发文|联合|共同|统一|集中|逐级)?(?=审核|审查|审批|审定|认定|核定|核实|核查|复核|复审|初审|评审|鉴定|验收|确认|备案)
    """,
    regex.VERBOSE,
)

# how a subject shares out a duty, between its name and the duty word
MANNER = r"""(?:
    按(?:照)?(?:各自)?职责(?:分工)?   # 市发改委、市工信局按职责分工负责
  | 分别|共同|各自                   # 市人社局、市财政局分别负责
)"""

# a due date between the subject and its duty: 各县市人社局每月25日前将…, 由县级人社部门于11月底前集中审核发放
WHEN = r"""(?:
    (?=[于在]?(?:每|\d))(?:于|在)?
    (?:每(?:月|周|季度?|年|旬))?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日|底|末|[上中下]旬)?(?:以前|之前|前)
)"""

# a clause that opens with a department as its subject, and the word that makes it a duty
SUBJECT = regex.compile(
    rf"""
    (?:(?<=\A)|(?<=[\n。；;，,：:！？!?（(]))[ \t\u3000]*    # a clause starts, also inside brackets
    (?:[（(][一二三四五六七八九十\d]{{1,3}}[）)]|\d{{1,2}}[、．.]|[一二三四五六七八九十]{{1,3}}[、．]|[①-⑳]|[一二三四五六七八九十]是)?   # 1. （一） 二、 三是
    (?:
        (?P<by>[^\s，,。；;：:]{{0,8}}?由)                 # 具体标准由…部门制定
      | (?P<with>[^\s，,。；;：:]{{0,8}}?以)               # 各地要以人社、扶贫部门牵头
      | (?P<ask>请)                                       # 请各单位于…前完成: a request names its body
    )??
    {NAMES}
    [ \u3000]?
    (?:{MANNER})?
    {WHEN}?
    (?:[，,](?=会同))?                     # …等12个部门，会同…
    (?:
        (?P<duty>{DUTIES})                # 人社部门要…
      | (?(by)(?P<agent>{AGENTS})|(?!))   # only after 由: 由县财政局统一拨付; never 市委|组织部
      | (?(ask)(?P<agent>(?=\p{{Han}}))|(?!))   # after 请 any verb: 请你们安排专人
    )
    """,
    regex.VERBOSE,
)
# Speed: SUBJECT backtracks a lot at every clause start, so it is tried only where it can match.
# what SUBJECT's look-behind allows before a clause start
CLAUSE_MARK = regex.compile(r"[\n。；;，,：:！？!?（(]")
# what SUBJECT never consumes before its duty word, except in a bracketed part (which these open)
# and one space right before the duty word; the blanks are those of regex's \s (the stdlib `re`
# is used for these two simple patterns: it is faster to call, and no `regex` feature is needed)
STOP_OR_OPEN = re.compile("[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000，,。；;：:（(﹤<〈]")
DUTY_WORD = re.compile(f"{DUTIES}|{AGENTS}")

# the words that label a list of units, in clauses and as table column headers
UNIT_LABELS = r"""(?:
    (?:牵头|协同|配合)?责任(?:单位|部门)|主责单位      # the units in charge: 牵头责任单位, 协同责任单位
  | (?:项目)?实施(?:单位|主体)|受理(?:部门|单位|机构)|监督(?:部门|单位)   # who carries a service out
  | 牵头单位|牵头部门|主办单位                      # the lead
  | 配合单位|配合部门|协办单位|协同单位|参与单位     # those who help
)"""
# a clause naming the units in charge: （责任单位：…）, (牵头单位:…;配合单位:…), or 责任单位：… on its own line
LABEL = regex.compile(rf"(?P<label>{UNIT_LABELS})\s*[：:]\s*", regex.VERBOSE)
# a field of a service guide, its label and value set apart by blanks: 实施主体 临湘市人力资源和社会保障局
SPACED_LABEL = regex.compile(
    rf"""(?:(?<=\A)|(?<=\s))(?P<label>{UNIT_LABELS})[ \t\u3000]+
    (?:(?P<value>[^\s：:，,。；;]+?{ORG_END})(?=\s|\Z)   # the value ends at a blank
      | (?P<value>[^\s：:，,。；;]+?{ORG_END}))           # or at its first organisation word, a line joined to the next""",
    regex.VERBOSE,
)
# a table column holding the units in charge, and one holding the task they answer for
UNIT_COLUMN = regex.compile(rf"^{UNIT_LABELS}$", regex.VERBOSE)
TASK_COLUMN = regex.compile(r"任务|工作|事项|措施|内容")
HEADER_ROWS = 3  # a unit column is looked for in the first rows only
CELL_SEPS = "，,；; \u3000"  # a cell may also put one unit per line (rendered as spaces)
# a label that ends the unit list of a clause: ；完成时限：…
OTHER_LABEL = regex.compile(r"[，,；;]\s*(?!{UNIT_LABELS})\p{Han}{2,6}\s*[：:]".replace("{UNIT_LABELS}", UNIT_LABELS), regex.VERBOSE)
# the role a label gives, by the word it holds (主责单位 and 主办单位 lead); any other label gives 责任单位
LABEL_ROLES = regex.compile(r"(?P<牵头>牵头|\A主)|(?P<配合>配合|协同|协办|参与)")
MARKED = regex.compile(r"^(?P<name>.+?)[（(]?(?P<role>牵头|配合)[）)]?$")  # 市人社局（牵头） inside a clause
FIRST_LEADS = regex.compile(r"[，,；;]?\s*(?:列|排)(?:在)?(?:第一|首)位的?(?:单位)?为牵头单位[。.]?\s*$")

# how the duty that follows the subject sets its role
LEADS = regex.compile(r"^(?:要|将|应|须|负责)?(?:充分|切实)?(?:发挥|履行)?牵头|^成立[^，,。；;]*?(?:专班|领导小组|工作组|指挥部)")
HELPS = regex.compile(r"^(?:要|将|应|须)?(?:积极)?(?:协同|配合)|^(?:参加|参与)(?=[）)，,。；;]|\Z)")  # …调查队参加）
PARTNERS = regex.compile(rf"^(?:要|将|应|须)?(?:积极)?会同{NAMES}", regex.VERBOSE)

# level words that several elided names share (各级人社、扶贫部门), and subjects that name no department
LEVEL = regex.compile(
    r"""^(?:各(?:级|地|盟市|市|县|旗县|区|乡镇|乡|镇|街道)(?:[（(][^）)]*[）)])?   # 各级, 各市（州）
      | [省市县区乡]级                                                        # 市级
      | [省市县区](?!场)                                                      # 市人社、财政局, never 市场监管
    )""",
    regex.VERBOSE,
)
# a subject that is a bare kind word with no qualifier (单位主要领导签字); 各相关部门, 各乡镇人民政府 are bodies
GENERIC = regex.compile(r"^(?:部门|政府|党委|单位|机构|处室)$")
# a subject that names only places (各地, 各县（市、区）, 全省各地), and the scope word before a body (全县各级各部门)
PLACE_ONLY = regex.compile(r"^(?:全[省市县区州盟旗])?(?:各(?:级|地区?|盟市|市|县区?|旗县|区|乡镇|乡|镇|街道|州)(?:[（(][^）)]*[）)])?)+$")
SCOPE = regex.compile(r"^全[省市县区州盟旗](?=各)")
TAIL_WORDS = regex.compile(rf"^等{COUNT}(?:相关|有关)?")  # what a shared tail drops: 等12个部门 -> 部门
# the issuer and the addressees as a notice calls them: 我局, 本厅, 我们; 你们, 你厅, 你单位
SELF = regex.compile(r"^(?:我|本)(?:们|局|厅|委|办|部|处|科|中心|院|单位|部门)$")
ADDRESSEE = regex.compile(r"^(?:你|贵)(?:们|局|厅|委|办|部|处|科|中心|院|单位|部门)$")
# a place that ends a name, and a name made of a place and the body word it shares with the places before it
PLACE_END = regex.compile(r"(?:[省市县区镇乡州旗盟]|街道)$")
PLACE_HEAD = regex.compile(r"^(?P<place>\p{Han}+?(?:[省市县区镇乡州旗盟]|街道))(?P<body>\p{Han}+)$")
# those a notice serves, not bodies that answer for a duty: 用人单位, 申报单位, 见习单位
CLIENT = regex.compile(r"(?:用人|用工|申报|申请|见习|参保|缴费|受表彰的?)单位\Z")
JOINED = regex.compile(r"(?<=部门|政府|管委会|委员会|办公室|中心|[局厅委办处室])(?:以及|和|及|与)")

# where a quote stops early: a comma before a new time phrase (，于8月25日前将…)
QUOTE_STOP = regex.compile(r"[，,](?=并?于|从|自\d)")
LONG_QUOTE = regex.compile(r"[，,]")  # past QUOTE_SOFT_MAX characters a quote stops at the next comma
QUOTE_SOFT_MAX = 40
BARE_ROLE = regex.compile(r"(?:积极)?(?:牵头|配合|参加|参与)(?=[，,])")  # a role word that ends its clause
SENTENCE_END = regex.compile(r"[。；;！？!?\n]")
HEADING_STOP = regex.compile(r"[。，,；;：:]")  # a run-in heading ends at its first stop
HEADING = regex.compile(
    r"""^[ \t\u3000]*(?:
        [一二三四五六七八九十]{1,3}[、．.]        # 一、
      | [（(][一二三四五六七八九十\d]{1,3}[）)]   # （一） (1)
      | \d{1,2}(?:[、．]|\.(?!\d))              # 1、 1.
    )[^。，,；;：:\n]{1,30}""",
    regex.VERBOSE | regex.MULTILINE,
)


def extract(ctx: Context) -> list[ResponsibleUnit]:
    """Return every responsible-unit item of the notice, in order of appearance."""
    clauses = _clause_items(ctx) + _field_items(ctx) + _table_items(ctx)
    taken = [(u.span.start, u.span.end) for u in clauses]
    duties = [u for u in _duty_items(ctx) if not any(a <= u.span.start < b for a, b in taken)]
    named = [(u.span.start, u.span.end, n) for u in clauses + duties for n in u.units]
    slots = [u for u in _slot_items(ctx) if not any(a <= u.span.start < b and n in u.units for a, b, n in named)]
    return sorted(clauses + duties + slots, key=lambda u: u.span.start)


def _clause_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the items of every 责任单位/牵头单位/配合单位 clause."""
    s = ctx.text.string
    items: list[ResponsibleUnit] = []
    pos = 0
    for m in LABEL.finditer(s):
        if m.start() < pos:
            continue
        bounds = _clause_bounds(s, m.start())
        if bounds is None:
            continue
        start, end = bounds
        pos = end
        quote, task = s[start:end], _task(ctx, start)
        span = ctx.text.span(start, end)
        body_end = end - 1 if s[start] in CLAUSE_OPEN and s[end - 1] in CLOSE else end
        for role, units in _clause_units(s[m.start() : body_end]):
            items.append(ResponsibleUnit(quote, units, role, span, task, _as_printed(units, quote)))
    return items


def _field_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the items of guide fields set apart by blanks: 实施主体 临湘市人力资源和社会保障局."""
    s, items = ctx.text.string, []
    for m in SPACED_LABEL.finditer(s):
        span = ctx.text.span(m.start(), m.end())
        items.append(ResponsibleUnit(m.group(), [m["value"]], _label_role(m["label"]), span, _task(ctx, m.start())))
    return items


def _table_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the items of every task table with a 责任单位/牵头单位/配合单位 column, one per row and column."""
    items: list[ResponsibleUnit] = []
    for block in ctx.text.blocks:
        if block.kind == "table":
            items += _table_rows(ctx, block)
    return items


def _table_rows(ctx: Context, block: TextBlock) -> list[ResponsibleUnit]:
    """Return the items of one table, read under its first header row that names a unit column."""
    grid = block.block.grid()
    for h, header in enumerate(grid[:HEADER_ROWS]):
        columns = {c: _label_role(label) for c, label in enumerate(map(_squash, header)) if UNIT_COLUMN.match(label)}
        if columns:
            break
    else:
        return []
    task_column = next((c for c, label in enumerate(header) if TASK_COLUMN.search(label)), None)
    items = []
    for r in range(h + 1, len(grid)):
        starts = _cell_starts(grid[r], block.rows[r][0])
        task = _first_part(grid[r][task_column]) if task_column is not None else None
        for c, role in columns.items():
            cell = grid[r][c].replace("\n", " ")
            if not cell.strip():
                continue
            span = ctx.text.span(starts[c], starts[c] + len(cell))
            for role_, names in _by_role(_named(cell, role, CELL_SEPS)):
                items.append(ResponsibleUnit(cell, names, role_, span, task or _task(ctx, starts[c])))
    return items


def _cell_starts(row: list[str], start: int) -> list[int]:
    """Return where each cell of a tab-rendered table row starts in the text."""
    starts = []
    for cell in row:
        starts.append(start)
        start += len(cell) + 1
    return starts


def _squash(s: str) -> str:
    """Return `s` without any whitespace (header cells are often spaced out: 责 任 单 位)."""
    return regex.sub(r"\s+", "", s)


def _first_part(s: str) -> str | None:
    """Return the first phrase of a task cell, up to its first stop."""
    head = HEADING_STOP.split(s.replace("\n", " ").strip(), maxsplit=1)[0]
    return head or None


def _clause_bounds(s: str, label: int) -> tuple[int, int] | None:
    """Return (start, end) of the clause whose label is at `label`: the brackets, or the rest of the line."""
    j = label
    while j > 0 and s[j - 1] in " \u3000":
        j -= 1
    if j > 0 and s[j - 1] in CLAUSE_OPEN:
        end = _closing(s, j - 1)
        if end:
            return j - 1, end
    if j == 0 or s[j - 1] in "\n。；;" + CLAUSE_OPEN:  # a bracket cut off by the end of the page runs to the line end
        stop = SENTENCE_END.search(s, label)
        return label, stop.start() if stop and s[stop.start()] in "\n。" else len(s)
    return None


def _closing(s: str, i: int) -> int | None:
    """Return the index after the bracket that closes the one at `i`, nested brackets skipped."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] in OPEN:
            depth += 1
        elif s[j] in CLOSE:
            depth -= 1
            if depth == 0:
                return j + 1
        elif s[j] == "\n":
            return None
    return None


def _clause_units(body: str) -> list[tuple[str, list[str]]]:
    """Return (role, units) pairs of a clause body such as 牵头单位：A；配合单位：B、C."""
    body = OTHER_LABEL.split(body, maxsplit=1)[0]
    first_leads = bool(FIRST_LEADS.search(body))
    body = FIRST_LEADS.sub("", body)
    labels = list(LABEL.finditer(body))
    named = []
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(body)
        named += _named(body[m.end() : stop], _label_role(m["label"]))
    return _by_role(named, first_leads)


def _label_role(label: str) -> str:
    """Return the role a unit label gives: 牵头单位 leads, 配合单位 and 协同责任单位 help, others answer."""
    m = LABEL_ROLES.search(label)
    return m.lastgroup if m else "责任单位"


def _named(units: str, role: str, seps: str = "，,；;") -> list[tuple[str, str]]:
    """Return (role, name) for each unit of a list: groups cut at `seps`, names at 、."""
    return [pair for group in _split(units, seps) for pair in _marked(_split(group, "、"), role)]


def _by_role(named: list[tuple[str, str]], first_leads: bool = False) -> list[tuple[str, list[str]]]:
    """Group names by role in order of first appearance; a 列第一位的为牵头单位 note makes the first one lead."""
    roles: dict[str, list[str]] = {}
    for i, (role, name) in enumerate(named):
        roles.setdefault("牵头" if first_leads and i == 0 else role, []).append(name)
    return list(roles.items())


def _marked(names: list[str], role: str) -> list[tuple[str, str]]:
    """Return (role, name) for each name of a group, a 市人社局（牵头） mark overriding the label's role."""
    marks = [MARKED.match(n) for n in names]
    bare = _restore([m["name"] if m else n for m, n in zip(marks, names)])
    return [(m["role"] if m else role, n) for m, n in zip(marks, bare)]


def _split(s: str, seps: str) -> list[str]:
    """Split `s` at any of `seps` outside brackets, dropping empty parts."""
    parts, depth, cur = [], 0, []
    for ch in s:
        depth += (ch in OPEN) - (ch in CLOSE)
        if ch in seps and depth <= 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip(" \u3000\t。.") for p in parts if p.strip(" \u3000\t。.")]


def _restore(names: list[str], tail: str | None = None) -> list[str]:
    """Give names whose suffix or level word is elided the shared ones: 各级人社、扶贫部门 -> 各级人社部门, 各级扶贫部门."""
    names = [part for n in names for part in JOINED.split(n) if part]
    if not names:
        return []
    shared = _org_end(names[-1]) or TAIL_WORDS.sub("", tail or "")
    level = LEVEL.match(names[0]) if not _org_end(names[0]) else None
    out = []
    for n in names:
        if not _org_end(n):
            n += shared
        if level and not LEVEL.match(n):
            n = level.group() + n
        out.append(n)
    return out


def _org_end(name: str) -> str | None:
    """Return the organisation word that ends `name` (部门, 局 …) or its bracketed last part (各镇（管理处）), or None."""
    m = HAS_ORG_END.search(name) or HAS_ORG_END.search(TRAILING_BRACKET.sub("", name))
    if m is None and TRAILING_BRACKET.search(name):
        m = HAS_ORG_END.search(TRAILING_BRACKET.search(name)["inner"])
    return m.group() if m else None


def _duty_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the items of clauses whose subject is a specific department: 人社部门要…, 由财政部门制定…."""
    s = ctx.text.string
    hits = [m for m in _subjects(s) if _is_duty(m)]
    items: list[ResponsibleUnit] = []
    for k, m in enumerate(hits):
        units = _bodies(m["names"], m["tail"], ctx)
        if not units:
            continue
        start = next((m.start(g) for g in ("by", "with", "ask") if m[g]), m.start("names"))
        end = _quote_end(s, m, hits[k + 1] if k + 1 < len(hits) else None)
        quote, span, task = s[start:end], ctx.text.span(start, end), _task(ctx, start)
        duty = s[m.start("duty") if m["duty"] else m.start("agent") : end]
        for role, names, printed in _duty_roles(duty, units, _printed_run(m), ctx):
            items.append(ResponsibleUnit(quote, names, role, span, task, _as_printed(names, printed)))
    return items


def _printed_run(m: regex.Match) -> str:
    """Return the run of names a match printed, with its shared tail: 县人社、乡村振兴等部门."""
    return m.string[m.start("names") : max(m.end("names"), m.end("tail"))]


def _as_printed(units: list[str], printed: str) -> list[str] | None:
    """Return [printed] when some unit is not printed as such (restored suffix, 我厅 resolved), else None."""
    return [printed] if any(u not in printed for u in units) else None


def _slot_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the bodies that receive an application or report (向…申请, 报送…) or act on a case (经…审核)."""
    s, items = ctx.text.string, []
    for m in SLOT.finditer(s):
        printed = m["body"] or _printed_run(m)
        units = _bodies(m["body"], None, ctx) if m["body"] else _bodies(m["names"], m["tail"], ctx)
        end = _verb_end(s, m.end())
        if units:
            span, task = ctx.text.span(m.start(), end), _task(ctx, m.start())
            items.append(ResponsibleUnit(s[m.start() : end], units, "分工", span, task, _as_printed(units, printed)))
    return items


def _verb_end(s: str, pos: int) -> int:
    """Return where the verb at `pos` ends (申请, 备案 …: two characters), or `pos` at a stop."""
    return pos if pos >= len(s) or regex.match(STOP, s[pos]) else min(pos + 2, len(s))


def _subjects(s: str):
    """Yield the matches `SUBJECT.finditer(s)` would, trying SUBJECT only where a clause starts.

    SUBJECT opens with a clause-start look-behind, so no match starts anywhere else; trying each
    clause start in turn from the end of the last match finds the same matches.
    """
    pos = 0
    for start in (0, *(mark.end() for mark in CLAUSE_MARK.finditer(s))):
        if start < pos or not _may_open_duty(s, start):
            continue
        m = SUBJECT.match(s, start)
        if m:
            yield m
            pos = m.end()


def _may_open_duty(s: str, start: int) -> bool:
    """Tell whether the clause at `start` can hold a SUBJECT match: a duty word before its first stop.

    Past its leading blanks, SUBJECT consumes no white space or stop before the duty word but one
    space right before it; a bracket may hold a comma, so a clause with one is always tried.
    """
    q = start
    while q < len(s) and s[q] in " \t\u3000":
        q += 1
    if s.startswith("请", q):  # 请各单位于…前完成: any verb follows the body
        return True
    stop = STOP_OR_OPEN.search(s, q)
    e = stop.start() if stop else len(s)
    if e < len(s) and s[e] in "（(﹤<〈":
        return True
    if DUTY_WORD.search(s, q + 1, e + 1):  # one more character for the look-ahead of 参加）
        return True
    if e < len(s) and s[e] in "，," and s.startswith("会同", e + 1):  # …等12个部门，会同…
        return True
    return e < len(s) and s[e] in " \u3000" and DUTY_WORD.match(s, e + 1) is not None


def _is_duty(m: regex.Match) -> bool:
    """Tell whether a subject match states a duty: 以… needs 牵头, an agent verb needs 由."""
    if m["with"] and m["duty"] != "牵头":
        return False
    return bool(m["duty"]) or bool(m["by"]) or bool(m["ask"])


def _bodies(names: str, tail: str | None, ctx: Context) -> list[str]:
    """Return the bodies a run of subject names holds: places dropped, suffixes restored, 我局 and 你们 resolved."""
    parts = [SCOPE.sub("", n) for n in _split(names, "、") if not PLACE_ONLY.match(n)]
    return [b for u in _restore(parts, tail) if not _generic(u) for b in _resolve(u, ctx)]


def _resolve(unit: str, ctx: Context) -> list[str]:
    """Return the bodies a unit word stands for: the issuer for 我局, the addressees for 你们, else the word."""
    if SELF.match(unit):
        return [_own_body(issuer, unit[1:]) for issuer in ctx.meta.issuers[:1]]
    if ADDRESSEE.match(unit):
        return [r for line in ctx.meta.recipients for r in _restore_places(_split(line, "、"))]
    return [unit]


def _own_body(issuer: str, word: str) -> str:
    """Return the body an issuer calls by `word`: 我厅 in a notice of …厅办公室 is …厅."""
    cut = issuer.rfind(word)
    return issuer[: cut + len(word)] if word != "们" and cut > 0 else issuer


def _restore_places(names: list[str]) -> list[str]:
    """Give places that share a body word the one printed after the last: 文峰镇、菱角镇人民政府 -> 文峰镇人民政府, …."""
    last = PLACE_HEAD.match(names[-1]) if names else None
    if last is None:
        return names
    return [n + last["body"] if PLACE_END.search(n) else n for n in names[:-1]] + [names[-1]]


def _generic(unit: str) -> bool:
    """Tell whether a subject names no specific body: places, generic words, or those a notice serves."""
    return bool(GENERIC.match(unit) or CLIENT.search(unit))


def _duty_roles(duty: str, units: list[str], printed: str, ctx: Context) -> list[tuple[str, list[str], str]]:
    """Return (role, units, printed names) for a subject and its duty: 会同 adds the partners as 配合."""
    partners = PARTNERS.match(duty)
    if partners:
        others = _bodies(partners["names"], partners["tail"], ctx)
        lead = [("牵头", units, printed)]
        return lead + [("配合", others, _printed_run(partners))] if others else lead
    if LEADS.match(duty):
        return [("牵头", units, printed)]
    if HELPS.match(duty):
        return [("配合", units, printed)]
    return [("分工", units, printed)]


def _quote_end(s: str, m: regex.Match, nxt: regex.Match | None) -> int:
    """Return where the quote of a duty ends: the sentence part, cut before a new subject or time phrase."""
    if m["duty"] and BARE_ROLE.match(s, m.start("duty")):  # 市财政局积极配合，…: the role word ends the part
        return BARE_ROLE.match(s, m.start("duty")).end()
    stop = SENTENCE_END.search(s, m.end())
    end = stop.start() if stop else len(s)
    early = QUOTE_STOP.search(s, m.end(), end) or LONG_QUOTE.search(s, max(m.start() + QUOTE_SOFT_MAX, m.end()), end)
    if early:
        end = early.start()
    if nxt is not None and nxt.start() < end:
        end = nxt.start() - 1 if s[nxt.start() - 1] in "，," else nxt.start()
    return _unmatched_close(s, m.end(), end)


def _unmatched_close(s: str, start: int, end: int) -> int:
    """Return where s[start:end] meets a closing bracket it did not open (the end of （市人社局牵头）), else `end`."""
    depth = 0
    for j in range(start, end):
        depth += (s[j] in OPEN) - (s[j] in CLOSE)
        if depth < 0:
            return j
    return end


def _task(ctx: Context, pos: int) -> str | None:
    """Return the heading of the numbered item that holds `pos`."""
    section = ctx.text.section_at(pos)
    if section is not None:
        heading = HEADING_STOP.split(section.heading, maxsplit=1)[0]
        return heading if heading.startswith(section.number) else section.number + heading
    before = [m for m in HEADING.finditer(ctx.text.string, 0, pos + 1) if m.start() <= pos]
    return before[-1].group().strip() if before else None
