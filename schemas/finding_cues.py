"""Cue words that tell where a finding written as a paragraph ends, as data.

A finding in running text is the paragraph under an indicator heading ("ตัวชี้วัดที่ ๙ …").
A paragraph that opens a new topic is not part of it, even when it follows the last heading of a
list: it starts with one of TOPIC_OPENERS (whitespace removed), or it is a statement about an
assessment tool other than the heading indicator's (extract/parse/findings.py).
To support a new wording add it here, with a hand-written test document in other words.
"""
from __future__ import annotations

from schemas.headers import FINDING_HEADERS
from schemas.ita import LETTER_GRADES, OLD_THAI_LEVELS, THAI_LEVELS

# A paragraph starting with one of these turns from the indicator above to the whole assessment
# or to what the body will do next ("อนึ่ง เครื่องมือ EIT …", "โดยสรุป …", "ในภาพรวม …").
TOPIC_OPENERS: tuple[str, ...] = (
    "อนึ่ง", "นอกจากนี้", "นอกจากนั้น", "ทั้งนี้", "โดยสรุป", "สรุป", "ในภาพรวม", "โดยภาพรวม", "ภาพรวม",
    "จากผลการประเมินข้างต้น", "จากผลการประเมินดังกล่าว", "จึงประกาศ", "จึงเรียน", "จึงแจ้ง",
)

# A numbered line that is an indicator's name and, at most, its score is a heading without the word
# ตัวชี้วัด ("๑) การปฏิบัติหน้าที่ ได้คะแนน ๙๒.๑๐", "(๙) การเปิดเผยข้อมูล (๗๘.๐๐ คะแนน)"); words that may
# stand between the name and the score. Anything else after the name makes the line a sentence or a
# list item ("๑) การเปิดเผยข้อมูลบนเว็บไซต์ให้ครบถ้วน" is a measure), not a heading.
NAME_HEADING_SCORE_WORDS: tuple[str, ...] = ("ได้รับ", "ได้", "มี", "ผล", "คะแนน", "ร้อยละ", "เท่ากับ", "อยู่ที่", "=", ":")
# A line under an indicator heading that only states its score ("คะแนนที่ได้ 95.00", "ผลคะแนน : ๘๑.๒๕ คะแนน")
# is no end of its analysis: the score is a record of its own, the analysis follows it.
SCORE_LINE_WORDS: tuple[str, ...] = ("ได้รับคะแนน", "ได้คะแนน", "คะแนนที่ได้รับ", "คะแนนที่ได้", "ผลคะแนน", "คะแนนรวม", "คะแนน", "ร้อยละ", "score")

# The level an indicator line states after its score ("ได้คะแนน 95.00 อยู่ในระดับดีมาก", "(88.10) ระดับ A", "… 97.50 ผ่านดีเยี่ยม")
# is part of the score, no finding: a lead word (or none before a pass level) and a level word, stripped before what the
# line says is judged. Longest first.
LEVEL_LEADS: tuple[str, ...] = ("อยู่ในระดับ", "อยู่ในเกณฑ์", "ผลการประเมินระดับ", "ผลการประเมินอยู่ในระดับ", "ระดับ", "เกณฑ์")
LEVEL_WORDS: tuple[str, ...] = tuple(sorted({*THAI_LEVELS, *OLD_THAI_LEVELS, *LETTER_GRADES, "ดีเยี่ยม", "ดีมาก", "ดี", "พอใช้",
                                             "ผ่านเกณฑ์", "ไม่ผ่านเกณฑ์"}, key=lambda w: (-len(w), w)))

# A short line (under findings.MIN_PARAGRAPH characters, no label) opening with one of these (spaces removed)
# heads the advice or the measures that follow ("แนวทางที่ควรดำเนินการ", "ข้อเสนอแนะจากผู้ประเมิน", "มาตรการแก้ไข"):
# it ends the analysis of the indicator above, even under "(๒) ตัวชี้วัดที่ ๕ …" where a short line is enough.
ADVICE_HEADING_OPENERS: tuple[str, ...] = ("แนวทาง", "ข้อเสนอแนะ", "มาตรการ", "วิธีการแก้ไข", "วิธีการพัฒนา",
                                          "แผนการพัฒนา", "แผนการปรับปรุง")

