"""styles.xml read in pieces gives what the part parsed whole gives, and falls back to the whole part where
the pieces cannot be cut exactly."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

import gongwen
from gongwen.extractors.docx_parts import PARSER, W
from gongwen.extractors.docx_styles import Sheet, SlicedSheet, Styles, Unsliceable

DATA = Path(__file__).resolve().parent.parent / "data"
WORD_FILES = sorted(p for p in DATA.rglob("*.docx") if zipfile.is_zipfile(p)
                    and "word/styles.xml" in zipfile.ZipFile(p).namelist())
W_NS = W[1:-1]


def styles_xml(path: Path) -> bytes:
    return zipfile.ZipFile(path).read("word/styles.xml")


def whole(data: bytes) -> Sheet:
    return Sheet(etree.fromstring(data, PARSER))


def shown(el: etree._Element | None) -> bytes | None:
    return None if el is None else etree.tostring(el, method="c14n")


def test_the_test_files_have_styles_parts():
    assert len(WORD_FILES) >= 30


@pytest.mark.parametrize("path", WORD_FILES, ids=lambda p: p.name)
def test_pieces_equal_the_whole_part(path):
    data = styles_xml(path)
    tree = whole(data)
    pieces = SlicedSheet(data, lambda: tree)  # every test file is in the form the pieces are cut from
    ids = {el.get(W + "styleId") for el in tree.root.iter(W + "style")} | {"no-such-style"}
    for sid in sorted(i for i in ids if i):
        assert [shown(e) for e in pieces.paragraph_styles(sid)] == [shown(e) for e in tree.paragraph_styles(sid)]
    assert shown(pieces.defaults()) == shown(tree.defaults())
    assert shown(pieces.default_paragraph_style()) == shown(tree.default_paragraph_style())
    assert [shown(e) for e in pieces.numbering_styles()] == [shown(e) for e in tree.numbering_styles()]
    assert pieces.whole is None  # answered from the pieces, not by parsing the part whole
    assert len(pieces.pieces) < len(ids)  # and only some of them were parsed


def sheet_of(body: str, decl: str = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>",
             root: str = f'w:styles xmlns:w="{W_NS}"') -> bytes:
    return f"{decl}\n<{root}>{body}</{root.split()[0]}>".encode()


NORMAL = ('<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/>'
          '<w:pPr><w:jc w:val="center"/></w:pPr></w:style>')
HEADING = ('<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
           '<w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>')
TABLE = '<w:style w:type="table" w:styleId="1"><w:name w:val="Table Grid"/></w:style>'


def test_styles_resolve_the_same_over_pieces_and_whole():
    data = sheet_of('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>'
                    + TABLE + NORMAL + HEADING + '<w:style w:type="character" w:styleId="c"/>')
    sliced, parsed = Styles(SlicedSheet(data, lambda: whole(data))), Styles(whole(data))
    for sid in (None, "a", "1", "c", "missing"):
        assert sliced.get(sid) == parsed.get(sid)
    assert sliced.get("1").outline == 1 and sliced.get("1").bold and sliced.get("1").size == 22
    assert sliced.get("1").align == "center" and sliced.get(None).size == 16


@pytest.mark.parametrize("data", [
    sheet_of(NORMAL + "<!-- <w:style w:styleId='x'> -->"),  # a comment could hide or fake a tag
    sheet_of(NORMAL, root=f'styles xmlns="{W_NS}"'),  # no prefix: attributes would be unqualified
    sheet_of(NORMAL, decl="<?xml version='1.0' encoding='GB18030'?>"),
    sheet_of(NORMAL.replace('w:styleId="a"', 'w:styleId="&#97;"')),
    sheet_of(NORMAL, root='w:styles xmlns:w="urn:not-word"'),
], ids=["comment", "default-namespace", "gb18030", "character-reference", "other-namespace"])
def test_forms_not_cut_exactly_are_parsed_whole(data):
    with pytest.raises(Unsliceable):
        SlicedSheet(data, lambda: whole(data))


def test_a_style_without_its_end_tag_is_read_from_the_whole_part():
    data = sheet_of(NORMAL.replace("</w:style>", ""))
    with pytest.raises(etree.XMLSyntaxError):  # the whole parse says what is wrong (the reader: E_CORRUPT)
        SlicedSheet(data, lambda: whole(data)).paragraph_styles("a")


def test_a_piece_that_does_not_parse_alone_falls_back_to_the_whole_part():
    data = sheet_of('<w:style w:type="paragraph" w:styleId="a"><w:name w:val="x"/><w:pPr></w:style>' + HEADING)
    calls = []

    def parse_whole() -> Sheet:
        calls.append(1)
        return whole(sheet_of(NORMAL + HEADING))  # stands in for the part as an XML parser reads it

    sliced = SlicedSheet(data, parse_whole)
    assert sliced.paragraph_styles("1")[0].get(W + "styleId") == "1"  # a sound piece: no whole parse
    assert not calls
    assert sliced.paragraph_styles("a")[0].find(W + "name").get(W + "val") == "Normal"  # from the whole part
    assert calls == [1] and sliced.whole is not None


def test_a_broken_styles_part_a_paragraph_uses_is_corrupt(tmp_path):
    src = DATA / "corpus" / "000.docx"
    out = tmp_path / "broken.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/styles.xml":
                data = data.replace(b"<w:docDefaults>", b"<w:docDefaults><w:rPr>", 1)
            zout.writestr(info, data)
    with pytest.raises(gongwen.Corrupt, match="not a readable Word document"):
        gongwen.parse(out)
