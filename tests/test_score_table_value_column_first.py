"""A score table whose one score column comes first and its labels after it ("คะแนน | เครื่องมือ":
๙๕.๖๐ | IIT): the column was taken for labels under a score-like header and the tools' scores were
lost. A first column whose cells are all numbers with decimals is a score column; a first column of
words under "ผลการประเมิน" stays a label column. Wording written for this test."""
from pathlib import Path

from extract import extract_paths

TEXT = """ผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๗
องค์การบริหารส่วนตำบลแม่แฝก

ผลคะแนนรวม ๙๓.๐๘ ระดับผ่านดี

ตาราง ผลคะแนนรายเครื่องมือ
คะแนน\tเครื่องมือ
๙๕.๖๐\tIIT
๙๑.๓๓\tEIT
๙๒.๕๐\tOIT
"""


def test_tools(tmp_path: Path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    [result] = extract_paths([path])
    assert [(s.fiscal_year, s.level, s.tool, s.score, s.grade) for s in result.scores] == [
        (2567, "overall", None, 93.08, "ผ่านดี"), (2567, "tool", "IIT", 95.60, None),
        (2567, "tool", "EIT", 91.33, None), (2567, "tool", "OIT", 92.50, None)]
