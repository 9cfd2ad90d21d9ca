"""Table header synonyms → record fields, as data.

Each report words its columns its own way. A header cell is mapped to the field whose synonym
occurs earliest in it (whitespace removed; ties go to the longest synonym), so
"การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ" is follow-up, not timeframe.
To support a new wording, add a synonym here and a test with that header.
"""
from __future__ import annotations

MEASURE_HEADERS: dict[str, tuple[str, ...]] = {
    "title": (
        "มาตรการ", "แนวทาง", "โครงการ", "กิจกรรม", "ประเด็นที่ต้องปรับปรุง", "ประเด็นที่ต้องพัฒนา",
        "ประเด็นที่ต้องแก้ไข", "ประเด็นที่ควรปรับปรุง", "ประเด็นที่ควรพัฒนา", "ประเด็นปัญหา",
        "ประเด็นการพัฒนา", "ประเด็น", "ชื่อมาตรการ", "measure", "project",
        "จุดที่ต้องพัฒนา", "จุดที่ควรพัฒนา", "จุดที่ต้องปรับปรุง", "จุดที่ควรปรับปรุง", "สิ่งที่ต้องพัฒนา",
        "สิ่งที่ควรพัฒนา", "สิ่งที่ต้องปรับปรุง", "สิ่งที่ควรปรับปรุง", "ข้อค้นพบ", "จุดอ่อน",
        # the defects the assessment found ("ข้อบกพร่องที่พบ | แนวทางการยกระดับ"): issues, as "จุดอ่อน"
        "ข้อบกพร่อง", "ข้อบกพร่องที่พบ",
        # what is to be improved, by whatever noun ("รายการที่ต้องปรับปรุง", "หัวข้อที่ต้องพัฒนา"), and the
        # assessment's questions that scored low ("ข้อคำถามที่ได้คะแนนต่ำ": not a score column)
        "ที่ต้องปรับปรุง", "ที่ควรปรับปรุง", "ที่ต้องพัฒนา", "ที่ควรพัฒนา", "ที่ต้องแก้ไข", "ข้อคำถาม",
        # plans and risk forms name their first column by what a row is
        "แผนงาน", "โอกาส/ความเสี่ยงการทุจริต", "โอกาสความเสี่ยงการทุจริต", "ความเสี่ยงการทุจริต",
        "เหตุการณ์ความเสี่ยง", "ประเด็นความเสี่ยง", "กระบวนงาน",
        # an opportunity for improvement is an issue found ("โอกาส" alone rates a risk's likelihood)
        "โอกาสในการพัฒนา", "โอกาสพัฒนา", "โอกาสในการปรับปรุง",
    ),
    "steps": (
        "วิธีการดำเนินการ", "วิธีการดำเนินงาน", "ขั้นตอนหรือวิธีการ", "ขั้นตอน/วิธีการ", "ขั้นตอนการดำเนินงาน",
        "ขั้นตอนการดำเนินการ", "วิธีการปฏิบัติ", "แนวทางการดำเนินการ", "แนวทางการดำเนินงาน", "วิธีดำเนินการ",
        "ขั้นตอน", "วิธีการ", "รายละเอียดการดำเนินการ",
        # how a measure is practised: "วิธีปฏิบัติ", "แนวทางปฏิบัติ" (beside a title column; "แนวทาง"
        # alone names the measure, and the longer synonym wins where both start)
        "วิธีปฏิบัติ", "วิธีการปฏิบัติงาน", "แนวทางปฏิบัติ", "แนวปฏิบัติ", "ข้อปฏิบัติ", "รายละเอียดกิจกรรม", "การดำเนินการ/กิจกรรม",
        # how an issue will be improved, beside the issue column ("ประเด็นการพัฒนา | แนวทางการพัฒนา")
        "แนวทางการพัฒนา", "แนวทางการแก้ไข", "แนวทางแก้ไข", "แนวทางการปรับปรุง", "วิธีการพัฒนา", "วิธีการแก้ไข",
        # how a result will be raised ("แนวทางการยกระดับ(ผลการประเมิน)")
        "แนวทางการยกระดับ", "แนวทางยกระดับ", "วิธีการยกระดับ",
        # the same with "ใน" ("แนวทางในการปรับปรุง"; "แนวทาง" alone names the measure, the longer synonym
        # wins where both start), and a remedy by its shorter names ("วิธีแก้ไข", "วิธีแก้ปัญหา")
        "แนวทางในการปรับปรุง", "แนวทางในการพัฒนา", "แนวทางในการแก้ไข", "แนวทางในการยกระดับ", "วิธีแก้ไข",
        "วิธีแก้ปัญหา", "วิธีการแก้ปัญหา",
        # a plain "กิจกรรม" column beside a title column lists the activities (the title takes it first)
        "กิจกรรม",
        # beside a risk column ("โอกาส/ความเสี่ยงการทุจริต") the controls are what will be done
        "มาตรการป้องกัน", "มาตรการควบคุม", "แนวทางการป้องกัน", "การควบคุมความเสี่ยง",
        # the details or the way of carrying it out, worded otherwise ("รายละเอียดการดำเนินงาน", "วิธีดำเนินงาน",
        # "แนวทางดำเนินการ": the longer synonym beats the title word "แนวทาง" where both start), what will be done
        "รายละเอียดการดำเนินงาน", "วิธีดำเนินงาน", "แนวทางดำเนินการ", "แนวทางดำเนินงาน", "สิ่งที่จะดำเนินการ",
        # what the body does, named by the body ("การดำเนินการของหน่วยงาน"; "ผลการดำเนินการของหน่วยงาน" is
        # the output, its synonym found first)
        "การดำเนินการของหน่วยงาน", "สิ่งที่หน่วยงานดำเนินการ", "สิ่งที่หน่วยงานจะดำเนินการ",
        # English plans ("Measure | Activities | Responsible | Timeline")
        "activities", "activity", "actions", "steps", "methods",
    ),
    "responsible": ("ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "หน่วยงานรับผิดชอบ", "ผู้ดำเนินการ", "responsible",
                    # whoever is responsible, by any noun ("ส่วนราชการที่รับผิดชอบ", "กลุ่มงานที่รับผิดชอบ"), who
                    # carries it out ("ผู้ปฏิบัติ"), the unit that hosts it ("(หน่วยงาน)เจ้าภาพ")
                    "ที่รับผิดชอบ", "ผู้ปฏิบัติ", "เจ้าภาพ",
                    # who carries it out, by "งาน" ("ผู้ดำเนินงาน", as "ผู้ดำเนินการ"), the unit that does it
                    # ("หน่วยปฏิบัติ", "หน่วยงานปฏิบัติ")
                    "ผู้ดำเนินงาน", "หน่วยปฏิบัติ", "หน่วยงานปฏิบัติ"),
    "timeframe": (
        "ระยะเวลาดำเนินการ", "ระยะเวลาในการดำเนินการ", "ระยะเวลาการดำเนินการ", "ระยะเวลาดำเนินงาน",
        "ช่วงระยะเวลา", "ระยะเวลา", "กำหนดเวลาแล้วเสร็จ",
        # the time it is to be done by ("เวลาเสร็จสิ้น", "เวลาแล้วเสร็จ"): the status words inside come later
        "เวลาเสร็จสิ้น", "เวลาแล้วเสร็จ", "เวลาที่แล้วเสร็จ", "เวลาที่เสร็จสิ้น",
        # the time of doing it without "ระยะ" ("เวลาดำเนินการ")
        "เวลาดำเนินการ", "เวลาดำเนินงาน", "เวลาที่ดำเนินการ", "กำหนดแล้วเสร็จ", "กำหนดเสร็จ", "กำหนดเวลา", "ห้วงเวลา", "ช่วงเวลา",
        "ปีงบประมาณที่ดำเนินการ", "วันที่ดำเนินการ", "วันที่", "เดือนที่ดำเนินการ", "ไตรมาสที่ดำเนินการ",
        "ปีที่ดำเนินการ", "กำหนดการ", "timeline", "timeframe", "period", "schedule", "duration", "deadline",
    ),
    "follow_up": (
        "การติดตามผล", "การรายงานผล", "การกำกับติดตาม", "การติดตามและประเมินผล", "การติดตามประเมินผล",
        "วิธีการติดตาม", "การติดตาม",
    ),
    "output": ("ผลการดำเนินงาน", "ผลการดำเนินการ", "ผลผลิต", "output", "ผลการปฏิบัติ", "ผลที่เกิดขึ้น",
               # what came of it ("ผลที่ได้", "ผลที่ได้รับ"; "ผลที่คาดว่าจะได้รับ" is a target)
               "ผลที่ได้"),
    "outcome": ("ผลลัพธ์", "ผลสัมฤทธิ์", "ระดับความสำเร็จ", "ร้อยละความสำเร็จ", "outcome", "ผลสำเร็จ",
                # the same with "ของ" ("ร้อยละของความสำเร็จ", "ระดับของความสำเร็จ")
                "ร้อยละของความสำเร็จ", "ระดับของความสำเร็จ"),
    "status": ("สถานการณ์ดำเนินงาน", "สถานะการดำเนินงาน", "สถานะการดำเนินการ", "สถานะ", "สถานการณ์", "status",
               "ความคืบหน้า", "ความก้าวหน้า", "progress",
               # a header made of the options it is ticked or written with ("เสร็จสิ้น/ยังไม่เสร็จ",
               # "ดำเนินการแล้ว/อยู่ระหว่างดำเนินการ"); "กำหนดแล้วเสร็จ", "ผลการดำเนินการแล้ว…" name their
               # field first
               "เสร็จสิ้น", "แล้วเสร็จ", "ดำเนินการแล้ว"),
    "recommendation": ("ข้อเสนอแนะ", "ข้อสังเกต", "recommendation", "suggestion"),
    # problems met: no field of their own; they stand in for the recommendation (FIELD_FALLBACKS)
    "problems": ("ปัญหาอุปสรรค", "ปัญหา/อุปสรรค", "ปัญหาและอุปสรรค", "อุปสรรค", "problems", "obstacles",
                 # the problems met in carrying a measure out ("มาตรการ | ผลที่ได้ | ปัญหาที่พบ | แนวทางแก้ไข")
                 "ปัญหาที่พบ"),
    "rationale": (
        "ผลการวิเคราะห์", "เหตุผล", "หลักการและเหตุผล", "วัตถุประสงค์", "สภาพปัญหา", "ความเสี่ยง",
        # why an indicator scored low ("สาเหตุที่ได้คะแนนต่ำ", "สาเหตุ/ปัจจัย"): the analysis of the row
        "สาเหตุ",
    ),
    "budget": ("งบประมาณ", "budget"),
    # a plan's targets and expected results ("เป้าหมาย", "ผลที่คาดว่าจะได้รับ"): no field of a measure (the
    # contract has none for them), but with a title naming projects they make a plan of projects
    # "ตัวชี้วัดความสำเร็จ" (a plan's key performance indicator: what will count as done) is a target too,
    # not a result: as one it made a plan an implementation report
    "target": ("ค่าเป้าหมาย", "กลุ่มเป้าหมาย", "เป้าหมาย", "ผลที่คาดว่าจะได้รับ", "ประโยชน์ที่คาดว่าจะได้รับ",
               "ตัวชี้วัดความสำเร็จ", "ตัวชี้วัดผลสำเร็จ", "target", "KPI"),
    # a row's rating: a risk's level or its likelihood and impact ("ระดับความเสี่ยง", "โอกาส | ผลกระทบ"),
    # a score's pass/fail level ("ระดับ"): no field of a measure, and no unknown header
    "rating": ("ระดับความเสี่ยง", "ระดับ", "โอกาส", "ผลกระทบ", "ค่าความเสี่ยง", "คะแนนความเสี่ยง", "likelihood",
               "impact", "risk level"),
    # an analysis table that also plans the fixes has a score column: read by the score parser
    "score": ("คะแนน", "score"),
    "note": ("หมายเหตุ", "note", "remark"),
    # the evidence of what was done ("หลักฐานการดำเนินงาน", a link or a document's name): no field of a
    # measure (the contract has none for it), and no unknown header
    "evidence": ("หลักฐาน", "เอกสารหลักฐาน", "เอกสารอ้างอิง", "evidence", "ลิงก์", "ลิ้งก์", "url", "link"),
    # the ITA indicators a row serves, by number or name ("ตัวชี้วัดที่ 4", "10", "คุณภาพการดำเนินงาน")
    "indicator": ("ตัวชี้วัด", "ตัวชี้วัดที่เกี่ยวข้อง",
                  # the OIT items a row serves, by code ("ข้อ OIT | O13"): read to their indicator by the year's
                  # item list (extract/parse/indicators.oit_item_indicators)
                  "ข้อ OIT", "รหัส OIT", "ข้อ O"),
}