# What a line under a heading naming issues and advice together ("ข้อสังเกตและข้อเสนอแนะ", "ประเด็นที่พบและแนวทางแก้ไข")
# says when it is advice ("ตัวชี้วัดที่ 9 … ควรปรับปรุงข้อมูลบนเว็บไซต์ …"): it opens with one of these (spaces removed),
# and is no finding (under an issues heading alone, "ควร…" is how some bodies write the point to improve).
ADVICE_OPENERS: tuple[str, ...] = ("ควร",)

# Labelled lines under an indicator heading are its analysis however short ("จุดแข็ง : มีช่องทางการสื่อสาร
# ที่หลากหลาย", "จุดที่ควรพัฒนา : …"): a line opening with one of these and ":", "-" or a space belongs to the
# paragraph, as a long line does ("จุดแข็ง บุคลากรปฏิบัติงานตามมาตรฐาน").
FINDING_LINE_LABELS: tuple[str, ...] = (
    # a strength is labelled in several words ("จุดแข็ง", "จุดเด่น", "ข้อดี"): each is a label, so that a short
    # "จุดเด่น : มีระบบคิวออนไลน์" goes on the indicator's paragraph as "จุดแข็ง : …" does, not ending it
    "จุดแข็ง", "จุดเด่น", "ข้อเด่น", "ข้อดี", "จุดอ่อน", "จุดที่ควรพัฒนา", "จุดที่ต้องพัฒนา", "จุดที่ควรปรับปรุง", "ประเด็นที่ต้องพัฒนา",
    "ประเด็นที่ควรพัฒนา", "ประเด็นที่ต้องปรับปรุง", "ข้อค้นพบ", "ข้อสังเกต", "ข้อเสนอแนะ", "สาเหตุ",
    "ผลการวิเคราะห์", "โอกาสในการพัฒนา", "ปัญหาอุปสรรค", "ปัญหา",
    # English labels, matched in any case ("Weakness:", "Strengths -", "Recommendations:"); a plural before
    # its singular, as a label must end where its word does
    "Weaknesses", "Weakness", "Strengths", "Strength", "Recommendations", "Recommendation", "Findings",
    "Finding", "Observations", "Observation", "Areas for improvement", "Opportunities for improvement",
)

# A heading naming what the lines under it are (weaknesses, issues to improve, the analysis): an
# indicator line under it that says more than the indicator's name and score is that indicator's
# finding on one line ("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้คะแนนต่ำสุด เนื่องจาก …").
# The analysis tables' finding headers (schemas/headers.FINDING_HEADERS) and more; advice headings
# (ข้อเสนอแนะ, แนวทาง…) are not here: what follows them is a measure, not a finding.
FINDING_SECTION_CUES: tuple[str, ...] = (
    *(h for h in FINDING_HEADERS if not h.startswith("ข้อเสนอแนะ")), "ประเด็นปัญหา", "ปัญหาและอุปสรรค",
    # the aspects (ด้าน) to develop: "ด้านที่ต้องพัฒนา" over "๑. ประสิทธิภาพการสื่อสาร – …"
    "ด้านที่ต้องพัฒนา", "ด้านที่ควรพัฒนา", "ด้านที่ต้องปรับปรุง", "ด้านที่ควรปรับปรุง",
    # what the assessment showed as remarks ("ข้อสังเกตจากผลการประเมิน", "ข้อสังเกต")
    "ข้อสังเกต",
    # a list of the indicators that scored low, each with its cause ("ตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ 85 มีดังนี้",
    # "ตัวชี้วัดที่ไม่ผ่านเกณฑ์"): what a line says after its name and score is that indicator's finding
    "คะแนนต่ำกว่า", "ต่ำกว่าเกณฑ์", "ไม่ผ่านเกณฑ์",
    # English (matched lower-cased, spaces removed, as the headers are): "Issues to improve", "Weaknesses",
    # "Areas for improvement", "Problems found"
    "issuestoimprove", "weakness", "areasforimprovement", "areastoimprove", "issuesfound", "problemsfound",
    "pointstoimprove",
)
# An English indicator label opening a line ("Indicator 9 Open data: …", "- Indicator No. 10: …"): read as
# "ตัวชี้วัดที่ N", with the indicator's English name after the number passed over as its Thai name is
# (the names the NACC's English material and English reports give; matched case-insensitively).
INDICATOR_LABEL_EN = r"indicator\s*(?:No\.?\s*|#\s*)?"
INDICATOR_NAMES_EN: dict[int, tuple[str, ...]] = {
    1: ("Performance of Duties", "Performance of Duty", "Duty Performance"),
    2: ("Use of Budget", "Budget Use", "Budget Spending"),
    3: ("Use of Power", "Use of Authority", "Exercise of Authority", "Exercise of Power"),
    4: ("Use of Government Property", "Use of Official Property", "Use of Public Property", "Use of Official Assets"),
    5: ("Anti-Corruption", "Corruption Problem Solving", "Solving Corruption Problems", "Resolving Corruption"),
    6: ("Quality of Operation", "Quality of Operations", "Operational Quality", "Quality of Performance"),
    7: ("Effectiveness of Communication", "Communication Efficiency", "Efficiency of Communication"),
    8: ("Improvement of Work Systems", "Improvement of Working Systems", "Work System Improvement",
        "Procedure Improvement"),
    9: ("Open Data", "Information Disclosure", "Disclosure of Information"),
    10: ("Anti-Corruption Practice", "Anti-Corruption Practices", "Corruption Prevention", "Prevention of Corruption"),
}
# (A section heading is matched lower-cased with its spaces removed: English cues are written so.)
# How many lines above a one-line finding its section heading may stand (the other indicators'
# lines between them).
FINDING_SECTION_REACH = 12
# A word that may stand before an indicator's name when a line opens with it ("ด้านการเปิดเผยข้อมูล ข้อมูลบางรายการ
# ไม่เป็นปัจจุบัน" under "ประเด็นที่ต้องพัฒนา"): the line is that indicator's, as a numbered one is.
NAME_LEAD_WORDS: tuple[str, ...] = ("ด้าน",)

