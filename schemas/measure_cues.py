"""Cue words that tell where measures are written outside the seeds' tables, as data.

Four places read these tables:
- extract/parse/tables.py: tick glyphs (a status given by a tick in one of several columns) and
  what an unnamed column holds, read from its cells (dates → timeframe, units/positions → responsible);
- extract/parse/measures_lists.py: when a numbered list is a list of measures (its lead-in, its
  items' own nouns), where it ends, and which documents never carry measures of their own;
- extract/parse/measures_forms.py: the labelled fields of a one-activity report form;
- extract/pipeline.py: the vocabulary that makes a document ITA-related (NO_RECORDS rather than NOT_ITA).

Matching is on text with all whitespace removed (``squash``), so "ปัญหา อุปสรรค" and "ปัญหาอุปสรรค"
are one cue. To support a new wording add it here, with a hand-written test document in other words.
"""
from __future__ import annotations

# --- ITA vocabulary -----------------------------------------------------------------------------
# A document that says any of these is about ITA, its MOIT/OIT evidence or the integrity work the
# assessment asks for. Used (1) to tell NO_RECORDS (an ITA document nothing was read from) from
# NOT_ITA, and (2) as a precondition for measures read from running text (lists and forms).
ITA_WORDS: tuple[str, ...] = (
    "คุณธรรมและความโปร่งใส", "ITA", "Integrity and Transparency", "MOIT", "OIT",
    "คุณธรรม", "ความโปร่งใส", "ทุจริต", "ประพฤติมิชอบ", "ผลประโยชน์ทับซ้อน",
    "ขัดกันระหว่างผลประโยชน์", "ความเสี่ยงการทุจริต", "สินบน", "ป.ป.ช.",
    # MOIT/OIT items named by their subject (the 2562 "มาตรการ…" items of sub-indicator 10.2,
    # MOPH's MOIT items): a notice setting one of them up is ITA evidence
    "เผยแพร่ข้อมูลต่อสาธารณะ", "ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", "เรื่องร้องเรียนการทุจริต",
)

# --- documents that send or approve a document, not carry measures --------------------------------
# A memo or cover letter (บันทึกข้อความ … เรียน … จึงเรียนมาเพื่อ…) reports that a plan exists; its
# own numbered lines are not measures. Both a head mark and a closing mark must be present.
MEMO_HEAD: tuple[str, ...] = ("บันทึกข้อความ",)
MEMO_CLOSE: tuple[str, ...] = ("จึงเรียนมาเพื่อ", "จึงเรียนมาเพื่อโปรด", "จึงเรียนมาเพื่อทราบ")

# --- tick boxes -----------------------------------------------------------------------------------
# A cell or line holding one of TICKED marks that option as chosen; EMPTY marks an option not chosen.
# Word documents draw boxes with Wingdings glyphs that reach the text layer as private-use code points:
# U+F0FE (☑) vs U+F0A8 (☐), U+F052 (☑ in Wingdings 2) vs U+F0A3 (☐ in Wingdings 2).
TICKED: tuple[str, ...] = ("/", "✓", "✔", "√", "☑", "☒", "\uf0fe", "\uf052", "\uf0fc", "\uf0fd")
# A letter standing alone for a tick: typed for one ("v"), or an OCR's reading of "✓" (Tesseract reads
# the mark as a Latin "v"). A tick only as a whole cell or token, never inside a word.
TICK_STAND_INS: tuple[str, ...] = ("v", "V")
EMPTY: tuple[str, ...] = ("☐", "□", "\uf0a8", "\uf0a3", "\uf06f", "\uf071")

# --- the year of a measures document ---------------------------------------------------------------
# A measures notice often names two fiscal years in one sentence: the assessment that prompted it
# ("ผลการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๖") and the year its measures are for ("กำหนดมาตรการสำหรับ
# ปีงบประมาณ ๒๕๖๗"). The report's year is the second. Words right before "ปีงบประมาณ N" that make N the
# assessed year, and words that make it the year the measures are for.
# "ปีงบประมาณ พ.ศ. 2566 และ 2567": two fiscal years joined by one of these words are compared (a title
# over a table of years); the phrase names no one year of the report (the report's year is then found
# elsewhere: a sentence, the latest of a table's year columns).
YEARS_JOINED: tuple[str, ...] = ("และ", "กับ", "and")
# "แผนปฏิบัติการ ๔ ปี (พ.ศ. ๒๕๖๘ - ๒๕๗๑)": two years joined by one of these make a span; a heading
# naming a span is for every year of it, so it names no one year of a measures table (the table is
# then for the report's year).
YEAR_SPAN_JOINS: tuple[str, ...] = ("-", "–", "—", "ถึง")
ASSESSED_YEAR_BEFORE: tuple[str, ...] = ("ผลการประเมิน", "ประกาศผล", "ได้คะแนน", "ผลคะแนน")
MEASURES_YEAR_BEFORE: tuple[str, ...] = ("สำหรับ", "มาตรการ", "แผน", "ในการดำเนินการ")

# --- month columns (a Gantt-style plan) ------------------------------------------------------------
# A column headed by a month ("ต.ค.", or "พ.ศ. ๒๕๖๖" over "ต.ค.") whose cells are empty or one of these
# marks is a month of the measure's timeframe, not a status option: the marked months give the period.
MONTH_MARKS: tuple[str, ...] = (*TICKED, *TICK_STAND_INS, "x", "X", "*", "●", "•", "■", "▲", "→", "←", "↔", "⟷", "─", "━", "▬")
# The months of a fiscal year in the order a plan's month columns run (October first): a month
# column whose label reads as no month (a scan's "F.ค.", a label wrapped in a narrow cell) is named
# by its place among the columns whose labels read, where they agree on one run of this order.
FISCAL_MONTHS: tuple[str, ...] = ("ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
                                  "ก.ย.")
# Labels that agree on the run needed before the others are named by it (and more than disagree).
MONTH_ORDER_MIN_AGREE = 2

