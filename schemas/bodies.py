"""Public bodies in ITA documents: what a body's name looks like and what role a mention plays.

Data only (the parser is ``extract/parse/metadata.py``). A document names many bodies: its SUBJECT
(the body the ITA result or plan belongs to), the EVALUATOR (สำนักงาน ป.ป.ช., a university hired to
assess), a PUBLISHER (a news site, a ministry that reports), the official who AWARDS a prize, a PARENT
body (สังกัด …). Only the subject fills ``organization``. Every mention is a candidate with context
features; the cue words below turn features into roles. Adding wording means adding a row here.
"""
from __future__ import annotations

# Type words a body's name starts with → the org_type recorded (GOLD_FORMAT: the type word of the
# name). Matched longest first. "specific" types are bodies that run their own ITA; the generic words
# (สำนักงาน, กรม, สถาบัน, กระทรวง) also name internal units and parents, so they rank lower.
BODY_TYPES: tuple[tuple[str, str, bool], ...] = (
    # type word,                    org_type,                        specific
    ("องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนจังหวัด", True),
    ("องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนตำบล", True),
    ("เทศบาลนคร", "เทศบาลนคร", True),
    ("เทศบาลเมือง", "เทศบาลเมือง", True),
    ("เทศบาลตำบล", "เทศบาลตำบล", True),
    # a เทศบาล printed without its level ("เทศบาลบ้านโป่ง"): merged into the levelled name when the
    # document prints one for the same name, else kept as printed with org_type "เทศบาล"
    ("เทศบาล", "เทศบาล", True),
    ("สำนักงานสาธารณสุขจังหวัด", "สำนักงานสาธารณสุขจังหวัด", True),
    ("สำนักงานสาธารณสุขอำเภอ", "สำนักงานสาธารณสุขอำเภอ", True),
    ("โรงพยาบาลส่งเสริมสุขภาพตำบล", "โรงพยาบาลส่งเสริมสุขภาพตำบล", True),
    ("โรงพยาบาล", "โรงพยาบาล", True),
    ("โรงเรียน", "โรงเรียน", True),
    ("มหาวิทยาลัย", "มหาวิทยาลัย", True),
    # colleges: the type of college is part of the type word ("วิทยาลัยเทคนิคสุพรรณบุรี" is a
    # วิทยาลัยเทคนิค named สุพรรณบุรี) — the vocational (สอศ.), nursing and public-health colleges
    ("วิทยาลัยเทคนิค", "วิทยาลัยเทคนิค", True),
    ("วิทยาลัยการอาชีพ", "วิทยาลัยการอาชีพ", True),
    ("วิทยาลัยอาชีวศึกษา", "วิทยาลัยอาชีวศึกษา", True),
    ("วิทยาลัยเกษตรและเทคโนโลยี", "วิทยาลัยเกษตรและเทคโนโลยี", True),
    ("วิทยาลัยสารพัดช่าง", "วิทยาลัยสารพัดช่าง", True),
    ("วิทยาลัยประมง", "วิทยาลัยประมง", True),
    ("วิทยาลัยพาณิชยการ", "วิทยาลัยพาณิชยการ", True),
    ("วิทยาลัยบริหารธุรกิจและการท่องเที่ยว", "วิทยาลัยบริหารธุรกิจและการท่องเที่ยว", True),
    ("วิทยาลัยพยาบาลบรมราชชนนี", "วิทยาลัยพยาบาลบรมราชชนนี", True),
    ("วิทยาลัยการสาธารณสุขสิรินธร", "วิทยาลัยการสาธารณสุขสิรินธร", True),
    ("วิทยาลัยชุมชน", "วิทยาลัยชุมชน", True),
    ("วิทยาลัยนาฏศิลป", "วิทยาลัยนาฏศิลป", True),
    ("วิทยาลัย", "วิทยาลัย", True),
    ("โรงเรียนตำรวจตระเวนชายแดน", "โรงเรียนตำรวจตระเวนชายแดน", True),
    ("สถาบันการพลศึกษา", "สถาบันการพลศึกษา", True),
    ("สถาบันการอาชีวศึกษา", "สถาบันการอาชีวศึกษา", True),
    # educational service areas (สพฐ.): the level is part of the type word; the name ends in the
    # area's number ("…สุรินทร์ เขต ๒", ZONED_TYPES)
    ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", True),
    ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", True),
    ("สำนักงานเขตพื้นที่การศึกษา", "สำนักงานเขตพื้นที่การศึกษา", True),
    # police stations and district administration offices run their own ITA (สตช., กรมการปกครอง)
    ("สถานีตำรวจภูธร", "สถานีตำรวจภูธร", True),
    ("สถานีตำรวจนครบาล", "สถานีตำรวจนครบาล", True),
    ("สถานีตำรวจ", "สถานีตำรวจ", True),
    ("ที่ว่าการอำเภอ", "ที่ว่าการอำเภอ", True),  # the district office itself ("ที่ว่าการอำเภอแม่สาย")
    ("ที่ทำการปกครองอำเภอ", "ที่ทำการปกครองอำเภอ", True),
    ("ที่ทำการปกครองจังหวัด", "ที่ทำการปกครองจังหวัด", True),
    # state enterprises (รัฐวิสาหกิจ) assessed by ITA: the service is part of the type word
    # ("การไฟฟ้าส่วนภูมิภาค" is a การไฟฟ้า named ส่วนภูมิภาค)
    ("การไฟฟ้า", "การไฟฟ้า", True),
    ("การประปา", "การประปา", True),
    ("การรถไฟ", "การรถไฟ", True),
    ("การท่าเรือ", "การท่าเรือ", True),
    ("การเคหะ", "การเคหะ", True),
    ("การทางพิเศษ", "การทางพิเศษ", True),
    ("การนิคมอุตสาหกรรม", "การนิคมอุตสาหกรรม", True),
    # a ministry's permanent secretary office runs its own ITA; "สำนักงานปลัด" alone is an internal unit
    # (INTERNAL_UNITS: "สำนักงานปลัดเทศบาล")
    ("สำนักงานปลัดกระทรวง", "สำนักงานปลัดกระทรวง", True),
    # courts, prisons and customs houses publish their own ITA documents; generic, as สำนักงาน, because
    # other bodies' documents name them too ("ฟ้องต่อศาลปกครอง"): the type word holds the place word a name
    # follows ("ศาลจังหวัดพล", "เรือนจำจังหวัดมหาสารคาม")
    ("ศาลจังหวัด", "ศาลจังหวัด", False),
    ("ศาลแขวง", "ศาลแขวง", False),
    ("ศาลปกครอง", "ศาลปกครอง", False),
    ("ศาลเยาวชนและครอบครัวจังหวัด", "ศาลเยาวชนและครอบครัวจังหวัด", False),
    ("ศาลเยาวชนและครอบครัว", "ศาลเยาวชนและครอบครัว", False),
    ("ศาลแรงงาน", "ศาลแรงงาน", False),
    ("เรือนจำกลาง", "เรือนจำกลาง", False),
    ("เรือนจำจังหวัด", "เรือนจำจังหวัด", False),
    ("เรือนจำอำเภอ", "เรือนจำอำเภอ", False),
    ("เรือนจำพิเศษ", "เรือนจำพิเศษ", False),
    ("ทัณฑสถาน", "ทัณฑสถาน", False),
    ("สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัด", "สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัด", False),
    ("ด่านศุลกากร", "ด่านศุลกากร", False),
    # protected areas run their own ITA (กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช): named by their place
    ("อุทยานแห่งชาติ", "อุทยานแห่งชาติ", False),
    ("วนอุทยาน", "วนอุทยาน", False),
    ("เขตรักษาพันธุ์สัตว์ป่า", "เขตรักษาพันธุ์สัตว์ป่า", False),
    ("เขตห้ามล่าสัตว์ป่า", "เขตห้ามล่าสัตว์ป่า", False),
    ("สถาบัน", "สถาบัน", False),
    ("ศูนย์", "ศูนย์", False),  # "ศูนย์ส่งเสริมการเรียนรู้อำเภอ…": generic, as สำนักงาน
    ("สำนักงาน", "สำนักงาน", False),
    ("กระทรวง", "กระทรวง", False),
    ("กรม", "กรม", False),
)
# Bodies whose name is a number after the type word (military units: "กองบิน 21", "มณฑลทหารบกที่ 23",
# "กองทัพภาคที่ 2"): the type word, then "ที่" or nothing, then one to three digits. Generic (ranked as สำนักงาน):
# other bodies' documents name them too. Longest first.
NUMBER_NAMED_TYPES: tuple[tuple[str, str], ...] = (
    ("กองพลทหารราบ", "กองพลทหารราบ"), ("กองพลทหารม้า", "กองพลทหารม้า"), ("กองพลพัฒนา", "กองพลพัฒนา"),
    ("มณฑลทหารบก", "มณฑลทหารบก"), ("กองทัพภาค", "กองทัพภาค"), ("กองพล", "กองพล"), ("กองบิน", "กองบิน"),
    ("กองเรือ", "กองเรือ"), ("กองบังคับการตำรวจภูธรภาค", "กองบังคับการตำรวจภูธรภาค"),
    ("ตำรวจภูธรภาค", "ตำรวจภูธรภาค"), ("สำนักบริหารพื้นที่อนุรักษ์", "สำนักบริหารพื้นที่อนุรักษ์"),
)
# A name that ends in "ที่" before a number is numbered so ("ศูนย์อนามัยที่ 7", "สำนักงานป้องกันควบคุมโรคที่ 7"):
# the number is part of it.
ORDINAL_WORD = "ที่"
NUMBER_NAME = r"\s?((?:ที่\s?)?[0-9๐-๙]{1,3})(?![0-9๐-๙.,/:])"

