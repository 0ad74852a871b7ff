"""The patterns and words that find a notice's quantitative goals and tell them from thresholds and results."""
from __future__ import annotations

import re

from .pattern_cache import cached_re

# a count: Arabic (59.4, ６０００) or a short Chinese numeral (一次, 三个), or a range whose top is the
# count (1-2家); not an ordinal (第五次) nor the size of a list just named (…公司等138家)
NUM = (r"(?<![第等0-9０-９.．一二两三四五六七八九十百千])(?:(?P<low>[0-9０-９]+)\s*[-－—~～至]\s*)?"
       r"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千]{1,4})")
# what is counted or measured; 个 not followed by 月 or 季度 (1个月内 is a time limit) nor 百分点; 次 not followed by 性
# (一次性 is a kind of payment, not a count)
UNIT = r"(?P<unit>人次|场次|个(?!月|工作日|小时|百分点|季度|年度)|名|人|户|家|场|期|所|项|次(?!性)|公里|千米|平方米|立方米|米|亩|座|处)"

# 全市农民就业规模要突破59.4万人 / 其中脱贫劳动力要达到6万人 / 就业规模要稳定在17万人以上
SCALE = cached_re(
    rf"""
    (?P<metric>[^，,；;。\s]{{0,20}}?(?:规模|总量|人数|数量))?   # 全市农民就业规模 (or said before)
    (?P<goal>要|力争|确保|将)?     # a goal word, required unless the metric is a 规模/总量 (see targets._is_goal)
    (?P<verb>突破|达到|稳定在|保持在|超过|不少于|不低于)\s*
    {NUM}\s*(?P<mult>[万亿]?)(?P<more>余|多)?{UNIT}
    (?P<over>以上)?
    """,
    re.VERBOSE,
)

# 至少组织一次技能培训 / 提供不少于 3 个就业岗位 / 招录3名公益性岗位人员 / 支持 100 个就业扶贫车间…
# / 至少有1名技能劳动者就业 / 择优推荐1个示范村镇 (a quota to put forward)
ACTION = cached_re(
    rf"""
    (?P<pre>至少|不少于|择优)?
    (?<!每)(?P<verb>组织|开展|举办|提供|开发|支持|招录|招聘|建设|建成|新增|帮助|获得|培育|打造|扶持|创建
      |推荐|遴选|评选|(?<=至少)有)
    (?P<pre2>至少|不少于|不低于)?\s*
    {NUM}\s*(?P<mult>[万亿]?)(?P<more>余|多)?{UNIT}
    (?P<over>以上)?
    (?P<noun>[^，,；;。、：:\s\d]{{0,20}})
    """,
    re.VERBOSE,
)

# 开发岗位 6000 个 / 开展职业技能培训1万人次 / 转移就业不少于20万人 (the thing counted between the verb
# and the count; a count followed by 的 is a condition, see targets._is_condition)
VERB_NOUN = cached_re(
    rf"""
    (?<!每)(?P<verb>开发|新增|提供|建设|建成|新建|改造|修建|硬化|整治|铺设|设立|设置|培育|创建|打造|扶持|认定  # build
      |开展|组织|举办|完成|培训|培养|转移|输出|招聘|招录|选聘|招募)  # do for people: 开展培训, 转移就业
    (?P<noun>(?:[\u4e00-\u9fff]{{1,4}}下达的)?                     # 完成省下达的2592个扶贫特岗
      (?:(?!的|不少于|不低于|达到|超过|稳定在|保持在|突破)[\u4e00-\u9fff“” ]){{0,12}}?)\s*  # else not a 的-phrase
    (?P<pre2>不少于|不低于|达到|超过|稳定在|保持在|突破)?\s*            # 转移就业不少于20万人
    {NUM}\s*(?P<mult>[万亿]?)(?P<more>余|多)?{UNIT}
    (?P<over>以上)?                                                # 新增就业5万人以上
    (?P<after>[\u4e00-\u9fff“”]{{0,10}})                           # 完成省下达的2592个扶贫特岗
    """,
    re.VERBOSE,
)