# --- content-based column roles ------------------------------------------------------------------
# An unnamed column (no header synonym) takes a role from its cells when at least this share of its
# non-empty cells show it; otherwise it is reported as TABLE_HEADER_UNKNOWN and left out.
CONTENT_ROLE_SHARE = 0.6
# A column whose every cell is one of these, written whole, holds the rows' status, whatever its header
# says: "ผลการดำเนินการ" beside "ผลผลิต | ผลลัพธ์" (the output taken by the column to its left) over
# "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ". Compared without spaces.
STATUS_CELLS: tuple[str, ...] = (
    "ดำเนินการแล้ว", "ดำเนินการแล้วเสร็จ", "ดำเนินการเสร็จแล้ว", "ดำเนินการเสร็จสิ้น", "ดำเนินการเสร็จเรียบร้อย",
    "ดำเนินการเสร็จเรียบร้อยแล้ว", "เสร็จสิ้น", "แล้วเสร็จ", "เสร็จแล้ว",
    "อยู่ระหว่างดำเนินการ", "อยู่ระหว่าง", "กำลังดำเนินการ",
    "ยังไม่ดำเนินการ", "ยังไม่ได้ดำเนินการ", "ยังไม่แล้วเสร็จ", "ยังไม่เสร็จ",
)
# A cell names a unit or a position when each of its items starts with one of these.
UNIT_WORDS: tuple[str, ...] = (
    "กลุ่มงาน", "กลุ่ม", "งาน", "ฝ่าย", "กอง", "สำนัก", "ศูนย์", "หน่วยงาน", "หน่วย", "คณะกรรมการ", "คณะทำงาน",
    "ผู้อำนวยการ", "ผอ.", "หัวหน้า", "เจ้าหน้าที่", "เจ้าพนักงาน", "นักวิชาการ", "นักจัดการ", "นักทรัพยากร",
    "ปลัด", "รองปลัด", "นายก", "รองนายก", "สาธารณสุขอำเภอ", "ผู้บริหาร", "ครู", "ทุกกลุ่มงาน", "ทุกกอง",
    "ทุกส่วน", "ทุกฝ่าย", "ทุกหน่วยงาน", "บุคลากร", "พยาบาล", "เภสัชกร", "แพทย์",
)
# A unit's noun that a name goes on after ("สำนักงาน" over "กอง…" is no unit yet): a paragraph of only one of these
# (or of a UNIT_WORDS word) names no unit, so a unit word on the line under it goes on with it
# (normalize/items.starts_unit).
UNIT_NOUNS: tuple[str, ...] = ("สำนักงาน", "กลุ่มงาน", "ส่วนงาน", "ส่วนราชการ", "กองงาน")
# Units by rank (a division, a group, a section): in a narrow cell a line opening with a unit's word of the rank
# the paragraph above opened with names a peer, a unit of its own ("สำนักปลัด" over "กองคลัง", "งานพัสดุ" over
# "งานการเงิน"); a unit of another rank may be a part of it or the unit it is part of ("สำนักปลัด" over
# "งานการเจ้าหน้าที่", "งานนิติการ" over "สำนักปลัด"), and a position word ("หัวหน้า", "ปลัด", "พยาบาล") is the rest
# of a name or a person of it: those go on with the paragraph. A word is read as UNIT_WORDS' longest at the line's
# start ("หน่วยงาน" has no rank, "สำนักงาน" is read as "สำนัก").
UNIT_RANKS: tuple[tuple[str, ...], ...] = (("สำนัก", "กอง", "ศูนย์", "หน่วย"), ("กลุ่มงาน", "กลุ่ม", "ฝ่าย"), ("งาน",))
# A cell this long is prose, not a unit name.
UNIT_MAX_CHARS = 80

# --- numbered lists -------------------------------------------------------------------------------
# What introduces a list is read from the line right above its first item: a lead-in sentence
# ending with one of LEAD_IN_ENDS (plus up to LEAD_IN_REACH lines longer than HEADING_MAX_CHARS it
# wraps from), the numbered
# heading its items are sub-numbers of ("๓. แนวทางการปรับปรุง" over "๓.๑"), or a heading line
# no longer than HEADING_MAX_CHARS ("ข้อเสนอแนะ").
LEAD_IN_ENDS: tuple[str, ...] = ("ดังต่อไปนี้", "ดังนี้",
                                 # in English, spaces removed and lower-cased ("… the following measures as follows:")
                                 "asfollows")
LEAD_IN_REACH = 4
HEADING_MAX_CHARS = 60
# A heading over a measures table naming them ("๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ
# พ.ศ. ๒๕๖๘", 61 characters without spaces) makes it a plan: a heading with the year and the body's
# name runs longer than a list's heading; a sentence longer still.
PLAN_HEADING_MAX_CHARS = 90
# A document's title block: at most this many short lines before its first list (a title, the body's
# name, the year).
TITLE_BLOCK_LINES = 4
# A lead-in or heading naming one of these opens a list of measures (plan: things to be done).
PLAN_LIST_CUES: tuple[str, ...] = (
    "มาตรการ", "แนวปฏิบัติ", "แนวทางปฏิบัติ", "ข้อปฏิบัติ", "ข้อพึงปฏิบัติ", "กำหนดแนวทาง",
    "แนวทางการดำเนินการ", "แนวทางการดำเนินงาน", "นโยบาย",
    # an English plan's heading ("Measures to promote integrity and transparency"): a lead-in is compared
    # lower-cased, so these are written in lower case
    "measures",
)
# A lead-in or heading naming one of these opens a list of improvements ...
IMPROVEMENT_LIST_CUES: tuple[str, ...] = (
    "แนวทางการปรับปรุง", "แนวทางการพัฒนา", "แนวทางแก้ไข", "แนวทางการแก้ไข", "ข้อเสนอแนะ", "การปรับปรุงพัฒนา",
    # "แนวทางการนำผลการประเมินไปปรับปรุง", "การนำผลการประเมินไปพัฒนาหน่วยงาน", "แนวทางในการแก้ไข"
    "นำผลการประเมินไป", "ไปปรับปรุง", "ไปพัฒนา", "ไปแก้ไข", "แนวทางในการปรับปรุง", "แนวทางในการพัฒนา",
    "แนวทางในการแก้ไข", "แนวทางการยกระดับ", "แนวทางในการยกระดับ",
    # "แผนพัฒนาตามผลการประเมิน ITA", "การปรับปรุงตามผลการประเมิน": what is done because of the results
    "พัฒนาตามผลการประเมิน", "ปรับปรุงตามผลการประเมิน",
    # in English ("Measures for improvement", "Ways to improve"), lower case as the lead-in is compared
    "improvement", "toimprove",
)
# A column header naming how each row's result will be improved (the remedy beside an indicator): the
# improvement cues, and the way of improving by its own words ("วิธีการพัฒนา", "วิธีแก้ไข"), which as a
# lead-in word name no list of improvements
REMEDY_HEADER_CUES: tuple[str, ...] = (*IMPROVEMENT_LIST_CUES, "วิธีการพัฒนา", "วิธีพัฒนา", "วิธีการปรับปรุง",
                                       "วิธีปรับปรุง", "วิธีการแก้ไข", "วิธีแก้ไข", "วิธีการแก้ปัญหา", "วิธีแก้ปัญหา",
                                       "วิธีการยกระดับ")
