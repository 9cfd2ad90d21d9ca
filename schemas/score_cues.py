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

# The assessment's name, in Thai and English.
ITA_NAME_WORDS = (r"ประเมิน\s*คุณธรรม\s*และ\s*ความ\s*โปร่งใส", r"Integrity\s+and\s+Transparency\s+Assessment")

# --- distractors: a number after (TAIL) or before (HEAD) these words is not a score ----------------
# The change from a year named right before the number, no result word between ("เพิ่มขึ้นจากปีที่ผ่านมา 6.56 คะแนน",
# "สูงกว่าปี 2565 4.10 คะแนน"); with one ("… ที่ได้ 87.10") it is that year's result (EARLIER_COMPARATIVE). In brackets
# ("สูงกว่าปีที่ผ่านมา (89.85 คะแนน)", "ลดลงจากปีที่แล้ว (95.00 คะแนน)") the number may be the change or that year's
# score: left out as unclear (reason change_or_earlier), unless a level follows as a pair's (PAIR_TO).
DELTA_FROM_YEAR = (r"(?:เพิ่ม|ลด|สูง|ต่ำ|ดี|มาก|น้อย)\s*(?:ขึ้น|ลง)?\s*(?:กว่า|จาก|เมื่อ\s*เทียบ\s*กับ)\s*(?:ใน\s*)?ปี\s*(?:งบ\s*ประมาณ)?\s*"
                   r"(?:ที่\s*ผ่าน\s*มา|ก่อน(?:\s*หน้า(?:\s*นี้)?)?|ที่\s*แล้ว|(?:พ\.?\s?ศ\.?)?\s*[0-9]{4})")

