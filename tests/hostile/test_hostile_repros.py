"""Every hostile repro gives what shared/corpus/hostile/README.md says a user should get: a valid record or
one line with its E_ code, no other exception, within 30 s and 1 GB, all run in one capped subprocess."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
DATA = HERE.parent / "data" / "hostile"
ROOT = HERE.parent.parent
# ../shared beside the repository (or beside the folder of worktrees)
SHARED = next((p / "shared" / "corpus" / "hostile" for p in (ROOT.parent, ROOT.parent.parent)
               if (p / "shared" / "corpus" / "hostile").is_dir()), ROOT / "missing")
BOMBS = ("docx__MemoryError__zip_bomb_5GB_document_xml.docx", "pdf__abort__flate_bomb_4GB_content_stream.pdf")

# what each repro gives now: ("record", warning code expected or None) or ("error", E_ code)
EXPECTED = {
    "docx__BadZipFile__header_crc.docx": ("record", "W_PART_UNREADABLE"),
    "docx__E_CORRUPT__message_spans_lines_NUL_in_xml.docx": ("error", "E_CORRUPT"),
    "docx__MemoryError__gridBefore_2e9.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__MemoryError__gridSpan_2e9.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__MemoryError__numbering_lowerLetter_start_1e11.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__MemoryError__zip_bomb_5GB_document_xml.docx": ("error", "E_TOO_LARGE"),
    "docx__OverflowError__sz_400_digits.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__ValueError__gridSpan_superscript_two.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__ValueError__ilvl_superscript_two.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__ValueError__numbering_negative_start_chineseCounting.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__ValueError__outlineLvl_circled_one.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__ValueError__sz_5000_digits.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__ValueError__sz_superscript_two.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "docx__XMLSyntaxError__header_external_entity.docx": ("record", None),  # the entity is simply not resolved
    "docx__XMLSyntaxError__header_not_well_formed.docx": ("record", "W_PART_UNREADABLE"),
    "docx__hang__gridSpan_100000_quadratic.docx": ("record", "W_ATTRIBUTE_RANGE"),
    "min_txt__IndexError__structured_tables_header.py_45__nodes.txt": ("record", None),
    "min_txt__OverflowError__structured_sites.py_147__number.txt": ("record", None),
    "min_txt__ValueError__structured_dates.py_100_resolve.txt": ("record", None),
    "min_txt__ValueError__structured_deadlines.py_244__this_month.txt": ("record", None),
    "min_txt__ValueError__structured_numbers.py_33_to_number.txt": ("record", None),
    "min_txt__ValueError__structured_sections.py_67__ordinal.txt": ("record", None),
    "min_txt__ValueError__structured_sections.py_72__ordinal.txt": ("record", None),
    "pdf__abort__flate_bomb_4GB_content_stream.pdf": ("error", "E_TOO_LARGE"),
    "pdf__hang__page_tree_10pow6_leaves_1KB.pdf": ("error", "E_TOO_LARGE"),
    "pdf__hang__ruling_grid_200x200_46s.pdf": ("record", "W_TABLE_SKIPPED"),
    "pdf__record_with_lone_surrogate__tounicode_D800.pdf": ("record", "W_SURROGATE"),
    "txt__ValueError__circled_digit_heading.txt": ("record", None),
    "txt__ValueError__cn2an_bad_numeral_amount.txt": ("record", None),
    "txt__ValueError__this_month_day_zero.txt": ("record", None),
    "txt__ValueError__year_zero.txt": ("record", None),
    "txt__hang__digit_run_16k_quadratic_FIGURE_regex.txt": ("record", None),
    "txt__invalid_json__amount_Infinity.txt": ("record", "W_ABSURD_NUMBER"),
}


def _files() -> list[Path]:
    """Return the kept repros, and the two bombs from shared/ when it is there."""
    files = sorted(p for p in DATA.iterdir() if p.name in EXPECTED)
    return files + [SHARED / b for b in BOMBS if (SHARED / b).is_file()]


@pytest.fixture(scope="module")
def outcomes() -> dict[str, dict]:
    """Run every repro once in a memory-capped subprocess and return its outcome by file name."""
    done = subprocess.run([sys.executable, str(HERE / "capped_run.py"), *map(str, _files())],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0, done.stderr[-2000:]
    return {Path(r["file"]).name: r for r in rows}


def test_every_repro_is_known():
    assert {p.name for p in DATA.iterdir() if p.suffix != ".md"} <= set(EXPECTED)


@pytest.mark.parametrize("name", [p.name for p in _files()])
def test_repro_gives_what_the_readme_says(outcomes, name):
    row = outcomes[name]
    kind, code = EXPECTED[name]
    assert row["outcome"] == kind, row
    if kind == "error":
        assert row["code"] == code and "\n" not in row["message"], row
    elif code is not None:
        assert code in row["warnings"], row
    assert row["seconds"] < 30, row


def test_repros_stay_under_one_gigabyte(outcomes):
    assert max(r["peak_mb"] for r in outcomes.values()) < 1024