# Synonyms that name their field only as a whole header cell: short words that also stand inside
# longer headers of other fields, where they name nothing ("การดำเนินการ" heading what was done is the
# steps, but "ผลการดำเนินงาน" is the output, "ระยะเวลาการดำเนินการ" the time, "สถานะการดำเนินการ" the
# status, and the group "ผลการดำเนินงาน" over "ผลผลิต | ผลลัพธ์" keeps its sub-columns' fields). Matched on
# the whole cell, whitespace and a final ":" or "." removed, lower-cased; such a match is the cell's
# field before any synonym found inside it. A cell holding more ("การดำเนินการตามมาตรการ") is read by
# MEASURE_HEADERS as before.
WHOLE_CELL_HEADERS: dict[str, tuple[str, ...]] = {
    "steps": ("การดำเนินการ", "การดำเนินงาน", "สิ่งที่ดำเนินการ", "สิ่งที่ได้ดำเนินการ",
              # a plan's columns asked as questions ("ข้อเสนอแนะ | สิ่งที่หน่วยงานจะทำ | ใคร | เมื่อไร", "ทำอย่างไร | ใครทำ |
              # ทำเมื่อไหร่"), and in English ("What | Who | When")
              "สิ่งที่จะทำ", "สิ่งที่หน่วยงานจะทำ", "จะทำอะไร", "ทำอะไร", "อย่างไร", "ทำอย่างไร", "จะทำอย่างไร",
              "what", "how", "whatwillbedone", "howitwillbedone"),
    "responsible": ("ใคร", "ใครทำ", "ผู้ทำ", "ใครรับผิดชอบ", "who", "bywhom"),
    "timeframe": ("เมื่อไร", "เมื่อไหร่", "เมื่อใด", "ทำเมื่อไร", "ทำเมื่อไหร่", "ทำเมื่อใด", "เสร็จเมื่อไร", "เสร็จเมื่อไหร่",
                  "when", "bywhen"),
}