DISTRACTOR_TAIL: dict[str, tuple[str, ...]] = {
    "full_mark": (r"คะแนน\s*เต็ม", r"เต็ม", r"full\s+(?:marks?|score)", r"out\s+of", r"maximum(?:\s+of)?", r"/"),
    "rank": (r"ลำดับ(?:ที่)?", r"อันดับ(?:ที่)?", r"(?:ลำดับ|อันดับ)\s*(?:ที่)?\s*[0-9]{1,4}\s*(?:จาก|ใน)(?:\s*ทั้ง\s*หมด)?",
             r"\branked?\s+(?:No\.?\s*)?[0-9]{1,4}(?:st|nd|rd|th)?\s+(?:of|out\s+of|among)", r"\branked?(?:\s+(?:No\.?|number|at))?", r"\bNo\.?", r"\bplace"),
    "mean": (r"ค่า\s*เฉลี่ย", r"เฉลี่ย\s*(?:ทั้ง|ของ|ระดับ|ใน)?\s*(?:ประเทศ|กลุ่ม|ประเภท|จังหวัด|ทุกหน่วยงาน)\S*",
             # the mean of a group named before it: "หน่วยงานในอำเภอเดียวกันได้คะแนนเฉลี่ย 82.40",
             # "หน่วยงานทั้ง 38 แห่ง ได้คะแนนเฉลี่ย 88.10"
             # (or of a level: "หน่วยงานระดับจังหวัดได้คะแนนเฉลี่ย 91.00")
             r"(?:หน่วยงาน|องค์กร|อปท\.?)\s*(?:อื่น\s*(?:ๆ\s*)?)?(?:(?:ทุก|ทั้ง)\s*(?:[0-9]+\s*)?(?:แห่ง|หมด|หน่วย)|(?:ใน|ของ|ระดับ)\s*(?:อำเภอ|"
             r"จังหวัด|กลุ่ม|ประเภท|ประเทศ|เขต|สังกัด|ภาค))[^0-9]{0,30}?เฉลี่ย",
             # the group named before "เฉลี่ย" by a whole-country or whole-group word ("ภาพรวมทั้งประเทศได้
             # คะแนนเฉลี่ย 87.67", "จาก 52 วิทยาลัยทั่วประเทศ ซึ่งมีคะแนนเฉลี่ย 88.75")
             r"(?:ทั้ง|ทั่ว)\s*(?:ประเทศ|ภูมิภาค|ภาค|กลุ่ม|ประเภท|จังหวัด|กระทรวง)[^0-9]{0,30}?เฉลี่ย",
             # a place's or a ministry's result ("of") named before "เฉลี่ย" ("ผลการประเมินของจังหวัดอุดรธานี ได้คะแนน
             # เฉลี่ย 90.11"): the mean of the bodies in it
             r"ของ\s*(?:จังหวัด|อำเภอ|ภาค|ประเทศ|กระทรวง|กรม|สังกัด)[^0-9]{0,30}?เฉลี่ย",
             r"(?:national|group|sector|provincial|province|district|regional|region|ministry|country(?:wide)?)\s+(?:average|mean|median)(?:\s+(?:ITA\s+)?(?:scores?|results?|of))?",
             r"average\s+of\s+all\S*(?:\s+\S+)?",
             # the mean of bodies named before it ("8,303 agencies took part and the average score was 87.49")
             r"\b(?:agencies|bodies|organi[sz]ations|units|departments|ministries|municipalities|universities|hospitals|"
             r"schools|provinces)\b[^0-9]{0,60}?\baverage(?:\s+(?:ITA\s+)?(?:scores?|results?))?",
             r"\bmean", r"\bmedian", r"มัธยฐาน"),
    # the best or worst score of a group, another body's ("คะแนนสูงสุดของจังหวัดคือ 99.12 ของเทศบาลตำบล…",
    # "the highest score in the province, 99.12")
    "group_extreme": (r"(?:สูง|ต่ำ)\s*สุด\s*(?:ของ|ใน)\s*(?:จังหวัด|ประเทศ|กลุ่ม|ประเภท|อำเภอ|ภาค|เขต|สังกัด)",
                      r"\b(?:highest|lowest|top|best)\s+(?:ITA\s+)?(?:score\s+|result\s+)?(?:in|of)\s+(?:the\s+)?"
                      r"(?:province|country|group|district|region|category)"),
    "threshold": (r"เกณฑ์(?:\s*(?:ผ่าน|การประเมิน|ที่กำหนด))?(?:\s*(?:ที่|คือ))?", r"ต่ำกว่า", r"สูงกว่า", r"มากกว่า",
                  r"น้อยกว่า", r"ไม่น้อยกว่า", r"ไม่ต่ำกว่า", r"ไม่ถึง", r"ค่า\s*เป้าหมาย", r"เป้าหมาย",
                  # a target set ("ปี 2567 ตั้งเป้าไว้ที่ 92 คะแนน", "aims for 92 points in 2024")
                  r"(?:ตั้ง\s*)?เป้า", r"\baim(?:s|ing)?\s+(?:for|at)",
                  # a bound written as a sign ("เป้าหมาย ≥ 92 คะแนน", ">= 85"; not an arrow's "->", "=>")
                  r"[≥≤]", r"(?<![-=])[><]=?", r"\bgoal(?:\s+of)?", r"ตั้งแต่", r"เกิน",
                  r"อย่างน้อย", r"เกินกว่า", r"\bat\s+least", r"\btarget(?:\s+of)?", r"\bthreshold(?:\s+of)?",
                  r"pass(?:ing)?\s+mark(?:\s+of)?",
                  # "the passing benchmark set by the NACC is 85": a few words may name who set it
                  r"\b(?:benchmark|threshold|pass(?:ing)?\s+(?:mark|score|line))(?:\s+[\w.]+){0,5}?\s+(?:is|was|of|at)",
                  # a target named with its year ("The ITA target for 2025 is 96.00"), no score word between
                  r"\b(?:target|goal)(?:\s+(?!(?:scored?|results?|met|achieved|exceeded|reached)\b)[\w.']+){0,4}?\s+(?:is|was|of|at|set\s+at)", r"\babove", r"\bbelow", r"more\s+than", r"less\s+than"),
    "weight": (r"น้ำหนัก", r"ถ่วง\s*น้ำหนัก", r"\bweight(?:ed|ing)?(?:\s+of)?"),
    # "คิดเป็นร้อยละ" (amounts to): a share of something ("ผลการเบิกจ่ายภาพรวมคิดเป็นร้อยละ 46.06"), unless
    # the words before it in the sentence are about the assessment (SHARE_OF_ASSESSMENT)
    "share": (r"คิด\s*เป็น",),
    # (and money paid out, "เบิกจ่ายได้ร้อยละ 87.45", "ใช้จ่ายไปร้อยละ 96.50", "disbursed 91.20 percent")
    # (not the fiscal year's word: "ผลการประเมินภาพรวม ปีงบประมาณก่อน 88.50", a year named relative to the report's)
    "budget": (r"(?<!ปี\s{0,2})งบประมาณ", r"วงเงิน", r"จำนวนเงิน", r"เป็นเงิน", r"สัดส่วน", r"\bbudget", r"\bbaht",
               r"THB", r"(?:เบิก|ใช้)\s*จ่าย", r"\bdisburs\w*", r"\bspen(?:t|ding|ds?)\b", r"\bexpenditures?"),
    # a project's or a plan's progress: done, advanced, achieved ("ดำเนินการแล้วเสร็จร้อยละ 100", "มีความ
    # ก้าวหน้าร้อยละ 75.00", "ผลผลิตบรรลุร้อยละ 80", "43 were resolved, a resolution rate of 95.56"), not a result
    "progress": (r"แล้ว\s*เสร็จ", r"ความ\s*ก้าว\s*หน้า", r"บรรลุ", r"ดำเนิน\s*(?:การ|งาน)\s*(?:ได้|แล้ว)",
                 r"\bcompleted?(?:\s+rate)?", r"\bcompletion(?:\s+rate)?", r"\bprogress", r"\bresolution\s+rate"),
    "delta": (r"เพิ่มขึ้น", r"ลดลง", r"ติดลบ", r"สูงขึ้น", r"ต่ำลง", r"ผลต่าง", r"เปลี่ยนแปลง", r"ต่างกัน",
              r"\bincreased?\s+by", r"\bdecreased?\s+by", r"\bdifference\s+of", r"\bup\s+by", r"\bdown\s+by",
              # "rose by 2.35 points", "the score improved by 3.1", "fell by 1.25": a change by an amount
              r"\b(?:rose|risen|rising|grew|grown|growing|climbed|climbing|jumped|improved|improving|gained|fell|fallen|"
              r"falling|dropped|dropping|declined|declining|decreasing|increasing|slipped|went\s+(?:up|down))\s+by",
              # the change from a year named right before the number, no result word between ("เพิ่มขึ้น
              # จากปีที่ผ่านมา 6.56 คะแนน", "สูงกว่าปี 2565 4.10 คะแนน"); with one ("… ที่ได้ 87.10") it is that
              # year's result (EARLIER_COMPARATIVE)
              DELTA_FROM_YEAR,
              # a change named as a noun ("an improvement of 2.10 points on 2024", "a drop of 1.2")
              r"\b(?:an?\s+)?(?:improvement|increase|rise|gain|decrease|drop|decline|fall)\s+of",
              # the margin after a comparison and its number, "by" ("สูงกว่าเกณฑ์ (85 คะแนน) อยู่ 6.30 คะแนน", "มากกว่า
              # ปีที่แล้วซึ่งได้ 89.85 คะแนน อยู่ 1.45 คะแนน"): "อยู่" alone after the number's unit, not "อยู่ที่"/"อยู่ใน"
              r"^\s*+(?:คะแนน|%|points?)?\s*+\)?\s*+อยู่(?!\s*(?:ที่|ใน|ระดับ))"),
    "count": (r"จำนวน", r"ทั้งหมด", r"(?:แบ่ง|จำแนก|แยก)\s*(?:ออก)?\s*เป็น", r"number\s+of", r"divided\s+into"),
    "label": (r"(?:ตัวชี้วัด|ส่วน|ข้อ|มิติ|ประเด็น|ตาราง|แผนภูมิ|ภาพ|ดัชนี|ยุทธศาสตร์|กลยุทธ์|ครั้ง|งวด|"
              r"ระดับ|กลุ่ม|เขต|หมู่|ชั้น|บท|มาตรา|ภาค|ระยะ|รุ่น|ฉบับ|ปี)\s*(?:ที่)?", r"หน้า(?:ที่)?", r"\bPage", r"\bP\.",
              r"\bIssue", r"\bSection", r"\bTable", r"\bFigure", r"\bindicators?", r"\bpart", r"\bstep"),
    "date": (r"วันที่", r"\bdated?"),
    # a meeting's votes ("มติเห็นชอบด้วยคะแนนเสียง 12 เสียง", "ผลการลงคะแนน 7 ต่อ 0"), not a result
    "vote": (r"คะแนน\s*เสียง", r"ลง\s*(?:คะแนน|มติ)", r"\bvot(?:es?|ed|ing)(?:\s+(?:of|was|were|in\s+favou?r))?"),
    # a share of survey respondents ("ผู้ตอบร้อยละ 92.5 เห็นว่า…", "ผู้ตอบแบบสอบถามร้อยละ 80"), not a
    # tool's score even next to a tool name ("จากแบบวัด EIT ผู้ตอบร้อยละ …")
    # a quiz taken at a training ("ผู้เข้าอบรมได้คะแนนแบบทดสอบหลังอบรมเฉลี่ย 78.5"), not the assessment
    # another party's evaluation: vendors, contractors, students ("ผู้ขายได้คะแนนประเมินเฉลี่ย 82.50",
    # "the contractors' average rating was 88.0"), not the body's assessment
    # (a bid's winner or bidders: "ผู้ชนะได้คะแนนรวม 92.50 คะแนน", "ผู้ยื่นข้อเสนอรายที่ 2 ได้ 88.00")
    # (a firm: "บริษัท เอบีซี จำกัด ได้คะแนนรวม 91.50 คะแนน เป็นผู้ชนะการเสนอราคา")
    "party": (r"(?:ผู้\s*(?:ขาย|รับจ้าง|ประกอบการ|เสนอราคา|รับเหมา|ชนะ|ยื่น\s*ข้อ\s*เสนอ|ได้\s*รับ\s*การ\s*คัดเลือก)|"
              r"คู่\s*สัญญา|นัก\s*(?:เรียน|ศึกษา)|บริษัท|ห้าง\s*หุ้น\s*ส่วน|หจก\.?)[^0-9]{0,30}?(?:คะแนน|ประเมิน|เฉลี่ย|ได้)\S*",
              r"\b(?:vendors?|suppliers?|contractors?|students?|pupils?|bidders?|winners?|winning\s+bid)(?:'s?)?\b[^0-9]{0,30}?"
              r"(?:scores?d?|rat(?:ed|ing)|average|mean|received|got)\S*"),
    # a satisfaction survey of the body's services ("ผลสำรวจความพึงพอใจของประชาชน ได้ 92.40 คะแนน"), not the ITA
    "satisfaction": (r"ความ\s*พึง\s*พอใจ[^0-9]{0,30}?(?:ได้(?:รับ)?|คะแนน|ร้อยละ|เฉลี่ย|อยู่\s*ที่|เท่ากับ)\S*",
                     r"\bsatisfaction\b[^0-9]{0,30}?(?:scored?|rat(?:ed|ing)|average|was|of|at)\S*"),
    # a risk's rating in a risk assessment ("ระดับความเสี่ยง 6 คะแนน", "โอกาส 3 ผลกระทบ 4"), not a result
    "risk": (r"ความ\s*เสี่ยง", r"โอกาส(?:\s*ที่\s*จะ\s*เกิด)?", r"ผล\s*กระทบ", r"ความ\s*รุนแรง",
             r"\brisks?(?:\s+(?:level|score|rating))?", r"\blikelihood", r"\bimpact"),
    # (or the result before or after a training: "และหลังการอบรมได้คะแนนเฉลี่ย 88.75 คะแนน")
    "quiz": (r"(?:แบบ\s*)?ทดสอบ", r"(?:ก่อน|หลัง)\s*(?:การ\s*)?(?:ฝึก\s*)?อบรม", r"\b(?:pre|post)-?\s*test(?:\s+score)?", r"\bquiz(?:zes)?"),
    # (a questionnaire's respondents may be said to have "got" it: "ผู้ตอบแบบสอบถาม ได้ 80.50 คะแนน"; not
    # those of the assessment's own tools, "ผู้ตอบแบบวัด EIT ได้ …")
    "survey": (r"ผู้\s*ตอบ(?:\s*แบบ\s*(?:สอบถาม|สำรวจ|วัด(?:\s*(?:IIT|EIT|OIT))?))?",
               r"ผู้\s*ตอบ\s*แบบ\s*(?:สอบถาม|สำรวจ)\s*ได้(?:รับ)?",
               r"ผู้\s*รับ\s*บริการ(?!\s*(?:คะแนน|\)|[0-9]))", r"ผู้\s*ใช้\s*บริการ(?!\s*(?:คะแนน|\)|[0-9]))",
               r"\brespondents?", r"\bthose\s+(?:surveyed|polled|asked)", r"\bservice\s+users?"),
}
# Cues anywhere in a number's segment (the words since the number before it) that make the number no
# result of the assessment, however the ITA or a tool is named after them: a score expected or
# forecast ("คะแนนที่คาดว่าจะได้รับในแบบ OIT คือ 95.00"), the body's own check before the assessors'
# ("ผลการประเมินตนเอง OIT ได้คะแนน 100"). A sentence starting again (NEW_SENTENCE) after the cue ends it.
SEGMENT_DISTRACTORS: dict[str, tuple[str, ...]] = {
    "threshold": (r"คาด\s*(?:ว่า|การณ์|หมาย)", r"(?<!งบ)ประมาณการ", r"\bexpect(?:ed|s|ing)?\b", r"\bforecast\w*",
                  r"\bprojected\b"),
    "self_assessment": (r"ประเมิน\s*ตน\s*เอง", r"\bself[- ]?(?:assess\w*|check\w*|evaluat\w*)"),
    # the best or worst of a group named by its members ("โรงเรียนที่ได้คะแนนสูงสุด ได้ 99.10 คะแนน", "หน่วยงานที่มี
    # คะแนนต่ำสุด 71.20"): another body's score
    "group_extreme": (r"(?:หน่วยงาน|โรงเรียน|สถานศึกษา|อปท\.?|องค์กร|แห่ง|โรงพยาบาล|เทศบาล|ส่วนราชการ)\s*ที่\s*(?:ได้\s*|มี\s*)?"
                      r"(?:ผล\s*)?(?:คะแนน\s*)?(?:สูง|ต่ำ|มาก|น้อย)\s*(?:ที่\s*)?สุด",
                      r"(?i:\b(?:schools?|bodies|agenc(?:y|ies)|units?|municipalit(?:y|ies))\s+with\s+the\s+(?:highest|lowest|top|best))"),
    # the mean of a group anywhere in the words since the last value, not only right before the number: the group
    # named after "เฉลี่ย" ("ค่าเฉลี่ยผลการประเมิน ITA ของเทศบาลทั่วประเทศ 89.20", "คะแนน ITA เฉลี่ยของ อปท. ทั้งจังหวัด
    # 90.55") or before it, bodies in a place ("ผลการประเมิน ITA ของโรงพยาบาลในจังหวัดขอนแก่น เฉลี่ย 93.10")
    "mean": (r"เฉลี่ย[^0-9]{0,40}?(?:ทั้ง|ทั่ว|ทุก)\s*(?:ประเทศ|ภูมิภาค|ภาค|กลุ่ม|ประเภท|จังหวัด|อำเภอ|กระทรวง|สังกัด|หน่วยงาน|แห่ง)",
             # (a body type right before "ใน": bodies, not the body's own rank "สูงที่สุดในจังหวัด คะแนนเฉลี่ย …")
             r"(?:โรง\s*พยาบาล|โรง\s*เรียน|สถาน\s*ศึกษา|เทศบาล|วิทยาลัย|หน่วย\s*งาน|องค์กร|ส่วน\s*ราชการ|อปท\.?|อบต\.?)\s*"
             r"(?:ทุก\s*แห่ง\s*)?(?:ใน|ของ)\s*(?:จังหวัด|อำเภอ|สังกัด|เขต|กลุ่ม|ภาค|ประเทศ|กระทรวง)[^0-9]{0,30}?เฉลี่ย",
             # in English, the group or place named after the mean ("The mean ITA score of Nong Khai's local bodies
             # was 89.30", "the average result across the district's municipalities"): its bodies' mean
             r"\b(?:average|mean)\s+(?:ITA\s+)?(?:scores?|results?)?\s*(?:of|for|in|across|among)\s+[^0-9]{0,40}?"
             r"\b(?:bodies|agencies|organi[sz]ations|units|municipalities|hospitals|schools|universities|provinces|"
             r"districts|province|district|country|nation|region)\b"),
    # the mean of the body's indicators or tools ("คะแนนเฉลี่ยทั้ง 10 ตัวชี้วัด เท่ากับ 92.40", "the average score of the
    # ten indicators was 92.40"): no result of the ITA, whose total weighs the tools (30/30/40), yet close to it: left
    # out as unclear (UNCLEAR_SEGMENTS); not one numbered part ("เฉลี่ยตัวชี้วัดที่ 9")
    "mean_of_parts": (r"เฉลี่ย\s*(?:ของ|จาก|ใน)?\s*(?:ทั้ง|ทุก)?\s*(?:[0-9]{1,2}|สาม|สิบ)?\s*(?:ตัวชี้วัด|เครื่องมือ|แบบ\s*วัด)"
                      # (words after it, before the number: the number may be beyond where the segment is searched)
                      r"(?=\s*(?!ที่|IIT|EIT|OIT)[^\s0-9(])",
                      r"(?i:\b(?:average|mean)\s+(?:ITA\s+)?(?:scores?\s+|results?\s+)?(?:of|across|for|over)\s+(?:the\s+|all\s+|its\s+)?"
                      r"(?:[0-9]{1,2}\s+|\w+\s+)?(?:ITA\s+)?(?:indicators|tools)\b)"),
    # a plan's KPI measured ("ตัวชี้วัด ร้อยละของการเปิดเผยข้อมูลบนเว็บไซต์ครบถ้วน คิดเป็นร้อยละ 95.00"): its result,
    # though it names an indicator's subject (tables: KPI_LABEL_LEADS)
    "kpi": (r"ร้อยละ\s*ของ", r"ระดับ\s*ความ\s*สำเร็จ\s*(?:ของ|ใน)", r"(?i:percentage\s+of)", r"(?i:success\s+level\s+of)",
            # a KPI named as a percentage of something, without "ของ" ("ร้อยละความสำเร็จของการส่งเสริมเกษตรกร",
            # "ร้อยละการเบิกจ่ายงบประมาณ"): "ร้อยละ" then a word that is no score word (a score's "ร้อยละ"
            # stands right before its number, or before a word that leads to it: "ร้อยละเท่ากับ 92.10")
            r"ร้อยละ\s*(?!คะแนน|ที่|เฉลี่ย|เท่า|คือ|อยู่|ได้|จาก|เป็น|ประมาณ|เพียง|ถึง|รวม|ภาพ\s*รวม|ของ|โดย|ซึ่ง|และ|หรือ)"
            r"[ก-ฮเแโใไ]"),
    # a plan's KPI numbered as the plan numbers them whose name is the whole assessment ("ตัวชี้วัดที่ 2
    # ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ผลการดำเนินงาน ร้อยละ 92.50"): no indicator of the ITA is
    # the ITA itself, so the number is not that indicator's score; it may be the result the KPI measured, or
    # a share or a level the plan counts: left out as unclear (SCORE_ROLE_UNCLEAR), not dropped without a word
    "kpi_of_result": (r"ตัวชี้วัด\s*(?:ที่)?\s*[0-9]{1,2}(?:\.[0-9]{1,2})?\s*[.:]?\s*(?:(?:ผล|คะแนน|ระดับ)\s*(?:การ)?\s*)?(?:ประเมิน\s*)?"
            r"(?:คุณธรรม\s*และ\s*ความ\s*โปร่งใส|\(?ITA(?![A-Za-z]))",),
    # progress made ("ความคืบหน้าการเผยแพร่ข้อมูล OIT อยู่ที่ร้อยละ 85", "progress on the OIT stood at 85%")
    "progress": (r"ความ\s*(?:ก้าว|คืบ)\s*หน้า", r"(?i:\bprogress\b)"),
    # money paid out, a project's result ("ผลการเบิกจ่ายงบประมาณโครงการ ITA ร้อยละ 88.20", "ผลการดำเนินงานโครงการ ITA
    # อยู่ที่ 100 เปอร์เซ็นต์", "Spending on the ITA preparation project stood at 64.30 percent"): however the ITA is
    # named after them, the number is that project's, not the assessment's
    "budget": (r"เบิก\s*จ่าย", r"ผล\s*(?:การ)?\s*ใช้\s*จ่าย", r"ใช้\s*จ่าย\s*(?:ไป|แล้ว|ได้)",
               r"ผล\s*(?:การ)?\s*ดำเนิน\s*(?:การ|งาน)?\s*(?:ตาม\s*|ของ\s*)?โครงการ",
               r"(?i:\bdisburs\w*)", r"(?i:\bspen(?:t|ding)\b)", r"(?i:\bexpenditures?\b)"),
    # a share of a survey's respondents or of its answers ("ผู้ตอบแบบวัด EIT ส่วนใหญ่เป็นประชาชนทั่วไป ร้อยละ 68.20",
    # "เห็นด้วยมากที่สุด ร้อยละ 72.40"): not the tool's score, though the tool is named; a score the
    # respondents give stays ("ผู้ตอบแบบวัด EIT ได้ …", "ผู้ตอบให้คะแนน …")
    # (also those who answered and the answering rate: "จำนวนบุคลากรที่ตอบแบบวัด IIT คิดเป็นร้อยละ 95.24",
    # "อัตราการตอบกลับแบบวัด IIT ร้อยละ 76.50", "the IIT response rate was 76.5%"; not "ผลการตอบ…", a result)
    "survey": (r"(?:ไม่\s*)?เห็น\s*ด้วย",
               r"(?>(?:ผู้|ที่|(?<!ผล\s*)การ)\s*ตอบ(?:\s*กลับ)?(?:\s*แบบ\s*(?:สอบถาม|สำรวจ|วัด))?(?:\s*\(?(?:IIT|EIT|OIT)\)?)?)"
               r"(?!\s*(?:ได้|ให้\s*คะแนน|มี\s*คะแนน))",
               r"(?i:\bresponse\s+rate)"),
}
# Segment categories whose number may still be the result, left out as unclear with this reason (schemas.phrases).
UNCLEAR_SEGMENTS: dict[str, str] = {"kpi_of_result": "kpi_of_result", "mean_of_parts": "mean_of_parts"}
# Conjunctions Thai writes glued to the next word: a "label" cue right after one still starts a word
# ("EIT ส่วนที่ 1 ได้ 92.50 และส่วนที่ 2 ได้ 91.70": the 2 numbers the part).
LABEL_AFTER_WORDS = (r"และ", r"หรือ", r"กับ")
# The mean of a counted group of bodies ("ทั้งสิ้น 8,303 หน่วยงาน มีคะแนนเฉลี่ยภาพรวม 87.67", "จาก 120
# โรงเรียนในสังกัด ได้คะแนนเฉลี่ย 88.10"): read on the words before the number across the count, which
# ends the number's segment; a year before a body's own word is no count ("ปี 2566 หน่วยงานได้คะแนน
# เฉลี่ย 90.05" is the body's).
COUNTED_GROUP_MEAN = (r"(?<![0-9,.])(?!(?:25|20)[0-9]{2}(?![0-9,]))[0-9][0-9,]*\s*(?:หน่วยงาน|แห่ง|องค์กร|องค์การ|"
                      r"อปท\.?|โรงเรียน|โรงพยาบาล|มหาวิทยาลัย|สถานศึกษา|ส่วนราชการ|agencies|bodies|organi[sz]ations|"
                      r"schools|hospitals|universities|municipalities)[^0-9]{0,30}?(?:เฉลี่ย|average|mean)",)
