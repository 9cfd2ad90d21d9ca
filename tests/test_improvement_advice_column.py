"""A measures table whose rows each answer the assessment's advice, printed in a column before the measure
("ข้อเสนอแนะจากผลการประเมิน | แนวทางการนำไปปฏิบัติ | …"): the rows are improvements on the assessment's
results, and an indicator the advice names by number ("(ตัวชี้วัดที่ ๙)") is the one the row serves. Both Word
files written for this test, in words of no seed or real file."""
from pathlib import Path

from extract import extract_paths
from tests.conftest import word_file


def _measures(tmp_path: Path, lines: list[str], rows: list[tuple[str, ...]], steps: bool = False):
    [result] = extract_paths([word_file(tmp_path / "analysis.docx", lines, rows)])
    return [(m.table, m.title, m.indicators, m.responsible, m.recommendation, *([m.steps] if steps else []))
            for m in result.measures]


def test_rows_answering_the_assessments_advice_are_improvements(tmp_path: Path):
    assert _measures(tmp_path, [
        "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        "องค์การบริหารส่วนตำบลบ้านเป้า อำเภอเมืองลำปาง จังหวัดลำปาง",
        "ผลคะแนนภาพรวม ๘๔.๑๒ คะแนน ระดับ B",
    ], [
        ("ข้อเสนอแนะจากผลการประเมิน", "แนวทางการนำไปปฏิบัติ", "ผู้รับผิดชอบ", "ห้วงเวลา"),
        ("ควรเผยแพร่ข้อมูลการใช้จ่ายงบประมาณให้เป็นปัจจุบัน (ตัวชี้วัดที่ ๙)", "กองคลังปรับปรุงข้อมูลบนเว็บไซต์ทุกไตรมาส",
         "กองคลัง", "ม.ค. – ก.ย. ๖๘"),
        ("ควรเปิดโอกาสให้ประชาชนมีส่วนร่วมในการติดตามโครงการ (ตัวชี้วัดที่ ๗)",
         "ประกาศช่องทางแสดงความคิดเห็นในหอกระจายข่าวและเพจ", "สำนักปลัด", "ตลอดปีงบประมาณ ๒๕๖๘"),
    ]) == [
        ("improvement", "กองคลังปรับปรุงข้อมูลบนเว็บไซต์ทุกไตรมาส", [9], ["กองคลัง"],
         "ควรเผยแพร่ข้อมูลการใช้จ่ายงบประมาณให้เป็นปัจจุบัน (ตัวชี้วัดที่ ๙)"),
        ("improvement", "ประกาศช่องทางแสดงความคิดเห็นในหอกระจายข่าวและเพจ", [7], ["สำนักปลัด"],
         "ควรเปิดโอกาสให้ประชาชนมีส่วนร่วมในการติดตามโครงการ (ตัวชี้วัดที่ ๗)"),
    ]


def test_a_hospitals_table_in_other_words(tmp_path: Path):
    assert _measures(tmp_path, [
        "ผลการวิเคราะห์การประเมิน ITA ปี ๒๕๖๘ โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองแวง",
        "อำเภอพล จังหวัดขอนแก่น",
    ], [
        ("ข้อเสนอแนะตามผลการประเมิน ITA", "สิ่งที่จะดำเนินการ", "หน่วยงานที่รับผิดชอบ"),
        ("เพิ่มช่องทางแจ้งเบาะแสการทุจริตที่ปกปิดตัวผู้แจ้ง ตัวชี้วัดที่ 10", "ทำแบบฟอร์มแจ้งเบาะแสออนไลน์ผ่าน QR code",
         "งานบริหารทั่วไป"),
        ("ประกาศผลการจัดซื้อจัดจ้างทุกเดือน", "รายงานผล สขร.๑ ขึ้นเว็บไซต์ภายในวันที่ ๑๐ ของเดือนถัดไป",
         "งานพัสดุ"),
    ], steps=True) == [
        # no column named for the measure: the first column's advice is the row's title, as an issue is
        ("improvement", "เพิ่มช่องทางแจ้งเบาะแสการทุจริตที่ปกปิดตัวผู้แจ้ง ตัวชี้วัดที่ 10", [10], ["งานบริหารทั่วไป"], None,
         ["ทำแบบฟอร์มแจ้งเบาะแสออนไลน์ผ่าน QR code"]),
        ("improvement", "ประกาศผลการจัดซื้อจัดจ้างทุกเดือน", [], ["งานพัสดุ"], None,
         ["รายงานผล สขร.๑ ขึ้นเว็บไซต์ภายในวันที่ ๑๐ ของเดือนถัดไป"]),
    ]
