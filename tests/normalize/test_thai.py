"""Tests of normalize.thai: one test per rule with real broken strings, the whole chain on the real
broken strings of THAI_PDF §7 (data/broken_real_dev.tsv) and on pdfplumber output of real PDFs,
no-op on the correct seed reports, idempotence, speed, and property tests."""
from __future__ import annotations

import csv
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import thai
from normalize.thai import RULES, Fix, repair_thai, repair_thai_with_fixes, thai_quality

from normalize.thai_channel import DEFAULT, Priors, estimate, needs_search

from .samples import SAMPLES

DATA = Path(__file__).resolve().parent / "data"
TSV = DATA / "broken_real_dev.tsv"
REAL_PDFS = SAMPLES / "real"
NONGYAI = "nongyai_sso_2563_procurement_measures"
NAMYUEN = "namyuen_hospital_2567_anticorruption_plan_report"
SEEDS = sorted(SAMPLES.glob("[0-9][0-9][0-9]_*.txt"))
RULE = dict(RULES)


def squash(text: str) -> str:
    return "".join(text.split())


def tsv_rows() -> list[dict]:
    with TSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def pdf_text(stem: str) -> str:
    """pdfplumber's extract_text() of a real PDF, pages joined by newlines (stored, see below)."""
    return (DATA / f"{stem}.pdfplumber.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The chain
# ---------------------------------------------------------------------------------------------
def test_rule_names_and_order():
    assert [name for name, _ in RULES] == [
        "zero_width", "legacy_mac_thai", "pua_to_thai", "ascii_fallback_tone", "sara_am_duplicate",
        "space_before_mark", "nikhahit_sara_aa", "split_sara_am", "reorder_marks", "mark_displaced",
        "double_tone", "lost_sara_am", "mixed_digits"]
    for name, rule in RULES:
        assert rule.__doc__ and "→" in rule.__doc__, name  # every rule shows a before → after
        assert rule("") == ""


# ---------------------------------------------------------------------------------------------
# One test per rule (the rule alone, on input the rules before it have already seen)
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, fixed", [
    ("สวัสดี\u200bครับ", "สวัสดีครับ"),
    ("การ\u200cประชุม\u00ad\ufeff", "การประชุม"),
    ("ก\u200d\u2060ข", "กข"),
])
def test_zero_width(raw, fixed):
    assert RULE["zero_width"](raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    # THAI_PDF §7: TIS-620 shown as MacRoman; à is Apple's low MAI EK (0x88), μ a copied µ
    ("°“√®—¥∑”§Ÿà¡◊Õ°“√ªØ‘∫—μ‘ß“π", "การจัดทำคู่มือการปฏิบัติงาน"),
    ("§”π”", "คำนำ"),
    ("°“√ªØ‘∫—μ‘ß“π 2564 ¢Õß", "การปฏิบัติงาน 2564 ของ"),
])
def test_legacy_mac_thai(raw, fixed):
    assert RULE["legacy_mac_thai"](raw) == fixed


@pytest.mark.parametrize("text", [
    "ราคา ……… บาท", "“ITA” – ok", "Café Théâtre ™", "ข้อ ๑ “การ” •••", "©®°", "25 °C ± 2",
])
def test_legacy_mac_thai_leaves_symbols_that_do_not_read_as_thai(text):
    assert RULE["legacy_mac_thai"](text) == text


@pytest.mark.parametrize("raw, fixed", [
    ("ผู\uf70bมี", "ผู้มี"),  # Windows MAI THO shifted down
    ("\uf700าน", "ฐาน"),  # THO THAN without descender
    ("ส\uf70aง", "ส่ง"),  # THAI_PDF §3: "tone marks look lost, as in สงเสริม, but are U+F70A"
    ("ค\uf711\uf70a", "ค\u0e4d\u0e48"),  # NIKHAHIT (later rules make ำ of it with an า)
    ("ก\uf88bา", "ก่า"),  # Mac MAI EK low
    ("ป\uf885", "ปิ"),  # Mac SARA I shifted left
    ("ก\uf8ffข", "ก\uf8ffข"),  # other private-use characters stay
])
def test_pua_to_thai(raw, fixed):
    assert RULE["pua_to_thai"](raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    ("การปรับปรุงแก4ไข", "การปรับปรุงแก้ไข"),  # TSV (fliphtml5): a digit for MAI THO
    ("วันที่ประกาศใช)", "วันที่ประกาศใช้"),  # TSV: an unpaired ")" for MAI THO
    ("หัวข)อ", "หัวข้อ"),
    ("วันที่เริ่มใชง) าน", "วันที่เริ่มใช้งาน"),  # TSV: the mark belongs one consonant back
    ("หนา)", "หนา้"),  # reorder_marks then makes หน้า
    ("ตัวชีว( ัด", "ตัวชี้วัด"),  # LibreOffice PDF, pdfplumber (THAI_PDF §2); the space came with "("
])
def test_ascii_fallback_tone(raw, fixed):
    assert RULE["ascii_fallback_tone"](raw) == fixed


@pytest.mark.parametrize("text", [
    "(ไม่มี)", "ก) ข้อหนึ่ง ข) ข้อสอง", "ปี2565", "ข้อ 4 ของ", "ร้อยละ (80)", "๑) ประชุม",
    "(ร้อยละ\n๘๐)", "ข้อ4 ก", "ที่1ของ",
])
def test_ascii_fallback_tone_leaves_real_brackets_and_digits(text):
    assert RULE["ascii_fallback_tone"](text) == text