# A party numbered in its list ("ผู้ยื่นข้อเสนอรายที่ 2 ได้คะแนนประเมิน 88.00", "bidder no. 3 scored 91.5"): the
# number ends the segment, so the party word before it is read on the words before the score across it.
NUMBERED_PARTY = (r"(?:ผู้\s*(?:ยื่น\s*ข้อ\s*เสนอ|เสนอ\s*ราคา|รับ\s*จ้าง|ขาย|สมัคร|เข้า\s*แข่งขัน)|บริษัท|ราย)\s*"
                  r"(?:ราย\s*)?(?:ที่|ลำดับ\s*ที่)\s*[0-9]{1,3}(?![0-9.,])[^0-9]{0,30}?(?:คะแนน|ประเมิน|ได้)",
                  r"\b(?:bidders?|suppliers?|vendors?|applicants?)\s+(?:no\.?|number|#)\s*[0-9]{1,3}(?![0-9.,])[^0-9]{0,30}?"
                  r"(?:scored?|rated|received|got)")
# Tail categories that a score unit after the number overrides: "จำนวน 88.37 คะแนน" states an
# amount of points (a score), where "จำนวน 211 แห่ง" counts bodies; but not after a change word in
# the same segment ("เพิ่มขึ้นจากปี 2563 จำนวน 11.55 คะแนน" is a change) or a target word
# ("เป้าหมายผลการประเมิน ITA ปี 2567 จำนวน 90 คะแนน" is a target): those categories' cues anywhere
# in the segment keep the count.
UNIT_OVERRIDES = frozenset({"count"})
# Words before "คิดเป็น" that make its number the assessment's own ("ผลการประเมิน ITA ภาพรวมคิดเป็นร้อยละ
# 96.32", "เครื่องมือ EIT คิดเป็นร้อยละ 91.75").
SHARE_OF_ASSESSMENT = (r"ITA", r"ผล\s*(?:การ)?\s*ประเมิน", r"คุณธรรม\s*และ\s*ความ\s*โปร่งใส", r"คะแนน",
                       r"(?<![A-Za-z])(?:IIT|EIT|OIT)(?![A-Za-z])", r"ตัวชี้วัด")
UNIT_OVERRIDE_BLOCKERS = ("delta", "threshold")
# Categories whose cue may be followed by the rest of its Thai word run before the number
# ("ค่าเฉลี่ยของหน่วยงานทั้งประเทศอยู่ที่ 87.20"); the others must end right before it.
ABSORBING = frozenset({"mean", "group_extreme", "threshold", "budget", "weight", "count", "quiz", "progress", "risk"})
# Words that may stand between any tail cue and its number.
TAIL_FILLERS = (r"ที่", r"คือ", r"อยู่ที่", r"ถึง", r"อีก", r"ร้อยละ", r"คะแนน(?!\s*เต็ม)", r"ประมาณ", r"เพียง",
                r"\(?ITA\)?",  # the assessment named after the cue ("เกณฑ์คะแนน ITA 85", "เป้าหมาย ITA 90")
                r"[(:=]", r"\bof", r"\bat", r"\bis", r"\bby", r"\bwas", r"\bwere", r"\bstood")
# A number with only a percent as evidence ("ร้อยละ 26.69") in a sentence without one of these words
# is a share of something, not worth an unclear-role check.
SCORE_WORDS = (r"คะแนน", r"\bscored?", r"\bpoints?", r"ITA", r"\brated\b",
               # a place among others, then the value it was won with ("came second in the province with 94.10")
               r"\b(?:came|placed|finished|ranked)\s+(?:first|second|third|fourth|fifth|[0-9]{1,3}(?:st|nd|rd|th))\b")
# Full marks got, not the scale: "ได้คะแนนเต็ม 100 คะแนน" (the indicator scored 100), "achieved a perfect score
# of 100". Only 100, the scale itself, is read so ("full_mark" stays a distractor otherwise).
FULL_MARKS_SCORED = (r"ได้(?:รับ)?\s*(?:ผล\s*)?คะแนน\s*เต็ม", r"\b(?:got|received|achieved|scored|earned)\s+(?:a\s+|the\s+)?"
                     r"(?:full|perfect|maximum)\s+(?:score|marks?)(?:\s+of)?")
# Between a score and the next number: that number is the scale the score is out of.
OUT_OF = (r"จาก\s*(?:คะแนน\s*)?(?:เต็ม)?", r"out\s+of", r"/", r"of\s+a\s+possible",
          # "38 of 43": an English "of" alone between two numbers
          r"\bof")
# A number in brackets right after a named indicator or tool is its score ("ตัวชี้วัดที่ 4 … (97.20)").
BRACKETED = (r"\(\s*$", r"^\s*(?:คะแนน|%|points?)?\s*\)")
# A number in brackets between a label and the label's score, after a colon ("IIT (ร้อยละ 30) : 97.10", "OIT
# (น้ำหนัก 40%) : 98.75"): an aside of the label (its weight), not its score. The bracket's opening (a few
# words, no digit) and its close followed by the colon and the score.
BRACKET_ASIDE = (r"\([^()0-9]{0,20}", r"\s*(?:%|คะแนน|points?)?\s*\)(?=\s*[:=：]\s*[0-9])")
# A number is a change, not a score, if it carries a sign: "-32.97", "+6.05".
SIGNED = r"(?<![0-9A-Za-z])[+\-−]\s?$"

# A count after one of these quantifies the subject named around it ("คะแนนรวมทั้ง 3 เครื่องมือ เท่ากับ
# 88.50", "the average of all 10 indicators"): a word of the phrase, not a value that ends the score's
# subject before it.
ALL_OF = (r"ทั้ง", r"\ball")

# A count of items passed ("ผ่าน 40 ข้อ", "ผ่านเกณฑ์ 40 ข้อ จาก 43 ข้อ") is a word of the
# phrase whose share follows ("(OIT) ผ่าน 40 ข้อ คิดเป็นร้อยละ 93.02": the OIT's score), not a value that ends
# its subject. The words before the count (matched on the words before it, right-stripped), and before
# the number of all items after it ("… 40 ข้อ จาก 43 ข้อ"); the count's own word is a "count" head.
ITEMS_PASSED_LEAD = (r"ผ่าน\s*(?:เกณฑ์|การ\s*ประเมิน)?\s*(?:จำนวน)?",
                     r"ผ่าน\s*(?:เกณฑ์|การ\s*ประเมิน)?\s*(?:จำนวน)?\s*[0-9]+\s*(?:ข้อ|รายการ)?\s*(?:จาก|ใน)\s*(?:ทั้ง\s*หมด|ทั้ง\s*สิ้น)?")
# The word the count of items is counted in: after it, the "count" or "threshold" word in the lead
# ("ผ่านเกณฑ์ 40 ข้อ", "จากทั้งหมด 43 ข้อ") is no distractor ("ผ่านเกณฑ์ 85 คะแนน" stays a threshold).
ITEMS_UNIT = (r"ข้อ", r"รายการ")
# The number of all items right after the count ("38 of 43 items passed", "ผ่าน 40/43 ข้อ", "ผ่าน 40 จาก 43
# ข้อ"): the count is of items passed (a "count" head, DISTRACTOR_HEAD), never a score; after ITEMS_PASSED_LEAD
# a word of the phrase, as with ITEMS_UNIT right after it.
ITEMS_OF_ALL = (r"(?:out\s+of|of|/|จาก)\s*(?:ทั้ง\s*(?:หมด|สิ้น)\s*)?[0-9]{1,3}\s*(?:items?|questions?|criteria|ข้อ|รายการ)",)
# A share after such a count is the share of a tool's items (of the OIT, of indicators 9 and 10): with no
# tool or indicator named, only the overall result ("ผลการประเมินผ่าน 40 ข้อ คิดเป็นร้อยละ 93.02"), it is
# left out as unclear, not taken for the overall score.

# Subjects listed, then as many scores listed, then "respectively" ("คะแนนแบบวัด IIT, EIT และ OIT เท่ากับ
# 97.10, 94.05 และ 98.00 คะแนน ตามลำดับ", "ตัวชี้วัดที่ 9 และตัวชี้วัดที่ 10 ได้คะแนน 95.00 และ 87.50 ตามลำดับ"):
# each score is the subject at its place in the list. Only tool codes or indicator references, all of one
# kind, as many as the scores and each once; else the scores stay unclear.
RESPECTIVELY = (r"ตาม\s*ลำดับ", r"\brespectively\b")
# What may stand between two listed scores, and between the last and RESPECTIVELY (a unit, a comma, "และ").
LIST_JOINERS = (r",", r"และ", r"\band\b", r"&", r"/")

# A number written with a fraction ("62.50") counts nothing whole: in "…ได้คะแนน 62.50 หน่วยงานยังไม่เผยแพร่…"
# the word after it starts the next clause, so a "count" head does not apply — but a length of time
# may be fractional ("3.5 ชั่วโมง"). Not the report's year named after it ("ปีก่อนได้ 85.50 ปีนี้ขยับขึ้นเป็น 88.20":
# "ปีนี้" opens the next value's clause), in the count head either.
FRACTIONAL_HEAD = (r"ปี(?!\s*(?:[0-9]|นี้|ปัจจุบัน))", r"เดือน", r"วัน", r"ชั่วโมง", r"years?", r"months?", r"days?", r"hours?")