# A lead-in naming one of these opens a report of what was done, item by item ("บัดนี้ได้ดำเนินการตาม
# มาตรการแล้ว ดังนี้", "ขอรายงานผลการดำเนินงาน ดังนี้"): checked after IMPROVEMENT_LIST_CUES and before
# PLAN_LIST_CUES, whose "มาตรการ" such a lead-in also names. Not "ได้ดำเนินการ" alone: "ได้ดำเนินการจัดทำมาตรการ ดังนี้" announces a plan.
# The same words over a table make it an implementation table (REPORT_HEADING_CUES).
REPORT_HEADING_CUES: tuple[str, ...] = ("รายงานผล", "ผลการดำเนินงานตามมาตรการ", "ผลการดำเนินการตามมาตรการ")
# Not "ผลการดำเนินงาน" alone either: "เพื่อให้ผลการดำเนินงานบรรลุเป้าหมาย จึงกำหนดมาตรการ ดังนี้" is a plan.
# A cue with one of RESULT_CUE_COMMANDS in the RESULT_CUE_COMMAND_REACH characters before it (spaces
# removed) is an order in a plan, not a report: "ให้รายงานผลทุกไตรมาส", "เพื่อให้บุคลากรได้ดำเนินการตาม…".
# A clause start between the two ends the order ("เพื่อให้การดำเนินงานโปร่งใส บัดนี้ได้ดำเนินการตาม…แล้ว").
RESULT_CUE_COMMANDS: tuple[str, ...] = ("ให้",)
RESULT_CUE_COMMAND_REACH = 40
RESULT_CUE_CLAUSE_STARTS: tuple[str, ...] = ("บัดนี้", "นั้น", "จึง")
# A cue right after one of these names reporting as a topic or duty ("๓. การรายงานผล" over "๓.๑ ให้…"),
# not a report of what was done.
RESULT_CUE_TOPIC_PREFIXES: tuple[str, ...] = ("การ",)
# A lead-in that goes on from a result cue to set measures ("จึงได้ดำเนินการตามแนวทางดังกล่าว โดยกำหนด
# มาตรการ ดังนี้") announces a plan: one of these after the last result cue makes it one ("ตามมาตรการ
# ที่กำหนดไว้แล้ว" in a report names no such verb phrase).
PLAN_SETTING_AFTER_RESULT: tuple[str, ...] = ("โดยกำหนด", "จึงกำหนด", "ขอกำหนด", "จึงได้กำหนด", "โดยได้กำหนด",
                                              "จึงออกประกาศ", "จึงประกาศ")
IMPLEMENTATION_LIST_CUES: tuple[str, ...] = (
    *REPORT_HEADING_CUES, "สรุปผลการดำเนิน", "สรุปผลการปฏิบัติ", "ได้ดำเนินการตาม", "ได้ปฏิบัติตาม",
    "ดำเนินการแล้ว",
)
# In such a report, an item's first line that ends a paragraph is its title, and the paragraph under
# it says what was done: its output. A line ends a paragraph when the next line's first word would
# have fitted, with WRAP_ROOM_SLACK_CHARS to spare (justified or proportional text), in the room
# left before the list's right edge; otherwise the break may be a wrap, and the item is kept whole.
WRAP_ROOM_SLACK_CHARS = 3
# A measures table whose title column's header names one of these lists the issues found, each row
# an ``improvement`` (its fix in a steps column), not a plan ("ประเด็น/มาตรการ" names measures).
ISSUE_TITLE_CUES: tuple[str, ...] = (
    r"ประเด็น\s*(?:ที่|ปัญหา|ข้อ)", "ต้องปรับปรุง", "ควรปรับปรุง", "ต้องพัฒนา", "ควรพัฒนา", "ต้องแก้ไข", "ข้อค้นพบ",
    "จุดอ่อน", "ข้อบกพร่อง", "ข้อคำถาม", "คะแนนต่ำ",
)
# Not "ประเด็นที่ต้องพัฒนา", "สิ่งที่ควรปรับปรุง" …: they head the issues found (finding_cues.FINDING_SECTION_CUES),
# what is to be improved, not how.
# ... which are measures only in an analysis of the assessment's results (an analysis of something
# else, such as a year's procurement, ends with advice on that, not with ITA measures).
ASSESSMENT_ANALYSIS_CUES: tuple[str, ...] = (
    "ผลการประเมิน", "ผลคะแนน",
    # in English, spaces removed and lower-cased where a list's document is read ("The ITA assessment result
    # for 2023 was 78.50", "results of the assessment", "ITA score")
    "assessmentresult", "resultoftheassessment", "resultsoftheassessment", "itascore", "itaresult",
)
# Items that name a measure by their own first word ("๑) โครงการ…") are a list of measures
# whatever the lead-in, when at least MIN_NOUN_ITEMS of them in sequence do.
MEASURE_NOUNS: tuple[str, ...] = ("โครงการ", "กิจกรรม", "มาตรการ")
# --- tables that look like measures tables but are not ---------------------------------------------
# A budget execution report: a column of money paid out ("ผลการเบิกจ่าย (บาท)", "ใช้จ่ายจริง", "disbursed"),
# and no word over the table or in its header naming measures (MEASURES_NAMED): its rows are all the
# body's projects (roads, waste collection) with their spending, even where one row is the ITA's project.
# So is a numbered list of projects each stating what was paid out ("๑. โครงการก่อสร้างรางระบายน้ำ งบประมาณ
# 450,000 บาท เบิกจ่าย 449,000 บาท"), with no lead-in naming measures (measures_lists).
DISBURSED_HEADER: tuple[str, ...] = ("เบิกจ่าย", "ใช้จ่าย", "disburs", "spent", "expenditure")
MEASURES_NAMED: tuple[str, ...] = ("มาตรการ", "แผนยกระดับ", "แผนการขับเคลื่อน", "แผนปฏิบัติการป้องกัน",
                                   "ส่งเสริมคุณธรรม", "measure")