# A cell or labelled value that says there is nothing ("ไม่มี" under ปัญหาอุปสรรค, "ไม่มีข้อเสนอแนะ") is no
# value, as "-" is. Matched on the whole value, whitespace and a final "-" or "." removed, lower-cased.
NONE_VALUES: tuple[str, ...] = (
    "ไม่มี", "ไม่พบ", "ไม่มีปัญหา", "ไม่พบปัญหา", "ไม่มีปัญหาอุปสรรค", "ไม่มีปัญหาและอุปสรรค", "ไม่มีข้อเสนอแนะ",
    "ไม่มีข้อสังเกต", "none", "n/a", "nil",
)

# One convention for tables and forms: the problems met ("ปัญหาอุปสรรค") are recorded as the
# recommendation only when the document gives no suggestion of its own. A combined column or label
# ("ปัญหาอุปสรรค/ข้อเสนอแนะ") is one value, kept whole; when problems and suggestions are written
# apart (two columns, two labels) the recommendation is the suggestion and the problems are left out,
# in every row: a row whose suggestion cell is empty ("-") has no recommendation (the field is the
# suggestion column's, GOLD_FORMAT), rather than a recommendation column mixing problems and suggestions.
FIELD_FALLBACKS: dict[str, tuple[str, ...]] = {"recommendation": ("problems",)}