DISTRACTOR_HEAD: dict[str, tuple[str, ...]] = {
    "count": (r"หน่วยงาน", r"แห่ง", r"จังหวัด", r"อำเภอ", r"คน", r"ราย", r"ข้อ", r"ตัวชี้วัด", r"ดัชนี",
              r"โครงการ", r"ครั้ง", r"ประเภท", r"มิติ", r"ด้าน", r"กลุ่ม", r"เรื่อง", r"องค์กร", r"ชุด", r"ฉบับ",
              r"แบบ(?!\s*(?:วัด|ตรวจ|สำรวจ|สอบถาม))", r"เครื่องมือ", r"ลักษณะ", r"ระดับ(?=\s*(?:ดังนี้|คือ|ได้แก่|$|[),]))", r"ส่วนราชการ", r"อปท", r"ปี(?!\s*(?:[0-9]|นี้|ปัจจุบัน))", r"เดือน", r"วัน", r"ชั่วโมง",
              r"agenc(?:y|ies)", r"levels?", r"types?", r"items?", r"questions?", r"years?", r"bodies",
              r"organi[sz]ations?", r"units?", r"provinces?", r"indicators?", r"tools?", r"months?", r"days?",
              r"respondents?", r"persons?", r"people",
              # a count of items out of all ("38 of 43 items passed", "40/43 ข้อ"): ITEMS_OF_ALL
              r"(?:out\s+of|of|/|จาก)\s*(?:ทั้ง\s*(?:หมด|สิ้น)\s*)?[0-9]{1,3}\s*(?:items?|questions?|criteria|ข้อ|รายการ)"),
    "threshold": (r"(?:คะแนน|%|points?)?\s*ขึ้นไป", r"(?:คะแนน|%|points?)?\s*(?:or|and)\s+(?:more|above|higher|over)"),
    # (or money spent, said after the share: "87.45% used by June", "64 percent of its annual budget", the
    # budget's word matched by its start where HEAD_REACH cuts it)
    "budget": (r"บาท", r"ล้าน", r"แสน", r"baht", r"THB",
               r"(?:%|percent|per\s+cent)?\s*(?:of\s+(?:the|its|their)\s+(?:\w+\s+)?b(?:ud|u?$)|(?:used|spent|disbursed)\b)"),
    "rank": (r"(?:st|nd|rd|th)\b", r"\s*จาก\s*[0-9]+\s*(?:หน่วยงาน|แห่ง|จังหวัด|อำเภอ|องค์กร)"),
    # "8.04 points higher" (a change); "89 กว่า" / "89 เศษ" (an approximate number, not a stated score)
    "delta": (r"(?:points?|pts?\.?)\s+(?:higher|lower|more|less|up|down)\b",),
    # a share of respondents: "92.5 เห็นว่า…", "80% of respondents", "87 percent said…"
    "survey": (r"(?:%|คน)?\s*(?:ของ\s*)?(?:เห็น\s*ว่า|เห็น\s*ด้วย|ระบุ\s*ว่า|ตอบ\s*ว่า|ผู้\s*ตอบ|ผู้\s*รับ\s*บริการ|ผู้\s*ใช้\s*บริการ)",
               r"(?:%|percent|per\s+cent)?\s*of\s+(?:the\s+|all\s+)?(?:respondents|those\s+(?:surveyed|polled|asked)|service\s+users)",
               r"(?:%|percent|per\s+cent)?\s*(?:of\s+them\s+)?(?:said|agreed|reported|felt|thought|believed)\b"),
    "approximate": (r"กว่า(?!\s*[0-9])", r"เศษ", r"\+(?![0-9])", r"odd\b"),
    # a share of a group said after the number ("ผ่านการประเมิน ITA ร้อยละ 98.50 ของโรงเรียนทั้งหมด", "ร้อยละ 80 ของ
    # จำนวนหน่วยงาน", "90 percent of all schools"): how many of them, not a result (HEAD_REACH may cut the last word)
    "share": (r"(?:%|คน)?\s*ของ\s*(?:จำนวน|[^0-9\s]{1,25}\s*ทั้ง\s*(?:หมด|สิ้น|$))",
              r"(?:%|percent|per\s+cent)?\s*of\s+(?:all|the)\s+(?:schools|bodies|agencies|units|staff|municipalities|hospitals)"),
    # a quiz named after the number ("… โดยได้ 45 คะแนน ในแบบทดสอบ", "scored 45 points in the post-test")
    "quiz": (r"(?:คะแนน|%)?\s*(?:ใน|จาก)\s*(?:การ\s*)?(?:แบบ\s*)?(?:ทดสอบ|สอบ)",
             r"(?:points?|%)?\s*(?:in|on)\s+(?:the\s+|a\s+)?(?:(?:pre|post)-?\s*)?(?:quiz|test|exam)"),
    # "ได้ 92.40 คะแนน จากการสำรวจความพึงพอใจ": a score from a survey of satisfaction, not the ITA
    # (HEAD_REACH cuts the words: "จากการสำรวจความพึงพอใจ" is matched by its start)
    "satisfaction": (r"(?:คะแนน|%)?\s*จาก\s*(?:ผล\s*)?(?:การ\s*)?(?:สำรวจ\s*)?ความ\s*พึง",
                     r"(?:คะแนน|%)?\s*จาก\s*(?:ผล\s*)?(?:การ\s*)?สำรวจ\s*ความ\s*พ",
                     r"(?:points?|%)?\s*(?:in|from|on)\s+(?:the\s+|a\s+)?satisfaction"),
}
# The score named right before a number ("คะแนน 95.20", "ได้คะแนน ITA 95.20", "scored 95.20"): a survey's word after
# it ("คะแนน 95.20 ผู้รับบริการพึงพอใจ") leaves whose the number is unclear (the body's result, or the service
# users' rating?), so it is left out with a check, not dropped as a share of respondents.
SCORE_NAMED_BEFORE = (r"คะแนน(?!\s*เสียง)(?:\s*(?:รวม|เฉลี่ย|ภาพ\s*รวม|ที่\s*ได้(?:\s*รับ)?))?",
                      r"คะแนน\s*(?:การ\s*)?(?:ประเมิน\s*)?\(?ITA\)?", r"\bscored?", r"\bITA\s+score")
# Month names come from normalize.dates.MONTH; a number followed by one is a day of a date.

# --- score evidence: a number is stated as a score if a unit follows or a score word leads ----------
SCORE_UNIT = (r"คะแนน", r"points?", r"pts?\.?", r"%", r"percent")
# The scale of 100 and its unit after a number is that number's unit ("ได้ 96.52 จาก 100 คะแนน", "96.52 out of
# 100 points"); the 100 is its full marks (OUT_OF).
SCALE_WITH_UNIT = (r"(?:จาก|out\s+of|/)\s*(?:คะแนน\s*)?(?:เต็ม\s*)?100(?:\.0{1,2})?\s*(?:คะแนน|points?|%)",)
SCORE_TAIL = (r"คะแนน", r"คะแนน\s*(?:รวม|เฉลี่ย|ภาพรวม|ที่\s*ได้(?:\s*รับ)?)",  # "คะแนนรวม 78.15": the score's own name
              r"(?<![ก-๙])(?:ผล\s*)?รวม(?:\s*ทั้ง\s*(?:หมด|สิ้น))?",  # "… OIT 95.00 รวมทั้งสิ้น 94.05": the total's
              # the result's name right before its number ("Results: IIT 96.10, EIT 92.40, OIT 97.50; overall 95.40")
              r"\boverall(?:\s+(?:score|result))?", r"ภาพ\s*รวม",
              r"ร้อยละ", r"ได้(?:รับ)?", r"เท่ากับ", r"อยู่ที่", r"เป็น", r"คือ", r"เหลือ", r"จาก", r"[:=]",
              r"\bis", r"\bof", r"\bwas", r"\btotal", r"\bscore[sd]?,?", r"\bat", r"\bto", r"\bfrom", r"\bwith", r"\breach(?:ed|es|ing)?", r"\brecorded", r"\bposted",
              r"\brated(?:\s+(?:it|them|the\s+\w+))?",
              # "external stakeholders 92.01": an English tool name right before the number, as a code is
              r"\b(?:internal|external)\s+stakeholders?",
              r"(?<![A-Za-z])(?:IIT|EIT|OIT)\)?",
              # the assessment named between the score word and the number, its year maybe after it ("คะแนน
              # ITA 91.25", "คะแนนการประเมิน ITA ปี 2567 91.25"): ITA's is read as "ITA score: 91.25" is
              r"คะแนน\s*(?:การ\s*)?(?:ประเมิน\s*)?\(?ITA\)?(?:\s*ปี\s*(?:งบประมาณ\s*)?(?:พ\.?\s?ศ\.?\s*)?[0-9]{2,4})?")

# A result received, as "ได้(?:รับ)?" is ("the hospital received 91.40 in the ITA", "the municipality achieved
# 94.10"): stated as a score only when written with two decimals as a score is ("received 45 complaints" counts).
RESULT_VERB_TAIL = (r"\b(?:received|obtained|achieved|attained|earned|got)",)

# A comparison with an earlier result keeps the subject of the score it follows, however far:
# "… 85.86 คะแนน เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2565 ซึ่งได้ 79.81 คะแนน".
# So does a change to a new level after it, in the same sentence: "… ได้ 78.40 คะแนน และในปี 2566
# มีคะแนนเพิ่มขึ้นเป็น 88.75 คะแนน", "… scored 78.4, and in 2023 rose to 88.75" (a change *by* an amount,
# "เพิ่มขึ้น 10.35 คะแนน", is a delta: DISTRACTOR_TAIL).
# Words that open a new sentence: a score after one without a subject of its own does not take the
# subject of the score just before by nearness ("(OIT) ได้คะแนน ๙๑.๔๐ ทั้งนี้ ปีงบประมาณ พ.ศ. ๒๕๖๖
# ได้คะแนน ๘๒.๑๐": last year's result, not OIT's); a comparison still carries it ("ส่วนปี 2566 ได้ …"
# after a tool's score keeps the tool). Left out, unclear.
NEW_SENTENCE = ("ทั้งนี้", "อนึ่ง", "นอกจากนี้", "อย่างไรก็ตาม", "อย่างไรก็ดี")
COMPARISON = (r"(?:เพิ่มขึ้น|ลดลง|สูงขึ้น|ต่ำลง|ดีขึ้น)\s*(?:จาก|เมื่อเทียบ)", r"เทียบกับ", r"เปรียบเทียบ", r"จากเดิม",
              r"(?:เพิ่ม|ลด|สูง|ต่ำ|ดี|ขยับ|ปรับ)\s*(?:ขึ้น|ลง)?\s*(?:มา\s*)?เป็น",
              r"\b(?:rose|risen|increased|improved|climbed|jumped|fell|fallen|dropped|decreased|declined|slipped)\s+to\b",
              r"เหลือ", r"ปีที่ผ่านมา", r"ปีก่อน", r"ปีที่แล้ว", r"\bup\s+from", r"\bdown\s+from", r"compared\s+(?:with|to)",
              r"\bprevious\s+year", r"\blast\s+year")

# A line whose assessment result is what a plan aims at ("แผนการดำเนินงานปีงบประมาณ 2568 เพื่อพัฒนาผลการประเมิน"):
# its year is the plan's, not the year of the results under it.
RESULT_AIMED_AT = (r"เพื่อ\s*(?:พัฒนา|ยกระดับ|ปรับปรุง|เพิ่ม|ให้|รักษา)\S{0,12}?ผลการประเมิน",
                   # a plan, a target or an expectation of the results ("แผนพัฒนาผลการประเมิน ปี 2568",
                   # "เป้าหมายผลการประเมินปี 2568 ไม่น้อยกว่า 90", "คาดว่าผลการประเมินปี 2568 จะสูงขึ้น")
                   r"แผน\S{0,12}?ผลการประเมิน", r"เป้าหมาย\S{0,12}?ผลการประเมิน", r"คาด(?:ว่า|การณ์)\S{0,12}?ผลการประเมิน",
                   r"\bto\s+(?:improve|raise|increase|lift)\s+(?:the\s+|its\s+|our\s+)?(?:ITA\s+)?(?:score|result)")

# Words for what else a year in a line about the results may be the year of: the measures or plan made from
# them ("จะนำผลการประเมินไปจัดทำมาตรการ… ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"), a date ("ประชุมชี้แจงผลการประเมิน เมื่อ
# วันที่ 20 พฤศจิกายน 2567"), the work done with them ("การนำผลการประเมินไปปรับปรุงในปี 2568"). Nearer before
# the year than the results ("ผลการประเมิน"), the year is not the results' and sets no heading year.
YEAR_OF_OTHER = ("มาตรการ", "แผน", "โครงการ", "กิจกรรม", "เป้าหมาย", "วันที่", "ปรับปรุง", "นำไปใช้")
YEAR_OF_RESULTS = ("ผลการประเมิน", "การประเมิน", "ITA")

# A two-year comparison in one clause: "IIT เพิ่มจาก X ในปีก่อน มาเป็น Y", "จากเดิม X ขยับขึ้นเป็น Y",
# "ลดลงจาก X เหลือ Y", "rose from X to Y". X is the earlier year's result, Y the later's, both of the
# same subject. FROM ends right before X; between X and Y stand only a unit, a year phrase, a change
# verb and TO.
PAIR_FROM = (r"จาก", r"\bfrom")
PAIR_CHANGE = (r"(?:เพิ่ม|ลด|ขยับ|ปรับ|สูง|ต่ำ|ดี|ขึ้น|ลง|ตก)(?:ขึ้น|ลง)?", r"\b(?:rose|rising|risen|increased|increasing|"
               r"improved|improving|climbed|climbing|fell|fallen|falling|dropped|dropping|decreased|decreasing|"
               r"declined|declining|went\s+(?:up|down)|up|down)")
