"""Cue words that give a number in prose its ROLE: a score (overall / tool / indicator) or a distractor.

A prose statement of scores is read as candidates (every number 0–100 in a sentence) whose role
comes from the words around them (extract.parse.score_roles). The words live here, so a new
report's wording is supported by adding a phrase, not by changing a parser. Thai and English.

Each table is a tuple of regex fragments (alternatives), matched on text whose Thai digits are
already Arabic. Where a cue is looked for:

- TAIL cues end right before the number (within ``TAIL_REACH`` characters of it);
- HEAD cues start right after it (within ``HEAD_REACH`` characters);
- SUBJECT cues are anywhere in the number's segment (the text since the previous value in the
  sentence, at most ``SUBJECT_REACH`` characters back).

Grade words (AA…F, ผ่านดีเยี่ยม…) come from schemas.ita; here are only the words that announce one.
"""
from __future__ import annotations

# How far (characters) a tail / head / subject cue may stand from its number.
TAIL_REACH = 45
HEAD_REACH = 24
SUBJECT_REACH = 110
# How far after a score a grade may be stated ("… 86.50 ถือว่า … อยู่ในระดับ “สูงมาก”").
GRADE_REACH = 90

# --- distractors: a number after (TAIL) or before (HEAD) these words is not a score ----------------
DISTRACTOR_TAIL: dict[str, tuple[str, ...]] = {
    "full_mark": (r"คะแนน\s*เต็ม", r"เต็ม", r"full\s+(?:marks?|score)", r"out\s+of", r"maximum(?:\s+of)?", r"/"),
    "rank": (r"ลำดับ(?:ที่)?", r"อันดับ(?:ที่)?", r"\branked?(?:\s+(?:No\.?|number|at))?", r"\bNo\.?", r"\bplace"),
    "mean": (r"ค่า\s*เฉลี่ย", r"เฉลี่ย\s*(?:ทั้ง|ของ|ระดับ|ใน)?\s*(?:ประเทศ|กลุ่ม|ประเภท|จังหวัด|ทุกหน่วยงาน)\S*",
             r"(?:national|group|sector)\s+(?:average|mean)(?:\s+(?:score|of))?", r"average\s+of\s+all\S*(?:\s+\S+)?",
             r"\bmean"),
    "threshold": (r"เกณฑ์(?:\s*(?:ผ่าน|การประเมิน|ที่กำหนด))?(?:\s*(?:ที่|คือ))?", r"ต่ำกว่า", r"สูงกว่า", r"มากกว่า",
                  r"น้อยกว่า", r"ไม่น้อยกว่า", r"ไม่ต่ำกว่า", r"ไม่ถึง", r"ค่า\s*เป้าหมาย", r"เป้าหมาย", r"ตั้งแต่",
                  r"อย่างน้อย", r"เกินกว่า", r"\bat\s+least", r"\btarget(?:\s+of)?", r"\bthreshold(?:\s+of)?",
                  r"pass(?:ing)?\s+mark(?:\s+of)?", r"\babove", r"\bbelow", r"more\s+than", r"less\s+than"),
    "weight": (r"น้ำหนัก", r"ถ่วง\s*น้ำหนัก", r"\bweight(?:ed|ing)?(?:\s+of)?"),
    "budget": (r"งบประมาณ", r"วงเงิน", r"จำนวนเงิน", r"เป็นเงิน", r"คิดเป็น", r"สัดส่วน", r"\bbudget", r"\bbaht",
               r"THB"),
    "delta": (r"เพิ่มขึ้น", r"ลดลง", r"ติดลบ", r"สูงขึ้น", r"ต่ำลง", r"ผลต่าง", r"เปลี่ยนแปลง", r"ต่างกัน",
              r"\bincreased?\s+by", r"\bdecreased?\s+by", r"\bdifference\s+of", r"\bup\s+by", r"\bdown\s+by"),
    "count": (r"จำนวน", r"ทั้งหมด", r"(?:แบ่ง|จำแนก|แยก)\s*(?:ออก)?\s*เป็น", r"number\s+of", r"divided\s+into"),
    "label": (r"(?:ตัวชี้วัด|ส่วน|ข้อ|มิติ|ประเด็น|ตาราง|แผนภูมิ|ภาพ|ดัชนี|ยุทธศาสตร์|กลยุทธ์|ครั้ง|งวด|"
              r"ระดับ|กลุ่ม|เขต|หมู่|ชั้น|บท|มาตรา|ภาค|ระยะ|รุ่น|ฉบับ|ปี)\s*(?:ที่)?", r"หน้า(?:ที่)?", r"\bPage", r"\bP\.",
              r"\bIssue", r"\bSection", r"\bTable", r"\bFigure", r"\bindicators?", r"\bpart", r"\bstep"),
    "date": (r"วันที่", r"\bdated?"),
}
# Categories whose cue may be followed by the rest of its Thai word run before the number
# ("ค่าเฉลี่ยของหน่วยงานทั้งประเทศอยู่ที่ 87.20"); the others must end right before it.
ABSORBING = frozenset({"mean", "threshold", "budget", "weight", "count"})
# Words that may stand between any tail cue and its number.
TAIL_FILLERS = (r"ที่", r"คือ", r"อยู่ที่", r"ถึง", r"อีก", r"ร้อยละ", r"คะแนน(?!\s*เต็ม)", r"ประมาณ", r"เพียง",
                r"[(:=]", r"\bof", r"\bat", r"\bis", r"\bby", r"\bwas", r"\bwere", r"\bstood")