# A column that names one field right after a column of another holds a third: "ปัญหาอุปสรรค | แนวทางแก้ไข"
# (problems met, then how they will be solved) gives the remedy of the problems, the suggestion (the
# recommendation; FIELD_FALLBACKS then leaves the problems out), not the measure's steps. (field of the
# column to the left, field the column names) → the field it holds, when no other column holds that one
# and a column is named as the rows' measures (in "ตัวชี้วัด | ปัญหา/อุปสรรค | แนวทางแก้ไข" the problems
# are the issues each indicator has, and their remedies the steps).
FIELD_AFTER: dict[tuple[str, str], str] = {("problems", "steps"): "recommendation"}

# A measures table's totals row ("รวมทั้งสิ้น | 45,000" under the budget column): its only text is one of
# these labels (whitespace, a final ":" or "." removed, lower-cased), its other cells amounts or empty.
TOTAL_LABELS: tuple[str, ...] = ("รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "รวมเงิน", "รวมเป็นเงิน", "รวมงบประมาณ",
                                 "รวมงบประมาณทั้งสิ้น", "ยอดรวม", "รวมทุกโครงการ", "total", "grandtotal")

# A row-number column ("ที่", "ลำดับ", "No.") holds no field and is no unknown header. Matched on
# the whole header cell, whitespace and a final "." removed, lower-cased.
ROW_NUMBER_HEADERS: tuple[str, ...] = ("ที่", "ลำดับ", "ลำดับที่", "ข้อ", "ข้อที่", "no", "#", "เลขที่", "รายการที่")