# State enterprises (รัฐวิสาหกิจ) and like bodies that run their own ITA and whose type word alone names
# too much to be one ("ธนาคาร" is also a village's ธนาคารขยะ and the bank a body's account is in;
# "องค์การ" also องค์การมหาชน, องค์การอนามัยโลก; "บริษัท" every contractor): only these full names are
# bodies, recorded as here with the type word before them. A space in a name matches any spacing, and a
# company's "(มหาชน)" may be left out.
KNOWN_BODIES: tuple[tuple[str, str], ...] = (
    # full official name,                                   org_type
    ("ธนาคารออมสิน", "ธนาคาร"),
    ("ธนาคารอาคารสงเคราะห์", "ธนาคาร"),
    ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", "ธนาคาร"),
    ("ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย", "ธนาคาร"),
    ("ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย", "ธนาคาร"),
    ("ธนาคารอิสลามแห่งประเทศไทย", "ธนาคาร"),
    ("องค์การเภสัชกรรม", "องค์การ"),
    ("องค์การคลังสินค้า", "องค์การ"),
    ("องค์การตลาดเพื่อเกษตรกร", "องค์การ"),
    ("องค์การตลาด", "องค์การ"),
    ("องค์การสะพานปลา", "องค์การ"),
    ("องค์การส่งเสริมกิจการโคนมแห่งประเทศไทย", "องค์การ"),
    ("องค์การอุตสาหกรรมป่าไม้", "องค์การ"),
    ("องค์การขนส่งมวลชนกรุงเทพ", "องค์การ"),
    ("องค์การจัดการน้ำเสีย", "องค์การ"),
    ("องค์การสวนสัตว์แห่งประเทศไทย", "องค์การ"),
    ("องค์การพิพิธภัณฑ์วิทยาศาสตร์แห่งชาติ", "องค์การ"),
    ("องค์การสวนพฤกษศาสตร์", "องค์การ"),
    ("การยางแห่งประเทศไทย", "การยาง"),
    ("การกีฬาแห่งประเทศไทย", "การกีฬา"),
    ("การท่องเที่ยวแห่งประเทศไทย", "การท่องเที่ยว"),
    ("บริษัท ท่าอากาศยานไทย จำกัด (มหาชน)", "บริษัท"),
    ("บริษัท ขนส่ง จำกัด", "บริษัท"),
    ("บริษัท ไปรษณีย์ไทย จำกัด", "บริษัท"),
)

# A letterhead or title line that is only a specific type word ("องค์การบริหารส่วนตำบล") with the name
# on the next line ("หนองบัวน้อย") is one name when that line is this short (a name, not prose).
SPLIT_NAME_LINE_MAX = 40
# A line ending with one of these words has the place's name on the next line (a title wrapped by the
# PDF's producer: "… เทศบาลตำบลบ้านแหลม อำเภอ" / "บ้านแหลม จังหวัดเพชรบุรี"): the place is read across the break.
PLACE_WORDS_AT_LINE_END = ("อำเภอ", "จังหวัด")

# Types whose name must follow the type word without a space (besides the generic ones): a bare
# "เทศบาล" is often the word, not a body ("อันดับ 1 ของกลุ่มเทศบาล จาก…").
TYPES_NAME_ATTACHED = ("เทศบาล",)
# Bare type words also used for "the body" itself ("คะแนนรวมของเทศบาลเท่ากับ 86.35", "ทำให้วิทยาลัย
# ติดอันดับ…"): they name a body only when the name holds a place name (gazetteer) or a word the
# dictionary does not know (a proper name). The same holds for every body counted as one of SEVERAL.
TYPES_NAME_PROPER = ("เทศบาล", "วิทยาลัย")
# Short generic type words also occur inside other words ("โปรแกรม"): they count only at a word
# start — after a non-Thai character or after one of these words.
# "หนังสือ": the sender of a letter the text cites ("ตามหนังสือสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด… ที่ …").
WORD_BEFORE_BODY = ("ของ", "โดย", "ทาง", "และ", "จาก", "กับ", "ให้", "แก่", "ว่า", "ที่", "คือ", "ประกาศ", "ณ", "หนังสือ")

# Types whose names end in an area number: "เขต ๒" / "เขต 2" after the name is part of it, and
# two names that differ only in that number are two bodies.
# Area offices named by the province they serve and their zone ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง
# เขต 2"): the office's province is that one, when nothing printed names another (metadata); a name
# without a zone may be of two provinces ("…มัธยมศึกษาเลย หนองบัวลำภู") and names none.
PROVINCE_NAMED_TYPES = ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา")
ZONED_TYPES = ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา",
               "สำนักงานเขตพื้นที่การศึกษา", "การไฟฟ้า", "การประปา")  # "การประปาส่วนภูมิภาคเขต ๗"
