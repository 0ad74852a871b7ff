"""The 主送机关 of a notice: finding its line after the title (or at the top of a text without one) and
splitting it as printed (CONVENTIONS.md: a 、 joining levels of one phrase is no split)."""
from __future__ import annotations

import re
from collections.abc import Callable

from . import zones
from .conventions import BODY_OPENING, HEADING
from .zones import Line
from .pattern_cache import cached_re

# a line that names bodies only: what a recipients line is made of
BODY_WORD = cached_re(r"(?:人民政府|政府|委员会|办公室|办公厅|管委会|办事处|领导小组|厅|局|委|办|中心|部门|单位|机构|"
                       r"企业|院校|学校|群众|组织|集体|人员|公司|银行|分行)(?:[（(][^（）()]*[）)])?$")
NOT_RECIPIENT = cached_re(r"如下|以下|通知|要求|包括|时间|地址|电话|联系|材料|方式|标准|对象|条件|内容|范围|流程|依据|"
                           r"名称|附件|说明|情况|事项|办法|程序|意见|措施|问题|备注|注[:：]")
PLACE_ONLY = cached_re(r"^各?[\u4e00-\u9fff]{0,12}?(?:市|县|区|镇|乡|州|盟|旗|地区|新区|开发区|园区|特区|自治州|省|自治区|"
                        r"直辖市|乡镇|街道)(?:[（(][^（）()]*[）)])?$")


def recipient_head(text: str) -> str | None:
    """Return the 主送 part of a line: all of it before a closing colon, or before the colon that
    opens the body on the same line (各市人社局: 现将…)."""
    m = re.match(r"^(?P<body>[^。；;：:]{2,200}?)[：:]", text)
    if not m:
        return None
    names = m.group("body").strip()
    if NOT_RECIPIENT.search(names) or BODY_OPENING.match(names) or HEADING.match(names):
        return None
    rest = text[m.end():].strip()
    if rest and not bodies(names):
        return None
    return names


def bodies(names: str) -> bool:
    """Tell whether a text is a list of bodies (乡镇人民政府; 文峰镇、菱角镇人民政府)."""
    parts = [p for p in re.split(r"[，,；;]", names) if p]
    return bool(parts) and all(BODY_WORD.search(p.strip()) for p in parts) and not NOT_RECIPIENT.search(names)


def find_recipients(lines: list[Line], candidates: list[int], is_body: Callable[[str], bool]) -> list[str]:
    """Return the 主送机关 of the first recipients line among the candidates, split as printed; a first
    line naming bodies only stands for one whose colon was lost (乡镇人民政府)."""
    found = None
    for i in candidates:
        names = recipient_head(lines[i].text)
        if names:
            found = (i, names)
            break
        if is_body(lines[i].text):
            break
    if found is None and candidates:
        first = lines[candidates[0]].text
        if bodies(first) and len(first) < 80 and "的" not in first:
            found = (candidates[0], first)
    if found is None:
        return []
    lines[found[0]].zone = zones.RECIPIENTS
    return list(dict.fromkeys(split_recipients(found[1])))


def split_recipients(names: str) -> list[str]:
    """Split a 主送 line at its top-level 、，; keeping whole what shares one phrase: places before a body
    of the same kind (各市、县（区）人社局), one-character kinds (各委、办、局)."""
    out: list[str] = []
    for group in _split_top(names, "，,；;"):
        pieces = _split_top(group, "、")
        ends_in_body = bool(pieces) and not PLACE_ONLY.match(pieces[-1])
        merged: list[str] = []
        glue = False
        for piece in pieces:
            if merged and (glue or len(piece) <= 1):
                merged[-1] += "、" + piece
            else:
                merged.append(piece)
            glue = ends_in_body and bool(PLACE_ONLY.match(merged[-1].split("、")[-1])) and "各" not in _after(pieces, piece)
        out.extend(merged)
    return [p for p in out if p]


def split_list(body: str) -> list[str]:
    """Split an enumeration of names (抄送 line) at 、，; keeping bracketed parts and one-character pieces whole."""
    out: list[str] = []
    for p in _split_top(body, "、，,；;"):
        if out and len(p) <= 1:
            out[-1] += "、" + p
        elif p:
            out.append(p)
    return out


def _after(pieces: list[str], piece: str) -> str:
    i = pieces.index(piece)
    return pieces[i + 1] if i + 1 < len(pieces) else ""


def _split_top(text: str, seps: str) -> list[str]:
    """Split at separators outside brackets."""
    pieces, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "（(﹤<〈《[【"
        depth -= ch in "）)﹥>〉》]】"
        if depth <= 0 and ch in seps:
            pieces.append(cur.strip())
            cur = ""
        else:
            cur += ch
    pieces.append(cur.strip())
    return [p for p in pieces if p]