# A plan's KPI list: its title column's rows are measurements of KPIs (score_cues.KPI_LABEL_LEADS:
# "ร้อยละของ…", "ระดับความสำเร็จ…", "จำนวน…") in at least this share of its rows, a number each: the rows
# are metrics with their results, not measures (a measure is an action: "เผยแพร่…", "จัดอบรม…").
KPI_ROWS_SHARE = 0.5
# A working group's task list for the assessment itself: who gathers and uploads its evidence by when
# ("ลำดับ | ภารกิจ | ผู้รับผิดชอบ | กำหนดส่ง" under an order appointing the ITA working group, rows
# "รวบรวมข้อมูล O1-O10 | สำนักปลัด | 31 มี.ค. 2567", "นำเข้าข้อมูลในระบบ ITAS", "แจ้งบุคลากรตอบแบบวัด IIT").
# Its rows are the assessment's own steps, not the body's measures: a table whose title cells name the
# assessment's evidence (ASSESSMENT_EVIDENCE: an O-item by its code "O1", "o.12", the ITAS system, the
# IIT/EIT/OIT forms) in at least ASSESSMENT_TASK_ROWS_SHARE of its rows, with no measure (MEASURES_NAMED)
# nor improvement (IMPROVEMENT_LIST_CUES) named over it or in its header, and no issue column (the O-items
# an analysis found lacking are issues to fix, ISSUE_TITLE_CUES). Matched on a cell's text with Thai
# digits made Arabic; an O-item code is "O" (any case, an optional ".") and one or two digits, standing apart
# from a word's letters ("OIT", "Oct" are not codes).
ASSESSMENT_EVIDENCE: tuple[str, ...] = (
    r"(?<![A-Za-z])[Oo]\s?\.?\s?[0-9]{1,2}(?![0-9])", r"(?<![A-Za-z])(?:ITAS|IIT|EIT|OIT)(?![A-Za-z])",
    "แบบวัดการรับรู้", "แบบวัดการเปิดเผยข้อมูล",
)
ASSESSMENT_TASK_ROWS_SHARE = 0.5
# The body's answer to the assessment's advice: a table with a column of advice ("ข้อเสนอแนะ"), a column of
# what the body does about it ("การดำเนินการของหน่วยงาน", steps) and a title column whose rows name ITA
# indicators ("ประเด็นการประเมิน" over "การเปิดเผยข้อมูล", "การป้องกันการทุจริต") in at least this share of its
# rows (extract/parse/tables.answers_advice): each row an improvement of its indicator.
ADVICE_INDICATOR_ROWS_SHARE = 0.5
# A log of complaints received: its title column names the complaint ("ประเด็นที่ร้องเรียน", "เรื่องร้องเรียน",
# "เรื่องที่แจ้งเบาะแส"), each row one case with what was done about it ("ตรวจสอบแล้วไม่พบมูล"). The cases are
# not the body's measures (TABLE_NOT_MEASURES) unless a measure is named over the table or in its header.
COMPLAINT_TITLE: tuple[str, ...] = ("ร้องเรียน", "ร้องทุกข์", "แจ้งเบาะแส")
# A document whose title (one of its first OTHER_TITLE_LINES lines of text, starting with one of these
# words, spaces removed) names another kind of document keeps its work in tables shaped like a measures
# table: a procurement plan's purchases ("ลำดับ | รายการพัสดุ | วงเงิน | กำหนดเวลาการจัดหา | หน่วยงานที่
# รับผิดชอบ"), a staff development plan's trainings, an annual report's projects and results, a service
# manual's steps. They are published as the assessment's evidence (an O-item) and name the ITA, but
# their rows are not the body's ITA measures: a table in such a document is left out (TABLE_NOT_MEASURES)
# unless a measure is named over it or in its header (MEASURES_NAMED); a title line naming a measure itself
# ("รายงานการประชุมเพื่อกำหนดมาตรการ…") names no other kind. The kind → its title words.
OTHER_DOCUMENT_TITLES: dict[str, tuple[str, ...]] = {
    "procurement": ("แผนการจัดซื้อจัดจ้าง", "แผนจัดซื้อจัดจ้าง", "แผนการจัดหาพัสดุ", "แผนจัดหาพัสดุ",
                    "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง", "รายงานผลการจัดซื้อจัดจ้าง", "สรุปผลการจัดซื้อจัดจ้าง"),
    "staff_development": ("แผนพัฒนาบุคลากร", "แผนการพัฒนาบุคลากร", "แผนพัฒนาพนักงาน", "แผนพัฒนาข้าราชการ",
                          "แผนพัฒนาทรัพยากรบุคคล", "แผนการพัฒนาทรัพยากรบุคคล", "แผนการฝึกอบรม", "แผนฝึกอบรม",
                          "แผนบริหารและพัฒนาทรัพยากรบุคคล", "แผนการบริหารและพัฒนาทรัพยากรบุคคล"),
    # the year's report of all the body's work (an O-item of its own, "รายงานผลการดำเนินงานประจำปี")
    "annual_report": ("รายงานประจำปี", "รายงานผลการดำเนินงานประจำปี", "รายงานผลการปฏิบัติงานประจำปี"),
    # what the internal auditor will audit, or found ("กิจกรรมที่ตรวจสอบ | ผู้รับผิดชอบ | ระยะเวลา")
    "audit": ("แผนการตรวจสอบภายใน", "แผนตรวจสอบภายใน", "รายงานผลการตรวจสอบภายใน"),
    "manual": ("คู่มือการปฏิบัติงาน", "คู่มือปฏิบัติงาน", "คู่มือการให้บริการ", "คู่มือสำหรับประชาชน",
               "คู่มือการบริการ", "มาตรฐานการให้บริการ", "มาตรฐานการปฏิบัติงาน"),
    "minutes": ("รายงานการประชุม", "บันทึกการประชุม", "บันทึกรายงานการประชุม"),
    # the body's plan of all its projects (roads, taxes, a hall), one of which may be the ITA's
    "action_plan": ("แผนปฏิบัติราชการ", "แผนพัฒนาท้องถิ่น"),
    # an order appointing a committee or working group: its table is the members' duties ("กำกับ ติดตาม…")
    "appointment": ("แต่งตั้ง", "การแต่งตั้ง"),
}
# A plan's or a year's report's title line naming the body's integrity work itself ("แผนปฏิบัติราชการด้านการ
# ป้องกันและปราบปรามการทุจริต", "แผนพัฒนาบุคลากรเพื่อส่งเสริมคุณธรรมและความโปร่งใส", "รายงานผลการดำเนินงาน
# ประจำปี … ตามแผนป้องกันการทุจริต") is a plan or report of that work, not one of another
# kind (INTEGRITY_PLAN_KINDS); an order appointing an ITA working group, a manual of handling complaints of
# corruption, minutes of a meeting on the ITA stay what they are.
INTEGRITY_PLAN_KINDS: tuple[str, ...] = ("action_plan", "staff_development", "annual_report")
INTEGRITY_PLAN_WORDS: tuple[str, ...] = ("ป้องกันการทุจริต", "ป้องกันและปราบปรามการทุจริต", "ต่อต้านการทุจริต",
                                         "คุณธรรมและความโปร่งใส", "ส่งเสริมคุณธรรม", "ความเสี่ยงการทุจริต")