# An arrow between two numbers of one subject ("คะแนนภาพรวม 94.20 → 96.50", "IIT 97.11 -> 98.02"): a pair on
# its own, no FROM word needed; the first is the earlier result (its year, unstated, leaves it out as
# unclear), the second the report's year's.
# The earlier value of a pair led by the year before named right before it, no "จาก" ("ผลการประเมินภาพรวม
# ปีงบประมาณก่อน 88.50 ปรับขึ้นเป็น 91.75 คะแนน", "ปีที่แล้ว 88.50 เพิ่มเป็น 91.75"): with a change word between
# the two (PAIR_CHANGE) they are a pair as after "จาก".
# (PREVIOUS_YEAR, then these words, then the number)
PAIR_EARLIER_LINK = r"\s*(?:ได้|มี)?\s*(?:คะแนน)?\s*(?:ร้อยละ)?\s*$"
PAIR_ARROW = (r"→", r"⇒", r"➜", r"➡\ufe0f?", r"⟶", r"-{1,2}>", r"=>")
PAIR_TO = (r"(?:มา\s*)?เป็น", r"มา\s*อยู่\s*ที่", r"เหลือ(?:\s*เพียง|\s*แค่)?", r"\bto", *PAIR_ARROW)
# A change by an amount, then the level it came to ("คะแนน ITA เพิ่มขึ้น 2.35 คะแนน เป็น 92.10 คะแนน", "มาอยู่ที่ 92.10",
# "the ITA score rose by 2.35 points to 92.10"): the level is the result of the subject named before the
# change, as if the change were not written ("คะแนน ITA … เป็น 92.10"); the amount stays a delta. What may
# stand between the amount and the level (after its unit). Also the level it came from, then to ("คะแนน ITA
# เพิ่มขึ้น 3.85 คะแนนจาก 90.25 เป็น 94.10", "improved by 3.85 points from 90.25 to 94.10"): a pair (PAIR_FROM).
DELTA_TO = (r"(?:มา\s*)?(?:เป็น|อยู่\s*ที่)", r"เหลือ(?:\s*เพียง)?", r"\bto", r"\breaching", r"\bat", r"จาก", r"\bfrom")
# Years chained by arrows before a chain of values ("ปี 2565 → ปี 2566 : 88.10 → 91.25", "2022 -> 2023: 88.10 ->
# 91.25"): the values are those years' results, in order. What may stand between two chained years (after
# the arrow, the year's own word), and between two chained values (a unit, then the arrow). A chain of
# values after a chain of years of another length is left out as unclear.
YEAR_CHAIN_JOIN = (r"\s*" + "(?:" + "|".join(PAIR_ARROW) + ")" + r"\s*(?:ปี\s*(?:งบ\s*ประมาณ)?\s*)?(?:พ\.?\s?ศ\.?\s*)?"
                   r"(?:(?:fiscal\s+year|FY|year)\s*)?",)
VALUE_CHAIN_JOIN = (r"\s*(?:คะแนน|points?|%)?\s*" + "(?:" + "|".join(PAIR_ARROW) + ")" + r"\s*",)
# Words that name the earlier state inside such a pair ("จากเดิม X", "from a previous X").
EARLIER_STATE = (r"เดิม", r"\bpreviously", r"\bprevious", r"\bearlier")

# A year named right after a score and its unit, unbracketed, after a preposition: the score's own year
# ("ได้ 91.20 คะแนน ในปีงบประมาณ 2565", "from 91.20 points in fiscal year 2022"); a bare year after it
# may open the next clause and is not taken. (In brackets, "88.10 คะแนน (ปี 2566)", any year is.)
YEAR_AFTER = (r"ใน\s*ปี\s*(?:งบประมาณ)?", r"เมื่อ\s*ปี\s*(?:งบประมาณ)?", r"ของ\s*ปี\s*(?:งบประมาณ)?",
              r"\bin\s+(?:the\s+)?(?:fiscal\s+year|FY|year)", r"\bfor\s+(?:the\s+)?(?:fiscal\s+year|FY)",
              # "92.10 points in the 2023 ITA", "95.02 in 2022"
              r"\bin(?:\s+the)?")

# A year named relative to the report's right after a score and its unit, after a preposition: the score's own
# year ("ได้ 94.20 คะแนนในปีที่ผ่านมา และ 96.50 คะแนนในปีนี้": 94.20 is the year before's, not the report's,
# and "ปีที่ผ่านมา" is not 96.50's year); in English the words alone ("94.20 last year and 96.50 this year").
# Without the preposition a Thai one may open the next clause ("89.75 คะแนน ปีนี้ได้ 92.30") and is not taken.
RELATIVE_YEAR_AFTER = (r"(?:ใน|เมื่อ|ของ)\s*(?=ปี)", r"(?:(?:in|for|during)\s+)?(?=(?:the\s+)?(?:this|last|previous|prior|preceding)\s)",
                       # "from 92.10 the year before", "92.10 a year earlier" (PREVIOUS_YEAR)
                       r"(?=(?:a|the)\s+year\s+(?:earlier|ago|before))")

# Two scores listed each with its own year right after it, the second with no unit or score word of its own
# ("scored 94.20 last year and 96.50 this year", "received 88.00 in 2022 and 91.40 in 2023", "ได้ 85.10 ในปี
# 2565 และ 90.20 ในปี 2566"): the second is the same subject's result of its year. The words that join them
# (after the first one's year; a year after the second is needed too).
YEAR_LIST_JOINERS = (r"และ", r"ส่วน", r"ขณะที่", r"\band", r"\bwhile", r"\bwhereas", r"\bbut")

# A result compared with an earlier year's. Named before it, with the year between the comparative and
# the number: "สูงกว่าปีที่ผ่านมาที่ได้ 87.10 คะแนน", "เพิ่มขึ้นจากปี 2565 ที่ได้ 91.02", "ต่ำกว่าปี 2565 ซึ่งได้ 90.12", "higher than last
# year's 79.2" (so "สูงกว่า" there is no threshold). Or from a change word, with the year right after
# the number: "up from 79.20 in 2022", "เพิ่มขึ้นจาก 80.15 คะแนนในปี 2565". The number is that year's
# result of the same subject; a number after FROM_EARLIER with no year stated either way is left out
# as unclear ("up from 79.20": which year?).
EARLIER_COMPARATIVE = (r"(?:เพิ่ม|ลด|สูง|ต่ำ|ดี|ขยับ|ปรับ)\s*(?:ขึ้น|ลง)\s*จาก", r"สูง\s*กว่า", r"ต่ำ\s*กว่า", r"มาก\s*กว่า", r"น้อย\s*กว่า", r"ดี\s*กว่า",
                       r"(?:เมื่อ\s*)?เทียบ\s*กับ", r"\b(?:higher|lower|better|worse|more|less)\s+than",
                       r"\bcompared\s+(?:with|to)", r"\b(?:up|down)\s+from", r"\b(?:above|below)")
FROM_EARLIER = (r"(?:เพิ่ม|ลด|สูง|ต่ำ|ดี|ขยับ|ปรับ)\s*(?:ขึ้น|ลง)?\s*จาก", r"(?:เมื่อ\s*)?เทียบ\s*กับ",
                r"\b(?:up|down)\s+from", r"\b(?:rose|risen|increased|improved|climbed|jumped|fell|fallen|dropped|"
                r"decreased|declined|slipped)\s+from", r"\bcompared\s+(?:with|to)")
# A line opening with one of these goes on with the sentence of the line above (a paragraph or a PDF
# line break before "ซึ่งเพิ่มขึ้นจากปี 2565 ที่ได้ 91.02 คะแนน"): its numbers are read with that sentence
# when they have no subject on their own line.
CONTINUES_SENTENCE = (r"ซึ่ง", r"และ", r"แต่", r"โดย(?!สรุป)", r"which\b", r"and\b", r"but\b", r"(?:up|down)\s+from\b")
# Another evaluation's result: a satisfaction survey ("ความพึงพอใจในภาพรวมร้อยละ 89.50", "ผลการประเมินความ
# พึงพอใจของผู้ค้า … คิดเป็นร้อยละ 90.40"), a contest or a game ("ทีมสีเขียวได้คะแนนรวม 86 คะแนน",
# "ผลการประกวด…"). A number after these words within SUBJECT_REACH is that result, not the body's
# assessment, unless the assessment is named between them (ASSESSMENT_NAMED). ``OTHER_EVALUATION_STEMS``:
# a literal each cue contains, checked before the patterns (almost no sentence has one).
# Other assessments a public body takes, named: the LPA of local bodies ("ผลการประเมินประสิทธิภาพของ
# องค์กรปกครองส่วนท้องถิ่น (LPA) … ได้คะแนน 92.50"), PMQA (คุณภาพการบริหารจัดการภาครัฐ), a school's external
# quality review (สมศ.) and national tests (O-NET), the annual performance agreement (คำรับรองการปฏิบัติราชการ).
OTHER_EVALUATIONS = (r"ความ\s*พึง\s*พอ\s*ใจ", r"\bsatisf(?:action|ied)\b", r"ประกวด", r"แข่ง\s*ขัน", r"กีฬา",
                     r"(?<![ก-๙])ทีม", r"\bcontest", r"\bcompetition", r"\bteams?\b",
                     r"(?<![A-Za-z])(?:LPA|PMQA|EdPEx|O-?NET)(?![A-Za-z])", r"ประเมิน\s*ประสิทธิภาพ",
                     r"คุณภาพ\s*การ\s*บริหาร\s*จัดการ\s*ภาค\s*รัฐ", r"ประเมิน\s*คุณภาพ\s*ภายนอก", r"สมศ\.?",
                     r"ผล\s*การ\s*ปฏิบัติ\s*ราชการ", r"คำ\s*รับรอง\s*การ\s*ปฏิบัติ\s*ราชการ",
                     # a plan's or a strategy's success evaluated ("ผลการประเมินความสำเร็จของยุทธศาสตร์ที่ 5 ได้คะแนน
                     # 85.75", "การประเมินผลสำเร็จของแผน … ได้ 4.50 คะแนน"): the plan's, not the body's ITA
                     r"ประเมิน\s*(?:ผล\s*)?(?:ความ\s*)?สำเร็จ",
                     # a moral organization or community award ("ผลการประเมินองค์กรคุณธรรมต้นแบบ ได้ 85.00") and an
                     # internal control review ("ผลการประเมินการควบคุมภายใน …"): other assessments than the ITA
                     r"(?:องค์กร|ชุมชน|อำเภอ)\s*คุณธรรม(?!\s*และ)", r"ควบคุม\s*ภายใน",
                     # a person's appraisal ("ผลการประเมินผู้บริหารท้องถิ่น ได้ 94.00", "ประเมินผลการปฏิบัติงานของพนักงาน")
                     # and a website's accessibility check: not the body's ITA
                     r"ประเมิน\s*(?:ผล\s*การ\s*ปฏิบัติ\s*(?:งาน|ราชการ)\s*(?:ของ\s*)?)?(?:ผู้\s*บริหาร|พนักงาน|ข้าราชการ|ครู)",
                     r"(?i:\baccessibility\b)")
OTHER_EVALUATION_STEMS = ("พอใจ", "atisf", "ประกวด", "แข่ง", "กีฬา", "ทีม", "ontest", "ompetition", "team", "Team",
                          "LPA", "PMQA", "EdPEx", "NET", "ประสิทธิภาพ", "ภาครัฐ", "ภายนอก", "สมศ", "ปฏิบัติราชการ",
                          "สำเร็จ", "คุณธรรม", "ควบคุม", "ผู้บริหาร", "พนักงาน", "ข้าราชการ", "ครู", "ccessib")
# The acronyms bounded by ASCII letters, not \b: Thai letters glued to them are word letters too
# ("ผลการประเมินITAประจำปี" has no \b around ITA).
ITA_ACRONYMS = r"(?<![A-Za-z])(?:ITA|IIT|EIT|OIT)(?![A-Za-z])"
ASSESSMENT_NAMED = (ITA_ACRONYMS, *ITA_NAME_WORDS)
# A document that never names the assessment (ITA, one of its tools, its Thai or English name) reports
# another one's result: the LPA of local bodies ("ผลการประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น
# (LPA) … ด้านที่ 1 … ได้คะแนน 92.50"), a training's test, a school's external quality review. Its numbers
# read as scores by the generic words ("ผลการประเมิน", "ได้คะแนน", "คะแนนเฉลี่ย") are none of the ITA's.
# The Thai name with its tone mark optional: a PDF may lose it before repair restores it.
DOCUMENT_NAMES_ASSESSMENT = (ITA_ACRONYMS, r"คุณธรรม\s*และ\s*ความ\s*โปร\S?งใส",
                             r"(?i:Integrity\s+and\s+Transparency)")
# The evaluation a result names, as a noun phrase right after these words ("ผลการประเมินสุขาภิบาลอาหาร ได้ 94
# คะแนน", "คะแนนการตรวจประเมินตลาดสด …", "ผลคะแนนการประเมินสำนักงานสีเขียว …"). When that phrase holds a word
# that is none of EVALUATION_NAME_ITA_WORDS (nor a tool's or an indicator's name, nor a grade) and its clause
# names no ITA word (ASSESSMENT_NAMED, DOCUMENT_NAMES_ASSESSMENT, a tool code), the number is another
# evaluation's result: left out as unclear (SCORE_ROLE_UNCLEAR), whatever list of evaluations it is missing from.
EVALUATION_LEAD = (r"ผล\s*(?:คะแนน\s*)?(?:การ\s*)?(?:ตรวจ\s*)?ประเมิน(?:\s*ผล)?", r"คะแนน\s*(?:การ\s*)?(?:ตรวจ\s*)?ประเมิน(?:\s*ผล)?",
                   r"ผล\s*คะแนน")
