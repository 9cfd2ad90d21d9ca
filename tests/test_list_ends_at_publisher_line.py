"""A line of bodies' names alone after a list's last item ("ศูนย์ปฏิบัติการต่อต้านการทุจริต กรมหม่อนไหม", the
publisher's or signer's line at a text export's end) ends the list: it was the rest of the last item's title
(found by a blind document). An item ending mid-phrase ("…ของ" over "เทศบาลตำบลนาแก") still goes on with it
(extract/parse/measures_lists._names_bodies_only). Documents written for this test."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import text_result

HEAD = ("รายงานผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 เทศบาลตำบลนาแก จังหวัดนครพนม\n"
        "ผลการประเมินคุณธรรมและความโปร่งใส เทศบาลตำบลนาแกได้คะแนน 88.20 คะแนน\nข้อเสนอแนะเพื่อการปรับปรุง\n"
        "1) จัดทำคู่มือการให้บริการประชาชน\n2) อบรมพนักงานเรื่องการรับของขวัญ\n")


def _titles(tmp_path: Path, text: str):
    return [m.title for m in text_result(tmp_path, text).measures]


def test_the_publishers_line_ends_the_list(tmp_path: Path):
    text = HEAD + "3) เผยแพร่ผลการจัดซื้อจัดจ้างทุกเดือน\nศูนย์ปฏิบัติการต่อต้านการทุจริต เทศบาลตำบลนาแก\nกันยายน 2567\n"
    assert _titles(tmp_path, text) == ["1) จัดทำคู่มือการให้บริการประชาชน", "2) อบรมพนักงานเรื่องการรับของขวัญ",
                                       "3) เผยแพร่ผลการจัดซื้อจัดจ้างทุกเดือน"]


def test_an_item_ending_mid_phrase_goes_on(tmp_path: Path):
    text = HEAD + "3) เผยแพร่ผลการจัดซื้อจัดจ้างบนเว็บไซต์ของ\nเทศบาลตำบลนาแก\n"
    assert _titles(tmp_path, text) == ["1) จัดทำคู่มือการให้บริการประชาชน", "2) อบรมพนักงานเรื่องการรับของขวัญ",
                                       "3) เผยแพร่ผลการจัดซื้อจัดจ้างบนเว็บไซต์ของเทศบาลตำบลนาแก"]