OTHER_TITLE_LINES = 4
# A memo's or a letter's subject line ("เรื่อง แผนพัฒนาบุคลากร…") stands under its letterhead, reference number
# and date: the first line starting with one of these words, within its first OTHER_SUBJECT_LINES lines of
# text, is a title line too.
OTHER_SUBJECT_LEADS: tuple[str, ...] = ("เรื่อง",)
OTHER_SUBJECT_LINES = 12
# A notice or an order names its subject after one of these ("ประกาศ… / เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง…",
# "เรื่อง ประกาศใช้คู่มือการปฏิบัติงาน"): the words are passed over (in order, each at most once) before the
# kind's title words are looked for.
OTHER_TITLE_LEADS: tuple[str, ...] = ("เรื่อง", "ประกาศใช้", "ประกาศ", "เผยแพร่", "การเผยแพร่", "อนุมัติ")
# A numbered item that is a heading names a topic: a noun, most often made with การ/ความ ("๑. การเปิด
# ช่องทางแจ้งเบาะแส", "๒. ด้านความโปร่งใส"); the paragraphs under such a short title line are its steps
# (extract/parse/measures_lists._with_step_paragraphs). An item that is an order ("๓ เผยแพร่ผล…")
# is a sentence, and a short line of it a wrap.
HEADING_ITEM_STARTS: tuple[str, ...] = ("การ", "ความ", "ด้าน", "หมวด", "เรื่อง", "แนวทาง", "แนวปฏิบัติ",
                                        "นโยบาย", *MEASURE_NOUNS)
