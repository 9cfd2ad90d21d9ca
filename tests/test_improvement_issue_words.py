"""Improvement tables whose issue column is named by other nouns: "ข้อคำถามที่ได้คะแนนต่ำ" (the assessment's
questions that scored low) was taken as a score column by its "คะแนน", and "รายการที่ต้องปรับปรุง",
"หัวข้อที่ต้องพัฒนา" named nothing, so the issues were lost (TABLE_HEADER_UNKNOWN) or the table was no
measures table. schemas/headers.py: what is to be improved, by whatever noun ("…ที่ต้องปรับปรุง",
"…ที่ควรพัฒนา", "ข้อคำถาม…"), is the issue (title) column, and the rows are improvements
(measure_cues.ISSUE_TITLE_CUES); a link column ("ลิงก์", "URL") is evidence, no unknown header."""
from extract import extract_file
from extract.parse.tables import header_field

# written for this test: a hospital's improvement table
TABLE = (
    "แนวทางการพัฒนาจากผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567\n"
    "โรงพยาบาลกุดจับ จังหวัดอุดรธานี\n"
    "\n"
    "ข้อคำถามที่ได้คะแนนต่ำ\tวิธีการปรับปรุง\tผู้รับผิดชอบ\tกรอบระยะเวลา\tลิงก์\n"
    "i12 บุคลากรในหน่วยงานของท่านนำทรัพย์สินของราชการไปใช้ส่วนตัว\tจัดทำคู่มือการยืมทรัพย์สินของราชการ\t"
    "กลุ่มงานบริหารทั่วไป\tธ.ค. 2567\thttps://example.go.th/asset\n"
    "e5 หน่วยงานมีการเผยแพร่ข้อมูลที่เข้าถึงง่าย\tปรับปรุงหน้าเว็บไซต์ให้ค้นหาข้อมูลได้ง่าย\tงานสารสนเทศ\tมี.ค. 2568\t-\n"
)


def test_questions_that_scored_low_are_the_issues(write_report):
    result = extract_file(write_report(TABLE, "improve.txt"))
    got = [(m.table, m.row, m.title, m.indicators, m.steps, m.responsible, m.timeframe, str(m.period_start), str(m.period_end),
            m.note) for m in result.measures]
    assert got == [
        ("improvement", 1, "i12 บุคลากรในหน่วยงานของท่านนำทรัพย์สินของราชการไปใช้ส่วนตัว", [],
         ["จัดทำคู่มือการยืมทรัพย์สินของราชการ"], ["กลุ่มงานบริหารทั่วไป"], "ธ.ค. 2567", "2024-12-01", "2024-12-31", None),
        ("improvement", 2, "e5 หน่วยงานมีการเผยแพร่ข้อมูลที่เข้าถึงง่าย", [], ["ปรับปรุงหน้าเว็บไซต์ให้ค้นหาข้อมูลได้ง่าย"],
         ["งานสารสนเทศ"], "มี.ค. 2568", "2025-03-01", "2025-03-31", None),
    ]
    assert not [c for c in result.checks if c.code == "TABLE_HEADER_UNKNOWN"]


def test_issue_words_by_other_nouns():
    assert [header_field(h) for h in ("รายการที่ต้องปรับปรุง", "หัวข้อที่ต้องพัฒนา", "ข้อคำถามที่ได้คะแนนต่ำ")] == ["title"] * 3
    # the field named first still wins: a result, a way to improve, a score
    assert header_field("ผลการดำเนินงานที่ต้องปรับปรุง") == "output"
    assert header_field("แนวทางการพัฒนาที่ต้องดำเนินการ") == "steps"
    assert header_field("คะแนนที่ได้") == "score"
    assert header_field("URL") == "evidence"
