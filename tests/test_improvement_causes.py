"""An improvement plan in words of its own: "ตัวชี้วัด | คะแนน | สาเหตุที่ได้คะแนนต่ำ | แนวทางการพัฒนา |
กิจกรรม/โครงการรองรับ | ผู้รับผิดชอบ | ระยะเวลา" under "แผนพัฒนาตามผลการประเมิน ITA …".
- the cause of a low score ("สาเหตุ…") matched no header and was lost: it is the row's analysis
  (rationale, schemas/headers.py);
- the heading names development because of the results ("พัฒนาตามผลการประเมิน", "ปรับปรุงตามผลการประเมิน"):
  the rows are improvements, not a plan (measure_cues.IMPROVEMENT_LIST_CUES);
- a row whose title cell is "-" while it says what will be done was dropped without a word: it is still
  left out (no title is made up), with an info check MEASURE_UNTITLED carrying the row's text."""
from extract import extract_file

# written for this test: a town's plan
PLAN = (
    "แผนพัฒนาตามผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 (สำหรับปีงบประมาณ 2568)\n"
    "เทศบาลเมืองยโสธร อำเภอเมืองยโสธร จังหวัดยโสธร\n"
    "\n"
    "ตัวชี้วัด\tคะแนน\tสาเหตุที่ได้คะแนนต่ำ\tแนวทางการพัฒนา\tกิจกรรม/โครงการรองรับ\tผู้รับผิดชอบ\tระยะเวลา\n"
    "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน\t78.50\tผู้รับบริการไม่ทราบช่องทางการให้บริการออนไลน์\t"
    "ประชาสัมพันธ์ช่องทาง e-Service\tจัดทำสื่อประชาสัมพันธ์\tกองยุทธศาสตร์ฯ\tม.ค. - มี.ค. 2568\n"
    "ตัวชี้วัดที่ 10 การป้องกันการทุจริต\t81.25\tยังไม่รายงานผลการดำเนินการตามมาตรการ\t"
    "รายงานผลรอบ 6 เดือนและ 12 เดือน\t-\tสำนักปลัด\tเม.ย. 2568\n"
)


def test_causes_and_an_untitled_row(write_report):
    result = extract_file(write_report(PLAN, "plan.txt"))
    got = [(m.table, m.row, m.title, m.indicators, m.steps, m.responsible, m.timeframe, str(m.period_start),
            str(m.period_end), m.rationale) for m in result.measures]
    assert got == [("improvement", 1, "จัดทำสื่อประชาสัมพันธ์", [8], ["ประชาสัมพันธ์ช่องทาง e-Service"], ["กองยุทธศาสตร์ฯ"],
                    "ม.ค. - มี.ค. 2568", "2025-01-01", "2025-03-31", "ผู้รับบริการไม่ทราบช่องทางการให้บริการออนไลน์")]
    untitled = [c for c in result.checks if c.code == "MEASURE_UNTITLED"]
    assert len(untitled) == 1 and untitled[0].severity == "info"
    assert "กิจกรรม/โครงการรองรับ" in untitled[0].message
    assert "รายงานผลรอบ 6 เดือนและ 12 เดือน" in untitled[0].source_text
    assert not [c for c in result.checks if c.code == "TABLE_HEADER_UNKNOWN"]