MIN_NOUN_ITEMS = 2
# A plan item this long (whitespace removed) is a sentence, not a topic: an indicator name in it
# ("…ในการปฏิบัติหน้าที่…") is ordinary prose, so only an explicit "ตัวชี้วัดที่ N" links it.
INDICATOR_NAME_ITEM_MAX_CHARS = 60
# A list opened by a lead-in needs at least this many items, or MIN_FIELDED_ITEMS when every item
# names its responsible unit or its time ("๑) จัดทำคู่มือ … ผู้รับผิดชอบ กองคลัง ระยะเวลา …"): a
# plan's own fields, which advice or a table of contents does not have.
MIN_LIST_ITEMS = 3
MIN_FIELDED_ITEMS = 2
# Fields a numbered item may carry after its title, each after its FORM_LABELS label standing as a
# word of its own ("๑. มาตรการเผยแพร่ข้อมูล … ผู้รับผิดชอบ สำนักปลัด ระยะเวลา ต.ค. ๖๖ – ก.ย. ๖๗").
# A value longer than INLINE_VALUE_MAX_CHARS (spaces removed) is prose, and the item is kept whole.
INLINE_FIELDS: tuple[str, ...] = ("responsible", "timeframe")
INLINE_VALUE_MAX_CHARS = 60
# An item may be numbered by a Thai letter, in the alphabet's order ("ก." "ข." "ค." …, "(ก)"), as Word's
# automatic "thaiLetters" numbering counts (extract/readers/docx_numbering: the obsolete ฃ ฅ and the
# rarely used ฆ ฌ ฎ ฏ ฝ skipped): a letter is item N by its place here. It needs its "." or ")" and a
# space after it: "อ.เมือง", "จ.ขอนแก่น" are abbreviations.
THAI_LETTER_NUMBERS = "กขคงจฉชซญฐฑฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
# An item may be numbered by a word before its number ("มาตรการที่ ๑ …", "ข้อ ๒ …") instead of "๑." / "1)".
ITEM_NUMBER_WORDS: tuple[str, ...] = ("มาตรการที่", "แนวทางที่", "กิจกรรมที่", "โครงการที่", "ข้อที่", "ข้อ")
# Items counted by ordinal words in one paragraph ("… จึงกำหนดมาตรการ ประการแรก ให้… ประการที่สอง ให้…
# ประการที่สาม ให้…"): the word, then the first (ORDINAL_FIRST), the last (ORDINAL_LAST) or "ที่" and a
# number, as a word (ORDINAL_NUMBER_WORDS, the Nth is N here) or in digits. The text before the first is
# the lead-in (the rules for a numbered list apply to it); the items must count 1, 2, 3 … in order (the
# last one may be ORDINAL_LAST), and the last item ends at the paragraph's end or before a word that
# closes a list (LIST_ENDS after a space: "… ทั้งนี้ ให้รายงานผล…").
ORDINAL_WORD = "ประการ"
ORDINAL_FIRST: tuple[str, ...] = ("แรก",)
ORDINAL_LAST: tuple[str, ...] = ("สุดท้าย",)
ORDINAL_NUMBER_WORDS: tuple[str, ...] = ("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ")
# An INLINE_FIELDS label may also open a line of its own under an item ("ผู้รับผิดชอบ สำนักปลัด",
# "ระยะเวลา : ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗"); a line after it continues its value. Such a value longer
# than INLINE_VALUE_MAX_CHARS is prose that happens to start with the word: the line is text of the item.
# An item's results may stand on lines of their own under it, each after its FORM_LABELS label and ":"
# ("ผลการดำเนินการ : ปรับปรุงข้อมูลครบ ๓๓ รายการ", "สถานะ : ดำเนินการแล้วเสร็จ"): a report of what was
# done, so the list's measures are ``implementation``. The value may be long, and lines after it go on
# with it. A line that is only a label (FORM_LABELS, no value: "ปัญหาอุปสรรค") heads what follows and
# closes the list.
RESULT_LINE_FIELDS: tuple[str, ...] = ("output", "outcome", "status", "recommendation", "problems")
# Result lines that report what was done: every item of a list having one makes the list a report of
# results (``implementation``) with no lead-in saying so (a title "รายงานผล…" far above, items right under it).
RESULT_OWN_FIELDS: tuple[str, ...] = ("output", "outcome", "status")
# How an item is to be carried out may stand on a line of its own under it too, after a FORM_LABELS
# "steps" label and ":" ("แนวทางปฏิบัติ : ชี้แจงระเบียบ…", "วิธีดำเนินการ : …"): the item's steps, not the rest
# of its title; lines after it go on with it. A plan's field, so the list stays what its lead-in says.
STEP_LINE_FIELDS: tuple[str, ...] = ("steps",)
# A line opening with one of these (spaces removed) is a table's caption ("ตารางที่ 3 แผนการปรับปรุง…"):
# the lines above it say nothing of the table's kind (the rows of a table above it read as lines, a
# finding's "รายงานผลการบริหารความเสี่ยง…", made a plan a report of results).
TABLE_CAPTION_WORDS: tuple[str, ...] = ("ตารางที่", "Table")
# A line starting with one of these closes a list (the notice's closing and signature lines).
LIST_ENDS: tuple[str, ...] = (
    "จึงประกาศ", "จึงเรียน", "จึงแจ้ง", "ประกาศณ", "สั่งณ", "ทั้งนี้", "ลงชื่อ", "ลงนาม", "(", "ตั้งแต่บัดนี้",
    # minutes: the meeting's resolution closes an agenda item's list ("มติที่ประชุม เห็นชอบ"), as the meeting's end
    "มติที่ประชุม", "ที่ประชุมมีมติ", "ปิดประชุม", "เลิกประชุม",
)

# A line opening with one of these and a number heads the next part of the document ("ส่วนที่ ๒ ระยะเวลา
# และงบประมาณ", "บทที่ 3"): it closes a list (it was taken as the last item's wrapped text).
PART_HEADING_WORDS: tuple[str, ...] = ("ส่วนที่", "บทที่", "หมวดที่", "ตอนที่", "ภาคที่", "ระเบียบวาระที่", "วาระที่")

# A closing phrase run into the last item's line (a text export that lost the line break) is cut
# off there, and the list ends. The table is shared with the PDF reader (schemas/closing_cues.py).
from schemas.closing_cues import CLOSING_PHRASES  # noqa: E402,F401 - part of this table of cues