# The same in English, the evaluation's name before its noun ("The municipality's food sanitation assessment score
# was 94.00", "Our score in the Local Performance Assessment was 89.10"): the words back to an article, "of", "in",
# a possessive or a colon, at most EVALUATION_NAME_EN_WORDS of them; what of them is not EVALUATION_NAME_ITA_WORDS
# names another evaluation.
EVALUATION_NOUN_EN = (r"\b(?:assessment|evaluation|accreditation|audit|assurance|inspection|certification|appraisal)\b",)
EVALUATION_NAME_EN_START = (r"\b(?:the|a|an|our|its|their|his|her|this|of|in|for|on|from)\b", r"['’]s\b", r"[:;,.!?()]")
EVALUATION_NAME_EN_WORDS = 6
# Where the evaluation's name ends: its owner ("ผลการประเมินของเทศบาลตำบล…", "ผลการประเมินเทศบาลตำบล…": a body
# type that names one body (schemas.bodies, specific), an abbreviation, or EVALUATION_OWNER; not a generic type:
# "สำนักงานสีเขียว" is an evaluation's name), or a score verb before the number.
EVALUATION_NAME_END = (r"ของ", r"ได้", r"อยู่\s*ที่", r"เท่า\s*กับ", r"คือ", r"[:：=]", r"\bis\b", r"\bwas\b")
EVALUATION_OWNER = (r"หน่วย\s*งาน", r"ส่วน\s*ราชการ", r"(?<![ก-๙])[ก-ฮ]{2,4}\.[ก-ฮ]{2,4}\.?")
# A result owned by a place or a group of bodies, not by one body: the owner named after "ของ" right after the
# result's name (its lead, EVALUATION_LEAD or a score word, then only EVALUATION_NAME_ITA_WORDS): a province, a
# district, a region or the country ("ผลการประเมิน ITA ภาพรวมของจังหวัดหนองคาย ได้ 91.30 คะแนน", "คะแนนเฉลี่ย ITA
# ของอำเภอเมืองอุดรธานี 88.45"), or bodies as a group, a type word then a word of a group ("ผลการประเมินรวมของ
# อปท. ในจังหวัดอุดรธานี 90.12", "คะแนน ITA ของหน่วยงานทั้งหมดในสังกัด"); a whole place without "ของ" too
# ("ผลการประเมิน ITA ภาพรวมทั้งจังหวัด 91.30", "ผลการประเมิน ITA ภาพรวมจังหวัดหนองคาย"). The number is that place's
# or group's result (SCORE_ROLE_UNCLEAR), unless a body is named between the owner and the number (the body's own
# score, stated under the group's name).
OWNED_RESULT_LEAD = (*EVALUATION_LEAD, r"คะแนน", r"(?<![A-Za-z])ITA(?![A-Za-z])")
GROUP_OWNER = (r"ของ\s*(?:ทั้ง\s*|ทั่ว\s*)?(?:จังหวัด|อำเภอ|ภูมิภาค|ภาค|ประเทศ|กลุ่ม|เครือข่าย)",
               r"(?:ทั้ง|ทั่ว)\s*(?:จังหวัด|อำเภอ|ภูมิภาค|ภาค|ประเทศ)",
               # a place without "ของ" as the whole of the result ("ผลการประเมิน ITA ภาพรวมจังหวัดหนองคาย"); not "ใน"
               # or "ระดับ": "ได้คะแนน ITA สูงที่สุดในจังหวัด 95.20" is the body's own score and its rank
               r"ภาพ\s*รวม\s*(?:จังหวัด|อำเภอ)",
               # a level of places named as the whole of the result ("ผลการประเมิน ITA ระดับจังหวัด ได้ 90.45", "คะแนน
               # ITA ระดับประเทศ"); after a superlative or a number it is a rank ("ได้คะแนน ITA สูงที่สุดระดับจังหวัด 95.20")
               r"(?<!(?:สุด|[0-9])\s*)ระดับ\s*(?:จังหวัด|อำเภอ|ภูมิภาค|ภาค|ประเทศ|กระทรวง|กรม)",
               r"ของ\s*(?:อปท\.?|องค์กร\s*ปกครอง\s*ส่วน\s*ท้องถิ่น|หน่วย\s*งาน|ส่วน\s*ราชการ|สถาน\s*ศึกษา|โรง\s*เรียน|"
               r"โรง\s*พยาบาล|เทศบาล|อบต\.?|องค์การ\s*บริหาร\s*ส่วน\s*ตำบล)\s*(?:ต่าง\s*ๆ|อื่น|สังกัด|"
               # (a group word after the type: "ในภาพรวม" is no group, "ในจังหวัด" is)
               r"ทั้ง\s*(?:หมด|สิ้น|[0-9]+\s*(?:แห่ง|หน่วย))|ทุก\s*(?:แห่ง|หน่วย)|"
               r"(?:ใน|ภายใน)\s*(?:จังหวัด|อำเภอ|สังกัด|เขต|ภาค|กลุ่ม|ประเทศ|พื้นที่))")
# Words the name of the ITA's own result may hold: the ITA named (its acronyms, its Thai and English name, the
# online system), its tools' and parts' words, the result as a whole, the year and round, and words that name
# nothing ("ผลการประเมินฯ ประจำปีงบประมาณ พ.ศ. 2567", "ผลการประเมินภาพรวมในปีนี้", "ผลการประเมินดังกล่าว").
EVALUATION_NAME_ITA_WORDS = (r"(?<![A-Za-z])ITAS?(?![A-Za-z])", r"(?<![A-Za-z])(?:IIT|EIT|OIT)(?![A-Za-z])",
                             r"(?:การ\s*)?(?:ประเมิน\s*)?คุณธรรม\s*และ\s*ความ\s*โปร\S?งใส(?:\s*ใน\s*การ\s*ดำเนิน\s*งาน)?",
                             r"(?i:\bIntegrity\b|\bTransparency\b|\bAssessment\b|\bonline\b|\bscores?\b|\bresults?\b|\band\b|"
                             r"\boverall\b|\btotal\b|\bfinal\b|\bannual\b|\byear(?:ly|['’]s)?\b|\bfiscal\b|\bFY\b)",
                             r"ออนไลน์", r"ภาพ\s*รวม", r"รวม", r"เฉลี่ย", r"คะแนน", r"ผล", r"การ", r"ประเมิน",
                             r"ตัว\s*ชี้\s*วัด", r"เครื่อง\s*มือ", r"แบบ\s*(?:วัด|ตรวจ|สำรวจ)", r"ส่วน\s*ที่", r"ข้อ",
                             r"ประจำ", r"ปี\s*(?:งบ\s*ประมาณ)?", r"พ\.?\s?ศ\.?", r"\bFY\b", r"นี้", r"ที่\s*ผ่าน\s*มา",
                             r"ล่าสุด", r"ครั้ง", r"อยู่", r"ใน", r"ที่", r"ซึ่ง", r"ดัง\s*กล่าว", r"ดัง\s*นี้", r"ว่า", r"พบ", r"มี",
                             r"จาก", r"ระดับ", r"โดย", r"ทั้ง\s*นี้", r"สำหรับ", r"ตาม", r"เป็น", r"รับ", r"ฯ", r"ๆ",
                             # the result's assessor announcing it ("ผลการประเมินที่สำนักงาน ป.ป.ช. แจ้งมา")
                             r"ป\.?\s*ป\.?\s*ช\.?", r"\bNACC\b", r"สำนัก\s*งาน", r"แจ้ง", r"ประกาศ", r"มา",
                             # its share, its grade's words, a change, all the tools together ("ผลการประเมินร้อยละ …",
                             # "ผลการประเมินระดับ "ผ่านดี" ดีขึ้นจากปี 2566 ซึ่ง…", "ผลการประเมินทั้งสามเครื่องมือรวมกัน")
                             r"ร้อย\s*ละ", r"ด้วย", r"ผ่าน", r"ดี", r"ขึ้น", r"ลง", r"เพิ่ม", r"ลด", r"สูง", r"ต่ำ", r"สุด",
                             r"กว่า", r"ถึง", r"ก่อน", r"หน้า", r"คิด\s*เป็น", r"ประเด็น", r"เรื่อง", r"หัว\s*ข้อ", r"ด้าน",
                             r"รับ\s*รู้", r"ทั้ง", r"หนึ่ง", r"สอง", r"สาม", r"กัน", r"จำนวน")
# Distractor categories (DISTRACTOR_TAIL) whose words bring in another subject: between a score and an
# earlier year's result ("… ซึ่งเพิ่มขึ้นจากปี 2565 ที่ได้ …") they stop the result taking the score's subject.
OTHER_SUBJECT = ("mean", "group_extreme", "survey", "quiz", "share", "weight", "party", "satisfaction")  # not "budget": ปีงบประมาณ names a year
# Between the earlier year and its number ("ที่ได้", "ซึ่งมีคะแนน", "'s score of", "when it scored").
EARLIER_LINK = (r"(?:ที่|ซึ่ง)?\s*(?:ได้\s*(?:รับ)?|มี|ทำ\s*ได้)?\s*(?:คะแนน)?\s*(?:รวม|ภาพรวม)?\s*(?:ร้อยละ)?\s*(?:เพียง|อยู่\s*ที่|เท่ากับ)?",
                r"(?:['’]s)?\s*(?:score|result|total)?\s*(?:of|at)?",
                r",?\s*(?:which|when)\s+(?:it\s+|the\s+\w+\s+)?(?:scored|had|got|received|was)\s*(?:a\s+score\s+of)?")

# A pass mark or target stated of a subject, then the subject's score after a score verb ("OIT ผ่านเกณฑ์ 85 คะแนน
# ได้ 93.02", "EIT target 90 points, scored 91.40"): the score is that subject's (it had none: the threshold ended its
# segment). What may stand between the threshold and the score, whole.
THRESHOLD_THEN_SCORE = (r"\s*(?:คะแนน|%|points?)?\s*[,;]?\s*(?:โดย|และ|แต่|ซึ่ง|and|but)?\s*"
                        r"(?:ได้(?:รับ)?|ทำ\s*ได้|scored|got|received|obtained|achieved)\s*(?:คะแนน)?\s*(?:ร้อยละ)?\s*"
                        r"(?:เท่ากับ|อยู่\s*ที่)?\s*",
                        # "เกณฑ์ผ่านอยู่ที่ 85 คะแนน ซึ่งเทศบาลได้สูงกว่าคือ 94.10": a body's word, a score verb, then the
                        # comparative that names the value (COMPARED_STATED)
                        r"\s*(?:คะแนน|%)?\s*[,;]?\s*(?:โดย|และ|แต่|ซึ่ง)\s*[^0-9\s]{0,20}?\s*(?:ได้(?:รับ)?|ทำ\s*ได้|มี)\s*"
                        r"(?:คะแนน\s*)?(?:สูง|มาก|เกิน|ดี)\s*กว่า\s*(?:เกณฑ์\s*)?(?:นั้น\s*)?(?:คือ|โดย\s*ได้|ที่)\s*(?:คะแนน\s*)?")
# A comparative right before a number that it names, not compares with: "ได้สูงกว่าคือ 94.10" ("got higher, namely
# 94.10"), "ได้คะแนนเกินกว่าเกณฑ์ คือ 93.45", "สูงกว่าเกณฑ์โดยได้ 94.10", "ต่ำกว่าเกณฑ์ คือได้เพียง 82.15": the number is the result of whom the
# comparative is said, not a threshold (DISTRACTOR_TAIL's "สูงกว่า" stands for "higher than" the number).
# Matched at the end of the words before the number.
COMPARED_STATED = (r"(?:สูง|มาก|เกิน|ดี|ต่ำ|น้อย)\s*กว่า\s*(?:เกณฑ์\s*(?:ที่\s*กำหนด\s*)?)?(?:นั้น\s*)?"
                   r"(?:คือ(?:\s*ได้)?|โดย\s*ได้(?:\s*คะแนน)?|ด้วย\s*คะแนน)\s*(?:เพียง\s*)?(?:คะแนน\s*)?(?:ร้อยละ\s*)?$",)

# --- score tables: row labels and headers (extract.parse.scores) ------------------------------------
TABLE_OVERALL_LABEL = (r"คะแนนเฉลี่ย", r"คะแนนรวม", r"ภาพรวม", r"คะแนน\s*ITA", r"^\s*ITA\s*$",
                       # (a colon may end the label: "รวม :", "Total:")
                       r"^\s*(?:ผล\s*)?รวม\s*(?:ทั้ง\s*สิ้น|ทั้ง\s*หมด)?\s*[:：]?\s*$",
                       r"\bITA\s+score", r"\boverall(?:\s+score)?\b", r"^\s*total(?:\s+score)?\s*[:：]?\s*$")
