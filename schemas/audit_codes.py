"""The auditor checks' entries of the check-code catalogue (the rules in schemas/checks/),
as data: schemas.check_codes holds them from its import on, whoever imports what first."""
from __future__ import annotations

from schemas.check_spec import CheckCode

# schemas/checks/scores.py
SCORE_CODES: dict[str, CheckCode] = {
    "SCORE_OUT_OF_RANGE": CheckCode(
        "error", "The {what} is {value}, outside 0–100.", "{what_th} เท่ากับ {value} อยู่นอกช่วง 0–100",
        "A score below 0 or above 100 (rule 8)."),
    "SCORE_PRECISION": CheckCode(
        "warning", "The {what} {value} has more than 2 decimals; ITA scores are printed to 2 decimals.",
        "{what_th} {value} มีทศนิยมเกิน 2 ตำแหน่ง (คะแนน ITA มีทศนิยม 2 ตำแหน่ง)",
        "A score with more than 2 decimals (rule 8)."),
    "GRADE_SCORE_MISMATCH": CheckCode(
        "error", "FY{year}: the overall score {score} is labelled '{grade}', but {reason}.{note}",
        "ปี พ.ศ. {year}: คะแนนภาพรวม {score} ระบุระดับ '{grade}' แต่{reason_th}{note_th}",
        "A grade or level that its score does not allow: letter bands 2562–2565 on the 2-dp score (error); "
        "from 2566 a passing level needs total ≥ 85, ผ่านดี every tool ≥ 85 (error when verified for the "
        "year, else warning), ผ่านดีเยี่ยม total ≥ 95 (warning) and every tool ≥ 95 (info); a score that "
        "meets a better level than the one printed (rules 3–4)."),
    "GRADE_SCALE_MISMATCH": CheckCode(
        "warning", "FY{year}: the grade '{grade}' is not on that year's scale, {scale} ({levels}).",
        "ปี พ.ศ. {year}: ระดับ '{grade}' ไม่อยู่ในเกณฑ์ของปีนั้น คือ{scale_th} ({levels})",
        "A letter grade for FY 2566+, a Thai level for FY 2562–2565, or another year's scale (rule 2)."),
    "TOTAL_MISMATCH": CheckCode(
        "warning", "FY{year}: the overall score {total} does not match the weighted tool scores: "
        "{formula} = {computed} (difference {diff}, tolerance {tolerance}).{note}",
        "ปี พ.ศ. {year}: คะแนนภาพรวม {total} ไม่ตรงกับผลรวมคะแนนเครื่องมือแบบถ่วงน้ำหนัก: "
        "{formula} = {computed} (ต่างกัน {diff} เกณฑ์ยอมรับ {tolerance}){note_th}",
        "0.3·IIT + 0.3·EIT + 0.4·OIT (EIT = mean of its parts in 2568; points ≤ 30/30/40 are summed) differs "
        "from the stated total by more than 0.02, or by more than 0.05 when tools come from indicator means "
        "(rule 5)."),
    "TOOL_INDICATOR_MISMATCH": CheckCode(
        "warning", "FY{year}: the {tool} score {value} does not match the mean of indicators {numbers} "
        "({indicators}) = {mean} (difference {diff}).",
        "ปี พ.ศ. {year}: คะแนน {tool} {value} ไม่ตรงกับค่าเฉลี่ยของตัวชี้วัดที่ {numbers} ({indicators}) = {mean} "
        "(ต่างกัน {diff})",
        "A stated tool score differs by more than 0.05 from the mean of its indicators (IIT 1–5, EIT 6–8, "
        "OIT 9–10; for 2568 the mean of the EIT parts) (rule 6)."),
    "INDICATOR_MISSING": CheckCode(
        "warning", "FY{year}: scores are given for {count} of the 10 indicators; missing: {missing}.",
        "ปี พ.ศ. {year}: มีคะแนนตัวชี้วัดเพียง {count} จาก 10 ตัวชี้วัด ขาด: {missing}",
        "Some but not all ten indicator scores are stated for a year."),
    "INDICATOR_NAME_MISMATCH": CheckCode(
        "error", "The indicator label '{text}' is numbered {printed}{local} but its name is indicator {by_name} "
        "({name}).",
        "ตัวชี้วัด '{text}' มีหมายเลข {printed}{local_th} แต่ชื่อเป็นของตัวชี้วัดที่ {by_name} ({name})",
        "An indicator printed with a number that is neither its canonical number nor its number inside its "
        "tool (EIT 1–3 → 6–8, OIT 1–2 → 9–10); error when the year's indicator set is verified (rule 7)."),
    "INDICATOR_NAME_UNKNOWN": CheckCode(
        "info", "The indicator label '{text}' names no known ITA indicator; its number {printed} was used "
        "(indicator {indicator}, {name}).",
        "ชื่อตัวชี้วัด '{text}' ไม่ตรงกับตัวชี้วัด ITA ใด จึงใช้หมายเลข {printed} (ตัวชี้วัดที่ {indicator} {name})",
        "An indicator label whose text matches no indicator name (garbled or unusual wording)."),
    "YOY_LABEL_MISMATCH": CheckCode(
        "warning", "FY{year}: the {what} is labelled '{label}' but went from {previous} (FY{previous_year}) to "
        "{value} ({diff}).",
        "ปี พ.ศ. {year}: {what_th} ระบุว่า '{label}' แต่คะแนนเปลี่ยนจาก {previous} (ปี {previous_year}) "
        "เป็น {value} ({diff})",
        "A change label (เพิ่มขึ้น / ลดลง / คงที่, or a signed difference) that contradicts the scores of the "
        "same item in the previous year stated."),
    "EIT_PART_UNEXPECTED": CheckCode(
        "warning", "FY{year}: the {tool} score {value} is given for part {part}, but {expected}.",
        "ปี พ.ศ. {year}: คะแนน {tool} ส่วนที่ {part} ({value}) แต่{expected_th}",
        "A tool score with a part number where that year's ITA has no such part (EIT parts 1–2 from 2568) "
        "(rule 9)."),
}