# A column that groups a plan's rows under a mission or strategy (a cell merged over several projects)
# holds no field of a measure and is no unknown header. Matched on the whole header cell, whitespace
# removed. Its text is left out of the measures as the gold's precedent (a strategy heading row) has it.
GROUP_HEADERS: tuple[str, ...] = ("ภารกิจตามมิติ", "ภารกิจ", "มิติ", "ยุทธศาสตร์", "กลยุทธ์", "แนวทางตามยุทธศาสตร์")

# A column whose header holds one of these words is the finding column of an analysis table.
FINDING_HEADERS: tuple[str, ...] = (
    "ประเด็นที่ต้องแก้ไข", "ประเด็นที่ต้องพัฒนา", "ประเด็นที่ควรพัฒนา", "ประเด็นที่ควรปรับปรุง",
    "ประเด็นที่ต้องปรับปรุง", "ข้อค้นพบ", "จุดที่ควรพัฒนา", "จุดที่ต้องพัฒนา", "จุดที่ควรปรับปรุง",
    "จุดที่ต้องปรับปรุง", "จุดอ่อน", "สิ่งที่ต้องพัฒนา", "สิ่งที่ควรพัฒนา", "สิ่งที่ต้องปรับปรุง",
    "สิ่งที่ควรปรับปรุง", "ข้อเสนอแนะในการพัฒนา", "ข้อบกพร่อง",
    # the problems found per indicator ("ตัวชี้วัด | ประเด็นปัญหา/สาเหตุ | แนวทางแก้ไข")
    "ประเด็นปัญหา",
    # the analysis written beside each indicator's score, as the analysis paragraph under an
    # indicator heading is its finding
    "ผลการวิเคราะห์", "การวิเคราะห์",
    # what was found ("ประเด็นที่พบ", "ปัญหาที่พบ")
    "ประเด็นที่พบ", "ปัญหาที่พบ", "สิ่งที่พบ",
    # English headers (matched lower-cased, spaces removed): "Weaknesses", "Areas for improvement",
    # "Issues found", "Key findings"
    "weakness", "areasforimprovement", "areastoimprove", "areasofimprovement", "issuesfound", "findings",
    "problemsfound",
)

# Headers naming findings only in a table that is no measures table: the remarks given each indicator ("ตัวชี้วัด | คะแนน |
# ข้อสังเกต"), as a remarks heading over indicator lines is an issues heading (finding_cues.FINDING_SECTION_CUES); in a
# measures table ("ตัวชี้วัด | มาตรการ | ผลการดำเนินการ | ข้อสังเกต") the remarks are the measure's recommendation.
ANALYSIS_ONLY_FINDING_HEADERS: tuple[str, ...] = ("ข้อสังเกต",)

# A plan over several years ("แผนปฏิบัติการป้องกันการทุจริต ๔ ปี") gives each year a column headed by the
# year and at most these words ("ปี ๒๕๖๕" over "งบประมาณ (บาท)"). Under a title column that names
# what a row is (measure_cues.MEASURE_NOUNS: "โครงการ/กิจกรรม/มาตรการ"), PLAN_YEAR_COLUMNS such columns
# make the table a plan of measures. Their cells hold budgets, which no measure field takes.
PLAN_YEAR_WORDS: tuple[str, ...] = ("ปีงบประมาณ", "ปี", "พ.ศ.", "พ.ศ", "งบประมาณ", "บาท", "fy", "budget", "baht")
PLAN_YEAR_COLUMNS = 2
# A second header row may put one short label under its top cells instead of sub-columns under a
# group ("ปี ๒๕๖๕" over "งบประมาณ (บาท)"): each label at most this long (whitespace removed).
SUB_LABEL_MAX = 24

# Header fields no measure field takes (read by other parsers or not at all): a second column of one
# of them is no repeated field.
UNEXPORTED_FIELDS = ("rating", "score", "budget", "target", "evidence")

# Measures fields that make a table a measures table (besides its title column).
MEASURE_BODY_FIELDS = ("steps", "responsible", "timeframe", "follow_up", "output", "outcome", "status")
RESULT_FIELDS = ("output", "outcome", "status")