ZONE = r"\s?เขต\s?[0-9๐-๙]{1,3}(?![0-9๐-๙.])"
# Branch offices: the branch is the body that publishes its own ITA, so its name is the whole name. After a
# body of BRANCHED_TYPES, "สาขา<name>" (a space before allowed) is part of it ("สำนักงานที่ดินจังหวัดบุรีรัมย์
# สาขานางรอง"), unless BRANCH_NOT_NAME follows "สาขา" (a field or a category: "สาขาวิชา…", "สาขาอาชีพ…"); after
# a body of PLACE_BRANCHED_TYPES, a district or province with its place word is ("การไฟฟ้าส่วนภูมิภาคอำเภอ
# กันทรลักษ์", "การประปาส่วนภูมิภาค จังหวัดขอนแก่น"): each such office is named by its place.
BRANCHED_TYPES = ("สำนักงาน", "การไฟฟ้า", "การประปา", "การเคหะ", "ศูนย์", "ด่านศุลกากร", "ธนาคาร")
BRANCH_WORD = "สาขา"
BRANCH_NOT_NAME = ("วิชา", "อาชีพ", "งาน", "ต่าง", "ที่", "ใน", "ของ", "และ", "ย่อย", "ละ", "ทั้ง", "ด้าน")
PLACE_BRANCHED_TYPES = ("การไฟฟ้า", "การประปา")
BRANCH_PLACE_WORDS = ("อำเภอ", "จังหวัด")

# Names that are only an honorific, printed with a space before the name they open ("โรงพยาบาลสมเด็จ
# พระยุพราช สว่างแดนดิน": the crown prince hospitals are named by their district): the word after one space
# is part of the name.
HONORIFIC_NAMES = ("สมเด็จพระยุพราช",)

# Types whose names can end in a branch number: "โรงเรียนสตรีวิทยา ๒" and "โรงเรียนบดินทรเดชา (สิงห์
# สิงหเสนี) ๒" are other schools than โรงเรียนสตรีวิทยา and โรงเรียนบดินทรเดชา. A number of one or two
# digits right after the name (a parenthesised name between allowed) is part of it when the line ends
# there or NAME_NUMBER_FOLLOW comes next — not a count or a date ("… ๑๕ คน", "… ๒ ตุลาคม").
NUMBERED_TYPES = ("โรงเรียน",)
NAME_NUMBER = r"(?:\s?\([\p{Thai} ]{2,40}\))?\s?[0-9๐-๙]{1,2}(?![0-9๐-๙.,:/])"
# Types whose names can carry a second name in brackets with no number after it: "โรงเรียนบ้านโนนสวรรค์
# (ประชาสามัคคี)" is one school's whole name (the village school and its founders' name), cut at the
# bracket before. A bracketed run of Thai words (PAREN_NAME: no digit, no abbreviation dot) right after
# the name is part of it when the line ends or NAME_NUMBER_FOLLOW / a name's end word comes next, as a
# branch number is; not when it opens with one of PAREN_NOT_NAME (a place, a parent, a draft mark, a body's
# type word: "(สังกัด…)", "(ร่าง)") or is a province's or district's name alone ("(ขอนแก่น)": where it is).
PAREN_NAMED_TYPES = ("โรงเรียน",)
PAREN_NAME = r"\s?\((\p{Thai}[\p{Thai} ]{2,38}\p{Thai})\)"
PAREN_NOT_NAME = ("ร่าง", "ต่อ", "สำเนา", "ฉบับ", "สังกัด", "อำเภอ", "จังหวัด", "ตำบล", "หมู่", "เขต", "ภาค", "ฝ่าย",
                  "ระดับ", "ขนาด", "ประเภท", "มหาชน", "องค์การมหาชน", "แห่ง")

