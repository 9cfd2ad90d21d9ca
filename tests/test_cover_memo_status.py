"""A memo or cover letter (บันทึกข้อความ … จึงเรียนมาเพื่อ…) has no scores, findings or measures by
nature: nothing is missing, so it is ``ok`` with an info check saying what it is (COVER_MEMO), not
``partial`` with NO_RECORDS. A report that mentions ITA and yields nothing stays partial. The real
memo of samples/real and a memo written for this test (its numbered requests are no measures)."""
from pathlib import Path

from extract import extract_paths

ROOT = Path(__file__).resolve().parents[1]

MEMO = """บันทึกข้อความ
ส่วนราชการ กลุ่มงานบริหารทั่วไป โรงพยาบาลท่าวุ้ง อำเภอท่าวุ้ง จังหวัดลพบุรี
ที่ ลบ 0032.301/412 วันที่ 15 มีนาคม 2567
เรื่อง ขออนุมัติเผยแพร่รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต รอบ 6 เดือน
เรียน ผู้อำนวยการโรงพยาบาลท่าวุ้ง
ตามที่โรงพยาบาลท่าวุ้งได้จัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567 เพื่อรองรับการประเมิน ITA นั้น
กลุ่มงานบริหารทั่วไปได้สรุปผลการดำเนินงานรอบ 6 เดือนแล้ว จึงขออนุมัติดำเนินการ ดังนี้
1. เผยแพร่รายงานผลการดำเนินงานบนเว็บไซต์ของโรงพยาบาล
2. แจ้งเวียนให้กลุ่มงานทุกกลุ่มงานทราบ
3. รายงานสำนักงานสาธารณสุขจังหวัดลพบุรีทราบ
จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ
"""


def _status(path: Path):
    [result] = extract_paths([path])
    return (result.report.status, [c.code for c in result.checks if c.code in ("COVER_MEMO", "NO_RECORDS")],
            len(result.measures))


def test_a_memo_is_complete_with_no_records(tmp_path):
    page = tmp_path / "memo.txt"
    page.write_text(MEMO, encoding="utf-8")
    assert _status(page) == ("ok", ["COVER_MEMO"], 0)
    assert _status(ROOT / "samples" / "real" / "namyuen_hospital_2567_risk_plan_cover_memo.pdf") == ("ok", ["COVER_MEMO"], 0)


def test_a_report_that_yields_nothing_is_still_partial(tmp_path):
    page = tmp_path / "report.txt"
    page.write_text("ผลการดำเนินงานตามแผนป้องกันการทุจริต โรงพยาบาลท่าวุ้ง ประจำปีงบประมาณ พ.ศ. 2567\n"
                    "โรงพยาบาลได้ดำเนินการตามแผนครบทุกกิจกรรมตามที่กำหนดไว้ในแผนปฏิบัติการแล้ว\n", encoding="utf-8")
    assert _status(page) == ("partial", ["NO_RECORDS"], 0)
