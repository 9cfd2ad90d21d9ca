"""A Word table whose header is two rows marked to repeat ("ระยะเวลา" merged over "ไตรมาส ๑ …
ไตรมาส ๔", ticks under the quarters a measure runs), exported by LibreOffice over three pages:
each page prints both header rows again. Stitching dropped only the first, so the sub-labels stood
as a body row in the middle of the table and the ticks were read as the timeframe ("✓ - ✓ - ✓ - ✓",
no dates) instead of the quarters they stand under. The PDF reads as the Word file it was exported
from (samples/libreoffice/two_row_header.*)."""
from extract import extract_paths
from tests.conftest import SAMPLES

FOLDER = SAMPLES / "libreoffice"


def _measures(result):
    return [(m.title, m.indicators, m.steps, m.responsible, m.timeframe, m.period_start, m.period_end)
            for m in result.measures]


def test_the_repeated_second_header_row_is_dropped_like_the_first():
    word, pdf = extract_paths([FOLDER / "two_row_header.docx", FOLDER / "two_row_header.pdf"])
    assert _measures(pdf) == _measures(word)
    assert [(m.timeframe, str(m.period_start), str(m.period_end)) for m in pdf.measures] == [
        ("ไตรมาส ๑ - ไตรมาส ๔", "2025-10-01", "2026-09-30"),
        ("ไตรมาส ๒ - ไตรมาส ๓", "2026-01-01", "2026-06-30"),
        ("ไตรมาส ๑", "2025-10-01", "2025-12-31"),
        ("ไตรมาส ๑ - ไตรมาส ๔", "2025-10-01", "2026-09-30"),
        ("ไตรมาส ๑ - ไตรมาส ๒", "2025-10-01", "2026-03-31"),
        ("ไตรมาส ๒ - ไตรมาส ๔", "2026-01-01", "2026-09-30"),
        ("ไตรมาส ๓", "2026-04-01", "2026-06-30"),
        ("ไตรมาส ๑ - ไตรมาส ๔", "2025-10-01", "2026-09-30"),
    ]
    assert pdf.measures[2].title == "ประกาศเจตจำนงสุจริตของผู้บริหารต่อสาธารณะ"  # split by the page break
    assert pdf.measures[5].steps == ["จัดทำคู่มือขั้นตอนและระยะเวลาให้บริการ", "ติดตั้งตู้รับฟังความคิดเห็นหน้าจุดบริการ",
                                     "สรุปผลความพึงพอใจเสนอผู้บริหาร"]
    assert sorted(c.code for c in pdf.checks) == ["ROW_MERGED", "ROW_MERGED"]