# Standard abbreviations, expanded to the type word (+ name prefix) before reading names
# ("อบต.หนองแค" → องค์การบริหารส่วนตำบลหนองแค). Longest first; only at a word start.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("รพ.สต.", "โรงพยาบาลส่งเสริมสุขภาพตำบล"),
    ("อบต.", "องค์การบริหารส่วนตำบล"),
    ("อบจ.", "องค์การบริหารส่วนจังหวัด"),
    ("ทต.", "เทศบาลตำบล"),
    ("ทม.", "เทศบาลเมือง"),
    ("ทน.", "เทศบาลนคร"),
    ("สพป.", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา"),
    ("สพม.", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา"),
    ("รพ.", "โรงพยาบาล"),
    ("สสอ.", "สำนักงานสาธารณสุขอำเภอ"),
    ("สสจ.", "สำนักงานสาธารณสุขจังหวัด"),
    ("รร.", "โรงเรียน"),
    ("มรภ.", "มหาวิทยาลัยราชภัฏ"),
    ("มทร.", "มหาวิทยาลัยเทคโนโลยีราชมงคล"),
    # police stations (สตช.): "สภ.เมืองขอนแก่น", "สน.ลุมพินี"
    ("สภ.", "สถานีตำรวจภูธร"),
    ("สน.", "สถานีตำรวจนครบาล"),
)
# Bodies named in English ("Nong Khai Municipality", "Phon Sa Subdistrict Administrative Organization"):
# the type phrase after the name → the org_type its Thai name has (matched case-insensitively, longest
# first), and the kinds of place its name is (0 a province, 1 a district, 2 a subdistrict). Only types
# whose Thai name is the type word and the place's name: a local government is named after its place,
# a provincial office after its province; a hospital's English name is not its Thai one ("Bangkok
# Hospital" is โรงพยาบาลกรุงเทพ). The name before it, one to ENGLISH_NAME_WORDS words, is recorded in Thai
# when one place of those kinds is spelled so in geothai, or else one province or district among them
# ("Nong Khai": the province หนองคาย, not the subdistrict หนองค่าย); a name that matches no place, or
# several alike, names no body. Only where the line's English is that name alone (a letterhead, a title,
# the name beside the Thai one): in an English sentence no cue word tells whose name it is.
ENGLISH_BODY_TYPES: tuple[tuple[str, str, tuple[int, ...], str], ...] = (
    ("Subdistrict Administrative Organization", "องค์การบริหารส่วนตำบล", (1, 2), ""),
    ("Tambon Administrative Organization", "องค์การบริหารส่วนตำบล", (1, 2), ""),
    ("Provincial Administrative Organization", "องค์การบริหารส่วนจังหวัด", (0,), ""),
    ("Subdistrict Municipality", "เทศบาลตำบล", (1, 2), ""),
    ("Tambon Municipality", "เทศบาลตำบล", (1, 2), ""),
    ("Town Municipality", "เทศบาลเมือง", (0, 1, 2), ""),
    ("City Municipality", "เทศบาลนคร", (0, 1, 2), ""),
    ("Municipality", "เทศบาล", (0, 1, 2), ""),  # no level: merged into the levelled Thai name where one is printed
    # a Rajabhat university is named after its province or district ("Chiang Mai Rajabhat University" is
    # มหาวิทยาลัยราชภัฏเชียงใหม่, "Phranakhon Rajabhat University" มหาวิทยาลัยราชภัฏพระนคร): the name after the prefix
    ("Rajabhat University", "มหาวิทยาลัย", (0, 1), "ราชภัฏ"),
    ("Provincial Public Health Office", "สำนักงานสาธารณสุขจังหวัด", (0,), ""),
    ("District Public Health Office", "สำนักงานสาธารณสุขอำเภอ", (1,), ""),
)
ENGLISH_NAME_WORDS = 4
# The fourth column above: what the Thai name holds between the type word and the place ("ราชภัฏ").
# Bodies whose English name is no place's (universities, a ministry's permanent secretary office): the
# official English name → the Thai one and its org_type, on a line whose only English is that name (as for
# ENGLISH_BODY_TYPES). Not a bare ministry ("Ministry of Public Health" under a department's name is its
# parent, never a body that runs its own ITA here), nor a name whose type word is not its first
# ("Chulalongkorn University" is จุฬาลงกรณ์มหาวิทยาลัย), nor a hospital's (its English name is not its Thai one).
ENGLISH_KNOWN_BODIES: tuple[tuple[str, str, str], ...] = (
    ("Mahidol University", "มหาวิทยาลัยมหิดล", "มหาวิทยาลัย"),
    ("Thammasat University", "มหาวิทยาลัยธรรมศาสตร์", "มหาวิทยาลัย"),
    ("Kasetsart University", "มหาวิทยาลัยเกษตรศาสตร์", "มหาวิทยาลัย"),
    ("Chiang Mai University", "มหาวิทยาลัยเชียงใหม่", "มหาวิทยาลัย"),
    ("Khon Kaen University", "มหาวิทยาลัยขอนแก่น", "มหาวิทยาลัย"),
    ("Prince of Songkla University", "มหาวิทยาลัยสงขลานครินทร์", "มหาวิทยาลัย"),
    ("Silpakorn University", "มหาวิทยาลัยศิลปากร", "มหาวิทยาลัย"),
    ("Srinakharinwirot University", "มหาวิทยาลัยศรีนครินทรวิโรฒ", "มหาวิทยาลัย"),
    ("Ramkhamhaeng University", "มหาวิทยาลัยรามคำแหง", "มหาวิทยาลัย"),
    ("Sukhothai Thammathirat Open University", "มหาวิทยาลัยสุโขทัยธรรมาธิราช", "มหาวิทยาลัย"),
    ("Naresuan University", "มหาวิทยาลัยนเรศวร", "มหาวิทยาลัย"),
    ("Burapha University", "มหาวิทยาลัยบูรพา", "มหาวิทยาลัย"),
    ("Mahasarakham University", "มหาวิทยาลัยมหาสารคาม", "มหาวิทยาลัย"),
    ("Ubon Ratchathani University", "มหาวิทยาลัยอุบลราชธานี", "มหาวิทยาลัย"),
    ("Walailak University", "มหาวิทยาลัยวลัยลักษณ์", "มหาวิทยาลัย"),
    ("Mae Fah Luang University", "มหาวิทยาลัยแม่ฟ้าหลวง", "มหาวิทยาลัย"),
    ("Maejo University", "มหาวิทยาลัยแม่โจ้", "มหาวิทยาลัย"),
    ("Thaksin University", "มหาวิทยาลัยทักษิณ", "มหาวิทยาลัย"),
    ("University of Phayao", "มหาวิทยาลัยพะเยา", "มหาวิทยาลัย"),
    ("Suranaree University of Technology", "มหาวิทยาลัยเทคโนโลยีสุรนารี", "มหาวิทยาลัย"),
    ("Nakhon Phanom University", "มหาวิทยาลัยนครพนม", "มหาวิทยาลัย"),
    ("Kalasin University", "มหาวิทยาลัยกาฬสินธุ์", "มหาวิทยาลัย"),
    ("Navamindradhiraj University", "มหาวิทยาลัยนวมินทราธิราช", "มหาวิทยาลัย"),
    ("Princess of Naradhiwas University", "มหาวิทยาลัยนราธิวาสราชนครินทร์", "มหาวิทยาลัย"),
    ("King Mongkut's University of Technology Thonburi", "มหาวิทยาลัยเทคโนโลยีพระจอมเกล้าธนบุรี", "มหาวิทยาลัย"),
    ("King Mongkut's University of Technology North Bangkok", "มหาวิทยาลัยเทคโนโลยีพระจอมเกล้าพระนครเหนือ",
     "มหาวิทยาลัย"),
    ("King Mongkut's Institute of Technology Ladkrabang", "สถาบันเทคโนโลยีพระจอมเกล้าเจ้าคุณทหารลาดกระบัง", "สถาบัน"),
    *((f"Rajamangala University of Technology {en}", f"มหาวิทยาลัยเทคโนโลยีราชมงคล{th}", "มหาวิทยาลัย") for en, th in (
        ("Thanyaburi", "ธัญบุรี"), ("Isan", "อีสาน"), ("Lanna", "ล้านนา"), ("Krungthep", "กรุงเทพ"),
        ("Phra Nakhon", "พระนคร"), ("Rattanakosin", "รัตนโกสินทร์"), ("Srivijaya", "ศรีวิชัย"),
        ("Suvarnabhumi", "สุวรรณภูมิ"), ("Tawan-ok", "ตะวันออก"))),
)
# A ministry's permanent secretary office runs its own ITA (สำนักงานปลัดกระทรวง…): the English forms of its
# name ("Office of the Permanent Secretary, Ministry of Public Health", "… for Public Health"), then the
# ministry's English name → its Thai one.
ENGLISH_PERMANENT_SECRETARY = (r"Office\s+of\s+the\s+Permanent\s+Secretary(?:\s*,\s*|\s+of\s+the\s+|\s+for\s+|\s+)"
                               r"(?:Ministry\s+of\s+(?:the\s+)?)?")
ENGLISH_MINISTRIES: tuple[tuple[str, str], ...] = (
    ("Public Health", "สาธารณสุข"), ("Interior", "มหาดไทย"), ("Education", "ศึกษาธิการ"), ("Finance", "การคลัง"),
    ("Defence", "กลาโหม"), ("Defense", "กลาโหม"), ("Foreign Affairs", "การต่างประเทศ"),
    ("Agriculture and Cooperatives", "เกษตรและสหกรณ์"), ("Transport", "คมนาคม"), ("Commerce", "พาณิชย์"),
    ("Industry", "อุตสาหกรรม"), ("Labour", "แรงงาน"), ("Labor", "แรงงาน"), ("Justice", "ยุติธรรม"),
    ("Culture", "วัฒนธรรม"), ("Energy", "พลังงาน"), ("Tourism and Sports", "การท่องเที่ยวและกีฬา"),
    ("Social Development and Human Security", "การพัฒนาสังคมและความมั่นคงของมนุษย์"),
    ("Natural Resources and Environment", "ทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
    ("Digital Economy and Society", "ดิจิทัลเพื่อเศรษฐกิจและสังคม"),
)

# Officials' titles that name their body ("นายกเทศมนตรีตำบลบ้านเป้า" → เทศบาลตำบลบ้านเป้า). Titles
# that already contain the body's type word (นายกองค์การบริหารส่วนตำบล…, ผู้อำนวยการโรงเรียน…) need
# no row. A mention through a title is a signature-like feature (the body speaks for itself).
OFFICIAL_TITLES: tuple[tuple[str, str], ...] = (
    ("นายกเทศมนตรีตำบล", "เทศบาลตำบล"),
    ("นายกเทศมนตรีเมือง", "เทศบาลเมือง"),
    ("นายกเทศมนตรีนคร", "เทศบาลนคร"),
    ("นายกเทศมนตรี", "เทศบาล"),
    ("สาธารณสุขอำเภอ", "สำนักงานสาธารณสุขอำเภอ"),
    ("นายแพทย์สาธารณสุขจังหวัด", "สำนักงานสาธารณสุขจังหวัด"),
)
# What may follow a body's name on a line that is its name alone (a letterhead, a site's title): its
# address's places ("องค์การบริหารส่วนตำบลห้วยทราย อำเภอสันกำแพง จังหวัดเชียงใหม่"), after a number the name
# ends in where it is no part of the name as read ("สถาบันการอาชีวศึกษาภาคตะวันออกเฉียงเหนือ 1"). A regex fragment.
NAME_ALONE_REST = r"(?:\s?(?:ที่\s?)?[0-9๐-๙]{1,3}(?![0-9๐-๙.,:/]))?(?:[\s,]*+(?:ตำบล|อำเภอ|จังหวัด|ต\.|อ\.|จ\.)\s?\p{Thai}++)*+[\s,]*+"
# A letterhead's hierarchy: a line that is a body's name alone right above a line that is the name alone of
# a body it oversees ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 3" / "โรงเรียนบ้านโนนแดง";
# "สำนักงานสาธารณสุขจังหวัดขอนแก่น" / "โรงพยาบาลน้ำพอง") names the parent: the body below is the document's.
# The parent's type, the types of the bodies under it. Before, the line above, first, was the organization.
# Not when a third such name of the lower one's type follows: a list of the bodies under it (a department's
# offices one a line), whose first is no more the document's than the parent is.
LETTERHEAD_PARENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", ("โรงเรียน",)),
    ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", ("โรงเรียน",)),
    ("สำนักงานเขตพื้นที่การศึกษา", ("โรงเรียน",)),
    ("สำนักงานปลัดกระทรวง", ("สำนักงานสาธารณสุขจังหวัด", "สำนักงานสาธารณสุขอำเภอ", "โรงพยาบาล",
                            "โรงพยาบาลส่งเสริมสุขภาพตำบล")),
    ("สำนักงานสาธารณสุขจังหวัด", ("สำนักงานสาธารณสุขอำเภอ", "โรงพยาบาล", "โรงพยาบาลส่งเสริมสุขภาพตำบล")),
    ("สำนักงานสาธารณสุขอำเภอ", ("โรงพยาบาลส่งเสริมสุขภาพตำบล",)),
    ("องค์การบริหารส่วนจังหวัด", ("โรงเรียน", "โรงพยาบาลส่งเสริมสุขภาพตำบล")),
    # a ministry over its departments and offices, a department over its offices and centres, an institute
    # over its colleges ("กระทรวงสาธารณสุข" / "กรมควบคุมโรค"; "กรมควบคุมโรค" / "สำนักงานป้องกันควบคุมโรคที่ 8";
    # "สถาบันการอาชีวศึกษาภาคตะวันออกเฉียงเหนือ 1" / "วิทยาลัยเทคนิคอุดรธานี")
    ("กระทรวง", ("กรม", "สำนักงานปลัดกระทรวง", "สำนักงาน", "ศูนย์", "สถาบัน", "สำนักงานสาธารณสุขจังหวัด",
                 "สำนักงานสาธารณสุขอำเภอ", "โรงพยาบาล", "มหาวิทยาลัย", "วิทยาลัยพยาบาลบรมราชชนนี",
                 "วิทยาลัยการสาธารณสุขสิรินธร")),
    ("กรม", ("สำนักงาน", "ศูนย์", "สถาบัน", "โรงพยาบาล", "สำนักบริหารพื้นที่อนุรักษ์", "อุทยานแห่งชาติ", "เรือนจำกลาง",
             "เรือนจำจังหวัด", "เรือนจำอำเภอ", "เรือนจำพิเศษ", "ทัณฑสถาน", "ด่านศุลกากร",
             "สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัด")),
    ("สถาบันการอาชีวศึกษา", ("วิทยาลัยเทคนิค", "วิทยาลัยการอาชีพ", "วิทยาลัยอาชีวศึกษา", "วิทยาลัยเกษตรและเทคโนโลยี",
                             "วิทยาลัยสารพัดช่าง", "วิทยาลัยประมง", "วิทยาลัยพาณิชยการ",
                             "วิทยาลัยบริหารธุรกิจและการท่องเที่ยว")),
    ("สถาบัน", ("วิทยาลัยพยาบาลบรมราชชนนี", "วิทยาลัยการสาธารณสุขสิรินธร")),
)
# Words on a line that mark it as a signature / the head of the body ("(นายสมชาย …) นายก…").
SIGNATURE_WORDS = ("นายก", "ผู้อำนวยการ", "ปลัด", "สาธารณสุขอำเภอ", "อธิการบดี", "อธิบดี", "เลขาธิการ",
                   "หัวหน้าหน่วยงาน", "ผู้บริหาร")

# A body's head named in a credit line ("ที่ปรึกษา: นายกเทศมนตรีตำบลโนนแดง", "ที่ปรึกษา ผู้อำนวยการโรงเรียนบ้านหนองไผ่",
# "ที่ปรึกษา รองผู้อำนวยการ…"): the cue tells a person's part in making the report, not that the body evaluates.
# These cue words (of CUES_BEFORE) give way when an official's title (SIGNATURE_WORDS, a deputy's prefix before it)
# stands right before the body's name, or the mention is through an official's title: the body is another party of
# the work, its head's title no signature (the adviser may head the subject or a parent). Before, the subject's own
# head as adviser made it the evaluator, and a parent named once took the report. Not the evaluator's own cues
# ("ประเมินโดย อธิการบดีมหาวิทยาลัย…" names the evaluator through its head).
CREDIT_CUES = ("ที่ปรึกษา",)
DEPUTY_PREFIX = "รอง"
# Full names of bodies that only evaluate or oversee ITA: never the subject.
EVALUATOR_NAMES = ("ป้องกันและปราบปรามการทุจริต", "ป.ป.ช", "ป.ป.ท", "ป.ช.ช", "ก.พ.ร")

# Words for a document or an act a body issues (an announcement, a letter, an order, a judgment, a rule):
# "<word>ของ<body>" names the body that issued it, not the subject (CUES_BEFORE, role "party").
ACT_WORDS_BEFORE_OF = ("ประกาศ", "หนังสือ", "คำสั่ง", "คำพิพากษา", "คำวินิจฉัย", "ระเบียบ", "ข้อบังคับ",
                       "ข้อบัญญัติ", "มติ", "กฎ", "แนวปฏิบัติ", "ข้อสั่งการ", "หลักเกณฑ์",
                       "สั่งการ")  # "ตามหนังสือสั่งการของกรม…"

# Cue words in the text just BEFORE a mention (same line, at most ROLE_GAP characters between) → role.
# The nearest cue wins, so "ผู้ประเมิน … มอบให้แก่ <body>" makes <body> the recipient (subject).
CUES_BEFORE: tuple[tuple[str, str], ...] = (
    # a PEER: another body the subject visits, consults or compares itself with ("ศึกษาดูงานเทศบาลนคร…",
    # "ประสานเทศบาลนคร… เพื่อขอคำแนะนำ", "เปรียบเทียบกับองค์การบริหารส่วนตำบล…")
    ("ศึกษาดูงาน", "peer"), ("ดูงาน", "peer"), ("ประสาน", "peer"), ("เปรียบเทียบกับ", "peer"),
    ("เทียบกับ", "peer"), ("แลกเปลี่ยนเรียนรู้กับ", "peer"),
    # a body the result is set against ("… ได้ 91.30 คะแนน ต่ำกว่า อบต.ผาสุก ที่ได้ 94.10", "higher than"): a peer,
    # whose score makes no document about several bodies
    ("ต่ำกว่า", "peer"), ("สูงกว่า", "peer"), ("น้อยกว่า", "peer"), ("มากกว่า", "peer"), ("than", "peer"),
    # the body that directs or receives the subject's work ("ตามนโยบายของ สพป.…", "รายงานผลไปยังสำนักงาน
    # สาธารณสุขจังหวัด…"): a parent, however often it is named (listed before "ของ": a tie goes to the
    # first). Not "คำสั่ง" (a body's own orders: "คำสั่งองค์การบริหารส่วนตำบล… ที่ ๑๒/๒๕๖๗"); a head named
    # by title after these is the subject's own ("รายงานผลต่อนายกองค์การบริหารส่วนตำบล…": subject.py).
    ("นโยบายของ", "parent"), ("แนวทางของ", "parent"),
    # the body that supervises the subject ("ภายใต้การกำกับของสำนักงานสาธารณสุขอำเภอ…", "อยู่ในความดูแลของ…"):
    # ends where "ของ" does, so listed before it
    *((word + gap + "ของ", "parent") for word in ("กำกับ", "กำกับดูแล", "ความดูแล") for gap in ("", " ")),
    ("รายงานผลต่อ", "parent"), ("รายงานต่อ", "parent"), ("ไปยัง", "parent"),
    ("ผู้ประเมิน", "evaluator"), ("ผู้ตรวจประเมิน", "evaluator"), ("ประเมินโดย", "evaluator"),
    ("ประเมินจาก", "evaluator"),  # "ได้รับการตรวจประเมินจากมหาวิทยาลัย…"
    ("ที่ปรึกษา", "evaluator"), ("หน่วยประเมิน", "evaluator"), ("ผู้รับจ้างประเมิน", "evaluator"),
    ("ได้รับการคัดเลือกให้เป็นผู้", "evaluator"),
    ("รายงานจาก", "publisher"), ("ที่มา", "publisher"), ("ข่าวโดย", "publisher"), ("เผยแพร่โดย", "publisher"),
    ("ผู้สื่อข่าว", "publisher"), ("ขอบคุณข้อมูล", "publisher"), ("ภาพ/ข่าว", "publisher"),
    ("สังกัด", "parent"), ("ภายใต้การกำกับ", "parent"), ("ประเภท", "category"),
    # the body a post congratulates or praises for its result ("สพป.… ขอแสดงความยินดีกับโรงเรียน… ที่ได้รับผล
    # การประเมิน ITA …"): the result is its, not the letterhead's
    ("ยินดีกับ", "subject"), ("ชื่นชม", "subject"),
    ("ให้แก่", "subject"), ("ให้กับ", "subject"), ("ชื่อหน่วยงาน", "subject"), ("หน่วยงาน", "subject"),
    # "ของ" after a document or act word names the body that issued it, another party of the subject's work
    # ("เผยแพร่ประกาศของสำนักงานที่ดินจังหวัด…", "แนวคำพิพากษาของศาลปกครองสูงสุด"): listed before "ของ", which
    # after a result word names the subject ("ผลการประเมินของเทศบาล…")
    *((word + gap + "ของ", "party") for word in ACT_WORDS_BEFORE_OF for gap in ("", " ")),
    ("ของ", "subject"), ("โดยทาง", "subject"), ("ประกาศ", "subject"),
    # ANOTHER PARTY of the subject's work: a body it works with, answers to or writes about ("ยื่นฟ้องต่อศาล
    # ปกครอง…", "ส่งต่อผู้ป่วยกับโรงพยาบาล…", "ตามที่สำนักงาน…ได้มีหนังสือ"). Listed last, so a longer cue ending
    # at the same place ("ยินดีกับ", "รายงานผลต่อ") wins. A body named only so is never the subject (the
    # subject's own name after them, "ร้องเรียนต่อ อบต.…", counts with its other mentions).
    ("ร่วมกับ", "party"), ("กับ", "party"), ("ต่อ", "party"), ("ตามที่", "party"),
    # the sender of a letter the text cites ("ตามหนังสือสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด… ที่ …", "อ้างถึง
    # หนังสือ…"): another party, never the subject, however high up the letter is cited (a memo's opening)
    ("หนังสือ", "party"),
    # the sender of a letter the subject received ("ได้รับหนังสือจากสำนักงานสาธารณสุขจังหวัด… แจ้งผลการประเมิน ITA …
    # ได้คะแนน 95.20"): it passes the result on, as a publisher does; the score after it is the subject's
    ("หนังสือจาก", "publisher"),
)
# "ของ" right after a number names whose number it is ("คะแนนสูงสุดของจังหวัดคือ 99.12 ของเทศบาลตำบลโพนทอง"):
# another body's score in a body's own news, so no cue that the body is the subject (matched on the text
# before the mention, ending with "ของ"; digits Thai or Arabic, a unit between).
OWNER_OF_NUMBER = r"[0-9๐-๙]\s*(?:คะแนน|%|points?)?\s*ของ\s*$"
# Cue words just AFTER a mention → role ("<body> ได้คะแนน …", "<official> เป็นประธานมอบรางวัล").
CUES_AFTER: tuple[tuple[str, str], ...] = (
    ("มอบรางวัล", "awarder"), ("เป็นประธาน", "awarder"), ("มอบโล่", "awarder"), ("มอบเกียรติบัตร", "awarder"),
    ("ผู้มอบ", "awarder"),
    # a body that assesses ITSELF or its own risks ("<body> ได้ดำเนินการประเมินตนเอง", "…ประเมินความเสี่ยงการทุจริต")
    # is the subject doing its own work: listed before the evaluator's "ดำเนินการประเมิน" (the first cue found wins)
    *((lead + "ดำเนินการประเมิน" + own, "subject") for own in ("ตนเอง", "ความเสี่ยง") for lead in ("", "ได้", "ได้ ")),
    ("ผู้ประเมิน", "evaluator"), ("ทำหน้าที่ประเมิน", "evaluator"), ("ดำเนินการประเมิน", "evaluator"),
    ("/ข่าว", "publisher"), ("รายงานข่าว", "publisher"), ("ที่กำกับ", "parent"),
    ("ได้คะแนน", "subject"), ("ได้ผลคะแนน", "subject"), ("ได้รับ", "subject"), ("ผ่านการประเมิน", "subject"),
    ("ทำคะแนน", "subject"), ("มีผลคะแนน", "subject"), ("มีคะแนน", "subject"), ("คว้า", "subject"),
    ("มีผลการประเมิน", "subject"),
)
ROLE_GAP = 12  # at most this many characters between a cue and the mention it marks
# Roles that are never the subject. "parent" is not among them: "หน่วยงานในสังกัด<X>" names X as the
# parent of OTHER units in X's own notice, so a parent mention only gives no subject support.
NOT_SUBJECT_ROLES = frozenset({"evaluator", "publisher", "awarder", "category", "peer"})
# Lines at the top of a document that count as its title / letterhead.
TITLE_UNITS = 3

# What may follow a name's branch number (NUMBERED_TYPES): punctuation, a place word, a word that
# ends a name (NAME_END_WORDS).
NAME_NUMBER_FOLLOW = ("|", ",", ")", "(", "ตำบล", "แขวง", "เขต", "สำนักงานเขต")

# Words that follow a type word but are not a name ("เทศบาลตำบลทุกแห่ง", "โรงพยาบาลของรัฐ").
NOT_A_NAME = ("ทุก", "ของ", "และ", "ใน", "ที่", "แห่ง", "ต่าง", "ดังกล่าว", "นั้น", "นี้", "ทั่ว", "ทัน", "เป็น",
              "จะ", "ได้", "มี", "ไม่", "ให้", "ซึ่ง", "โดย", "เพื่อ", "กับ", "ต้อง", "ทั้ง", "อื่น", "ฯ", "ระดับ",
              "สังกัด", "ภาครัฐ", "ส่วน", "เจ้าของ", "นั่น", "จาก", "หรือ", "แต่")
# Words that begin like one of NOT_A_NAME but begin a body's name ("สำนักงานที่ดินจังหวัด…",
# "โรงพยาบาลทันตกรรม…").
NAME_NOT_FUNCTION_WORD = ("ที่ดิน", "ทันตกรรม", "ต่างประเทศ", "ในประเทศ", "ส่วนภูมิภาค", "แห่งประเทศไทย", "แห่งชาติ")  # "การไฟฟ้าส่วนภูมิภาค", "การรถไฟแห่งประเทศไทย"
# A mention of a GROUP of bodies, not a body: "ลำดับที่ 5 จาก 38 มหาวิทยาลัยราชภัฏทั่วประเทศ",
# "เทศบาลตำบลทุกแห่ง", "จากทั้งหมด 76 จังหวัด". Words right after the name (or in place of one) …
COLLECTIVE_AFTER = ("ทั่วประเทศ", "ทั่วทั้ง", "ทุกแห่ง", "ทุกหน่วย", "ทั้งหมด", "ทั้งสิ้น", "ทั้งประเทศ", "ต่างๆ",
                    "ต่าง ๆ", "อื่นๆ", "อื่น ๆ", "หลายแห่ง", "แห่งอื่น")
# … words right before the type word ("ทุกเทศบาล", "บรรดาโรงเรียน") …
COLLECTIVE_BEFORE = ("ทุก", "บรรดา", "หลาย", "แต่ละ", "กลุ่ม", "เหล่า", "ประดา")
# … and a count before it: one of these words, then a number ("จาก 38 มหาวิทยาลัย…", "ทั้งหมด 76
# จังหวัด"). A number after "ที่"/"ลำดับ" (a rank) or at the start of a line (list numbering) is no count.
COUNT_WORDS = ("จาก", "ทั้งหมด", "ทั้งสิ้น", "จำนวน", "รวม", "กว่า", "ใน", "มี", "ทั้ง", "เพียง", "อีก")

# A unit of a body that makes its own ITA report, printed right before the body's name: a faculty of a
# university ("คณะวิทยาศาสตร์ มหาวิทยาลัยขอนแก่น"). The subject is the unit as printed, with the body's name
# after it; the body alone would take the unit's report for its own. Unit word, org_type, the types of the
# body it belongs to. A committee or a group of people ("คณะกรรมการ…", "คณะผู้บริหาร…") is no unit:
# UNIT_NOT_NAME are the words that may follow the unit word then.
UNIT_TYPES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("คณะ", "คณะ", ("มหาวิทยาลัย",)),
)
UNIT_NOT_NAME = ("กรรมการ", "อนุกรรมการ", "ทำงาน", "ผู้", "ครู", "บุคคล", "รัฐมนตรี", "สงฆ์", "นักศึกษา", "เจ้าหน้าที่",
                 "ศึกษา", "ดูงาน", "ตรวจ", "ประเมิน", "แพทย์ผู้", "นัก")
