"""Turn the numerals of a notice into numbers: 三千 -> 3000, 1,500 -> 1500, 11.22亿 -> 1122000000.

Finding a figure is the callers' job; these helpers only parse an isolated numeral span.
"""
from __future__ import annotations

import math

from .characters import WIDE_DIGITS
from .pattern_cache import cached_re

# full-width digits and separators as scraped pages print them: ３０００ -> 3000, １．５ -> 1.5
_WIDE = {**WIDE_DIGITS, **str.maketrans("．，", ".,")}

# units of magnitude written after a numeral
MULTIPLIERS = {"": 1, "千": 1_000, "万": 10_000, "亿": 100_000_000}

# Arabic digits, possibly full-width, with thousands separators and a decimal part
_ARABIC = cached_re(r"[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?")

# a numeral spelled in Chinese characters, lower case (三千) or financial upper case (叁仟)
CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_SIMPLE = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9)))
DIGIT_O = {"○": 0, "Ｏ": 0, "O": 0}  # letter O and circles typed for 〇 in years (二○二○年)


def to_number(numeral: str) -> float:
    """Return the value of an Arabic or Chinese numeral such as 1,500 / ３０００ / 0.5 / 二十 / 叁仟."""
    numeral = numeral.strip()
    if _ARABIC.fullmatch(numeral):
        return float(numeral.translate(_WIDE).replace(",", ""))
    if len(numeral) == 1 and numeral in _SIMPLE:
        return float(_SIMPLE[numeral])  # the common 一次/两个 need no library
    import cn2an  # costs ~110 ms: only when a Chinese numeral really needs it

    try:
        return float(cn2an.cn2an(numeral, "smart"))
    except (ValueError, KeyError, IndexError):  # a malformed numeral (十〇, 一十〇) cn2an refuses or trips on
        return _lenient(numeral)


_FINANCIAL = dict(zip("壹贰叁肆伍陆柒捌玖", range(1, 10)))
_PLACES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1_000, "仟": 1_000}
_GROUPS = {"万": 10_000, "亿": 100_000_000}


def _lenient(numeral: str) -> float:
    """Return the value of a malformed Chinese numeral read place by place (十〇 -> 10), NaN if it holds other characters."""
    total, section, digit = 0.0, 0.0, None
    for char in numeral:
        d = _SIMPLE.get(char, _FINANCIAL.get(char, DIGIT_O.get(char)))
        if d is not None:
            digit = d if digit is None else digit * 10 + d
        elif char in _PLACES:
            section, digit = section + (1 if digit is None else digit) * _PLACES[char], None
        elif char in _GROUPS:
            total, section, digit = (total + section + (digit or 0)) * _GROUPS[char], 0.0, None
        else:
            return math.nan
    return total + section + (digit or 0)


def scaled(numeral: str, multiplier: str = "") -> float:
    """Return `numeral` times its written magnitude (万 -> ×10⁴, 亿 -> ×10⁸), rounded to cents."""
    return round(to_number(numeral) * MULTIPLIERS[multiplier.strip()], 2)


def small_int(numeral: str) -> int:
    """Return the integer of a date part: Arabic digits, 二〇二〇 read digit by digit, or 十二/三十一."""
    numeral = numeral.strip().translate(_WIDE)
    if numeral.isdecimal():
        return int(numeral[:9])  # a date part has a few digits; the cap keeps int() bounded
    if "十" not in numeral:
        return int("".join(str(_SIMPLE.get(c, DIGIT_O.get(c, 0))) for c in numeral[:9]) or "0")
    tens, _, ones = numeral.partition("十")
    return _SIMPLE.get(tens[-1:], 1) * 10 + _SIMPLE.get(ones[:1], 0)
