"""A numbered list of measures ends at the heading of the document's next part ("ส่วนที่ ๒ ระยะเวลาและ
งบประมาณ", "บทที่ 3 …"): its last item took in the heading and the paragraphs under it. A line that only
begins with the word ("ส่วนที่เกี่ยวข้อง…") goes on being the item's text. Fixture
samples/chromium/layout_negatives (HTML and its printed PDF) and a notice written for this test."""
from pathlib import Path

from extract import extract_paths
from tests.conftest import SAMPLES

LAST = "3. มาตรการตรวจสอบการใช้ทรัพย์สิน ให้คณะกรรมการตรวจนับพัสดุรายงานผลต่อผู้บริหารภายในสามสิบวันหลังสิ้นปีงบประมาณ งบประมาณไม่มี"


def test_the_last_item_stops_at_the_next_part():
    for result in extract_paths([SAMPLES / "chromium" / "layout_negatives.html", SAMPLES / "chromium" / "layout_negatives.pdf"]):
        assert result.measures[-1].title == LAST, result.report.source_file


NOTICE = """ประกาศองค์การบริหารส่วนตำบลหนองหญ้าไซ
เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
องค์การบริหารส่วนตำบลหนองหญ้าไซจึงกำหนดมาตรการ ดังนี้
1. เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีภายในเดือนตุลาคม
2. ให้พนักงานรายงานการรับของขวัญต่อผู้บังคับบัญชา
ส่วนที่เกี่ยวข้องกับการเบิกจ่ายให้รายงานทุกไตรมาส
3. จัดทำช่องทางรับเรื่องร้องเรียนการทุจริตทางออนไลน์
บทที่ 2 การติดตามประเมินผล
คณะทำงานจะติดตามผลการดำเนินการทุกหกเดือนและรายงานนายกองค์การบริหารส่วนตำบล
"""


def test_a_part_heading_ends_the_list_and_a_word_alone_does_not(tmp_path: Path):
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    (result,) = extract_paths([path])
    assert [m.title for m in result.measures] == [
        "1. เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีภายในเดือนตุลาคม",
        "2. ให้พนักงานรายงานการรับของขวัญต่อผู้บังคับบัญชาส่วนที่เกี่ยวข้องกับการเบิกจ่ายให้รายงานทุกไตรมาส",
        "3. จัดทำช่องทางรับเรื่องร้องเรียนการทุจริตทางออนไลน์"]
