"""One-activity forms that head what was done "การดำเนินงาน :" and the remedy of the problems met
"แนวทางแก้ไข :" lost both values (FORM_LABEL_UNKNOWN). They are the steps and the recommendation (the
remedy is the suggestion, as beside a problems column in a table), read with a colon only: prose opens
with the same words (schemas/measure_cues.FORM_COLON_LABELS). Forms written for this test."""
from extract import extract_paths

SCHOOL = """รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
โรงเรียนบ้านหนองไผ่ล้อม
ชื่อโครงการ : โรงเรียนสุจริต
วัตถุประสงค์ : เพื่อปลูกฝังความซื่อสัตย์สุจริตแก่นักเรียน
การดำเนินงาน : จัดกิจกรรมร้านค้าความดีไม่มีคนขาย
ระยะเวลาดำเนินการ : มิถุนายน - กันยายน ๒๕๖๘
ผลการดำเนินงาน : นักเรียนเข้าร่วมร้อยละ ๙๕
ปัญหาอุปสรรค : สินค้าสูญหายบางครั้ง
แนวทางแก้ไข : ให้สภานักเรียนตรวจนับสินค้าทุกสัปดาห์
ผู้รับผิดชอบ : ฝ่ายกิจการนักเรียน
"""

# other words: numbered labels, "การดำเนินการ :" whose value goes on with a prose line opening with the
# same word (no colon: part of the value, joined as a wrapped line is), "แนวทางการแก้ไขปัญหา :"
HOSPITAL = """แบบรายงานผลการดำเนินกิจกรรมป้องกันการทุจริต ปีงบประมาณ ๒๕๖๗ โรงพยาบาลกุดชุม
1) ชื่อกิจกรรม : ประกาศเจตนารมณ์ต่อต้านการทุจริต
2) การดำเนินการ : ผู้อำนวยการและบุคลากรร่วมกล่าวคำปฏิญาณหน้าเสาธง
การดำเนินการ ครั้งนี้มีการถ่ายทอดสดทางเพจของโรงพยาบาล
3) ผลการดำเนินการ : บุคลากรเข้าร่วม ๑๒๐ คน
4) ปัญหาอุปสรรค : บุคลากรเวรบ่ายไม่ได้เข้าร่วม
5) แนวทางการแก้ไขปัญหา : จัดรอบเพิ่มสำหรับบุคลากรเวรบ่าย
"""


def _measures(write_report, text):
    [result] = extract_paths([write_report(text)])
    assert [c.code for c in result.checks if c.code == "FORM_LABEL_UNKNOWN"] == []
    return [(m.table, m.title, m.steps, m.output, m.recommendation) for m in result.measures]


def test_what_was_done_and_the_remedy(write_report):
    assert _measures(write_report, SCHOOL) == [
        ("implementation", "โรงเรียนสุจริต", ["จัดกิจกรรมร้านค้าความดีไม่มีคนขาย"], "นักเรียนเข้าร่วมร้อยละ ๙๕",
         "ให้สภานักเรียนตรวจนับสินค้าทุกสัปดาห์")]


def test_numbered_labels_and_a_prose_line_opening_with_the_word(write_report):
    assert _measures(write_report, HOSPITAL) == [
        ("implementation", "ประกาศเจตนารมณ์ต่อต้านการทุจริต",
         ["ผู้อำนวยการและบุคลากรร่วมกล่าวคำปฏิญาณหน้าเสาธงการดำเนินการ ครั้งนี้มีการถ่ายทอดสดทางเพจของโรงพยาบาล"],
         "บุคลากรเข้าร่วม ๑๒๐ คน", "จัดรอบเพิ่มสำหรับบุคลากรเวรบ่าย")]