@pytest.mark.parametrize("raw, fixed", [
    ("ดำาเนินการ", "ดำเนินการ"),  # LibreOffice PDF through pdfminer (THAI_PDF §2)
    ("ประจำาปี", "ประจำปี"),
    ("นาำ", "นำ"),
    ("คำ", "คำ"),
])
def test_sara_am_duplicate(raw, fixed):
    assert RULE["sara_am_duplicate"](raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    ("ต ้องการ", "ต้องการ"),  # THAI_PDF §9
    ("ถ ึง", "ถึง"),
    ("กรณ ีที่", "กรณีที่"),
    ("ค ำ", "คำ"),
    # one space between two marks came after a displaced mark: kept for mark_displaced
    ("ผ้วู ิจยั", "ผ้วู ิจยั"),  # TSV
    ("ท่ดี ำเนนิ", "ท่ดี ำเนนิ"),
    ("ที ่", "ที ่"),  # (mark_displaced, finding nothing to move, deletes the space)
    ("ก ข", "ก ข"),
    ("abc ่", "abc ่"),  # nothing Thai to attach to
])
def test_space_before_mark(raw, fixed):
    assert RULE["space_before_mark"](raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    ("บทนํา", "บทนำ"),  # TSV (slideshare thawangtan)
    ("ว่าด้วยการจัดทําแผนพัฒนา", "ว่าด้วยการจัดทำแผนพัฒนา"),  # TSV
    ("นํ้า", "น้ำ"),  # NIKHAHIT, tone, SARA AA (Word)
    ("น้ํา", "น้ำ"),
    ("สาํ นัก", "สำ นัก"),  # THAI_PDF §7 (anyflip hbgzg)
    ("\u0e4d", "\u0e4d"),
])
def test_nikhahit_sara_aa(raw, fixed):
    assert RULE["nikhahit_sara_aa"](raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    # pdfplumber on the real PDF of samples/real/nongyai… (TH SarabunPSK)
    ("ประกาศส านักงานสาธารณสุขอ าเภอหนองใหญ่", "ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่"),
    ("เพื่อให้การด าเนินงาน", "เพื่อให้การดำเนินงาน"),
    ("๑.จัดท าแผนจัดซื้อจัดจ้างประจ าปี", "๑.จัดทำแผนจัดซื้อจัดจ้างประจำปี"),
    ("ค าน า", "คำนำ"),  # THAI_PDF §9
    ("เป้ าหมาย", "เป้าหมาย"),  # a displaced space after a tone mark
    ("ภายใต้ยุทธศาสตร์ ก ารพั ฒนา", "ภายใต้ยุทธศาสตร์ การพั ฒนา"),  # TSV, justified text
    ("จะมี แ นวทางการพั ฒนาได้ ม ากกว่ า", "จะมี แ นวทางการพั ฒนาได้ มากกว่า"),  # TSV
    ("การใชอ้ านาจ", "การใช้อำนาจ"),  # a displaced tone before a split ำ
])
def test_split_sara_am(raw, fixed):
    assert RULE["split_sara_am"](raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    ("ช่ือเร่ือง", "ชื่อเรื่อง"),  # TSV (pubhtml5)
    ("สัมฤทธ์ิ", "สัมฤทธิ์"),  # TSV: karan before SARA I
    ("รายงานน้ี", "รายงานนี้"),  # TSV
    ("นำ้", "น้ำ"),
    ("หนา้", "หน้า"),
    ("ค่ะ", "ค่ะ"),
    ("คะ่", "ค่ะ"),
    ("เเปลก", "แปลก"),
    ("ดีี", "ดี"),
    ("ที่่", "ที่่"),  # two tones: double_tone decides
])
def test_reorder_marks(raw, fixed):
    assert RULE["reorder_marks"](raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    # pdfplumber on samples/real/namyuen… (a mark sorted after the next letter, then a space)
    ("- จดั การอบรมให้ความรู้แก่", "- จัดการอบรมให้ความรู้แก่"),
    ("หน่วยงานผู้มีผลการปฏิบัตงิ านอยู่", "หน่วยงานผู้มีผลการปฏิบัติงานอยู่"),
    ("งใส ตอ่ ต้านการทุจริต", "งใส ต่อต้านการทุจริต"),
    ("หน่วยงานในสังกดั มกี ารจัดการ", "หน่วยงานในสังกัดมีการจัดการ"),
    # …and on samples/real/nongyai…
    ("ให้ทราบโดยทัว่ กัน", "ให้ทราบโดยทั่วกัน"),
    # TSV (pubhtml5, anyflip, fliphtml5)
    ("การพฒั นารูปแบบการบริหาร", "การพัฒนารูปแบบการบริหาร"),
    ("ผ้วูิจยั", "ผู้วิจัย"),
    ("ของสถานศกึ ษาในสังกดั", "ของสถานศึกษาในสังกัด"),
    ("คู่มอื ปฏิบตั งิ านเลขานุการ", "คู่มือปฏิบัติงานเลขานุการ"),
    ("การจัดการเอกสารอเิ ลก็ ทรอนิกส์", "การจัดการเอกสารอิเล็กทรอนิกส์"),
    ("ปีที่พมิ พ์ 2564", "ปีที่พิมพ์ 2564"),
    ("นายวรินทร์ วิรุณพนั ธ์", "นายวรินทร์ วิรุณพันธ์"),  # the name's own spaces and karan stay
    ("ค่มู อื", "คู่มือ"),  # THAI_PDF §10b
    ("ท่ดี ำเนนิ การ", "ที่ดำเนินการ"),
    ("ผ้วู ิจยั", "ผู้วิจัย"),  # the space between ู and ิ shows which mark moved
    ("การบริหารจัดการทีด่ ี", "การบริหารจัดการที่ดี"),
    ("ที ่", "ที่"),  # nothing to move: the space before the mark goes
    ("ได้ดังต่อไปนี ้ ้", "ได้ดังต่อไปนี้้"),  # pypdfium2 (THAI_PDF §3); double_tone drops one
    ("การดาเนนิ งาน", "การดาเนินงาน"),  # นิ is a word, but ดาเนนิ does not read: lost_sara_am next
    ("ยทุ ธศาสตร์", "ยุทธศาสตร์"),
])
def test_mark_displaced(raw, fixed):
    assert RULE["mark_displaced"](raw) == fixed


@pytest.mark.parametrize("text", [
    "ที่ มี ได้ ไม่ แม่ ใหม่ ใคร่ ก็ บ่",  # marks before spaces that end words
    "นายวรินทร์ วิรุณ",
    "ปันธิยะ",  # a name the dictionary does not know, with nothing impossible in it
    "มี หลั กคิ ด ที่ ว่ า",  # justified text: spaces everywhere, but every mark is in place
])
def test_mark_displaced_leaves_correct_text(text):
    assert RULE["mark_displaced"](text) == text