# Names of internal units that follow a generic type word ("สำนักงานปลัดเทศบาล"): not bodies.
INTERNAL_UNITS = ("ปลัด", "เลขานุการ", "ผู้ตรวจ")
# A type word + a category, not a name ("ประเภท สถาบันอุดมศึกษา", "โรงพยาบาลชุมชน").
CATEGORY_NAMES = ("สถาบันอุดมศึกษา", "สถาบันการศึกษา", "สถาบันการเงิน", "โรงเรียนเอกชน", "โรงพยาบาลชุมชน",
                  "โรงพยาบาลศูนย์", "โรงพยาบาลทั่วไป", "โรงพยาบาลเอกชน", "มหาวิทยาลัยของรัฐ", "กรมต่างๆ",
                  "สำนักงานส่วนกลาง", "สำนักงานภูมิภาค", "โรงเรียนขนาดเล็ก", "สำนักงานจังหวัด")
# Standard abbreviations of central agencies printed alone ("รายงานประจำปี 2565 สสว"). A body known
# only this way ranks below every body whose name is spelled out.
AGENCY_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("สสว", "สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม"),
    ("สพฐ", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"),
    ("สอศ", "สำนักงานคณะกรรมการการอาชีวศึกษา"),
    ("สปสช", "สำนักงานหลักประกันสุขภาพแห่งชาติ"),
    ("สกสค", "สำนักงานคณะกรรมการส่งเสริมสวัสดิการและสวัสดิภาพครูและบุคลากรทางการศึกษา"),
    ("สคบ", "สำนักงานคณะกรรมการคุ้มครองผู้บริโภค"),
    ("สศช", "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ"),
    ("สกศ", "สำนักงานเลขาธิการสภาการศึกษา"),
)
# Words that end a name (the rest of the line runs into it in Thai: "กรมประชาสัมพันธ์ผ่านการประเมิน").
NAME_END_WORDS = ("อำเภอ", "จังหวัด", "ประจำปี", "ได้", "มีผล", "มีคะแนน", "พบว่า", "ในการ", "ซึ่ง", "โดย",
                  "ผ่าน", "ทำคะแนน", "คว้า", "ประกาศ", "ดำเนินการ", "อยู่ใน", "เข้ารับ", "เปิดเผย",
                  "จัดทำ", "เรื่อง", "รายงาน", "ผลการประเมิน", "ขอ", "สังกัด", "ตั้งอยู่", "ที่ได้", "ด้วยคะแนน",
                  # a value's link after an abbreviation ("ผลการประเมิน EIT ของ รพ.สต. อยู่ที่ 4.52": no body
                  # "โรงพยาบาลส่งเสริมสุขภาพตำบลอยู่ที่")
                  "อยู่ที่", "เท่ากับ",
                  # what a sentence says of a body named in it ("…ศาลปกครองสูงสุดเกี่ยวกับการจัดซื้อ", "…โรงพยาบาล
                  # ขอนแก่นอย่างโปร่งใส"); no place name holds them
                  "เกี่ยวกับ", "อย่าง",
                  # what a body does with another, run into its name ("…นาดูนรับการประเมินจากมหาวิทยาลัย…",
                  # "…หนองเรือร่วมกับโรงพยาบาลหนองเรือ…")
                  "รับการ", "ร่วมกับ",
                  # an event a body holds, run into its name ("…หนองเรือจัดอบรมเจ้าหน้าที่"); not "จัด" alone
                  # ("สำนักงานจัดรูปที่ดิน…" is a name)
                  "จัดอบรม", "จัดประชุม", "จัดกิจกรรม", "จัดโครงการ", "จัดให้มี",
                  # what is said or done of a body named by its type alone ("ผู้อำนวยการโรงเรียนกล่าวว่า…",
                  # "…เว็บไซต์ของโรงเรียนเรียบร้อยแล้ว"): no place name holds them (geothai)
                  "กล่าว", "ให้สัมภาษณ์", "เรียบร้อย", "แล้ว")