# …扶持创业5000人，带动就业1.5万人 (a verb that also states thresholds, 吸纳10人以上的: a goal only in a
# sentence that set one before it, see targets._is_goal)
FOLLOW = cached_re(
    rf"""
    (?<!每)(?P<verb>带动|吸纳|安置|帮扶)     # 每吸纳1人补贴1000元 is a rate
    (?P<noun>[\u4e00-\u9fff“”]{{0,10}}?)\s*
    (?P<pre2>不少于|不低于|达到|超过)?\s*
    {NUM}\s*(?P<mult>[万亿]?)(?P<more>余|多)?{UNIT}
    (?P<over>以上)?
    """,
    re.VERBOSE,
)

# 全年计划完成技能培训10万人次 / 力争实现转移就业20万人以上 (a planned total, said with its goal word)
PLAN = cached_re(
    rf"""
    (?:计划|力争|确保|目标(?:任务)?(?:是|为)?)[\u4e00-\u9fff]{{0,4}}?   # 力争(全年)实现…
    (?P<verb>完成|实现|新增|培训|转移|输出|带动|安置|吸纳)
    (?P<noun>[\u4e00-\u9fff]{{0,12}}?)\s*
    {NUM}\s*(?P<mult>[万亿]?)(?P<more>余|多)?{UNIT}
    (?P<over>以上)?
    """,
    re.VERBOSE,
)

# 劳务报酬不低于总投资的15% / 就业率达60%以上 / 失业率控制在5.5%左右 / 占比不低于50% (a required share or
# rate; the subject is read from the start of the clause, see targets._quote_start)
PERCENT = cached_re(
    r"""
    (?P<verb>不\s*低于|不\s*少于|(?<![下传表送抵到发直通高可])达到?|(?<!不)(?:超过|超(?!额|市)|高于)|控制在|保持在|稳定在|提高到|提升到|提高至|提升至|占)
    (?P<base>[^，,；;。%％\d]{0,30}?的)?\s*       # the whole it is a share of: 中央和省级资金的
    (?P<approx>约)?
    (?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(?P<unit>[%％])
    (?P<over>以上|以内|以下|左右)?
    """,
    re.VERBOSE,
)

# 50%的劳务报酬用于支付贫困户工资 / 收益的60%以上用于… (a share of a fund set aside for a use)
SHARE_OF_FUND = cached_re(
    r"""
    (?P<pre>不低于|不少于|至少)?
    (?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(?P<unit>[%％])(?P<over>以上|左右)?
    (?:的(?P<noun>[\u4e00-\u9fff]{1,12}?))?(?:要|应|须|必须)?用于[^，,；;。]{0,12}
    """,
    re.VERBOSE,
)

# 控制灌溉面积9643亩 / 道路长度达到12公里 (the size of a works, named by its measure; a floor area with
# 不少于 is a site's threshold, not a works)
SIZE = cached_re(
    rf"""
    (?P<metric>[\u4e00-\u9fff]{{1,10}}?(?:面积|长度|里程))\s*
    (?P<verb>达到|约)?\s*
    {NUM}\s*(?P<mult>万?)(?P<unit>亩|公里|千米)
    (?P<over>以上|左右)?
    """,
    re.VERBOSE,
)

# 每县至少1个 / 按照“一县”至少“一品” / (最多1个,多报无效) / 每县限报2个 (a quota per place or per call)
QUOTA = cached_re(
    rf"""
    (?:(?:每个?|“一)(?P<per>[省市县区乡镇村户])”?\s*)?
    (?P<pre>至少|最多|至多|限报|不少于|不超过)\s*“?
    {NUM}\s*(?P<unit>个(?!月|工作日|小时)|名|项|家|品)
    """,
    re.VERBOSE,
)

# …累计新增技能人才4800人以上,其中高技能人才1400人以上 (a part of a goal stated before it, see targets._is_goal)
PART = cached_re(
    rf"""
    其中[:：]?\s*(?P<noun>[\u4e00-\u9fff“”]{{1,12}}?)\s*
    (?P<pre2>不少于|不低于|达到|超过)?\s*
    {NUM}\s*(?P<mult>[万亿]?)(?P<more>余|多)?{UNIT}
    (?P<over>以上)?
    """,
    re.VERBOSE,
)

# 全县20个精品村每个村新增开发1个岗位 / 全省100个县每县… (how many units a per-unit goal covers)
SCOPE = cached_re(
    rf"""
    全[省市县区州旗]\s*{NUM}\s*(?P<unit>个)(?P<noun>[\u4e00-\u9fff]{{1,8}}?)(?=每)
    """,
    re.VERBOSE,
)