# What a paragraph under an indicator heading says when it describes the indicator, not what the
# assessment found ("ตัวชี้วัดที่ ๙ ประกอบด้วยตัวชี้วัดย่อย …", "ตัวชี้วัดนี้ประเมินจากการเผยแพร่ข้อมูล …"): a line
# opening (after "ตัวชี้วัดที่ N", "ตัวชี้วัดนี้" and the name, spaces removed) with one of these is no finding.
DESCRIPTION_SUBJECTS: tuple[str, ...] = ("ตัวชี้วัดนี้", "ตัวชี้วัดดังกล่าว", "ตัวชี้วัดย่อยนี้")
DESCRIPTION_OPENERS: tuple[str, ...] = (
    "ประกอบด้วย", "ประเมินจาก", "ประเมินโดย", "เป็นการประเมิน", "มีวัตถุประสงค์", "มุ่งประเมิน",
    # ("เป็นตัวชี้วัดที่ได้คะแนนต่ำที่สุด …" is a finding: "เป็นตัวชี้วัดที่" is no opener)
    "มุ่งวัด", "วัดจาก", "วัดระดับ", "แบ่งออกเป็น", "แบ่งเป็น", "มีข้อคำถาม", "มีทั้งหมด", "หมายถึง",
)

# What an indicator's analysis says when it found nothing to improve ("ไม่มีประเด็นที่ต้องพัฒนา", "ไม่พบข้อบกพร่อง
# เนื่องจากผ่านเกณฑ์ทุกข้อ"): a cell or a line opening with one of these (spaces removed) is no finding.
NO_ISSUE_OPENERS: tuple[str, ...] = (
    "ไม่มีประเด็น", "ไม่พบประเด็น", "ไม่มีจุดที่", "ไม่พบจุดที่", "ไม่มีข้อบกพร่อง", "ไม่พบข้อบกพร่อง", "ไม่มีจุดอ่อน",
    "ไม่พบจุดอ่อน", "ไม่มีสิ่งที่ต้อง", "ไม่มีสิ่งที่ควร", "ไม่มีข้อค้นพบ", "ไม่พบข้อค้นพบ",
)

# Another framework's numbered parts ("มาตรฐานที่ ๒ กระบวนการบริหารและการจัดการ" of a school's self-assessment,
# "ยุทธศาสตร์ที่ ๓ …" of a plan): an indicator heading under one of these (the nearest such part line above it,
# with no line naming the ITA between them) is that framework's indicator N, unless its name is the ITA's
# ("ตัวชี้วัดที่ ๔ การบริหารงานอย่างโปร่งใส ตรวจสอบได้" under "มาตรฐานที่ ๒" is no ITA indicator 4). A part word
# counts when a number follows it.
OTHER_FRAMEWORK_PARTS: tuple[str, ...] = ("มาตรฐานที่", "ยุทธศาสตร์ที่", "ประเด็นยุทธศาสตร์ที่", "เป้าประสงค์ที่",
                                          "กลยุทธ์ที่", "องค์ประกอบที่", "ตัวบ่งชี้ที่")