# --- one-activity report forms ---------------------------------------------------------------------
# Labelled fields ("1) ชื่อกิจกรรม …", "ระยะเวลาดำเนินการ …") → measure fields. Longest label first
# wins, so "ผลการดำเนินงาน" is output and "วิธีดำเนินการ" steps. Labels are matched at the start
# of a line (after any numbering) or in the first cell of a two-column table row.
FORM_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("ชื่อกิจกรรม", "ชื่อโครงการ", "ชื่อมาตรการ", "ชื่อโครงการ/กิจกรรม", "โครงการ/กิจกรรม", "กิจกรรม", "โครงการ"),
    "rationale": ("หลักการและเหตุผล", "วัตถุประสงค์"),
    "steps": ("วิธีดำเนินการ", "วิธีการดำเนินการ", "วิธีการดำเนินงาน", "ขั้นตอนการดำเนินงาน", "ขั้นตอนการดำเนินการ",
              "รายละเอียดการดำเนินการ", "รายละเอียดกิจกรรม", "แนวทางปฏิบัติ", "แนวทางการปฏิบัติ",
              "แนวทางการดำเนินการ", "แนวทางดำเนินการ", "วิธีปฏิบัติ"),
    "timeframe": ("ระยะเวลาดำเนินการ", "ระยะเวลาการดำเนินการ", "ระยะเวลาในการดำเนินการ", "ระยะเวลาดำเนินงาน",
                  "วันที่ดำเนินการ", "ช่วงเวลาดำเนินการ", "ระยะเวลา",
                  # the time by other nouns ("ห้วงเวลา ธ.ค. 2567", "กำหนดแล้วเสร็จ มี.ค. 2568")
                  "ห้วงเวลาดำเนินการ", "ห้วงเวลา", "กำหนดแล้วเสร็จ", "กำหนดเสร็จ",
                  "Timeline", "Timeframe", "Deadline", "Duration"),
    "responsible": ("ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "หน่วยงานรับผิดชอบ", "ผู้รับผิดชอบโครงการ",
                    # an English item's fields ("1) Publish … Responsible: Finance Division. Timeline: …"), as printed
                    "Responsible unit", "Responsible person", "Responsible"),
    "output": ("ผลการดำเนินงาน", "ผลการดำเนินการ", "ผลการปฏิบัติงาน", "ผลผลิต"),
    # a success rate or level ("ร้อยละความสำเร็จ : ๑๐๐") is the outcome, as under a table's column of that name
    # (schemas/headers.py), its value as printed (a bare number: the label says it is a percentage or a level)
    "outcome": ("ผลลัพธ์", "ผลสัมฤทธิ์", "ประโยชน์ที่ได้รับ", "ร้อยละความสำเร็จ", "ระดับความสำเร็จ"),
    "status": ("สถานะการดำเนินงาน", "สถานะการดำเนินการ", "สถานะ"),
    "recommendation": ("ข้อเสนอแนะ", "ปัญหาอุปสรรค/ข้อเสนอแนะ", "ปัญหา/อุปสรรค/ข้อเสนอแนะ",
                       "ปัญหาอุปสรรคและข้อเสนอแนะ", "ปัญหาและข้อเสนอแนะ"),
    # problems met stand in for the recommendation only when no suggestion is given, as in tables
    # (schemas/headers.FIELD_FALLBACKS)
    "problems": ("ปัญหาอุปสรรค", "ปัญหา/อุปสรรค", "ปัญหาและอุปสรรค", "ปัญหาที่พบ", "อุปสรรค"),
    "follow_up": ("การติดตามประเมินผล", "การติดตามผล", "การรายงานผล"),
    # the indicators the activity serves: read as references, never kept as text
    "indicator": ("ตัวชี้วัดที่เกี่ยวข้อง", "ตัวชี้วัดที่สอดคล้อง", "สอดคล้องกับตัวชี้วัด", "ตัวชี้วัด ITA",
                  "ตัวชี้วัด"),
}
# Labels a one-activity form's field may have only with a colon after them, read by the forms alone (not
# as a list item's field line): words a line of prose also opens with ("การดำเนินการ ดังนี้"). What was
# done ("การดำเนินงาน : จัดกิจกรรม…") is the steps; the remedy of the problems met ("ปัญหาอุปสรรค : …" over
# "แนวทางแก้ไข : …") is the suggestion, the recommendation, as in tables (schemas/headers.FIELD_AFTER).
FORM_COLON_LABELS: dict[str, tuple[str, ...]] = {
    "steps": ("การดำเนินงาน", "การดำเนินการ",
              # the way, by its shortest name ("วิธีการ : สรุปผลการจัดซื้อจัดจ้างรายเดือน…"): without the colon
              # it opens an ordinary sentence. Not "วิธีแก้ไข": a form's remedy is of the problems met, as
              # "แนวทางแก้ไข" below
              "วิธีการ"),
    "recommendation": ("แนวทางแก้ไข", "แนวทางการแก้ไข", "แนวทางแก้ไขปัญหา", "แนวทางการแก้ไขปัญหา"),
}
# A line that starts like a label of its own ("เป้าหมาย : …", "งบประมาณ: …") but names none of
# FORM_LABELS ends the value above it and is reported (FORM_LABEL_UNKNOWN), its value left out.
# The label is at most FORM_LABEL_MAX_CHARS letters (no digits: "10:30 น." is a time) before ":".
FORM_LABEL_MAX_CHARS = 40
# Lines that close a form rather than continue a field's value: pictures attached, signatures,
# the reporter's name in brackets, the date of signing (LIST_ENDS close it too).
FORM_TRAILERS: tuple[str, ...] = (
    "ภาพประกอบ", "ภาพกิจกรรม", "ภาพถ่าย", "รูปภาพ", "รูปกิจกรรม", "เอกสารแนบ", "แนบท้าย", "เอกสารประกอบ",
    "หลักฐาน", "ผู้รายงาน", "ผู้รับรอง", "ผู้ตรวจสอบ", "ผู้อนุมัติ", "ผู้เสนอ", "ลายมือชื่อ", "วันที่รายงาน",
)
# A form is a measure when its title label and at least this many other labels are found ...
MIN_FORM_FIELDS = 2
# ... not counting these (an indicator reference says nothing about the activity).
FORM_UNCOUNTED: tuple[str, ...] = ("indicator",)
# Labels whose presence makes a form a report of something done (implementation), not a plan.
FORM_RESULT_FIELDS: tuple[str, ...] = ("output", "outcome", "status")
# The numbering a label may carry before it ("1)", "๒.๑", "(๓)"), or a Thai letter ("ก.", "ข)", "(ค)":
# a school's form of several measures, ก. ข. ค.). A letter counts only right before a label: alone
# at a line's start it is as often an abbreviation ("อ.เมือง", "จ.ขอนแก่น") as a number.
FORM_LABEL_NUMBERING = r"\(?(?:[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*|[ก-ฮ])\s*[.)]"
# Text after a label that is only a separator (":", "…", dots) is dropped.
FORM_VALUE_LEAD = r"^[\s:：.…\-–]+"

