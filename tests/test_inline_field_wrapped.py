"""A numbered plan item that names its unit and time after its title ("(3) มาตรการ… ผู้รับผิดชอบ งานยานพาหนะ
ระยะเวลา ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘", samples/libreoffice/inline_fields_wrap), wrapped in the PDF right before
the label "ระยะเวลา": the Thai join put no space at the wrap ("งานยานพาหนะระยะเวลา"), the label was no word
of its own, and the time was read as part of the unit's name with no period. A line opening with such a
label standing as a word starts after a space (normalize/line_joins._FIELD_START)."""
from extract import extract_paths
from normalize.line_joins import join_lines
from tests.conftest import SAMPLES

FOLDER = SAMPLES / "libreoffice"


def _measures(result):
    return [(m.table, m.row, m.title, m.responsible, m.timeframe, str(m.period_start), str(m.period_end))
            for m in result.measures]


def test_a_label_after_a_wrap_is_a_word_of_its_own():
    word, pdf = extract_paths([FOLDER / "inline_fields_wrap.docx", FOLDER / "inline_fields_wrap.pdf"])
    assert _measures(pdf) == _measures(word) == [
        ("plan", 1, "(1) มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม", ["กลุ่มงานบริหารทั่วไป"],
         "ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘", "2024-10-01", "2025-09-30"),
        ("plan", 2, "(2) มาตรการตรวจสอบการใช้ดุลพินิจของเจ้าหน้าที่", ["กลุ่มงานนิติการ"], "ม.ค. – มี.ค. ๒๕๖๘",
         "2025-01-01", "2025-03-31"),
        ("plan", 3, "(3) มาตรการส่งเสริมการใช้รถราชการอย่างถูกต้อง", ["งานยานพาหนะ"], "ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘",
         "2024-10-01", "2025-09-30"),
    ]


def test_join_spaces_only_a_label_standing_as_a_word():
    assert join_lines(["งานยานพาหนะ", "ระยะเวลา ต.ค. ๖๗"]) == "งานยานพาหนะ ระยะเวลา ต.ค. ๖๗"
    assert join_lines(["มาตรการ…", "ผู้รับผิดชอบ: กองคลัง"]) == "มาตรการ… ผู้รับผิดชอบ: กองคลัง"
    # the word inside a phrase is no label: a wrap inside Thai text joins as before
    assert join_lines(["ตลอด", "ระยะเวลาการทำงาน"]) == "ตลอดระยะเวลาการทำงาน"
