"""Render the comparison as one self-contained HTML page: title, corpus summary, matrix, sources and notices."""
from __future__ import annotations

from html import escape

from .compare import CONDITIONS, EMPTY, UNKNOWN, Matrix
from .compare_sections import HEADERS, Section, sections
from .compare_xlsx import title

STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;color:#222;line-height:1.5}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 8px}
.summary{color:#444;margin:0 0 16px}
table{border-collapse:collapse;font-size:13px}
th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
thead th{background:#f0f3f7;position:sticky;top:0}
.matrix td,.matrix th{min-width:9em;max-width:22em}
.matrix tbody th{background:#fafafa;white-space:nowrap}
tr.conditions th,tr.conditions td{background:#f6f6f6;font-style:italic}
td.none{color:#aaa;text-align:center}
.lab{color:#555}.n{color:#777;font-weight:normal;font-size:12px}
a.fig{color:#0645ad;text-decoration:none;border-bottom:1px dotted #0645ad}
.entry+.entry{margin-top:4px;padding-top:4px;border-top:1px dashed #ddd}
.sources td:nth-child(6){max-width:40em}
:target{background:#fff3b0}
@media print{thead th{position:static}a.fig{border:0;color:#222}}
"""


def html(m: Matrix) -> str:
    """Return the whole page as one string (no scripts, no external files)."""
    parts = [f'<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title(m))}</title>',
             f"<style>{STYLE}</style></head><body>", f"<h1>{escape(title(m))}</h1>", _summary(m),
             _matrix(m), *map(_section, sections(m)), _sources(m), _notices(m), "</body></html>\n"]
    return "\n".join(parts)


def _summary(m: Matrix) -> str:
    """Return the corpus summary: files, notices, files merged as one notice, groups, figures."""
    notices = m.notices()
    merged = m.files - len(notices)
    again = f"（{merged} 个文件是同一公文的其他版本或重复下载，只计一次）" if merged else ""
    text = (f"{m.files} 个文件，{len(notices)} 件公文{again}，"
            f"{len(m.columns)} 列，{len(m.figures)} 个数额。每个数额链接到其原文出处；“{EMPTY}”表示该组公文未提及此政策工具。"
            f"“{CONDITIONS}”一行是享受政策的门槛，不是补贴标准。{_unplaced(m)}")
    return f'<p class="summary">{escape(text)}</p>'


def _unplaced(m: Matrix) -> str:
    """Return the sentence on the notices whose group is unknown (no province, city or year found), if any."""
    unknown = [c for c in m.columns if c in UNKNOWN.values()]
    if not unknown:
        return ""
    count = len(m.members[unknown[0]])
    return f"{unknown[0]}：{count} 件（{count / len(m.notices()):.0%}），单列一栏。"


def _matrix(m: Matrix) -> str:
    """Return the matrix table: a header of groups with their notice counts, a row per instrument."""
    head = "".join(f'<th>{escape(c)} <span class="n">{len(m.members[c])}件</span></th>' for c in m.columns)
    rows = []
    for row in m.rows:
        cells = "".join(_cell(m, row, col) for col in m.columns)
        cls = ' class="conditions"' if row == CONDITIONS else ""
        rows.append(f"<tr{cls}><th>{escape(row)}</th>{cells}</tr>")
    return (f'<h2>对比矩阵</h2>\n<table class="matrix"><thead><tr><th>政策工具</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _cell(m: Matrix, row: str, col: str) -> str:
    """Return one cell: a block per notice, each figure a link to its source with the sentence as tooltip."""
    entries = m.entries(row, col)
    if not entries:
        return f'<td class="none">{EMPTY}</td>'
    blocks = []
    for notice, figs in entries:
        links = "；".join(f'<a class="fig" href="#{f.id}" title="{escape(f.sentence or f.amount.quote)}">{escape(f.text)}</a>'
                         for f in figs)
        label = f'<span class="lab">{escape(notice.label)}：</span>' if m.labelled() else ""
        blocks.append(f'<div class="entry">{label}{links}</div>')
    return f"<td>{''.join(blocks)}</td>"


def _sources(m: Matrix) -> str:
    """Return the sources section: one row per figure with the sentence it was read from, the quote marked."""
    rows = []
    for f in m.figures:
        said = escape(f.sentence or "")
        quote = escape(f.amount.quote)
        said = said.replace(quote, f"<mark>{quote}</mark>", 1) if quote in said else said or f"<mark>{quote}</mark>"
        rows.append(f'<tr id="{f.id}"><td>{f.id}</td><td>{escape(f.column)}</td><td>{escape(f.row)}</td>'
                    f'<td><a href="#{f.notice.id}">{escape(f.notice.label)}</a></td><td>{escape(f.text)}</td><td>{said}</td></tr>')
    return ('<h2>来源</h2>\n<table class="sources"><thead><tr><th>编号</th><th>分组</th><th>政策工具</th><th>公文</th>'
            f"<th>数额</th><th>原文</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _notices(m: Matrix) -> str:
    """Return the notices section: each notice once, with its date, title and every file that renders it."""
    rows = []
    for col in m.columns:
        for n in m.members[col]:
            files = "<br>".join(escape(s) for s in n.sources)
            rows.append(f'<tr id="{n.id}"><td>{escape(n.label)}</td><td>{escape(n.date or "")}</td><td>{escape(col)}</td>'
                        f'<td>{escape(n.record.meta.title or "")}</td><td>{files}</td></tr>')
    return ('<h2>公文</h2>\n<table class="notices"><thead><tr><th>公文</th><th>日期</th><th>分组</th><th>标题</th>'
            f"<th>文件</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _section(section: Section) -> str:
    """Return one further table (deadlines, targets or duties), or a line saying the notices state none."""
    if not section.rows:
        return f"<h2>{escape(section.title)}</h2>\n<p>{EMPTY}</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in HEADERS)
    body = "".join("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in row) + "</tr>" for row in section.rows)
    return f"<h2>{escape(section.title)}</h2>\n<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