# --- measures written as prose ---------------------------------------------------------------------
# A document that writes its measures as sentences, not a table, list or form ("หน่วยงานจะดำเนินการปรับปรุง
# เว็บไซต์ … ภายในเดือนมีนาคม ๒๕๖๘ โดยมอบหมายให้สำนักปลัดเป็นผู้รับผิดชอบ"), read by extract/parse/measures_prose.py
# only when nothing else gave measures. Precision before recall: a sentence is a measure only in a document whose
# title block (its first TITLE_BLOCK_LINES lines of text, each at most PLAN_HEADING_MAX_CHARS long) names measures
# or improvements on the assessment's results (PROSE_DOCUMENT_CUES; not a news item's "จัดอบรมส่งเสริมคุณธรรม",
# nor a policy or a speech), and no document of another kind (minutes, a manual …: OTHER_DOCUMENT_TITLES). The
# same title with no measure read gives the info check MEASURES_NOT_READ.
PROSE_DOCUMENT_CUES: tuple[str, ...] = (
    "มาตรการ", "แผนยกระดับ", "แผนการยกระดับ", "แผนการขับเคลื่อน", "แผนปฏิบัติการป้องกัน", "แนวทางการปรับปรุง",
    "แนวทางการพัฒนา", "นำผลการประเมิน", "ปรับปรุงตามผลการประเมิน", "พัฒนาตามผลการประเมิน",
)
# A sentence (a paragraph, cut before PROSE_SENTENCE_STARTS) is a measure when it states the body's own action:
# 1. a marker of the future (PROSE_PLAN_MARKERS: a ``plan`` measure, an ``improvement`` under a title naming
#    improvements, IMPROVEMENT_LIST_CUES) or of what was done (PROSE_DONE_MARKERS: ``implementation``), right
#    before an action verb (PROSE_ACTION_VERBS), spaces removed: "จะดำเนินการ", "มีแผนที่จะทบทวน", "ได้จัดอบรม";
# 2. the body or one of its units before it (PROSE_SUBJECTS, the body types of schemas/bodies.py, UNIT_WORDS):
#    "หน่วยงานจะ…", "สถานีตำรวจภูธรเมืองเลยจะ…", "งานบริหารทั่วไปได้จัด…"; or nothing before it but a time phrase,
#    the body implied ("จะจัดทำคู่มือ… ภายในเดือนมีนาคม ๒๕๖๘", "ในปีงบประมาณ ๒๕๖๘ จะทบทวน…");
# 3. a timeframe (PROSE_TIME_LEADS then a month or a number: "ภายในเดือนมีนาคม ๒๕๖๘", "ในปีงบประมาณ ๒๕๖๗")
#    or a responsible unit (PROSE_RESPONSIBLE_FRAMES: "มอบหมายให้สำนักปลัดเป็นผู้รับผิดชอบ");
# 4. no word of another's speech, an order, a duty, a wish or a condition (PROSE_NOT_OWN): "ประธานแจ้งว่า
#    หน่วยงานต้อง…", "ข้าพเจ้าขอให้…", "มีนโยบาย…", "ตามที่สำนักงาน ป.ป.ช. ได้…".
PROSE_PLAN_MARKERS: tuple[str, ...] = ("มีแผนที่จะ", "มีแผนจะ", "กำหนดที่จะ", "มีกำหนดจะ", "จะ")
PROSE_DONE_MARKERS: tuple[str, ...] = ("ได้",)
PROSE_ACTION_VERBS: tuple[str, ...] = (
    "ดำเนินการ", "จัดทำ", "จัดอบรม", "จัดประชุม", "จัดกิจกรรม", "จัดโครงการ", "จัดให้มี", "จัด", "เผยแพร่", "ปรับปรุง",
    "ทบทวน", "พัฒนา", "อบรม", "ประชุม", "ชี้แจง", "เปิดช่องทาง", "เปิด", "ติดตาม", "ตรวจสอบ", "แต่งตั้ง", "ประกาศ",
    "ประชาสัมพันธ์", "รณรงค์", "สร้าง", "ส่งเสริม", "รายงาน", "ประเมิน", "บันทึก", "จัดเก็บ", "นำ", "แก้ไข",
)
PROSE_SUBJECTS: tuple[str, ...] = ("หน่วยงาน", "ส่วนราชการ", "องค์กร", "สถานี", "อบต.", "ทต.", "รพ.สต.", "รพ.", *UNIT_WORDS)
PROSE_NOT_OWN: tuple[str, ...] = (
    "แจ้งว่า", "กล่าวว่า", "เปิดเผยว่า", "ระบุว่า", "เห็นว่า", "ขอให้", "ต้อง", "ควร", "ประธาน", "ข้าพเจ้า", "กระผม",
    "ดิฉัน", "นโยบาย", "ตามที่", "หาก", "ถ้า", "มติ", "สั่งการ", "ที่ประชุม",
)
PROSE_TIME_LEADS: tuple[str, ...] = (
    "ภายในเดือน", "ภายในวันที่", "ภายในไตรมาสที่", "ภายในไตรมาส", "ภายในปีงบประมาณ", "ภายในปี", "ในปีงบประมาณ",
    "ประจำปีงบประมาณ", "ในเดือน", "ในไตรมาสที่", "เมื่อเดือน", "เมื่อวันที่", "ตั้งแต่เดือน", "ระหว่างเดือน",
    "ระหว่างวันที่", "ตลอดปีงบประมาณ",
)
# "มอบหมายให้ X เป็นผู้รับผิดชอบ": the text between the two words, when it names a unit (UNIT_WORDS, a body
# type) in at most PROSE_RESPONSIBLE_MAX_CHARS characters
PROSE_RESPONSIBLE_FRAMES: tuple[tuple[str, str], ...] = (
    ("มอบหมายให้", "เป็นผู้รับผิดชอบ"), ("โดยมี", "เป็นผู้รับผิดชอบ"), ("โดยให้", "เป็นผู้รับผิดชอบ"),
    ("มอบหมายให้", "รับผิดชอบ"), ("รับผิดชอบโดย", ""), ("ผู้รับผิดชอบคือ", ""), ("ผู้รับผิดชอบ ได้แก่", ""),
)
PROSE_RESPONSIBLE_MAX_CHARS = 60
# A paragraph holding several sentences is cut before one of these opening a sentence after a space
# ("… ภายในเดือนธันวาคม ๒๕๖๗ นอกจากนี้ โรงพยาบาลจะ…"): each sentence is read on its own.
PROSE_SENTENCE_STARTS: tuple[str, ...] = ("นอกจากนี้", "นอกจากนั้น", "ต่อมา", "อีกทั้ง", "ทั้งนี้")
# A marker right after one of these is negated ("ยังไม่ได้จัดทำ", "ไม่ได้ดำเนินการ"): no action taken.
PROSE_NEGATIONS: tuple[str, ...] = ("ไม่", "มิ")
# Words that end a time phrase of a sentence and belong to it ("ตั้งแต่เดือนตุลาคม ๒๕๖๗ เป็นต้นไป").
PROSE_TIME_TAILS: tuple[str, ...] = ("เป็นต้นไป",)
