"""An implementation report of a health-promoting hospital whose table heads what was done
"การดำเนินการ" beside "ผลการดำเนินการ": the column matched no header (TABLE_HEADER_UNKNOWN) and its
cells were lost. schemas/headers.py: "การดำเนินการ" / "การดำเนินงาน" are steps; the earliest synonym
of a header wins, so the result, time and status columns that contain the words keep their fields."""
from extract import extract_file
from schemas.headers import MEASURE_HEADERS

# written for this test
REPORT = (
    "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
    "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสะอาด อำเภอชุมแพ จังหวัดขอนแก่น\n"
    "\n"
    "ลำดับ\tมาตรการ\tการดำเนินการ\tผลการดำเนินการ\tผู้รับผิดชอบ\n"
    "๑\tการเปิดเผยข้อมูลสาธารณะ\tปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน\tปรับปรุงครบ ๑๒ เดือน\tนางสาวสุภาพร ใจดี\n"
    "๒\tการป้องกันการรับสินบน\tประกาศนโยบายไม่รับของขวัญ (No Gift Policy)\tประกาศแล้ว\tผู้อำนวยการ รพ.สต.\n"
)


def test_what_was_done_is_the_steps(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = extract_file(path)
    got = [(m.table, m.row, m.title, m.steps, m.output, m.responsible) for m in result.measures]
    assert got == [
        ("implementation", 1, "การเปิดเผยข้อมูลสาธารณะ", ["ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน"], "ปรับปรุงครบ ๑๒ เดือน",
         ["นางสาวสุภาพร ใจดี"]),
        ("implementation", 2, "การป้องกันการรับสินบน", ["ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)"], "ประกาศแล้ว",
         ["ผู้อำนวยการ รพ.สต."]),
    ]
    assert not [c for c in result.checks if c.code == "TABLE_HEADER_UNKNOWN"]


def test_headers_holding_the_words_keep_their_fields():
    from extract.parse.tables import header_field

    for header, field in [("ผลการดำเนินการ", "output"), ("ระยะเวลาการดำเนินการ", "timeframe"),
                          ("สถานะการดำเนินการ", "status"), ("วิธีการดำเนินการ", "steps")]:
        assert header_field(header) == field, header
    assert "การดำเนินการ" in MEASURE_HEADERS["steps"]