@pytest.mark.parametrize("raw, fixed", [
    ("ที่่", "ที่"),  # an overprinted tone
    ("อย่่ในระดับ", "อยู่ในระดับ"),  # LibreOffice PDF read without ActualText (THAI_PDF §2)
    ("ผ้้มี", "ผู้มี"),
    ("แบบวัดการรับร่้ของผ้่มีส่วนได้", "แบบวัดการรับรู้ของผู้มีส่วนได้"),
])
def test_double_tone(raw, fixed):
    assert RULE["double_tone"](raw) == fixed


@pytest.mark.parametrize("raw, fixed", [
    # TSV (slideshare kanjanakanta, anyflip): SARA AM lost
    ("ว่าด้วยการจัดทาแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น",
     "ว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น"),
    ("พ.ศ.๒๕๕๙ กาหนดว่า", "พ.ศ.๒๕๕๙ กำหนดว่า"),
    ("คานา", "คำนำ"),  # two real words, คา + นา, but one word with ำ
    ("วิทยาลัยอาชีวศึกษาลาปาง ได้จัดทา", "วิทยาลัยอาชีวศึกษาลำปาง ได้จัดทำ"),
    ("เทศบาลตาบล", "เทศบาลตำบล"),
    # TSV: every า of a bold font printed as ำ
    ("สำรบัญ", "สารบัญ"),
    ("หน้ำ", "หน้า"),
    ("ของเทศบำลตำบลท่ำเสำ", "ของเทศบาลตำบลท่าเสา"),  # ตำบล keeps its real ำ
    ("4.1 กำรศึกษำ", "4.1 การศึกษา"),
])
def test_lost_sara_am(raw, fixed):
    assert RULE["lost_sara_am"](raw) == fixed


@pytest.mark.parametrize("text", [
    "ทางการ", "ตามมา", "นาข้าว", "ทาสี", "การดำเนินการประจำปี",  # า and ำ together: a sound font
    "สำนักปลัด", "จำนวน", "ตำบล",
])
def test_lost_sara_am_leaves_words(text):
    assert RULE["lost_sara_am"](text) == text


@pytest.mark.parametrize("raw, fixed", [
    ("พ.ศ. ๒๕๖7", "พ.ศ. ๒๕๖๗"),  # samples/real/namyuen…, pdfplumber
    ("25๖7", "2567"),
    ("๑,2๓๔.๕6", "๑,๒๓๔.๕๖"),
    ("๒๕๖๗ 2567", "๒๕๖๗ 2567"),  # two numbers, each consistent
    ("1๒", "๑๒"),  # a tie goes to Thai digits
])
def test_mixed_digits(raw, fixed):
    assert RULE["mixed_digits"](raw) == fixed


# ---------------------------------------------------------------------------------------------
# Real broken strings (THAI_PDF §7): exact-match rate, whitespace ignored
# ---------------------------------------------------------------------------------------------
MEASURED_EXACT = 45  # of 46; row "กศน.จงั หวดั อดุ รานี" lost a letter (ธ) no rule can bring back
MARGIN = 2


@pytest.mark.slow
def test_exact_rate_on_real_broken_strings():
    rows = tsv_rows()
    exact = sum(squash(repair_thai(r["broken"])) == squash(r["correct"]) for r in rows)
    assert exact >= MEASURED_EXACT - MARGIN, f"{exact}/{len(rows)}"


@pytest.mark.slow
def test_rates_against_baselines():
    rates = thai._exact_rates(str(TSV))
    assert rates["none"][0] < rates["pythainlp.normalize"][0] < rates["repair_thai"][0]


@pytest.mark.parametrize("row", tsv_rows(), ids=lambda r: r["broken"][:20])
def test_real_string_is_never_made_worse_and_is_stable(row):
    broken, correct = row["broken"], row["correct"]
    repaired = repair_thai(broken)
    assert repair_thai(repaired) == repaired
    assert repair_thai(correct) == correct  # the correct reading is left alone
    # never further from the correct reading than the broken string was
    assert _distance(squash(repaired), squash(correct)) <= _distance(squash(broken), squash(correct))


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@pytest.mark.parametrize("broken, why", [
    ("กศน.จงั หวดั อดุ รานี", "the letter ธ is missing from the text layer"),
    ("ความตองการ", "a dropped mark: ตอง is a word"),
    ("องคการ", "a dropped karan: องค is a word"),
    ("ข้อม้ล", "SARA UU mapped to MAI THO with no other trace"),
])
def test_unhandled_defects_are_left_alone(broken, why):
    repaired = repair_thai(broken)
    assert squash(repaired) == squash(repair_thai(repaired))
    assert len(squash(repaired)) >= len(squash(broken)) - 1, why  # no wild rewrite


# ---------------------------------------------------------------------------------------------
# pdfplumber output of real PDFs (samples/real), and of a LibreOffice PDF (samples/pdf)
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("stem, broken, fixed", [
    (NONGYAI, "ส านักงานสาธารณสุขอ าเภอหนองใหญ่", "สำนักงานสาธารณสุขอำเภอหนองใหญ่"),
    (NONGYAI, "การก าหนดมาตรการ", "การกำหนดมาตรการ"),
    (NONGYAI, "โดยทัว่ กัน", "โดยทั่วกัน"),
    (NAMYUEN, "จดั การอบรม", "จัดการอบรม"),
    (NAMYUEN, "ปฏิบัตงิ าน", "ปฏิบัติงาน"),
    (NAMYUEN, "ตอ่ ต้าน", "ต่อต้าน"),
    (NAMYUEN, "พ.ศ. ๒๕๖7", "พ.ศ. ๒๕๖๗"),
])
def test_real_pdf_text(stem, broken, fixed):
    raw = pdf_text(stem)
    repaired = repair_thai(raw)
    assert broken in raw
    assert broken not in repaired and fixed in repaired


@pytest.mark.parametrize("stem", [NONGYAI, NAMYUEN])
def test_real_pdf_text_is_clean_after_repair(stem):
    raw = pdf_text(stem)
    repaired = repair_thai(raw)
    assert thai_quality(repaired)["errors"] == 0
    assert repair_thai(repaired) == repaired