# A number with only a percent as evidence ("ร้อยละ 26.69") in a sentence without one of these words
# is a share of something, not worth an unclear-role check.
SCORE_WORDS = (r"คะแนน", r"\bscored?", r"\bpoints?", r"ITA")
# Between a score and the next number: that number is the scale the score is out of.
OUT_OF = (r"จาก\s*(?:คะแนน\s*)?(?:เต็ม)?", r"out\s+of", r"/", r"of\s+a\s+possible")
# A number is a change, not a score, if it carries a sign: "-32.97", "+6.05".
SIGNED = r"(?<![0-9A-Za-z])[+\-−]\s?$"

DISTRACTOR_HEAD: dict[str, tuple[str, ...]] = {
    "count": (r"หน่วยงาน", r"แห่ง", r"จังหวัด", r"อำเภอ", r"คน", r"ราย", r"ข้อ", r"ตัวชี้วัด", r"ดัชนี",
              r"โครงการ", r"ครั้ง", r"ประเภท", r"มิติ", r"ด้าน", r"กลุ่ม", r"เรื่อง", r"องค์กร", r"ชุด", r"ฉบับ",
              r"แบบ", r"เครื่องมือ", r"ลักษณะ", r"ระดับ(?=\s*(?:ดังนี้|คือ|ได้แก่|$|[),]))", r"ส่วนราชการ", r"อปท", r"ปี(?!\s*[0-9])", r"เดือน", r"วัน", r"ชั่วโมง",
              r"agenc(?:y|ies)", r"levels?", r"types?", r"items?", r"questions?", r"years?", r"bodies",
              r"organi[sz]ations?", r"units?", r"provinces?", r"indicators?", r"tools?", r"months?", r"days?",
              r"respondents?", r"persons?", r"people"),
    "threshold": (r"(?:คะแนน|%|points?)?\s*ขึ้นไป", r"(?:คะแนน|%|points?)?\s*(?:or|and)\s+(?:more|above|higher|over)"),
    "budget": (r"บาท", r"ล้าน", r"แสน", r"baht", r"THB"),
    "rank": (r"(?:st|nd|rd|th)\b", r"\s*จาก\s*[0-9]+\s*(?:หน่วยงาน|แห่ง|จังหวัด|อำเภอ|องค์กร)"),
}
# Month names come from normalize.dates.MONTH; a number followed by one is a day of a date.

# --- score evidence: a number is stated as a score if a unit follows or a score word leads ----------
SCORE_UNIT = (r"คะแนน", r"points?", r"pts?\.?", r"%", r"percent")
SCORE_TAIL = (r"คะแนน", r"ร้อยละ", r"ได้(?:รับ)?", r"เท่ากับ", r"อยู่ที่", r"เป็น", r"คือ", r"เหลือ", r"จาก", r"[:=]",
              r"\bis", r"\bof", r"\bwas", r"\bscored?", r"\bat", r"\bto", r"\bfrom", r"\bwith",
              r"(?<![A-Za-z])(?:IIT|EIT|OIT)\)?")