# schemas/checks/measures.py
MEASURE_CODES: dict[str, CheckCode] = {
    "MEASURE_FIELD_MISSING": CheckCode(
        "warning", "No {field} for {scope}: {how}.",
        "ไม่ระบุ{field_th} ใน{scope_th}: {how_th}",
        "A plan/improvement measure lacks a responsible unit, steps, timeframe or follow-up (ITA rule 11b), "
        "or an implementation row lacks a responsible unit or steps; a missing column is reported once per "
        "table, an empty cell once per row."),
    "IMPLEMENTATION_NO_RESULT": CheckCode(
        "warning", "Implementation row {row} '{title}' reports no result (no output, outcome or status): {how}.",
        "รายงานผลการดำเนินการ แถวที่ {row} '{title}' ไม่มีผลการดำเนินงาน (ไม่มีผลผลิต ผลลัพธ์ หรือสถานะ): {how_th}",
        "An O43 implementation row without any output, outcome or status (ITA rule 12)."),
    "TIMEFRAME_OUTSIDE_FY": CheckCode(
        "warning", "Row {row} '{title}': the period '{timeframe}' ({start} – {end}) falls outside fiscal year "
        "{fiscal_year} ({fy_start} – {fy_end}).",
        "แถวที่ {row} '{title}': ระยะเวลา '{timeframe}' ({start_th} – {end_th}) อยู่นอกปีงบประมาณ พ.ศ. {fiscal_year} "
        "({fy_start_th} – {fy_end_th})",
        "A measure's start or end date lies outside the fiscal year of its table (FY N = 1 Oct N−1 .. 30 Sep N)."),
    "DEADLINE_BEFORE_START": CheckCode(
        "warning", "Row {row} '{title}': the period '{timeframe}' ends ({end}) before it starts ({start}).",
        "แถวที่ {row} '{title}': ระยะเวลา '{timeframe}' สิ้นสุด ({end_th}) ก่อนวันเริ่มต้น ({start_th})",
        "A measure's period ends before it starts."),
    "MEASURE_NO_INDICATOR": CheckCode(
        "info", "Row {row} '{title}' is linked to no ITA indicator, while the report names weak indicators ({weak}).",
        "มาตรการแถวที่ {row} '{title}' ไม่ได้ระบุว่าตอบตัวชี้วัดใด ขณะที่รายงานระบุตัวชี้วัดที่ต้องพัฒนา ({weak})",
        "A measure that names no indicator (ITA rule 11c) in a report that has weak indicators."),
    "WEAK_INDICATOR_UNADDRESSED": CheckCode(
        "warning", "Indicator {indicator} {name} is weak ({why}) but no measure addresses it.",
        "ตัวชี้วัดที่ {indicator} {name} เป็นจุดที่ต้องพัฒนา ({why_th}) แต่ไม่มีมาตรการใดรองรับ",
        "A weak indicator (latest-year score below 85, else the lowest score; or one with findings) that "
        "no measure of the report addresses."),
    "ORG_NAME_VARIANTS": CheckCode(
        "warning", "The organization is spelled {count} ways in this document: {variants}.",
        "ชื่อหน่วยงานสะกดไม่ตรงกัน {count} แบบในเอกสารนี้: {variants}",
        "The same organization name is written with different spellings in one document."),
    "DUPLICATE_CELL_TEXT": CheckCode(
        "warning", "The {field} of rows {rows} in {scope} is the same text ({how}): '{excerpt}'. Places: {places}.",
        "{field_th}ของแถวที่ {rows_th} ใน{scope_th} เป็นข้อความเดียวกัน ({how_th}): '{excerpt}' ตำแหน่ง: {places_th}",
        "Substantial text (40+ characters once whitespace is ignored) repeated in one field of different rows "
        "of a measures table, often a copy-paste error."),
}