# A heading line (at most findings.MAX_HEADING characters) naming one of these is about the ITA: an indicator
# heading below it is the ITA's, whatever framework part stands further up.
ITA_HEADING_WORDS: tuple[str, ...] = ("ITA", "คุณธรรมและความโปร่งใส", "IIT", "EIT", "OIT")

# An issue line that names an assessment tool or an OIT item instead of an indicator ("แบบ OIT ยังขาด …", "แบบวัดการรับรู้
# ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) : …", "ข้อ O12 ยังไม่เผยแพร่ …"): its indicator is not said (a tool has several, the
# items' numbering differs by year), so it is no finding, an info check (FINDING_WITHOUT_INDICATOR). Words a tool's
# name may open with; the tool itself is found by extract.parse.indicators.tool_in within TOOL_LEAD_REACH characters.
TOOL_LEAD_WORDS: tuple[str, ...] = ("แบบวัด", "แบบสำรวจ", "แบบตรวจ", "แบบประเมิน", "แบบ", "เครื่องมือ")
TOOL_LEAD_REACH = 70
# A line naming a tool and nothing more heads the tool's paragraph ("1. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "แบบวัด EIT"):
# besides the lead words, the tool's code and its stakeholders' or data's words (extract.parse.indicators.without_tool_names),
# such a line holds only these.
TOOL_NAME_FILLERS: tuple[str, ...] = ("การรับรู้ของ", "การรับรู้", "ความคิดเห็นของ", "ของ")
# the word before an OIT item's code ("ข้อ O12", "รายการ O30")
ITEM_CODE_WORDS: tuple[str, ...] = ("ข้อ", "รายการ", "ข้อมูล")

# A paragraph under an issues heading that names one indicator inside a sentence and says it scored low ("…ซึ่งส่งผลให้
# ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต มีคะแนนต่ำกว่าตัวชี้วัดอื่น"): the paragraph is that indicator's finding. One of these
# (spaces removed) must follow the indicator's number within LOW_RESULT_REACH characters; a sentence naming an
# indicator otherwise ("ตัวชี้วัดที่ 1 ได้คะแนนสูงสุด") or several indicators is none.
LOW_RESULT_WORDS: tuple[str, ...] = (
    "คะแนนต่ำ", "คะแนนน้อย", "ต่ำกว่าเกณฑ์", "ต่ำกว่าเป้าหมาย", "ต่ำกว่าร้อยละ", "ต่ำที่สุด", "ต่ำสุด", "ไม่ผ่านเกณฑ์",
    "ไม่ผ่านการประเมิน", "คะแนนลดลง", "ลดลงจาก", "ต้องพัฒนา", "ควรพัฒนา", "ต้องปรับปรุง", "ควรปรับปรุง",
)
LOW_RESULT_REACH = 90
# A line whose subject is the indicator that scored low, then that indicator and why ("ตัวชี้วัดที่มีคะแนนต่ำที่สุด คือ ตัวชี้วัดที่ 9
# การเปิดเผยข้อมูล ได้คะแนน 68.75 เนื่องจาก…", "ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ ได้แก่ ตัวชี้วัดที่ ๗ … เพราะ…"): it names its own issues
# heading, so what it says after the indicator's name and score is that indicator's finding, under any heading. The subject
# is "ตัวชี้วัด" without a number, a LOW_RESULT_WORDS word, then one of these before the one indicator named by number.
LOW_SUBJECT_LINKS: tuple[str, ...] = ("คือ", "ได้แก่", "ได้แก", "เป็น")
LOW_SUBJECT_REACH = 40  # characters from "ตัวชี้วัด" to the link word
# A bold indicator heading the PDF reader ran into the bold ITA title above it ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส …
# พ.ศ. 2568 ตัวชี้วัดที่ 3 การใช้อำนาจ") heads the paragraph under it when the title names the ITA (ITA_HEADING_WORDS), the
# heading says no more than its indicator's name and score, and the title does not end in one of these (a sentence naming
# the indicator: "… ผลการประเมิน ITA ของตัวชี้วัดที่ 3 …").
SENTENCE_LINK_ENDS: tuple[str, ...] = ("ของ", "ใน", "และ", "หรือ", "ที่", "คือ", "ได้แก่", "เช่น", "ด้าน", "โดย", "ซึ่ง", "ให้",
                                       "จาก", "กับ", "ต่อ", "ตาม", "เป็น", "มี", "ได้")