# A comparison with an earlier result keeps the subject of the score it follows, however far:
# "… 85.86 คะแนน เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2565 ซึ่งได้ 79.81 คะแนน".
COMPARISON = (r"(?:เพิ่มขึ้น|ลดลง|สูงขึ้น|ต่ำลง|ดีขึ้น)\s*(?:จาก|เมื่อเทียบ)", r"เทียบกับ", r"เปรียบเทียบ", r"จากเดิม",
              r"เหลือ", r"ปีที่ผ่านมา", r"ปีก่อน", r"\bup\s+from", r"\bdown\s+from", r"compared\s+(?:with|to)",
              r"\bprevious\s+year", r"\blast\s+year")

# --- subjects: what a score is the score of ------------------------------------------------------
# Strong: names the body's result as a whole. Weak: a score verb, which names no subject itself
# ("ได้คะแนน 87.62" under the heading "ดัชนีความโปร่งใส" is not the overall score).
OVERALL_STRONG = (r"ภาพรวม", r"คะแนน\s*รวม", r"ITA", r"คะแนน\s*ประเมิน", r"ผล\s*(?:การ)?\s*ประเมิน",
                  r"คะแนน\s*เฉลี่ย(?!\s*(?:ทั้ง|ของ|ระดับ)?\s*(?:ประเทศ|กลุ่ม|ประเภท|จังหวัด))",
                  r"รวม\s*ทั้ง\s*สิ้น", r"\boverall", r"\boverview", r"\btotal\s+score", r"\bITA\s+score",
                  r"\bassessment\s+result", r"\bscored")
OVERALL_WEAK = (r"ผล\s*คะแนน", r"ได้\s*(?:รับ)?\s*คะแนน", r"คะแนน\s*ได้", r"ทำ\s*คะแนน", r"ด้วย\s*คะแนน", r"\bscore")
# A part of a report's result that is none of the ITA tools or indicators: the 2561 ดัชนี,
# sub-indicators, questions. Their scores are not recorded.
SUBPART = (r"ดัชนี", r"ตัวชี้วัด\s*ย่อย", r"ข้อ\s*คำถาม", r"ประเด็น\s*ย่อย", r"\bindex", r"\bsub-?indicators?",
           r"\bquestions?")
# An EIT part: "(EIT) ส่วนที่ ๑", "EIT (ส่วนที่ 2)", "EIT part 1".
PART = (r"ส่วน\s*ที่\s*([1-9])", r"\bpart\s*([1-9])")

# --- years ----------------------------------------------------------------------------------
# Words meaning "the report's own year" ("ในปีนี้ได้ร้อยละ 74.57").
THIS_YEAR = (r"ปี\s*นี้", r"ปี\s*ปัจจุบัน", r"this\s+year")

# --- grades ---------------------------------------------------------------------------------
# Words that announce a grade right after them; a grade word from schemas.ita follows.
GRADE_CUE = (r"ระดับ\s*(?:ผลการประเมิน|การประเมิน|คะแนน)?", r"เกรด", r"\bgrade", r"\bclassified\s+as",
             r"\brated(?:\s+as)?", r"\blevel", r"\brating(?:\s+of)?")
# A grade stated with no number only counts when the sentence names the overall result
# (OVERALL_STRONG) and none of these: a table of grade bands or a rule, not a result.
GRADE_ONLY_BLOCKERS = (r"ช่วง\s*คะแนน", r"เกณฑ์", r"หมายถึง", r"แบ่ง(?:เป็น|ออกเป็น)", r"ได้แก่", r"ถ้า", r"หาก",
                       r"\bcriteria", r"\bmeans?\b", r"\bif\b", r"\bbands?\b", r"\bdivided")

# --- tables ---------------------------------------------------------------------------------
# A table with a money column is a budget or procurement table: its percentages are no scores.
MONEY_HEADER = (r"บาท", r"วงเงิน", r"(?<!ปี\s*)งบประมาณ", r"จำนวนเงิน", r"ราคา", r"\bbaht", r"\bbudget", r"THB")
# A column of weights or weighted points ("น้ำหนัก", "คะแนนถ่วงน้ำหนัก"): tool points out of 30/30/40, no scores.
WEIGHT_HEADER = (r"น้ำหนัก", r"\bweight")
# A row named only by its number ("๑ | ค่าวัสดุ") is an indicator row only in a table about indicators:
# its header or context says so, or another row names an indicator or a tool.
INDICATOR_TABLE = (r"ตัวชี้วัด", r"\bindicators?", r"IIT|EIT|OIT", r"ITA")