# Words before a place that make it the place of SEVERAL bodies ("ของหน่วยงานภายในจังหวัดพิจิตร"):
# such a place is not the subject's.
COLLECTIVE_PLACE_CUES = ("หน่วยงานภายใน", "หน่วยงานใน", "ทุกหน่วยงาน", "ส่วนราชการใน", "ส่วนราชการภายใน",
                         "สถานศึกษาใน", "สถานศึกษาภายใน", "ท้องถิ่นใน", "ท้องถิ่นภายใน", "ทุกแห่งใน",
                         "หน่วยงานทั้งหมดใน", "แห่งในเขต", "หน่วยงานในเขต", "ทั่วทั้ง")
# A place after the word that opens a venue ("ส่งเจ้าหน้าที่เข้าอบรม ณ โรงแรม… อำเภอเมืองขอนแก่น
# จังหวัดขอนแก่น") is where an event was held, not the subject's place: regex fragments, matched on the
# line before the place. "ณ" as a word of its own, not the end of "ประมาณ"/"คุณ"; "ประกาศ ณ วันที่" is a date.
VENUE_BEFORE_PLACE = (r"(?<!\p{Thai})ณ\s*+(?!วันที่)",)
# Officials whose title contains a place; with an award cue on the line the place is the official's.
OFFICIAL_PLACE_TITLES = ("ผู้ว่าราชการจังหวัด", "รองผู้ว่าราชการจังหวัด", "นายอำเภอ", "ปลัดจังหวัด",
                         "ท้องถิ่นจังหวัด")