@pytest.mark.skipif(not (REAL_PDFS / f"{NONGYAI}.pdf").exists(), reason="real PDFs not present")
@pytest.mark.parametrize("stem", [NONGYAI, NAMYUEN])
def test_stored_pdf_text_is_what_pdfplumber_gives(stem):
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(REAL_PDFS / f"{stem}.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert text == pdf_text(stem)


# The first lines of pdfplumber's extract_text() on samples/pdf/000_d6e4b885eccfbcd3.pdf (a
# LibreOffice PDF: ActualText ignored, ำ → ำา, MAI THO → "(", SARA UU → a tone) and the seed.
LIBREOFFICE_LINES = [
    ("รายงานผลการดำาเนินงาน", "รายงานผลการดำเนินงาน"),
    ("เทศบาลตำาบลนาำ( คำาใหญ่", "เทศบาลตำบลน้ำคำใหญ่"),
    ("มาตรการขับเคล่อื นการส่งเสริมคุณธรรมและความโปร่งใส", "มาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส"),
    ("พบว่า มีผลคะแนน ๙๓.๘๗ คะแนน อย่่ในระดับ A", "พบว่า มีผลคะแนน ๙๓.๘๗ คะแนน อยู่ในระดับ A"),
    ("วิเคราะห์ผลการประเมินแต่ละตัวชีว( ัด ได้ดังต่อไปนี(", "วิเคราะห์ผลการประเมินแต่ละตัวชี้วัด ได้ดังต่อไปนี้"),
    ("แบบวัดการรับร่้ของผ้่มีส่วนได้ส่วนเสียภายใน (IIT)", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"),
    ("มีประเด็นที่ต้องพัฒนาให้ดีขึน( กว่าเดิมในเร่อื ง -การ", "มีประเด็นที่ต้องพัฒนาให้ดีขึ้นกว่าเดิมในเรื่อง -การ"),
    ("ตามขัน( ตอนและระยะเวลาที่กำาหนด", "ตามขั้นตอนและระยะเวลาที่กำหนด"),
    ("หน่วยงานควรให้ความสำาคัญมากขึน( กับการประเมินผล", "หน่วยงานควรให้ความสำคัญมากขึ้นกับการประเมินผล"),
]


@pytest.mark.parametrize("raw, fixed", LIBREOFFICE_LINES)
def test_libreoffice_pdf_lines(raw, fixed):
    assert repair_thai(raw) == fixed


# ---------------------------------------------------------------------------------------------
# Correct text is left alone; idempotence; speed
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_no_op_on_seed_reports(seed):
    text = seed.read_text(encoding="utf-8")
    repaired, fixes = repair_thai_with_fixes(text)
    # the only change: the seed's own NIKHAHIT + SARA AA ("- สํารวจ" in 003)
    assert all(fix.rule == "nikhahit_sara_aa" for fix in fixes), fixes[:5]
    assert repaired == text.replace("\u0e4d\u0e32", "\u0e33")


def test_no_op_on_correct_column():
    for row in tsv_rows():
        assert repair_thai(row["correct"]) == row["correct"]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_idempotent_on_seeds_and_broken_strings(seed):
    text = seed.read_text(encoding="utf-8")
    once = repair_thai(text)
    assert repair_thai(once) == once
    for row in tsv_rows():
        once = repair_thai(row["broken"])
        assert repair_thai(once) == once


def test_speed_on_whole_reports():
    repair_thai("ดาเนินการ จดั การ สำรบัญ")  # loads the dictionary once
    text = "\n".join(seed.read_text(encoding="utf-8") for seed in SEEDS)  # ~52k chars, ~60 pages
    start = time.process_time()
    repair_thai(text)
    elapsed = time.process_time() - start
    # ~80 ms measured on a loaded 2-core VM (two passes: 003 has a ํา); generous for CI
    assert elapsed < 1.0, elapsed


def test_speed_on_broken_pdf_text():
    raw = pdf_text(NAMYUEN) + "\n" + pdf_text(NONGYAI)
    repair_thai("ดาเนินการ จดั การ สำรบัญ")
    start = time.process_time()
    repair_thai(raw + "\n")  # not cached: a different text
    assert time.process_time() - start < 2.0


# ---------------------------------------------------------------------------------------------
# Fixes
# ---------------------------------------------------------------------------------------------
def test_one_fix_per_change():
    text, fixes = repair_thai_with_fixes("ประกาศส านักงานสาธารณสุขอ าเภอหนองใหญ่")
    assert text == "ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่"
    # the search reads split ำ (the chain's split_sara_am rule is superseded): one Fix per word,
    # with the channel cost of the split at this line's estimated rate. สาธารณสุข + อำเภอ, a pair
    # the report text has, reads cheaper than the one report word สาธารณสุขอำเภอ (no pair is read
    # inside it): the Fix is the word that changed
    assert fixes == [Fix("split_sara_am", "ส านักงาน", "สำนักงาน", 1.06),
                     Fix("split_sara_am", "อ าเภอ", "อำเภอ", 1.06)]


def test_fixes_follow_the_chain():
    text, fixes = repair_thai_with_fixes("วันท่เี ริ่มใชง) าน")
    assert text == "วันที่เริ่มใช้งาน"
    # The chain reads ")" as MAI THO; the line displaces marks, so the search puts ี back on ท
    # (dropping the gap that came with it) and ้ on ช, each with its channel cost.
    assert fixes[0] == Fix("ascii_fallback_tone", "มใชง) าน", "มใชง้าน")
    assert [(f.rule, f.after) for f in fixes[1:]] == [("mark_displaced", "วันที่เริ่ม"),
                                                       ("mark_displaced", "ใช้งาน")]
    assert all(f.cost > 0 for f in fixes[1:])


@pytest.mark.parametrize("raw, fixes", [
    # a displaced mark's before is the source as written, the moved mark and its gap included
    ("ปฏิบตั ิการ ขอ้ มูล ตอ้ งการ", [Fix("mark_displaced", "ปฏิบตั ิการ", "ปฏิบัติการ", 1.77),
                                   Fix("mark_displaced", "ขอ้ มูล", "ข้อมูล", 1.77),
                                   Fix("mark_displaced", "ตอ้ งการ", "ต้องการ", 1.77)]),
    ("ทรพั ยส์ ิน ขอ้ มูล ตอ้ งการ", [Fix("mark_displaced", "ทรพั ยส์ ิน", "ทรัพย์สิน", 3.7),
                                    Fix("mark_displaced", "ขอ้ มูล", "ข้อมูล", 1.85),
                                    Fix("mark_displaced", "ตอ้ งการ", "ต้องการ", 1.85)]),
    ("การดาเนินงาน ตามแผนปฏิบตั ิการ", [Fix("lost_sara_am", "ดาเนินงาน", "ดำเนินงาน", 3.91),
                                      Fix("mark_displaced", "ปฏิบตั ิ", "ปฏิบัติ", 1.48)]),
    # two edits of one chain rule whose contexts overlap: the second's before has the first applied
    ("ของเทศบำลตำบลท่ำเสำ", [Fix("lost_sara_am", "ทศบำลตำ", "ทศบาลตำ"),
                            Fix("lost_sara_am", "ลท่ำเสำ", "ลท่าเสำ"),
                            Fix("lost_sara_am", "าเสำ", "าเสา")]),
])
def test_fix_before_is_the_exact_source_text(raw, fixes):
    assert repair_thai_with_fixes(raw)[1] == fixes


def test_a_word_cut_at_the_line_end_is_left_as_written():
    # unseen web page (../shared/real-web/006): an excerpt ends inside เมื่อ; in a document that
    # displaces marks the search read "เมื่" as เม่ with ื spurious. A mark is read as spurious
    # only where no following consonant could make it writable.
    pri = estimate("ได้ประกาศผล ขอ้ มูล ITA ประจำปี เมื่")
    assert needs_search(pri)["displaced"]
    assert repair_thai("ได้ประกาศผลการประเมิน เมื่", pri) == "ได้ประกาศผลการประเมิน เมื่"
    assert repair_thai("กก(เ็ก") == "ก๊กเก"  # ็ on a leading vowel is still spurious


def test_an_unmapped_glyph_inside_a_run_is_read_as_any_mark():
    # unseen web page (../shared/real-web/014), a dropped-mark page: "ประจ�าปี" was read as
    # ประจุ + "�าปี" while "�" cut the run; as a wildcard inside the run (as the ASCII bytes a tone
    # glyph falls back to) the search reads the run whole: ประจำปี (ำ, a nikhahit the extractor
    # could not map, before า)
    pri = Priors(drop=0.1008)  # the page's estimate
    assert needs_search(pri)["drop"]
    text = "(Integrity and Transparency Assessment: ITA) ประจ\ufffdาปีงบประมาณ พ.ศ. 2564"
    fixed, fixes = repair_thai_with_fixes(text, pri)
    assert fixed == "(Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. 2564"
    assert [(f.rule, f.before, f.after) for f in fixes] == [("ascii_mark+lost_sara_am", "ประจ\ufffdา", "ประจำ")]
    assert repair_thai("ในการด\ufffdาเนินงาน") == "ในการดำเนินงาน"
    assert repair_thai("ผลการประเมิน\ufffd") == "ผลการประเมิน\ufffd"  # at a run's end: nothing to read it with


def test_an_ellipsis_is_no_abbreviation():
    # real PDF (nongyai 2563): the words before "..." were left out of the search as if they
    # were an abbreviation before "." ("พ.ศ."), so the split ำ there was never read once the
    # chain's split_sara_am rule was superseded
    assert repair_thai_with_fixes("/๑๓.ให้ท ารายงาน...") == (
        "/๑๓.ให้ทำรายงาน...", [Fix("split_sara_am", "ท า", "ทำ", 1.53)])
    assert repair_thai("ปีงบประมาณ พ.ศ. 2565 สำนักงานป.ป.ช.") == "ปีงบประมาณ พ.ศ. 2565 สำนักงานป.ป.ช."


def _replay(text, fixes):
    for f in fixes:
        assert f.before in text, (f, text)
        text = text.replace(f.before, f.after, 1)
    return text


def test_fixes_replayed_on_the_source_give_the_repair():
    """Every Fix's before is text as it stood (an auditor can find it), and replaying them in
    order gives the repaired text (up to the spaces a search Fix strips from its ends)."""
    texts = [row["broken"] for row in tsv_rows()] + [
        "ปฏิบตั ิการ ขอ้ มูล ตอ้ งการ", "วันท่เี ริ่มใชง) าน", "ร า ย ง า น ผ ล", "กก(เ็ก"]
    for text in texts:
        out, fixes = repair_thai_with_fixes(text)
        assert "".join(_replay(text, fixes).split()) == "".join(out.split()), text


def test_fixes_give_the_same_text_as_repair():
    for row in tsv_rows():
        assert repair_thai_with_fixes(row["broken"])[0] == repair_thai(row["broken"])


def test_no_fixes_on_clean_text():
    assert repair_thai_with_fixes("การดำเนินงานของหน่วยงานภาครัฐ") == ("การดำเนินงานของหน่วยงานภาครัฐ", [])
    assert repair_thai_with_fixes("") == ("", [])


# ---------------------------------------------------------------------------------------------
# thai_quality
# ---------------------------------------------------------------------------------------------
def test_quality_of_clean_reports():
    for seed in SEEDS:
        q = thai_quality(seed.read_text(encoding="utf-8"))
        assert q["usable"] and q["errors_per_1k"] < 0.5 and q["thai_chars"] > 5000


def test_quality_flags_the_split_sara_am_pdf_until_repaired():
    raw = pdf_text(NONGYAI)
    q = thai_quality(raw)
    assert q["consonant_space_aa"] == 28 and not q["usable"]
    assert thai_quality(repair_thai(raw))["usable"]


def test_quality_counts_displaced_marks():
    q = thai_quality(pdf_text(NAMYUEN))
    assert q["impossible_sequence"] >= 5


@pytest.mark.parametrize("text, key", [
    ("ต ้องการ", "orphan_mark"),
    ("ช่ือ", "tone_before_vowel"),
    ("ดำาเนิน", "split_sara_am"),
    ("บทนํา", "split_sara_am"),
    ("ส านัก", "consonant_space_aa"),
    ("ผู\uf70bมี", "pua"),
    ("การ\ufffdประชุม", "replacement"),
    ("การ(cid:12)ประชุม", "replacement"),
    ("ประกาศใช)", "ascii_in_thai"),
    ("แก4ไข", "ascii_in_thai"),
    ("°“√®—¥∑”§Ÿà¡◊Õ", "legacy_font"),
    ("จดั การ", "impossible_sequence"),
])
def test_quality_kinds(text, key):
    q = thai_quality(text)
    assert q[key] >= 1 and q["errors"] >= 1


def test_quality_of_nothing():
    q = thai_quality("")
    assert q["thai_chars"] == 0 and q["errors"] == 0 and q["usable"]
    assert thai_quality("(ไม่มี) ข้อ 1")["errors"] == 0


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------
THAI_ALPHABET = ([chr(c) for c in range(0x0E01, 0x0E5C)] + list(" \n\t()0123456789.,-aZ")
                 + ["\u200b", "\uf70a", "\uf711", "\uf88b", "\u00a0", "ำา", "ํา", " า", "\ufffd", "°“√"])
THAI_TEXT = st.lists(st.sampled_from(THAI_ALPHABET), max_size=40).map("".join)
# Real words, broken fragments from the TSV and spaces: text that looks like a PDF's.
PIECES = ["การ", "ดำเนิน", "งาน", "สำนัก", "ที่", "ได้", "ไม่", "ผู้", "ปฏิบัติ", "คำนำ", "จัด", "ทำ",
          "ส านัก", "จดั ", "ปฏิบัตงิ าน", "ค่มู อื", "กาหนด", "สำรบัญ", "แก4ไข", "ใช)", "ช่ือ",
          "ดำา", "นํา", "๒๕๖7", "ITA", "e-service", " ", " ", "\n", "ๆ", "(", ")"]
THAI_PIECES = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(deadline=None, max_examples=300)
@given(st.text())
def test_never_raises_on_any_text(text):
    repaired = repair_thai(text)
    assert isinstance(repaired, str)
    assert repair_thai_with_fixes(text)[0] == repaired


@settings(deadline=None, max_examples=300)
@given(THAI_TEXT)
def test_rules_never_raise_on_thai_heavy_text(text):
    for _, rule in RULES:
        text = rule(text)  # each rule on its own: repair_thai would hide an exception
    thai_quality(text)


@settings(deadline=None, max_examples=300)
@given(st.one_of(THAI_TEXT, THAI_PIECES))
def test_idempotent(text):
    # with one document's priors (extract/repair.py estimates them once per document) and with
    # priors estimated from the text itself (the repaired text's rates differ from the input's)
    once = repair_thai(text, DEFAULT)
    assert repair_thai(once, DEFAULT) == once
    once = repair_thai(text)
    assert repair_thai(once) == once


# Counterexamples the property searches found (HYPOTHESIS_PROFILE=explore): one round of repair
# was not a fixed point, because the round's priors came from its own input (an invalid "ํา"
# made the text look like it displaces marks, so chain rules were skipped that the repaired text
# runs) or the search repaired a neighbour of an unpaired "(" the chain then read as a tone.
@pytest.mark.parametrize("raw, fixed", [
    ("กก(เ็ก", "ก๊กเก"),
    ("จําบ", "จาบ"),
    ("ทรูํา", "ทูรำ"),
    ("บลําี", "บีลำ"),
])
def test_idempotent_counterexamples(raw, fixed):
    assert repair_thai(raw) == fixed
    assert repair_thai(fixed) == fixed
    assert repair_thai(raw, DEFAULT) == repair_thai(repair_thai(raw, DEFAULT), DEFAULT)


@pytest.mark.slow
@settings(deadline=None, max_examples=200)
@given(st.lists(st.one_of(st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True), THAI_PIECES), max_size=8))
def test_never_changes_ascii_words(parts):
    text = " ".join(parts)
    assert re.findall("[A-Za-z]+", repair_thai(text)) == re.findall("[A-Za-z]+", text)


@settings(deadline=None, max_examples=100)
@given(st.lists(st.sampled_from(["การดำเนินงาน", "ของ", "หน่วยงาน", "ภาครัฐ", "ประจำปี", "ที่",
                                 "ได้", "คะแนน", "ร้อยละ", "๙๓.๘๗", "ITA", "ผู้บริหาร", "สำนักงาน",
                                 "เทศบาลตำบล", " ", "\n"]), max_size=20))
def test_no_op_on_correct_thai(parts):
    text = "".join(parts)
    assert repair_thai(text) == text


# ---------------------------------------------------------------------------------------------
# A short page's drop rate read from the search (normalize.thai.estimate); abbreviations
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("broken, fixed", [
    # two lines, written for this test, marks dropped: too few marker words to tell the rate
    ("ประกาศผลการประเมนคุณธรรมและความโปรงใส\nหนวยงานไดคะแนนสูงกวาปีท่แลว",
     "ประกาศผลการประเมินคุณธรรมและความโปร่งใส\nหน่วยงานได้คะแนนสูงกว่าปีที่แล้ว"),
    ("เทศบาลจดอบรมเจาหนาทีเรืองการรบเรืองรองเรียน", "เทศบาลจัดอบรมเจ้าหน้าที่เรื่องการรับเรื่องร้องเรียน"),
])
def test_short_page_that_drops_marks_is_read_back(broken, fixed):
    from normalize.thai_channel import estimate as marker_estimate
    assert not needs_search(marker_estimate(broken))["drop"]  # the marker words alone cannot tell
    pri = thai.estimate(broken)
    assert needs_search(pri)["drop"]
    assert repair_thai(broken, pri) == fixed


@pytest.mark.parametrize("broken, fixed", [
    # one line, written for this test, one mark dropped from a word whose bare form no word has:
    # one mark put back is evidence enough when the reading beats the line as written by far
    ("การบริหารงานบุคคลของพนกงานเทศบาล", "การบริหารงานบุคคลของพนักงานเทศบาล"),
    ("รายชื่อคณะกรรมการตรวจรับพสดุ", "รายชื่อคณะกรรมการตรวจรับพัสดุ"),
    # two marks put back in one run of many marks shown: the gain per mark put back decides
    ("ผลการตรวจสอบพสดุและครุภัณฑ์ที่ใช้ในการดำเนินงานประจำปีของสำนกงานเขตพื้นที่การศึกษา",
     "ผลการตรวจสอบพัสดุและครุภัณฑ์ที่ใช้ในการดำเนินงานประจำปีของสำนักงานเขตพื้นที่การศึกษา"),
])
def test_one_line_with_one_impossible_bare_form_is_a_dropped_mark_page(broken, fixed):
    from normalize.thai_channel import estimate as marker_estimate
    assert not needs_search(marker_estimate(broken))["drop"]
    pri = thai.estimate(broken)
    assert needs_search(pri)["drop"]
    assert repair_thai(broken, pri) == fixed


@pytest.mark.parametrize("clean", [
    "แนวทางการจดการเรื่อง",  # จด (to note) is a word: one mark back gains too little to tell
    "นายสมชาย ใจดี ปลัดเทศบาล",
])
def test_one_line_whose_bare_form_is_a_word_is_left_alone(clean):
    pri = thai.estimate(clean)
    assert not needs_search(pri)["drop"]
    assert repair_thai(clean, pri) == clean


@pytest.mark.parametrize("clean", [
    "นายวรินทร์ วิรุณพันธ์",  # one mark could be put back (พันธุ์): a name's spelling, no evidence
    "นางสาวกมลชนก ศรีสุวรรณ์ ผู้อำนวยการกองคลัง",
    "ประชุมคณะทำงาน (ศปท.) ครั้งที่ ๒",
])
def test_short_clean_page_is_no_dropped_mark_page(clean):
    pri = thai.estimate(clean)
    assert not needs_search(pri)["drop"]
    assert repair_thai(clean, pri) == clean


def test_run_before_a_full_stop_is_an_abbreviation_not_a_word():
    # "พช" would read as พืช with a mark put back; "(พช.)" is an abbreviation
    text = "สำนักงานพัฒนาชุมชน (พช.) จดประชุมเจาหนาที่ ครังท ๒ เมอวนจนทร"
    assert repair_thai(text, Priors(drop=0.3)) == "สำนักงานพัฒนาชุมชน (พช.) จัดประชุมเจ้าหน้าที่ ครั้งที่ ๒ เมื่อวันจันทร์"


@given(st.lists(st.text(alphabet="กขคาิ่้", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text(alphabet="กขคาิ่้ ", max_size=40))
def test_marker_trie_matches_like_the_longest_first_alternation(words, text):
    from normalize.thai_channel import trie_pattern
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(trie_pattern(words))
    assert [m.group() for m in trie.finditer(text)] == [m.group() for m in flat.finditer(text)]


def test_document_that_shows_sara_am_loses_none():
    # the chain's lost-ำ rule reads a line with า and no ำ as a line that lost its ำ; a document
    # whose other lines show ำ has a font that draws it ("ม้า" stays, no "ม้ำ")
    text = "ประชุมคณะกรรมการประจำเดือน ณ ห้องประชุมสำนักงาน\nที่ว่าการบางปลาม้า จังหวัดสุพรรณบุรี"
    assert repair_thai(text) == text
    line = text.split("\n")[1]
    assert repair_thai(line, thai.estimate(text)) == line
    # a document without any ำ still has its lost ำ read back by the chain rule
    assert repair_thai("ได้ดาเนินการตามแผน") == "ได้ดำเนินการตามแผน"


@pytest.mark.parametrize("broken, fixed", [
    ("ผลงานประจำ ป 2567", "ผลงานประจำ ปี 2567"),  # a lone letter that lost its vowel
    ("งาน ป 2560 ท ผ่านมา", "งาน ปี 2560 ที่ ผ่านมา"),  # and one that lost vowel and tone
])
def test_lone_letter_of_a_dropped_mark_page_is_read(broken, fixed):
    assert repair_thai(broken, Priors(drop=0.3)) == fixed
    assert repair_thai(broken, DEFAULT) == broken  # a page that drops no marks: a lone letter stays


@pytest.mark.parametrize("text", [
    "ก) แผนงาน ข) โครงการ", "ข้อ (ค) ระบุ", "แนวทาง ก/ข", "ตามข้อ ง-จ", "ง-จ ตามข้อ", "(ก ) แผนงาน",
    "ตามมาตรา ๕ ว. ๒",
])
def test_list_marks_are_no_lone_words(text):
    # a lone letter next to list or reference punctuation is a list mark, even where marks drop
    assert repair_thai(text, Priors(drop=0.3)) == text


def test_a_dropped_mark_is_no_mark_displaced_from_the_next_word():
    # where the page drops marks and displaces none, "ไมว่า" is ไม่ that lost its tone, not ไม่
    # with ว่า's tone moved onto it (that read ไม้ for the word, ่ being taken from ว่า)
    assert repair_thai("ไมว่าจะเป็นงานใด", Priors(drop=0.3)) == "ไม่ว่าจะเป็นงานใด"
    # where the page displaces marks, a displaced mark is still read
    assert repair_thai("ให้ทราบโดยทัว่ กัน") == "ให้ทราบโดยทั่วกัน"


@pytest.mark.parametrize("text", ["บ้านธิ บ้านธิ", "ร้านฤดี ร้านฤดี", "บ้านธิ"])
def test_mark_displaced_moves_no_mark_off_an_unknown_letter_into_a_word(text):
    # moving ิ from ธ onto บ้าน's last letter ("บ้านิธ") read one unknown character cheaper
    # (the bare mark) while breaking บ้าน: an unknown letter and its marks cost one unknown together
    assert RULE["mark_displaced"](text) == text
    assert repair_thai(text) == text


@pytest.mark.parametrize("broken, fixed", [
    ("เดินทางไปยังอ.เมือง", "เดินทางไปยังอ.เมือง"),  # nothing dropped before the abbreviation
    ("โครงการของต.บ้านใหม่ ทีจ.ลำปาง", "โครงการของต.บ้านใหม่ ที่จ.ลำปาง"),
    ("สงเสริมการทองเที่ยวในกทม.", "ส่งเสริมการท่องเที่ยวในกทม."),  # a three-letter abbreviation
])
def test_words_glued_to_an_abbreviation_are_read(broken, fixed):
    # the abbreviation is the bare consonants before the full stop; the words before it are read
    assert repair_thai(broken, Priors(drop=0.3)) == fixed


@pytest.mark.parametrize("text", ["ของสถ.", "ในสตง.", "เขตพื้นที่การศึกษาสพป.", "(พช.ชย.)", "ที่สพฐ."])
def test_abbreviations_stay_in_a_dropped_mark_page(text):
    assert repair_thai(text, Priors(drop=0.3)) == text


def test_a_dropped_mark_page_does_not_move_marks_around_a_lost_one():
    # "ท่" ending a word is impossible as written: in a page that drops marks it is ที่ without ี;
    # the chain's mark_displaced moved the marks of the words before it instead
    pri = Priors(drop=0.3)
    assert not needs_search(pri)["displaced"]
    assert repair_thai("ตามเกณฑ์ชี้วดท่กำหนด", pri) == "ตามเกณฑ์ชี้วัดที่กำหนด"
    assert repair_thai("ผลการดำเนินงานตัวชี้วดท่", pri) == "ผลการดำเนินงานตัวชี้วัดที่"


def test_letter_spaced_name_no_dictionary_has_is_joined_too():
    # a unit no word reads ("ต์" of a made-up name, ฯ) lost its spacing like the words around it
    text = "ร า ย ง า น ข อ ง ส ถ า บั น ค ว อ น ต์ ฟ อ ร์ ม  ป ร ะ จำ ปี  โ ป ร่ ง ใ ส ฯ"
    pri = thai.estimate(text)
    assert needs_search(pri)["space"]
    assert repair_thai(text, pri) == "รายงานของสถาบันควอนต์ฟอร์ม  ประจำปี  โปร่งใสฯ"


@pytest.mark.parametrize("text, fixed", [
    ("รายงานของ สสว ประจำปี", "รายงานของ สสว ประจำปี"),  # a three-letter acronym without full stops
    ("ข้อมูลจาก สพฐ และ อบต", "ข้อมูลจาก สพฐ และ อบต"),
    ("บรรเทาความ ทกข ของประชาชน", "บรรเทาความ ทุกข์ ของประชาชน"),  # a word is still read
    ("ผลงาน ทกคน", "ผลงาน ทุกคน"),
])
def test_an_acronym_token_is_kept_in_a_dropped_mark_page(text, fixed):
    # letter by letter an acronym costs an unknown unit each, and a dropped-mark reading of part
    # of it ("สี" + "สว") beat them; read whole it costs one acronym
    assert repair_thai(text, Priors(drop=0.3)) == fixed


def test_a_dropped_mark_page_reads_a_word_as_it_shows_it_elsewhere():
    # ขาว (white) and ข่าว (news) are both words; a page that drops marks and shows ข่าว whole on
    # other lines reads its "ขาว" as ข่าว (the page's own words in the language model)
    doc = "\n".join(["ประชาสัมพันธ์ข่าว กจกรรมของหมูบ้าน ประจำเดอน", "ผลการดำเนนงาน ข่าว ในรอบป",
                     "ส่งข่าว จดกจกรรมวนเดก", "รายงานผลการประเมนของหนวยงาน ข่าว", "อ่านขาว ได้รบรางวล"])
    pri = thai.estimate(doc)
    assert needs_search(pri)["drop"] and ("ข่าว", 3) in pri.doc_words
    assert repair_thai("อ่านขาว ได้รบรางวล", pri) == "อ่านข่าว ได้รับรางวัล"
    # a page that never shows ข่าว keeps the word as written
    other = thai.estimate("\n".join(doc.split("\n")[1:4]).replace("ข่าว", "งาน"))
    assert needs_search(other)["drop"] and repair_thai("อ่านขาว", other) == "อ่านขาว"
    # broken words' pieces are no vocabulary: a word seen once, or a commoner word's mark-dropped form
    from normalize.thai_lm import doc_words
    assert doc_words("เมือ เมือ ผู ผู สวนสาธารณะ") == frozenset()


def test_an_abbreviation_starts_after_a_syllables_final():
    # "สำนักปลัด" glued to "พ.ย." (a web page's table read as a line): ด closes ปลัด (ั needs a final),
    # so the abbreviation is "พ" alone; it was "ดพ", leaving "ปลั" for the search to read as "ปัล"
    assert repair_thai("สำนักปลัดพ.ย. ๖๘") == "สำนักปลัดพ.ย. ๖๘"
    assert repair_thai("มั่นคงพม.") == "มั่นคงพม."
    assert repair_thai("ส่งมอบให้กทม.") == "ส่งมอบให้กทม."


def test_a_displaced_marks_gap_is_spaced_as_the_document_spaces_its_words():
    # issue 12: whether the space after a repaired displaced mark was the text's own is read from
    # how clean text spaces the two words; the page's own lines that print the pair whole are the
    # nearest clean text (a table repeats a phrase as its author typed it). Words of a piece
    # with a mark moved ("เข้าประชมุ") are no evidence.
    from dataclasses import replace

    doc = ["จดั ทำแผนงาน ขอ้ มูล ตอ้ งการ ปฏิบตั ิการ", "๒.ประชุม ชี้แจงการดำเนินงาน", "เข้าประชมุ ชี้แจงแนวทาง"]
    pri = thai.estimate("\n".join(doc))
    assert needs_search(pri)["displaced"]
    from normalize import thai_lm
    pairs = thai_lm.doc_spaces(pri.doc_text)
    assert ("ประชุม", "ชี้แจง", 1, 1) in pairs
    assert not any("มุ" in (a, b) or "ประ" in (a, b) for a, b, _, _ in pairs)
    # and the page's rates of each word: after ประชุม, a word once, spaced once; before ชี้แจง the same
    _, after, before = thai_lm.doc_space_model(pri.doc_text)
    assert after["ประชุม"] == before["ชี้แจง"] == (1, 1) and after["ชี้แจง"] == (2, 0)
    assert repair_thai(doc[2], pri) == "เข้าประชุม ชี้แจงแนวทาง"
    # without the page's own pair, the words' rates in the report text join them
    assert repair_thai(doc[2], replace(pri, doc_text="")) == "เข้าประชุมชี้แจงแนวทาง"
    # a page that prints the pair joined joins it
    joined = thai.estimate("\n".join([doc[0], "๒.ประชุมชี้แจงการดำเนินงาน", doc[2]]))
    assert repair_thai(doc[2], joined) == "เข้าประชุมชี้แจงแนวทาง"
    # a page that displaces no marks is read as before: its text is not kept
    assert thai.estimate("๒.ประชุม ชี้แจงการดำเนินงาน").doc_text == ""