# …2592个扶贫特岗、620个临时公益岗指标任务 (the next count of a list that a goal opens)
NEXT = cached_re(
    rf"""
    [\u4e00-\u9fff“”]{{0,12}}?、\s*
    (?P<pre2>不少于|不低于|至少)?\s*{NUM}\s*(?P<mult>[万亿]?)(?P<more>余|多)?{UNIT}
    (?P<over>以上)?(?P<noun>[\u4e00-\u9fff“”]{{0,12}})
    """,
    re.VERBOSE,
)

# 遵义市 500 个 (one item of an allocation list 遵义市 500 个、六盘水市 400 个…, down to villages:
# 阿克恰勒乡托甫恰村9.304公里、阿克塔什村5.304公里)
SHARE = cached_re(
    rf"""
    (?:其中|包括|分别为)?
    (?P<region>(?![全各每本我该])[\u4e00-\u9fff]{{1,10}}?(?:地区|自治州|市|州|盟|县|旗|区|乡|镇|村|街道))\s*
    {NUM}\s*(?P<mult>[万亿]?)(?P<more>余|多)?{UNIT}
    """,
    re.VERBOSE,
)

# words that set what follows them in the clause as a goal: 要, 力争, 推动…外出务工不低于4.79万人
GOAL_WORD = "(?<![主需重只])要|力争|确保|将|推动|促进|努力|争取"
# a clause that opens with a goal word, after at most a short time or place (全年要…, 今年推动…)
GOAL_CLAUSE = cached_re(rf"[^，,]{{0,6}}?(?:{GOAL_WORD})")

# the topic of a clause before its verb, kept in the quote (企业新录用人员培训12100人)
TOPIC = cached_re(r"[\u4e00-\u9fff“” ]{1,12}")  # a space where PDF text broke a word (劳动 力)
# words that open a clause without naming what is counted: 其中, 全年, 全市, 累计, 要, 力争…
LEAD = cached_re(rf"^(?:其中|今年|全年|年内|累计|计划|在?全[省市县区州旗]|使|{GOAL_WORD})+")

# Speed: most patterns are slow to try at every position of a paragraph (their first part is long
# and optional), so a paragraph is searched only when it holds the contiguous part every match must
# contain: a goal word and verb, a verb and a count, a region suffix and a count, a % sign…
NUM_START = "0-9０-９一二两三四五六七八九十百千"  # the first character of NUM
ANCHORS = {
    # the verb and the count: a goal word, a 规模 or a goal earlier in the sentence decide (see targets._is_goal)
    SCALE: cached_re(rf"(?:突破|达到|稳定在|保持在|超过|不少于|不低于)\s*[{NUM_START}]"),
    ACTION: cached_re(rf"""(?:组织|开展|举办|提供|开发|支持|招录|招聘|建设|建成|新增|帮助|获得|培育|打造|扶持|创建
                            |推荐|遴选|评选|有)
                            (?:至少|不少于|不低于)?\s*[{NUM_START}]""", re.VERBOSE),
    SHARE: cached_re(rf"[市州盟县旗区乡镇村道]\s*[{NUM_START}]"),
    PERCENT: cached_re("[%％]"),
    SHARE_OF_FUND: cached_re("[%％]"),
    SIZE: cached_re("(?:面积|长度|里程)"),
    QUOTA: cached_re("至少|最多|至多|限报|不少于|不超过"),
    PART: cached_re("其中"),
    SCOPE: cached_re("全[省市县区州旗]"),
}

# how far before its anchor a match may start: SCALE's 20-character metric, its 规模, its goal word; trying a
# pattern at every position of a paragraph with a count costs more than trying it just before each anchor
REACH = {SCALE: 20 + 2 + 2}

GOALS = (SCALE, PLAN, ACTION, VERB_NOUN, FOLLOW, SIZE, QUOTA, PART, SCOPE, PERCENT, SHARE_OF_FUND)
# a count with its unit (3个, 1.5万人, 六 名, 9643亩): the last character of NUM, its 万/亿 and 余/多, the first
# character of a unit; every match of a goal or share pattern but the rates holds one, and five paragraphs
# in six hold none (a paragraph of duties, of contacts)
COUNT = cached_re(rf"[{NUM_START}]\s*[万亿]?[余多]?[人场个名户家期所项次公千平立米亩座处品]")
# the goal patterns that need no count: a rate is a % sign
RATES = (PERCENT, SHARE_OF_FUND)

