"""Text that did not come from a PDF's glyphs may still carry their defects: a web page or text export
copied from a PDF ("ส านักงาน", "ประจ�าปี"). Such text is repaired as PDF text is, with the same
THAI_REPAIRED checks; text without such a spot is left as it was (no search, no check). Written
for this test in the manner of ../shared/real-pdfs/nongyai_sso_2563_procurement_measures.pdf."""
from extract.pipeline import extract_document
from extract.readers.text import read_text
from extract.repair import repair_document

COPIED = ("ประกาศส านักงานสาธารณสุขอ าเภอหนองใหญ่\n"
          "เรื่อง มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง ประจ าปีงบประมาณ 2567\n\n"
          "เพื่อให้การด าเนินงานเป็นไปตามการประเมินคุณธรรมและความโปร่งใส (ITA) จึงก าหนดมาตรการ ดังนี้\n"
          "1. ให้เจ้าหน้าที่พัสดุเผยแพร่แผนการจัดซื้อจัดจ้างทุกเดือน\n"
          "2. ให้ตรวจสอบการจัดซื้อจัดจ้างโดยคณะกรรมการ\n"
          "3. ให้รายงานผลการด าเนินงานต่อสาธารณสุขอ าเภอ\n")


def test_text_copied_from_a_broken_pdf_is_repaired():
    result = extract_document(read_text(COPIED.encode("utf-8"), "x.txt", ""))
    r = result.report
    assert (r.organization, r.org_type, r.district, r.fiscal_year) == (
        "สำนักงานสาธารณสุขอำเภอหนองใหญ่", "สำนักงานสาธารณสุขอำเภอ", "หนองใหญ่", 2567)
    assert result.measures[2].title == "3. ให้รายงานผลการดำเนินงานต่อสาธารณสุขอำเภอ"
    repaired = [c for c in result.checks if c.code == "THAI_REPAIRED"]
    assert [c.before.split(" | ")[0] for c in repaired] == ["ส านักงาน"]


def test_clean_text_is_not_repaired():
    doc = read_text("งบประมาณ (บาท) ๑๕,๐๐๐ สำนักปลัดพ.ย. ๖๘\nผลการประเมิน ITA ได้ 90.00 คะแนน\n".encode("utf-8"), "x.txt", "")
    assert repair_document(doc) is doc