# A place right after these words is part of ANOTHER body's name: an evaluator's office
# ("สำนักงาน ป.ป.ช. ประจำจังหวัดมหาสารคาม", the trainer of a notice) — regex fragments ending right
# before the place word. Never the subject's place.
EVALUATOR_PLACE_BEFORE = (r"(?:ป\.?\s?ป\.?\s?[ชท]|ป\.?\s?ช\.?\s?ช|สตง|ก\.?\s?พ\.?\s?ร"
                          # the commission's name ends there: "…การทุจริตโรงพยาบาลX อำเภอ…" is a title run into a body's name
                          r"|ป้องกันและปราบปรามการทุจริต(?:แห่งชาติ|ในภาครัฐ|ภาครัฐ)?"
                          r"|ตรวจเงินแผ่นดิน)\.?\s*(?:ภาค\s*[0-9๐-๙]{1,2}\s*)?(?:ประจำ)?\s*$",)
# A place right after these words names the office of the body printed before them ("…ประจำจังหวัดX"):
# it is the subject's place only inside the subject's own name.
PLACE_OWNER_WORDS = ("ประจำ",)
# The capital is printed without "จังหวัด" and its districts are เขต, not อำเภอ: an address "เขตบางเขน
# กรุงเทพมหานคร" / "เขตจตุจักร กทม." names the district and the province together (the เขต one of
# the capital's districts in geothai). The capital alone ("ไบเทค บางนา กรุงเทพมหานคร", a venue) is no
# province of the subject's.
CAPITAL = "กรุงเทพมหานคร"
# the word before a province's name, in a body's name too ("องค์การบริหารส่วนจังหวัดหนองคาย")
PROVINCE_WORD = "จังหวัด"
CAPITAL_SPELLINGS = ("กรุงเทพมหานคร", "กรุงเทพฯ", "กทม.", "กทม")
CAPITAL_DISTRICT_WORD = "เขต"
# The capital's district offices are named by their เขต ("สำนักงานเขตจตุจักร"): such a body's name alone, the
# name one of the capital's districts in geothai, gives its district and the capital (no address needed).
CAPITAL_DISTRICT_OFFICES = ("สำนักงานเขต",)
# an official who congratulates a body ("นายอำเภอเมืองนครพนม ร่วมแสดงความยินดี") is no head of it either
AWARD_WORDS = ("มอบรางวัล", "มอบโล่", "มอบเกียรติบัตร", "เป็นประธาน", "แสดงความยินดี")