# A line that is only a total and its number ("รวม : 97.71", "รวมทั้งสิ้น 97.71 คะแนน", "Total: 97.71"), under
# lines each stating one tool's score (at least LIST_TOTAL_MIN_TOOLS tools, nothing else between): the
# total of the tools, the overall score. Under anything else its role is unknown and it is not read.
LIST_TOTAL_LABEL = (r"(?:ผล\s*)?(?:คะแนน\s*)?รวม(?:\s*ทั้ง\s*(?:สิ้น|หมด))?", r"\btotal(?:\s+score)?")
LIST_TOTAL_MIN_TOOLS = 2
# Words a label line of the overall result may say besides its name ("คะแนนภาพรวม", "ผลการประเมินภาพรวม",
# "Overall score"): still that label alone (extract/parse/scores.py, a label line over its number).
# A line that is only the score's word ("คะแนน", "คะแนนที่ได้", "Score:") over a line that is a score alone (a web
# card's caption over its value): read as one line ("คะแนนที่ได้ 95.12"), whose reading decides the number's role (the
# overall score under the ITA result announced, or unclear), where the value was dropped silently.
SCORE_LABEL_LINE = (r"คะแนน(?:\s*ที่\s*ได้(?:\s*รับ)?)?", r"ผล\s*คะแนน", r"(?i:score)")
OVERALL_LABEL_SCORE_WORDS = (r"คะแนน", r"ผล\s*(?:การ)?\s*ประเมิน", r"ผล", r"\bscores?", r"\bresults?")
# The overall result's name as a row's label in a line of text, its value after it with decimals and nothing
# else ("ผลการประเมินภาพรวม 92.45", "ภาพรวม : 92.45", "Overall 92.45": a score table's row, or a card's label line
# joined with its value line): with only OVERALL_LABEL_SCORE_WORDS besides, the value is the overall score, as
# "IIT 95.20" is the tool's. Not a bare "รวม" (a budget's total is one too).
OVERALL_ROW_LABEL = (r"ภาพ\s*รวม", r"คะแนน\s*รวม", r"(?<![A-Za-z])ITA(?![A-Za-z])", r"\boverall\b")
TABLE_GRADE_LABEL = (r"ระดับ", r"^\s*(?:grade|level|rating)\s*$")
# What else a grade column's header may say ("ระดับผลการประเมิน", "ระดับคะแนน ITA"): still the grade.
TABLE_GRADE_HEADER_REST = (r"ผล\s*(?:การ)?\s*ประเมิน", r"คะแนน", r"(?<![A-Za-z])ITA(?![A-Za-z])")
# A tool named as a table's column or row: its code, alone or after the word for a test or tool
# ("IIT", "แบบ EIT", "แบบวัด OIT", "เครื่องมือ IIT").
TABLE_TOOL_LABEL = r"(?:(?:แบบ\s*(?:วัด|สำรวจ)?|เครื่องมือ)\s*)?(?:IIT|EIT|OIT)"
# A row label that is only "the score" (matched on the whole label): under year columns, with no part
# of the result named anywhere, that row holds the body's overall score year by year.
TABLE_SCORE_ROW_LABEL = (r"(?:ผล\s*)?(?:คะแนน|การประเมิน)(?:\s*(?:ที่\s*ได้(?:\s*รับ)?|รวม))?(?:\s*ITA)?",
                         r"(?:ITA\s*)?(?:scores?|results?)")
TABLE_CHANGE_LABEL = (r"เปลี่ยนแปลง", r"ผลต่าง", r"เพิ่มขึ้น", r"ลดลง", r"\bchange\b", r"\bdifference\b")
TABLE_SCORE_HEADER = (r"คะแนน", r"ร้อยละ", r"ผลการประเมิน", r"\bscores?\b", r"\bpoints?\b")

# --- subjects: what a score is the score of ------------------------------------------------------
# Strong: names the body's result as a whole. Weak: a score verb, which names no subject itself
# ("ได้คะแนน 87.62" under the heading "ดัชนีความโปร่งใส" is not the overall score).
OVERALL_STRONG = (r"ภาพรวม", r"คะแนน\s*รวม", r"ITA", r"คะแนน\s*(?:การ\s*)?(?:ตรวจ\s*)?ประเมิน", r"ผล\s*(?:การ)?\s*ประเมิน",
                  # the ITA named in full, as "ITA" is ("ได้รับการประเมินคุณธรรมและความโปร่งใส… ได้ 90.04 คะแนน",
                  # "a score of 90.04 in the Integrity and Transparency Assessment")
                  r"ประเมิน\s*คุณธรรม\s*และ\s*ความ\s*โปร่งใส", r"Integrity\s+and\s+Transparency\s+Assessment",
                  r"คะแนน\s*เฉลี่ย(?!\s*(?:ทั้ง|ของ|ระดับ)?\s*(?:ประเทศ|กลุ่ม|ประเภท|จังหวัด))",
                  r"รวม\s*ทั้ง\s*สิ้น", r"\boverall", r"\boverview", r"\btotal\b", r"\bITA\s+score",
                  # the total alone right before its number, after the tools' scores ("IIT 96.00 EIT 92.00 และ OIT 95.00
                  # รวม 94.50 คะแนน"): not the last tool's, as a bare continuation would be
                  r"(?<![ก-๙])(?:ผล\s*)?รวม(?:\s*ทั้ง\s*(?:หมด|สิ้น))?(?=\s*[:=]?\s*(?:[0-9]|$))",
                  r"\bassessment\s+result", r"\bscored")
OVERALL_WEAK = (r"ผล\s*คะแนน", r"คะแนน\s*ที่\s*ได้(?:\s*รับ)?", r"ได้\s*(?:รับ)?\s*คะแนน", r"คะแนน\s*ได้", r"ทำ\s*คะแนน", r"ด้วย\s*คะแนน", r"\bscore",
                # an English score verb ("The Faculty received 92.10 points in the 2023 ITA"), in a
                # sentence that names the result (OVERALL_STRONG) like the words above
                r"\b(?:received|obtained|achieved|earned|attained)\b",
                # a grade verb whose grade announces the score after it ("The Department was rated AA with
                # 96.20 points in the 2024 ITA")
                r"\b(?:rated|graded|classified)\b")
# A score verb right before the number ("เทศบาลได้ 93.61 คะแนน", "the agency obtained 91.2 points"); it
# is a weak overall cue only with a unit after the number.
WEAK_VERB_END = (r"ได้(?:รับ)?", r"ทำ\s*ได้", r"\bobtained", r"\bgot", r"\breceived", r"\bachieved", r"\bearned",
                 # the score noun alone as the line's label ("คะแนน 96.35 คะแนน" under "อบต.… ได้รับผลการประเมิน ITA")
                 r"^\s*คะแนน", r"^\s*score")
# A year and a score verb right before a number with two decimals and no unit, under lines announcing
# the ITA result ("ผลการประเมิน ITA ย้อนหลัง" / "ปี 2564 ได้ 85.10, ปี 2565 ได้ 88.23"): a list of the
# body's results year by year, as with a unit after each ("ปี 2564 ได้ 85.10 คะแนน").
YEAR_SCORE_VERB = (r"ปี\s*(?:งบ\s*ประมาณ)?\s*(?:พ\.?\s?ศ\.?)?\s*[0-9]{2,4}\s*(?:ได้(?:รับ)?|ทำ\s*ได้)\s*(?:คะแนน\s*)?",)
# A verb that gives the body a grade, the grade, then its score in brackets or after "ด้วยคะแนน"
# ("วิทยาลัยได้ระดับ AA (96.52 คะแนน)", "อยู่ในระดับ A ด้วยคะแนน 91.00 คะแนน"): a score verb as WEAK_VERB_END
# is, with the grade between (the grade cue, word and link are GRADE_CUE, schemas.ita, GRADE_TO_SCORE).
GRADE_VERB_LEAD = (r"ได้(?:รับ)?(?:\s*ผล\s*(?:การ)?\s*ประเมิน)?(?:\s*อยู่)?(?:\s*ใน)?", r"(?:อยู่|ผ่าน)\s*(?:เกณฑ์\s*)?(?:ใน)?")
# Words that may stand between such a verb and its number ("โดยได้เพียง 78.32 คะแนน", "obtained only 78.32").
WEAK_VERB_ADVERBS = (r"เพียง", r"ถึง", r"\bonly", r"\bjust")
# The ITA itself named in full: a line naming it is the ITA-result context of the lines after it.
ITA_NAME = ITA_NAME_WORDS
# A bare score verb in a line after the ITA-result context counts as the overall score only when its
# clause is about a body (a body-type word or abbreviation from schemas.bodies, or one of these).
BODY_REFERENCE = (r"หน่วยงาน", r"ส่วนราชการ", r"องค์กร", r"(?<![ก-๙])[ก-ฮ]{2,4}\.[ก-ฮ]{2,4}\.?", r"\bthe\s+(?:Department|Ministry|"
                  r"Office|agency|municipality|university|hospital|school|college|organi[sz]ation|body|"
                  r"institute|bureau|authority|council)\b", r"\b(?:it|we)\b")
# Words that say nothing about whose score follows: a clause of only these before a bare score verb
# ("และ ได้คะแนน …", "ปีงบประมาณ 2566 ได้คะแนน 91.77 คะแนน" in a list of years under the ITA-result
# heading) is about the body the heading announces.
CLAUSE_FILLERS = (r"[\s,.:;]", r"โดย", r"ซึ่ง", r"และ", r"ทั้งนี้", r"ทำให้", r"จึง", r"\bso\b", r"\band\b", r"\bwhich\b",
                  # the year the score is of
                  r"(?:ใน|เมื่อ)?\s*ปี\s*(?:งบ\s*ประมาณ)?\s*(?:พ\.?\s?ศ\.?)?\s*[0-9]{2,4}(?![0-9])",
                  r"\b(?:in\s+)?(?:(?:the\s+)?fiscal\s+year|FY)\s*[0-9]{4}(?![0-9])")
# Indicators named in English: "indicator 2", "Indicator No. 10"; and the English names of
# docs/ITA_METHODOLOGY.md (consultant reports).
# (a sentence's full stop may follow the number: "… on indicator 9."; a decimal may not, "indicator 9.1")
INDICATOR_REF_EN = r"\bindicators?\s*(?:No\.?\s*|#\s*)?([0-9]{1,2}(?:\s*(?:,|and|&|-|–|to)\s*[0-9]{1,2}(?![0-9]|\.[0-9]))*)(?![0-9]|\.[0-9])"
INDICATOR_NAMES_EN: dict[int, tuple[str, ...]] = {9: ("Open Data",), 10: ("Anti-Corruption Practice",
                                                                        "Corruption Prevention")}
# A part of a report's result that is none of the ITA tools or indicators: the 2561 ดัชนี,
# sub-indicators, questions. Their scores are not recorded.
SUBPART = (r"ดัชนี", r"ตัวชี้วัด\s*ย่อย", r"ข้อ\s*คำถาม", r"ประเด็น\s*ย่อย", r"\bindex", r"\bsub-?indicators?",
           r"\bquestions?")
# An aspect named in a result's words ("ผลการประเมินด้านความโปร่งใส ร้อยละ 90.40" in a survey's report, "คะแนนใน
# ด้านการให้บริการ 88.50"): a part of some evaluation that is none of the ITA's tools or indicators (those are read
# before it), so the number is not the overall result; left out as unclear. Not "all aspects" ("ทุกด้าน"), a
# direction ("ด้านล่าง") or the assessment itself ("ด้านคุณธรรมและความโปร่งใส").
ASPECT = (r"(?<!(?:ทุก|ทั้ง|หลาย|แต่ละ)\s*)ด้าน(?!\s*(?:ล่าง|บน|ซ้าย|ขวา|หน้า|หลัง|คุณ\s*ธรรม|(?:การ\s*)?ประเมิน|ITA))",
          r"\b(?:aspect|dimension)\b")
# A part named right after a score and its unit, after a preposition ("ได้คะแนนเต็ม 100 คะแนนในตัวชี้วัดที่ 9", "scored 100
# on indicator 9", "ได้ 89.20 คะแนน ในแบบวัด EIT"): the number is that part's score, not the overall result the words
# before it name. The link, then the start of the part's name (an indicator's or a tool's word).
PART_AFTER_LINK = (r"ใน", r"ของ", r"สำหรับ", r"\bin\b", r"\bon\b", r"\bfor\b")
PART_AFTER_START = (r"ตัวชี้วัด", r"แบบ\s*(?:วัด|ตรวจ)", r"เครื่องมือ", r"(?:the\s+)?(?<![A-Za-z])(?:IIT|EIT|OIT)(?![A-Za-z])",
                    r"(?:the\s+)?\bindicators?\b")
# An EIT part: "(EIT) ส่วนที่ ๑", "EIT (ส่วนที่ 2)", "EIT part 1".
PART = (r"ส่วน\s*ที่\s*([1-9])", r"\bpart\s*([1-9])")