# what makes a count an eligibility threshold: 招用10人以上的, 达到20户以上、, 吸纳就业不少于10人的
CONDITION_AFTER = cached_re(
    r"""
    (?:及)?以上[的、]     # 10人以上的, 20户以上、
    | (?:及以下|以下)?的   # 不少于10人的 (a count that qualifies a noun or closes a 的-clause)
    """,
    re.VERBOSE,
)

# a heading over eligibility rules: (二)申报条件, 三、人选条件, 1.认定标准
CONDITIONS_HEADING = cached_re(r"^\W*[\w]{0,4}[、.．)）]?\s*[\u4e00-\u9fff]{0,6}(?:条件|标准)\s*[：:]?\s*$")
# a sentence that lists eligibility rules: 认定条件为：…, 认定标准：…
CONDITIONS_LABEL = cached_re(r"(?:条件|标准)(?:为|是)?[：:]")

# the subject of a policy's rate of pay, which is no goal: 补贴标准, 返还比例, 贴息比例, 缴费费率
RATE_OF_PAY = cached_re(r"(?:标准|(?:返还|补贴|贴息|缴费|报销|补助)比例|费率|利率)$")

# metrics that name the size of a whole, a goal even without 要/力争/确保: 务工规模不低于3.2万人
SCALE_OF_WHOLE = ("规模", "总量")

# words that make a count a lower or upper bound
AT_LEAST = {"余", "多", "至少", "不少于", "不低于", "突破", "达到", "达", "超过", "超", "高于", "提高到", "提升到", "提高至",
            "提升至", "以上"}
APPROX = {"左右", "约"}
AT_MOST = {"最多", "至多", "限报", "不超过", "以内", "以下"}
UNIT_OF = {"名": "人", "品": "个"}


# a clause reporting results: 截至目前已…, 去年全省共… (累计 is not one: 力争累计培育100个 is a goal)
# 不低于上年, 比去年 name a baseline to beat, not a result
PAST = cached_re(r"截[至止](?:目前|\d{1,2}月)|(?<!低于)(?<!少于)(?<!高于)(?<!超过)(?<!比)(?<!较)(?:去年|上年)|先后|以来|近年来")
# a year named as when something happened (2023年，全市新增就业…), not as a goal's horizon (到2025年, 2025年底前)
YEAR = cached_re(r"(?<![到至在于—－-])(?P<year>(?:19|20)\d\d)年(?!底?前|内|起|度?(?:目标|任务|计划))")
# 已 reports a result only in its own clause: 总投资847万元,已到位资金494万元,改造防渗斗渠14.608公里 plans the works
DONE = cached_re(r"已经?(?!于)")
# a total of what was done, said with 共 before the verb: 全县共举办招聘会20场, 全年共完成…整治3600亩
TOTAL_DONE = cached_re(r"(?<![公总])共计?(?=[\u4e00-\u9fff]{0,4}?(?:完成|实现|开展|举办|开发|培训|帮助|组织|提供|建成|新增|整治))")
# a scale set as a goal earlier in the sentence: the clauses after it list more goals (要稳定在5000个以上，吸纳…不少于8万人)
GOAL_SET = cached_re(r"(?:要|力争|确保)[^，,]{0,12}?(?:突破|达到|稳定在|保持在|超过|不少于|不低于)")
# a sentence that tells what was achieved: …打造示范点20家,受到省市场监督管理局的高度肯定 / …提供了有力保障
ACHIEVED = cached_re(r"受到[^。；;]{0,20}?(?:肯定|表扬|好评|认可|赞誉|表彰)|被[^。；;，,]{0,20}?(?:评为|命名|授予)"
                      r"|(?:提供|取得|实现|完成|形成|获得|达到|开展|举办|带动|帮助|促进|推动|解决|得到)了")
# (a bare 了 is not enough: 市政府制定了方案，提出到2025年新增就业1万人 still sets a goal)
