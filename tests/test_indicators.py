import pytest

from extract.parse import indicators as ind


@pytest.mark.parametrize("text,expected", [
    ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", [9]),
    ("ตัวชี้วัดที่ ๑-๕ และ ๑๐ ด้านการปฏิบัติหน้าที่", [1, 2, 3, 4, 5, 10]),
    ("ตัวชี้วัดที่ 6 – 8", [6, 7, 8]),
    ("ตัวชี้วัดที่ ๒, ๔ หรือ ๗", [2, 4, 7]),
    ("ตัวชี้วัดที่ ๙๕.๐๐", []),            # a score, not an indicator
    ("ตัวชี้วัดการป้องกันการทุจริต", []),   # a name, not a number
    ("ตัวชี้วัดที่ ๑๒", []),
])
def test_explicit_refs(text, expected):
    assert ind.explicit_refs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("การใช้ทรัพย์สินของทางราชการ", (4,)),
    ("๕.การแก้ไขปัญหาทุจริต ผลคะแนนร้อยละ ๑๐๐", (5,)),
    ("การแก้ไขปัญหาคอร์รัปชัน", (5,)),
    ("๑. การปรับปรุงระบบการทำงานที่สะดวก รวดเร็ว", (8,)),
    ("การปรับปรุงระบบการ ทำงาน", (8,)),                      # a wrap inside the name
    ("การป้องกันการทุจริต และการเปิดเผยข้อมูล", (10, 9)),
    ("แผนการใช้จ่าย งบประมาณประจำปี", ()),                    # not "การใช้งบประมาณ"
    ("เกี่ยวข้องกับการปฏิบัติงาน", ()),
])
def test_names_in(text, expected):
    assert ind.names_in(text) == expected


def test_fuzzy_name_accepts_garbled_short_cells_only():
    assert ind.fuzzy_name("ประสิทธิภาพการในการ สื่อสาร") == 7
    assert ind.fuzzy_name("การปฏิรูปดัชนีชี้วัด") is None
    assert ind.fuzzy_name("ประสิทธิภาพการในการสื่อสาร " * 3) is None


@pytest.mark.parametrize("cell,tool,expected", [
    ("๑.คุณภาพการดำเนินงาน ผลคะแนนร้อยละ ๙๗.๓๖", "EIT", 6),   # name decides
    ("๒. อะไรก็ได้", "OIT", 10),                             # tool-local number
    ("๒. อะไรก็ได้", None, 2),
    ("1 การปฏิรูปดัชนีชี้วัด", None, 1),                      # garbled name: number decides
    ("ตัวชี้วัดที่ ๙ อื่น ๆ", "EIT", 9),                        # explicit number is canonical
])
def test_resolve(cell, tool, expected):
    assert ind.resolve(cell, tool)[0] == expected


def test_tools():
    assert ind.tool_in("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)") == "EIT"
    assert ind.tool_in("แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน") == "IIT"
    assert ind.tool_in("แบบตรวจการเปิดเผยข้อมูลสาธารณะ") == "OIT"
    assert ind.tool_in("COITA") is None
    assert ind.names_in(ind.without_tool_names("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)")) == ()