# --- years ----------------------------------------------------------------------------------
# Words meaning "the report's own year" ("ในปีนี้ได้ร้อยละ 74.57").
THIS_YEAR = (r"ปี\s*นี้", r"ปี\s*ปัจจุบัน", r"this\s+year")
# Words meaning "the fiscal year before" ("ปีที่แล้วเทศบาลได้ 93.61 คะแนน", "up from 90.25 the year before"; not "the
# year before last", two years before).
PREVIOUS_YEAR = (r"ปี\s*(?:งบ\s*ประมาณ\s*)?(?:ก่อน(?:\s*หน้า(?:\s*นี้)?)?|ที่\s*แล้ว|ที่\s*ผ่าน\s*มา)",
                 r"\b(?:the\s+)?(?:previous|last|prior|preceding)\s+(?:fiscal\s+)?year", r"\b(?:a|the)\s+year\s+(?:earlier|ago|before)(?!\s+last)")

# A score table's column headed by a year named relative to the report's ("ปีนี้ | ปีที่แล้ว", "คะแนนปีนี้",
# "this year | last year"): the words that may come before THIS_YEAR / PREVIOUS_YEAR in such a header.
RELATIVE_YEAR_HEADER_LEAD = (r"(?:ผล\s*)?คะแนน", r"ผล\s*(?:การ)?\s*ประเมิน", r"(?:ITA\s+)?(?:scores?|results?)")

# --- grades ---------------------------------------------------------------------------------
# Words that announce a grade right after them; a grade word from schemas.ita follows.
# English cues end at a word's end: "graded A" is no "grade" + "d".
GRADE_CUE = (r"ระดับ\s*(?:ผลการประเมิน|การประเมิน|คะแนน)?", r"เกรด", r"\bgraded?\b", r"\bclassified\s+as\b",
             r"\brated(?:\s+as)?\b", r"\blevel\b", r"\brating(?:\s+of)?\b")
# A grade named before the noun that says it is one, then its score: "an AA rating with 96.20 points".
GRADE_NOUN = (r"\brating", r"\bgrade", r"\blevel")
# ... or after the score, led by a verb that gives it to the body: '95.62 points, earning an "AA" rating',
# 'scored 91.0 and received an A grade' (not "short of an AA rating": no such verb)
GRADE_NOUN_AFTER_LEAD = (r"\bearn(?:ing|ed|s)?", r"\breceiv(?:ing|ed|es)", r"\bachiev(?:ing|ed|es)", r"\bobtain(?:ing|ed|s)?",
                         r"\bgain(?:ing|ed|s)?", r"\bget(?:ting|s)?", r"\bgot", r"\bwith")
GRADE_NOUN_TO_SCORE = (r"(?:with|of|at)(?:\s+(?:an?\s+|the\s+)?(?:overall\s+|total\s+)?(?:score|points?)(?:\s+of)?)?",)
# Between a grade and the score it announces ('ระดับ "ผ่านดีเยี่ยม" ด้วยคะแนน 97.18', 'ด้วยคะแนนร้อยละ 96.03',
# 'rated A with a score of 91').
GRADE_TO_SCORE = (r"\(", r"(?:ด้วย|โดย(?:มี|ได้)?|ที่|มี|ได้)\s*(?:ผล\s*)?(?:คะแนน)?\s*(?:รวม|เฉลี่ย|ภาพรวม)?\s*(?:ได้)?(?:ร้อยละ)?",
                  r"คะแนน\s*(?:ที่\s*ได้(?:\s*รับ)?)?\s*:?",  # a form: "ระดับ : ผ่านดี คะแนนที่ได้ : 86.10"
                  # "rated A with a score of 90.04", "rated AA with 96.20 points", "rated A, at 88.10"
                  r",?\s*(?:with|at)(?:\s+(?:an?\s+|the\s+)?(?:overall\s+|total\s+)?(?:score|points?)\s*(?:of)?)?",
                  r",?\s*(?:scoring|having\s+scored)")
# A grade word in quotes or brackets right after a score is its grade ('คะแนน 97.18 "ผ่านดีเยี่ยม"').
GRADE_QUOTE_OPEN = r"[\"“'‘(]"
GRADE_QUOTE_CLOSE = r"[\"”'’)]"
# A result word between a score and its quoted level ('ได้คะแนน 92.47 ผลการประเมิน "ผ่าน"', '91.2 points,
# result: "Pass"'). Such a level counts only when it is a level of the score's year (schemas.rules): in
# 2562–2565 a "ผ่าน" after a letter grade or score is the pass flag, not the grade.
GRADE_RESULT_WORD = (r"ผล\s*(?:การ)?\s*ประเมิน(?:\s*(?:ITA|คือ|อยู่\s*ที่|เป็น))?", r"ผล(?:\s*(?:คือ|เป็น))?", r"สถานะ",
                     r",?\s*\bresult(?:ed|s)?(?:\s+(?:is|was|of))?", r",?\s*\bstatus(?:\s+(?:is|was|of))?",
                     r",?\s*\bassessed\s+as")
# The scale a score is out of, between it and a level written bare after it ("90.35/100 ผ่านดี").
GRADE_OUT_OF = (r"/\s*100(?:\.0{1,2})?", r"จาก\s*(?:คะแนน\s*)?(?:เต็ม\s*)?100(?:\.0{1,2})?(?:\s*คะแนน)?")
# A verb that states the body's own result: a grade after it needs no ITA word before it ("The
# Department has been rated "AA" … in the ITA").
GRADE_RESULT_VERB = (r"\b(?:has|have|had)\s+been\s+(?:rated|graded|classified)", r"\b(?:was|were|is|are)\s+(?:rated|graded)",
                     r"ได้\s*รับ\s*(?:ผล\s*(?:การ)?\s*ประเมิน\s*)?(?:อยู่\s*)?(?:ใน\s*)?ระดับ")
# A grade stated with no number only counts when the sentence names the overall result
# (OVERALL_STRONG) and none of these: a table of grade bands or a rule, not a result.
GRADE_ONLY_BLOCKERS = (r"ช่วง\s*คะแนน", r"เกณฑ์", r"หมายถึง", r"แบ่ง(?:เป็น|ออกเป็น)", r"ได้แก่", r"ถ้า", r"หาก",
                       r"เป้า", r"มุ่ง", r"รักษา", r"\bcriteria", r"\bmeans?\b", r"\bif\b", r"\bbands?\b", r"\bdivided",
                       r"\btarget", r"\baim", r"\bgoal", r"\bmaintain")

# Numbers a grade-only sentence may go on with after its grade: the body's rank and the size of the
# group it was ranked in ("… อยู่ในระดับ A (ผ่านดีมาก) อยู่ในอันดับที่ 3 ของจังหวัด จากทั้งหมด 45 หน่วยงาน"), which
# state no score. Before the grade they may name the group whose grade it is, so they block it there.
GRADE_ONLY_ROLES_AFTER = frozenset({"rank", "count"})

# --- tables ---------------------------------------------------------------------------------
# A table with a money column is a budget or procurement table: its percentages are no scores.
MONEY_HEADER = (r"บาท", r"วงเงิน", r"(?<!ปี\s*)งบประมาณ", r"จำนวนเงิน", r"ราคา", r"\bbaht", r"\bbudget", r"THB")
# A survey's summary table, not a table of scores: a column of a spread (S.D.) or of a mean on a rating scale
# (every value at most LIKERT_MAX: "ค่าเฉลี่ย 4.52"), or of levels of agreement (LIKERT_LEVELS, every cell). Its
# rows may be named as indicators are ("การเปิดเผยข้อมูล | 4.38 | 87.60 | มาก"); its percentages are answers'.
SURVEY_SPREAD_HEADER = (r"S\.?\s*D\.?", r"ส่วน\s*เบี่ยง\s*เบน", r"\bstandard\s+deviation", r"σ")
SURVEY_MEAN_HEADER = (r"ค่า\s*เฉลี่ย", r"(?<![A-Za-z])x̄", r"\bmean\b", r"\baverage\b")
# (in prose too: an overall result stated as a fraction of at most this, "ผลการประเมินภาพรวม ได้ 4.52 คะแนน", is
# left out as unclear; ITA results are of 0-100)
LIKERT_MAX = 5
# (a column of only "ปานกลาง" is no such column: an old ITA level has that name; see _survey_column)
LIKERT_LEVELS = (r"มาก\s*ที่\s*สุด", r"มาก", r"ปาน\s*กลาง", r"น้อย", r"น้อย\s*ที่\s*สุด",
                 r"(?:strongly\s+)?(?:agree|disagree)", r"neutral")
LIKERT_SIDES = (r"มาก", r"น้อย", r"agree")
# A column of weights or weighted points ("น้ำหนัก", "คะแนนถ่วงน้ำหนัก"): tool points out of 30/30/40, no scores.
WEIGHT_HEADER = (r"น้ำหนัก", r"\bweight")
# ... but the total of a weighted-score column ("คะแนนถ่วงน้ำหนัก" … "รวม 86.55") is the overall score when
# the tools' weighted scores add up to it within this much (two-decimal rounding of three terms)
WEIGHTED_SUM_TOLERANCE = 0.02
# a tool's score printed as the mean of its indicators' two-decimal scores, rounded again
MEAN_TOLERANCE = 0.011
WEIGHTED_SCORE_HEADER = (r"ถ่วง\s*น้ำหนัก", r"\bweighted\b")
# A "คะแนน…" column that holds no result: full marks, a target or pass mark, the change from a year
# before (TABLE_CHANGE_LABEL) — numbers in score form that are not the body's score.
NOT_SCORE_HEADER = (r"คะแนนเต็ม", r"เป้าหมาย", r"เกณฑ์\s*(?:ผ่าน|ขั้นต่ำ|มาตรฐาน)", r"\bfull\s*(?:score|marks?)", r"\bmax(?:imum)?\b",
                    r"\btargets?\b", r"\bthresholds?\b", r"\bpass\s*marks?\b",
                    # a risk register's ratings ("คะแนนความเสี่ยง", "โอกาส (1-5)", "ผลกระทบ", "risk score"): rows
                    # naming an indicator's subject ("การใช้ทรัพย์สินของราชการ…") are risks, not its score
                    r"ความ\s*เสี่ยง", r"โอกาส", r"ผล\s*กระทบ", r"\brisks?\b", r"\blikelihood", r"\bimpact",
                    # a KPI's achieved result beside its target ("ตัวชี้วัด | เป้าหมาย | ผลงาน (ร้อยละ)", "ผลการดำเนินงาน
                    # (ร้อยละ)"): rows named as the ITA's indicators ("การใช้งบประมาณ") are a plan's KPIs
                    r"ผล\s*งาน", r"ผล\s*(?:การ\s*)?ดำเนิน\s*(?:งาน|การ)", r"\bperformance\b", r"\bactual\b")
# A row named only by its number ("๑ | ค่าวัสดุ") is an indicator row only in a table about indicators:
# its header or context says so, or another row names an indicator or a tool.
# Words that name a part of the result (an indicator, a tool): a table under them is about parts.
# A row label that opens as a measurement of a KPI ("ร้อยละของการเปิดเผยข้อมูลบนเว็บไซต์…", "จำนวนเรื่อง
# ร้องเรียน…", "ระดับความสำเร็จของ…", "percentage of …") names a plan's indicator, not the assessment's:
# its value is the KPI's result, even where the label holds an indicator's name ("การเปิดเผยข้อมูล").
# (also "ร้อยละ" glued to the measured noun: "ร้อยละความสำเร็จ…", "ร้อยละการเบิกจ่ายงบประมาณ")
KPI_LABEL_LEADS = (r"ร้อยละ\s*(?:ของ|ที่(?!\s*ได้)|ความ|การ)", r"จำนวน", r"ระดับ\s*ความ\s*สำเร็จ", r"อัตรา", r"สัดส่วน",
                   r"(?i:percentage\s+of)", r"(?i:number\s+of)", r"(?i:share\s+of)", r"(?i:rate\s+of)")
# A plan's KPI numbered as the plan numbers them, its name a measurement ("ตัวชี้วัดที่ 3 ร้อยละของผู้ป่วยเบาหวานที่
# ควบคุมระดับน้ำตาลได้ดี", "ตัวชี้วัดที่ 4 จำนวนหญิงตั้งครรภ์ที่…"; KPI_LABEL_LEADS right after the number): no
# indicator of the ITA is named so, so "ตัวชี้วัดที่ N" there names no ITA indicator; a number under it (the heading
# above its result line "ผลการดำเนินงาน ร้อยละ 32.40") is the KPI's result (SCORE_ROLE_UNCLEAR, "kpi_numbered").
NUMBERED_KPI = (r"ตัวชี้วัด\s*(?:ที่)?\s*[0-9]{1,2}(?:\.[0-9]{1,2})?\s*[.:)]?\s*(?:" + "|".join(KPI_LABEL_LEADS) + ")",)
TABLE_PART_WORDS = (r"ตัวชี้วัด", r"\bindicators?", r"IIT|EIT|OIT")
INDICATOR_TABLE = (*TABLE_PART_WORDS, r"ITA")
