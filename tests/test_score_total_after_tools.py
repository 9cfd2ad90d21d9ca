"""The total named by "รวม" alone right before its number, after the tools' scores ("IIT 96.00 EIT 92.00 และ OIT 95.00 รวม
94.50 คะแนน"), is the overall score: it was read as the last tool's (a bare continuation), so OIT was stated twice
(SCORE_CONFLICT) and the overall score was lost (schemas/score_cues.OVERALL_STRONG); with no unit ("OIT 95.00 รวมทั้งสิ้น
94.05") the total was dropped silently as a bare number (SCORE_TAIL). Lines written for this test (probe-r)."""
from extract.parse import score_roles as roles

HEADER = ("ประกาศเทศบาลตำบลนาแก อำเภอนาแก จังหวัดนครพนม\n"
          "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568\n")


def test_the_total_after_the_tools(score_rows):
    text = HEADER + "ผลการประเมิน ITA ได้คะแนน IIT 96.00 EIT 92.00 และ OIT 95.00 รวม 94.50 คะแนน\n"
    assert score_rows(text) == [("tool", "IIT", None, 96.0, None, 2568), ("tool", "EIT", None, 92.0, None, 2568),
                                ("tool", "OIT", None, 95.0, None, 2568), ("overall", None, None, 94.5, None, 2568)]


def test_in_other_words():
    reading = roles.read_sentence("ผลคะแนน ITA แยกตามแบบวัด IIT 97.50, EIT 90.25, OIT 95.00 รวมทั้งสิ้น 94.05", 2568, 2568)
    assert [(s.level, s.tool, s.value) for s in reading.statements] == [
        ("tool", "IIT", 97.5), ("tool", "EIT", 90.25), ("tool", "OIT", 95.0), ("overall", None, 94.05)]