# Several distinct bodies of one kind, each followed by a score or grade within this many characters,
# make a multi-body document (a score table of colleges, news comparing provinces).
MULTI_SCORE_WINDOW = 60
MULTI_MIN_BODIES = 2
# What is not counted in that window: the assessment's name and the year, written between a body and its
# score ("เทศบาลตำบลศีขรภูมิ ได้คะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 จำนวน 95.32"; the full Thai
# name "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)" alone is 70 letters)
MULTI_SCORE_FILLER = (r"คุณธรรมและความโปร่งใส(?:ในการดำเนินงาน(?:ของหน่วยงานภาครัฐ)?)?|\(\s*ITA(?:\s*Online)?\s*\)"
                      r"|(?:ประจำ)?ปี(?:งบประมาณ)?\s*(?:พ\.\s*ศ\.\s*)?[0-9]{4}")
# Kinds of body that count as ONE kind there: the local governments (องค์กรปกครองส่วนท้องถิ่น, one ITA
# group). A province's news list or a local-government office's page mixes เทศบาล and อบต. results
# ("เทศบาลตำบล… 95.32", "อบต.… 88.76"): several bodies, no one's overall score. Keyed by the shortest
# type word (subject._family).
BODY_FAMILIES = {
    "เทศบาล": "องค์กรปกครองส่วนท้องถิ่น",
    "องค์การบริหารส่วนตำบล": "องค์กรปกครองส่วนท้องถิ่น",
    "องค์การบริหารส่วนจังหวัด": "องค์กรปกครองส่วนท้องถิ่น",
}
