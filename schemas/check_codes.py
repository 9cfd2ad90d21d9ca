"""Every check code the code base can emit, with severity and English/Thai message templates.

Codes are stable: auditors and scripts rely on them. Templates use ``str.format`` fields.
``make_check`` is the only way code builds a Check, so an undocumented code cannot be emitted.
"""
from __future__ import annotations

from schemas.audit_codes import MEASURE_CODES, SCORE_CODES
from schemas.check_spec import CheckCode
from schemas.phrases import Phrase
from schemas.records import Check, Severity, Where

__all__ = ["CHECK_CODES", "CheckCode", "make_check", "render_docs"]

# Codes of reading and extraction; the auditor checks' codes are added from schemas.audit_codes below.
EXTRACTION_CODES: dict[str, CheckCode] = {
    # --- reading -------------------------------------------------------------------------
    "READ_EMPTY": CheckCode(
        "error", "The file is empty.", "ไฟล์ว่างเปล่า ไม่มีข้อมูล",
        "The input has no bytes, or only whitespace."),
    "READ_ENCODING": CheckCode(
        "error", "The file is not text in UTF-8, UTF-16 or Thai TIS-620/cp874: {detail}",
        "ไม่สามารถอ่านไฟล์เป็นข้อความภาษาไทยได้ (ไม่ใช่ UTF-8, UTF-16 หรือ TIS-620/cp874): {detail}",
        "The bytes decode as none of the supported text encodings (binary data, another code page)."),
    "READ_UNSUPPORTED": CheckCode(
        "error", "Unsupported file type '{suffix}'.", "ไม่รองรับไฟล์ประเภท '{suffix}'",
        "No reader handles this file name ending."),
    "READ_LEGACY_OFFICE": CheckCode(
        "error", "The file is {kind}, which no reader handles; save it as .docx or PDF and run again.",
        "เป็นไฟล์{kind} ซึ่งโปรแกรมอ่านไม่ได้ ให้บันทึกเป็นไฟล์ DOCX หรือ PDF แล้วประมวลผลอีกครั้ง",
        "The file's bytes are a legacy Office file that is not a Word 97–2003 document (an OLE compound file "
        "without a WordDocument stream: Excel, PowerPoint; a Word 6.0/95 file) or RTF, whatever its name ends in."),
    "READ_BY_CONTENT": CheckCode(
        "info", "Read as {kind}: the file holds {kind} although its name ends in '{suffix}'.",
        "อ่านเป็นไฟล์ {kind} เพราะเนื้อไฟล์เป็น {kind} แม้ชื่อไฟล์ลงท้ายด้วย '{suffix}'",
        "A report saved under another name (a download named after its link, an HTML page saved as .pdf, "
        "a .docx named .doc, a .doc named .docx) is read by what its bytes are (extract/readers/content_type.py)."),
    "READ_FAILED": CheckCode(
        "error", "The file could not be read: {detail}", "อ่านไฟล์ไม่สำเร็จ: {detail}",
        "A reader raised an error on this file (corrupt or unreadable input)."),
    "READ_NOT_A_FILE": CheckCode(
        "error", "Not a regular file ({kind}); it was not read.", "ไม่ใช่ไฟล์ปกติ ({kind}) จึงไม่ได้อ่าน",
        "The path is a folder that could not be listed, a named pipe, a device or a socket. Only regular "
        "files are read, so a run never waits on a pipe or reads a device without end."),
    "FILE_NAME_NOT_UTF8": CheckCode(
        "warning", "The file name is not valid UTF-8; its undecodable bytes are shown as \\xNN escapes.",
        "ชื่อไฟล์ไม่ใช่ UTF-8 ที่ถูกต้อง ไบต์ที่แปลงไม่ได้แสดงเป็นรหัส “\\xNN”",
        "A file name with bytes that are not UTF-8 (e.g. a name in TIS-620 from an old archive); "
        "`source_file` shows them escaped so the row can be written and traced."),
    "DUPLICATE_FILE": CheckCode(
        "info", "Same content as {first} (report {first_id}); this copy has its own report id.",
        "เนื้อหาเหมือนกับไฟล์ {first} (รายงาน {first_id}) สำเนานี้จึงได้รหัสรายงานของตัวเอง",
        "Two inputs of a run have the same bytes. The first keeps the content-derived id; each later "
        "copy gets that id with -2, -3, … appended, so report_id is unique per reports row."),
    "READ_ENCRYPTED": CheckCode(
        "error", "The PDF is encrypted (password protected) and cannot be read.",
        "ไฟล์ PDF ถูกเข้ารหัส (มีรหัสผ่าน) จึงอ่านไม่ได้",
        "pdfplumber could not open the PDF without a password."),
    "PAGE_FAILED": CheckCode(
        "error", "Page {page} could not be read: {detail}", "อ่านหน้า {page} ไม่สำเร็จ: {detail}",
        "One page of a PDF raised an error; the other pages were read."),
    "PAGE_CAP": CheckCode(
        "warning", "Only the first {read} of {total} pages were read (page cap); raise it with --max-pages.",
        "อ่านเฉพาะ {read} หน้าแรกจากทั้งหมด {total} หน้า (เกินจำนวนหน้าสูงสุด) เพิ่มได้ด้วยตัวเลือก “--max-pages”",
        "The PDF has more pages than the page cap; the report is partial. ITA reports run 10–60 pages, "
        "so a much longer file is usually a compilation."),
    "READ_TIMEOUT": CheckCode(
        "error", "Reading the file took longer than the {seconds} s time limit; it was stopped.",
        "อ่านไฟล์นานเกินเวลาที่กำหนด {seconds} วินาที จึงหยุดอ่าน",
        "A batch worker was killed at the per-file time limit (--timeout); the batch went on."),
    "WORKER_CRASHED": CheckCode(
        "error", "The process reading this file died ({detail}); the file may be malformed or too large.",
        "โปรแกรมย่อยที่อ่านไฟล์นี้หยุดทำงาน ({detail}) ไฟล์อาจเสียหรือใหญ่เกินไป",
        "A batch worker crashed or was killed (e.g. out of memory) while reading the file; the batch went on."),
    "MEMORY_LIMIT": CheckCode(
        "error", "Reading the file ran out of memory (limit: {limit}).",
        "การอ่านไฟล์ใช้หน่วยความจำเกินขีดจำกัด ({limit})",
        "The file exhausted the per-worker memory limit (--max-memory); the batch went on."),
    "OCR_USED": CheckCode(
        "warning", "Pages {pages} have no text layer and were read by OCR; check numbers and names.",
        "หน้า {pages} ไม่มีข้อความในไฟล์ (เป็นภาพสแกน) จึงอ่านด้วย OCR ควรตรวจสอบตัวเลขและชื่ออีกครั้ง",
        "Scanned pages were read with Tesseract's Thai model; the report is partial."),
    "TEXT_LAYER_REREAD": CheckCode(
        "info", "Pages {pages} were read with pdfplumber: pdfium's characters there are unreliable ({reason}).",
        "หน้า {pages} อ่านซ้ำด้วยตัวอ่านสำรอง เพราะตัวอักษรที่ตัวอ่านหลักอ่านได้ในหน้าเหล่านั้นไม่น่าเชื่อถือ ({reason})",
        "The default reader (pdfium) misreads some producers' text layers; Chromium's PDF printer (Skia, "
        "also Google Docs' exports) wraps each Thai cluster in an /ActualText span, and pdfium gives the "
        "whole cluster to its first glyph's box. Such pages (extract/readers/text_layer_trust.py) are "
        "read by pdfplumber instead; the records are as the pdfplumber reader gives them."),
    "OCR_UNAVAILABLE": CheckCode(
        "error", "A scanned page needs OCR but {reason}. Install it: apt-get install tesseract-ocr tesseract-ocr-tha",
        "หน้าที่เป็นภาพสแกนต้องใช้ OCR แต่{reason} ติดตั้งได้ด้วยคำสั่ง “apt-get install tesseract-ocr tesseract-ocr-tha”",
        "Tesseract (with the Thai model) is missing, so scanned pages could not be read."),
    "OCR_NOISE_DROPPED": CheckCode(
        "info", "{count} OCR lines of page {page} were left out as noise (read with low confidence, no word in them), e.g. '{example}'.",
        "ตัดบรรทัดที่ OCR อ่านได้เป็นเพียงเศษอักขระ {count} บรรทัดในหน้า {page} (ความเชื่อมั่นต่ำและไม่มีคำ) เช่น '{example}'",
        "Tesseract reads the marks above a Thai line, a stamp or a signature as a line of stray letters; such lines are dropped."),
    "OCR_PAGE_TURNED": CheckCode(
        "info", "Page {page} was scanned on its side or upside down; it was turned {degrees}° clockwise before OCR.",
        "หน้า {page} ถูกสแกนในแนวตะแคงหรือกลับหัว จึงหมุนตามเข็มนาฬิกา {degrees} องศาก่อนอ่านด้วย OCR",
        "A turned page reads as noise; where the page's blank columns are as many as its blank rows, or its "
        "words were read with low confidence, Tesseract's orientation detection says how far to turn it."),
    "OCR_DIGITS_REREAD": CheckCode(
        "info", "{count} numbers in Thai digits on page {page} were read again from their glyphs, e.g. '{example_before}' → '{example_after}'.",
        "อ่านตัวเลขไทยในหน้า {page} ใหม่จากรูปตัวอักษร {count} จำนวน เช่น '{example_before}' → '{example_after}'",
        "Tesseract's Thai model misreads Thai digits (๖ as ๒, ๘ as ๕); each glyph is matched against the digits of common Thai fonts, and a number is changed only where every glyph reads clearly. Before/after hold the readings."),
    "OCR_PAGE_STRAIGHTENED": CheckCode(
        "info", "Page {page} was scanned askew and was turned {degrees}° straight before OCR; its boxes are those of the turned page.",
        "หน้า {page} สแกนมาเอียง จึงหมุนให้ตรง {degrees} องศาก่อนอ่านด้วย OCR ตำแหน่งที่บันทึกเป็นตำแหน่งบนหน้าที่หมุนแล้ว",
        "A sheet fed askew (1-2°) breaks a ruled table's rules into pieces (rows lost at 1°, no grid found from 1.5°); the tilt is measured from the page's ink (the angle at which its lines and rules line up) and undone when it is 1° or more."),
    "OCR_CELLS_REREAD": CheckCode(
        "info", "{count} cells of a ruled table on page {page} were read again alone, e.g. '{example_before}' → '{example_after}'.",
        "อ่านช่องของตารางในหน้า {page} ใหม่ทีละช่อง {count} ช่อง เช่น '{example_before}' → '{example_after}'",
        "Tesseract's page reading leaves a cell's lone short content out (a row's number, a tick, the header 'ที่') or reads it as debris; the cells with ink but no sure reading are cut out and read again in one more run. A tick (one small glyph read as no letter) becomes '✓'. Before/after hold the readings ('' where the page reading had none)."),
    "OCR_CELLS_SHADED": CheckCode(
        "info", "{count} cells of a ruled table on page {page} are filled grey without text and were read as a mark ('{mark}').",
        "ช่องของตารางในหน้า {page} จำนวน {count} ช่องแรเงาสีเทาโดยไม่มีข้อความ จึงบันทึกเป็นเครื่องหมาย ('{mark}')",
        "A Gantt chart may shade the months a measure runs instead of ticking them; a scanned cell filled grey without text, in a row whose text stands on paper (not a header row filled grey), is read as the mark '■': a month mark, not a status tick."),
    "OCR_CELL_UNREAD": CheckCode(
        "info", "{count} cells of a ruled table on page {page} hold ink that OCR could not read clearly; they were left empty.",
        "ช่องของตารางในหน้า {page} จำนวน {count} ช่องมีหมึกแต่ OCR อ่านไม่ชัด จึงเว้นว่างไว้",
        "A cell read again alone gave no confident letter or digit and its ink is no single mark: its value is left out, not guessed. The source text holds the page readings of those cells ('' where none)."),
    "OCR_FAILED": CheckCode(
        "error", "OCR of page {page} failed: {detail}", "การอ่านหน้า {page} ด้วย OCR ไม่สำเร็จ: {detail}",
        "Tesseract failed or timed out on a page."),
    "THAI_REPAIRED": CheckCode(
        "info", "Thai text repaired by rule '{rule}' ({count}×, highest cost {max_cost}), e.g. '{example_before}' → '{example_after}'.",
        "แก้ไขข้อความภาษาไทยด้วยกฎ '{rule}' ({count} ครั้ง, ต้นทุนสูงสุด {max_cost}) เช่น '{example_before}' → '{example_after}'",
        "PDF text defects fixed by the noisy-channel repair (normalize/thai.py); before/after hold the changes, each after with its cost."),
    "READ_LEGACY_ENCODING": CheckCode(
        "info", "The text was decoded from the legacy Thai encoding {encoding}.",
        "ไฟล์ถูกแปลงจากรหัสอักขระภาษาไทยแบบเดิม ({encoding})",
        "The input was TIS-620/cp874 or UTF-16, not UTF-8; it was converted."),
    "READ_BYTES_REPLACED": CheckCode(
        "warning", "{count} byte sequence(s) that are not {encoding} text were replaced by '\ufffd' (first on line {line}).",
        "แทนที่ไบต์ที่ไม่ใช่ข้อความ {encoding} จำนวน {count} แห่งด้วยเครื่องหมาย '\ufffd' (แห่งแรกที่บรรทัด {line})",
        "Stray bytes (a NUL, a broken UTF-8 sequence) in otherwise readable text; the rest of the file was read."),
    "READ_MIXED_ENCODING": CheckCode(
        "warning", "{count} line(s) of this {encoding} text were in {other} and were decoded as such (first: line {line}).",
        "ไฟล์ข้อความ {encoding} นี้มี {count} บรรทัดที่เป็นรหัสอักขระ {other} จึงแปลงบรรทัดเหล่านั้นตาม {other} (บรรทัดแรก: {line})",
        "Lines pasted from a file in the other encoding (a cp874 line in UTF-8, or the reverse) that decode as "
        "Thai in it."),
    "NOT_ITA": CheckCode(
        "error", "No ITA content was found (no organization, scores or measures tables).",
        "ไม่พบเนื้อหาเกี่ยวกับการประเมิน ITA (ไม่พบชื่อหน่วยงาน คะแนน หรือตารางมาตรการ)",
        "The document reads, but nothing in it looks like an ITA report."),
    "NO_RECORDS": CheckCode(
        "warning", "The document mentions ITA but no scores, findings or measures were found in it.",
        "เอกสารกล่าวถึง ITA แต่ไม่พบคะแนน ผลการวิเคราะห์ หรือตารางมาตรการ",
        "Nothing was extracted beyond the report metadata."),
    "COVER_MEMO": CheckCode(
        "info", "The document is a memo or cover letter: it sends, asks about or approves a report and states no "
                "scores, findings or measures of its own.",
        "เอกสารเป็นบันทึกข้อความหรือหนังสือนำส่ง ซึ่งส่ง ขออนุมัติ หรือรายงานถึงเอกสารอื่น จึงไม่มีคะแนน ผลการวิเคราะห์ หรือมาตรการของตนเอง",
        "A memo head (บันทึกข้อความ) and a memo closing (จึงเรียนมาเพื่อ…), nothing extracted beyond the report "
        "metadata: nothing is missing, so the report is not partial (NO_RECORDS is for reports that should "
        "have held records)."),
    "INTERNAL_ERROR": CheckCode(
        "error", "An internal error stopped extraction at stage '{stage}': {detail}",
        "เกิดข้อผิดพลาดภายในโปรแกรมระหว่างขั้นตอน{stage}: {detail}",
        "A defect in ita-extract, not in the input; the file is reported as failed and the batch goes on."),
    # --- extraction ----------------------------------------------------------------------
    "METADATA_MISSING": CheckCode(
        "warning", "The report's {field} was not found.", "ไม่พบ{field_th}ของรายงาน",
        "A report-level field (organization, fiscal year) could not be found in the document."),
    "ORG_FROM_SITE_NAME": CheckCode(
        "info", "The organization, {organization}, is the site's owner named in the page's title or logo; the page's text names no body.",
        "ชื่อหน่วยงาน {organization} อ่านจากชื่อหน้าเว็บหรือโลโก้ของเว็บไซต์ เพราะเนื้อหาของหน้าไม่ได้ระบุชื่อหน่วยงาน",
        "A web page whose text names no body is its site's own announcement: the one body a part of its <title> or "
        "a logo's alt text names alone (extract/parse/metadata._site_owner) is the organization. A title part "
        "that is a post's headline, two bodies so named, or an evaluator give none."),
    "FINDING_WITHOUT_INDICATOR": CheckCode(
        "info", "An issue under '{section}' names {what} ('{lead}') but no indicator; it is not recorded as a finding.",
        "ประเด็นใต้หัวข้อ '{section}' ระบุ{what} ('{lead}') แต่ไม่ระบุตัวชี้วัด จึงไม่บันทึกเป็นผลการวิเคราะห์",
        "A line under an issues heading (schemas/finding_cues.FINDING_SECTION_CUES) opens with an assessment tool "
        "('แบบ OIT ยังขาด …', 'แบบวัด … (EIT) : …') or an OIT item code ('ข้อ O12 ยังไม่เผยแพร่ …') instead of an "
        "indicator (finding_cues.TOOL_LEAD_WORDS, ITEM_CODE_WORDS). A tool has several indicators and the items' numbering differs by "
        "year, so the indicator is not guessed; the line is in source_text. An analysis table's row labelled with a tool alone "
        "('แบบวัด EIT | ผู้รับบริการ…', 'OIT | …') is one too: '{section}' is then its findings column's header, source_text the "
        "row's label and finding. So is a line naming a tool alone over its paragraph ('1. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)' "
        "| 'บุคลากรบางส่วน…'): source_text is the paragraph."),
    "WEIGHTS_NOT_SCORES": CheckCode(
        "info", "A table column holds the tools' weights ({values}, total 100), not their scores; it is not recorded.",
        "คอลัมน์ในตารางเป็นน้ำหนักของเครื่องมือ ({values} รวม 100) ไม่ใช่คะแนน จึงไม่ได้บันทึก",
        "A column whose every tool value equals that tool's weight in the total (IIT 30, EIT 30, OIT 40; "
        "schemas/rules.WEIGHTS) and whose total row is 100 is a column of weights, whatever its header says "
        "(a scan's OCR may lose the header's tone mark, 'นําหนัก'). No real result equals the weights."),
    "TABLE_NOT_MEASURES": CheckCode(
        "info", "A table shaped like a measures table is {what} (header: {header}); its rows are not recorded as measures.",
        "ตารางที่มีลักษณะคล้ายตารางมาตรการเป็น{what} (หัวตาราง: {header}) จึงไม่บันทึกแถวในตารางเป็นมาตรการ",
        "A budget execution report (a column of money paid out, 'ผลการเบิกจ่าย', and no measure named over the table) "
        "lists all the body's projects with their spending; a plan's KPI list ('ร้อยละของ…', 'ระดับความสำเร็จ…' in the "
        "title column) lists metrics and their results; a working group's task list for the assessment itself (rows "
        "naming O-items, the ITAS system, the IIT/EIT forms: gather, upload, answer; no measure or improvement named "
        "over it) lists the assessment's own steps; a log of complaints received (its title column names the complaint: "
        "measure_cues.COMPLAINT_TITLE) lists cases and what was done about them; a table of a document whose title names another kind (a procurement "
        "plan, a staff development plan, an annual report, a service manual, meeting minutes, the body's action plan, "
        "an order appointing a committee, an internal audit plan: "
        "measure_cues.OTHER_DOCUMENT_TITLES) with no measure named over it, no issue rows and no improvement on the "
        "assessment's results named over it lists that document's own work. None lists the body's ITA measures, though one row may "
        "name the ITA (schemas/measure_cues.DISBURSED_HEADER, MEASURES_NAMED, KPI_ROWS_SHARE, ASSESSMENT_EVIDENCE)."),
    "SURVEY_NOT_SCORES": CheckCode(
        "info", "A table is a survey's summary or a rating on a scale of 5 (its column '{header}' holds values "
        "of at most 5, a spread or levels of agreement), not the ITA's scores; its numbers are not recorded.",
        "ตารางเป็นสรุปผลแบบสำรวจหรือการให้คะแนนแบบ ๕ ระดับ (คอลัมน์ '{header}' เป็นค่าไม่เกิน ๕ ส่วนเบี่ยงเบน "
        "หรือระดับความคิดเห็น) ไม่ใช่คะแนนการประเมิน ITA จึงไม่บันทึกตัวเลขในตาราง",
        "A satisfaction or opinion survey's table (a column of means of at most 5, of S.D., or of levels such as "
        "'มากที่สุด'/'มาก'), or a plan's KPIs rated 1-5 (a score column whose every value is at most 5), may name "
        "its rows as the ITA's indicators are named ('การเปิดเผยข้อมูล'); its numbers are shares of answers or "
        "ratings, not indicator scores of 0-100 (schemas/score_cues.SURVEY_*, LIKERT_*)."),
    "SCORES_NOT_ITA": CheckCode(
        "info", "The document never names the ITA (ITA, IIT, EIT, OIT, the Integrity and Transparency "
        "Assessment), so {count} number(s) read as scores are not recorded: they belong to another "
        "assessment (e.g. \"{example}\").",
        "เอกสารนี้ไม่ได้กล่าวถึงการประเมิน ITA (ITA, IIT, EIT, OIT หรือการประเมินคุณธรรมและความโปร่งใส) "
        "จึงไม่บันทึกตัวเลข {count} รายการที่อ่านได้เป็นคะแนน เพราะเป็นผลการประเมินอื่น (เช่น \"{example}\")",
        "Scores are read by generic words (\"ผลการประเมิน\", \"ได้คะแนน\", \"คะแนนเฉลี่ย\") that every assessment "
        "uses: an LPA announcement, a training's test results, a school's external review. A document that "
        "names neither the ITA nor one of its tools anywhere (schemas/score_cues.DOCUMENT_NAMES_ASSESSMENT) "
        "gets no scores and no grade; the check quotes the first one left out."),
    "MULTIPLE_SUBJECTS": CheckCode(
        "info", "The document is about several bodies ({count}: {bodies}); no organization and no scores "
        "are recorded for it.",
        "เอกสารนี้กล่าวถึงหลายหน่วยงาน ({count} แห่ง: {bodies}) จึงไม่บันทึกชื่อหน่วยงานและคะแนน",
        "Several distinct bodies of one kind each carry a score or grade (a score table of colleges, news "
        "comparing provinces). No single subject: organization, org type, district and province stay empty "
        "and the document's score records are dropped, since none can be tied to one report."),
    "PAGE_OF_POSTS": CheckCode(
        "info", "The web page lists {count} posts; the scores of bodies of any kind named in them are other "
        "subjects of the page.",
        "หน้าเว็บนี้รวม {count} ข่าว คะแนนของหน่วยงานแต่ละแห่งที่ข่าวเหล่านั้นกล่าวถึงจึงเป็นของหน่วยงานนั้น ๆ",
        "A saved news archive, category page or front page holds several posts side by side (<article> "
        "elements or post-item blocks: extract/readers/html.POST_ITEM_CLASSES), each about its own body. "
        "Two scored bodies of different kinds (a school's result over a health centre's) then make a "
        "document about several bodies (MULTIPLE_SUBJECTS), as two of one kind do in any document; the "
        "first post's body is not taken as the page's."),
    "TABLE_HEADER_UNKNOWN": CheckCode(
        "warning", "Column '{header}' of a measures table matches no known header; its cells are not exported.",
        "ไม่รู้จักหัวคอลัมน์ '{header}' ในตารางมาตรการ ข้อมูลในคอลัมน์นี้จึงไม่ถูกส่งออก",
        "A measures-table column whose header is not in the header-synonym table (schemas/headers.py)."),
    "TABLE_LAYOUT_CUT": CheckCode(
        "warning", "A table read from the layout of its text ends at a line set as close under it as its rows are, "
        "which crosses its columns ('{text}'); rows below it, if any, were left as text.",
        "ตารางที่อ่านจากการจัดวางข้อความสิ้นสุดที่บรรทัดซึ่งอยู่ชิดใต้ตารางเท่ากับระยะระหว่างแถว แต่พาดข้ามคอลัมน์ของตาราง "
        "('{text}') แถวที่อยู่ต่อจากนั้น (ถ้ามี) จึงถูกอ่านเป็นข้อความ",
        "A borderless table (TABLE_FROM_LAYOUT) whose next line would have been a row but that it crosses a "
        "gutter: the rest of the table may be set too tight for its columns to be told apart, so its rows "
        "may be missing from the measures. Check the page."),
    "TABLE_WITHOUT_RULES": CheckCode(
        "warning", "'{header}' reads like the header of a measures table, but no table was found under it (a table "
        "flattened into lines, or drawn without borders and without white gaps between its columns, is not read); its "
        "rows are not exported as measures.",
        "'{header}' มีลักษณะเป็นหัวตารางมาตรการ แต่ไม่พบตารางใต้บรรทัดนี้ (ตารางที่ถูกแปลงเป็นบรรทัดข้อความ "
        "หรือตารางที่ไม่มีเส้นขอบและไม่มีช่องว่างคั่นคอลัมน์ ยังอ่านไม่ได้) จึงไม่ได้ส่งออกแถวของตารางนี้เป็นมาตรการ",
        "A line of measures-table header words with no table found (a PDF table drawn without rules whose columns "
        "could not be read from the layout, extract/readers/gutter_tables.py); the measures under it are missing."),
    "COLUMNS_READ": CheckCode(
        "info", "Page {page} is set in two columns of prose ({lines} lines): the left column was read first, then the right.",
        "หน้า {page} จัดข้อความเป็นสองคอลัมน์ ({lines} บรรทัด) จึงอ่านคอลัมน์ซ้ายก่อนแล้วจึงอ่านคอลัมน์ขวา",
        "A run of lines split by one white gutter into two columns of wrapped text (extract/readers/prose_columns.py): "
        "without the split each line would join the left column's line to the right one's. Check the reading order "
        "if a paragraph runs from the foot of one column to the head of the next."),
    "TABLE_FROM_LAYOUT": CheckCode(
        "info", "A table printed without ruling lines was read from the layout of its text: {rows} row(s) under "
        "{columns} columns ({header}), the columns taken from white gaps that run down through every line{continued}.",
        "อ่านตารางที่ไม่มีเส้นขอบจากการจัดวางข้อความ: {rows} แถว {columns} คอลัมน์ ({header}) "
        "โดยแบ่งคอลัมน์ตามแนวช่องว่างที่ตรงกันทุกบรรทัด{continued}",
        "A PDF table drawn without borders (Word with borders off, Google Docs, tab-aligned columns): its "
        "columns were inferred from vertical white bands through a run of lines under a header of known "
        "header words (schemas/headers.py), its rows from where the first column starts a new cell "
        "(extract/readers/gutter_tables.py). The rows are as reliable as that inference; check them "
        "against the page when a value matters."),
    "COLUMN_FIELD_REPEATED": CheckCode(
        "warning", "Column {column} ('{header}') of a measures table names {field}, which column {first} already "
        "holds; its cells are not exported.",
        "คอลัมน์ที่ {column} ('{header}') ของตารางมาตรการเป็น{field_th} ซ้ำกับคอลัมน์ที่ {first} ข้อมูลในคอลัมน์นี้จึงไม่ถูกส่งออก",
        "Two columns of a measures table name the same field (schemas/headers.py); the first one is read. Add a "
        "longer synonym for the other column's meaning."),
    "COLUMN_ROLE_FROM_CONTENT": CheckCode(
        "info", "Column {column} ('{header}') names no known field; its cells read as {field}, so they are exported as {field}.",
        "คอลัมน์ที่ {column} ('{header}') ไม่มีชื่อที่รู้จัก แต่ข้อมูลในคอลัมน์เป็น{field_th} จึงส่งออกเป็น{field_th}",
        "A measures-table column mapped from its content (dates → timeframe, units/positions → responsible); "
        "the word lists are in schemas/measure_cues.py."),
    "COLUMN_STATUS_FROM_CONTENT": CheckCode(
        "info", "Column {column} ('{header}') names the {field}, but each of its cells is a status written whole and "
        "no column holds the status, so they are exported as status.",
        "คอลัมน์ที่ {column} ('{header}') ใช้ชื่อเป็น{field_th} แต่ทุกช่องเป็นสถานะการดำเนินการและไม่มีคอลัมน์สถานะ จึงส่งออกเป็นสถานะ",
        "A results column whose every cell is one of STATUS_CELLS (schemas/measure_cues.py) is the rows' status: "
        "a second one ('ผลการดำเนินการ' beside 'ผลผลิต') is not a second output left out, and a table's only one "
        "('ผลการดำเนินงาน' over 'ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ') holds no output."),
    "MEASURES_FROM_LIST": CheckCode(
        "info", "{count} measures were read from {list} ({reason}).",
        "อ่านมาตรการ {count} รายการจาก{list} ({reason})",
        "Measures written as numbered, bulleted or noun-led paragraphs, not a table; how the items are "
        "marked (schemas/phrases.LIST_KINDS) and the rule that made the list a list of measures are named "
        "(schemas/measure_cues.py)."),
    "MEASURES_FROM_PROSE": CheckCode(
        "info", "{count} measures were read from sentences of running text (the first: '{sentence}').",
        "อ่านมาตรการ {count} รายการจากประโยคในเนื้อความ (ประโยคแรก: '{sentence}')",
        "A document titled as measures that writes them as sentences, not a table, list or form: a sentence that "
        "states the body's own action (a future or done marker before an action verb, the body or its unit before "
        "it, a timeframe or a responsible unit) is one measure, kept whole as its title (schemas/measure_cues.py, "
        "PROSE_*)."),
    "MEASURES_NOT_READ": CheckCode(
        "info", "The title '{title}' announces measures, but none could be read from the document.",
        "ชื่อเรื่อง '{title}' ระบุว่าเป็นมาตรการ แต่อ่านมาตรการจากเอกสารไม่ได้",
        "The title block names measures or improvements (measure_cues.PROSE_DOCUMENT_CUES), yet no table, list, "
        "form or sentence gave one: the measures may be in a picture, an attachment, or written in a way no rule "
        "reads with certainty."),
    "TEXT_NOT_MEASURES": CheckCode(
        "info", "{count} item(s) written like measures (from '{item}') are in {what}; they are not recorded as measures.",
        "ข้อความ {count} รายการที่เขียนคล้ายมาตรการ (เริ่มจาก '{item}') อยู่ใน{what} จึงไม่บันทึกเป็นมาตรการ",
        "A numbered list or a one-activity form that would be read as measures is in a document whose title names "
        "another kind (a procurement plan, a staff development plan, a service manual, an order appointing a "
        "working group …: schemas/measure_cues.OTHER_DOCUMENT_TITLES), and its lead-in names no measure "
        "(MEASURES_NAMED): its items are that document's own work (purchases, trainings, steps, duties)."),
    "MEASURE_FROM_FORM": CheckCode(
        "info", "One measure was read from a form's labelled fields ({labels}).",
        "อ่านมาตรการ 1 รายการจากแบบฟอร์มที่มีหัวข้อกำกับ ({labels})",
        "A one-activity report form (ชื่อกิจกรรม …, ระยะเวลาดำเนินการ …, ผู้รับผิดชอบ …) read as one measure."),
    "FISCAL_YEAR_UNREAD": CheckCode(
        "info", "The fiscal year in '{text}' could not be read (OCR), so no later year is taken as the report's fiscal year.",
        "อ่านปีงบประมาณใน '{text}' ไม่ได้ (OCR) จึงไม่ใช้ปีที่พบภายหลังเป็นปีงบประมาณของรายงาน",
        "The first 'ปีงบประมาณ พ.ศ.' of the text is followed by what OCR made of a year; later years may be other years' (last year's score), so the fiscal year is left empty."),
    "FISCAL_YEARS_JOINED": CheckCode(
        "info", "'{text}' names several fiscal years together and the document states no one year of its own, "
        "so its fiscal year is left empty.",
        "'{text}' ระบุปีงบประมาณหลายปีรวมกัน และเอกสารไม่ได้ระบุปีของตนเองเพียงปีเดียว จึงเว้นปีงบประมาณไว้",
        "A heading such as 'ปีงบประมาณ 2567 และ 2568' (two years joined: schemas/measure_cues.YEARS_JOINED) is the "
        "first year the document names, and no 'ปีงบประมาณ N', 'ประจำปี N' or signing date states one year: "
        "taking the first or the last of the joined years would be a guess."),
    "FISCAL_YEAR_OTHER_CALENDAR": CheckCode(
        "info", "The first year found, '{text}', is a year of another calendar than the fiscal year, so the "
        "report's fiscal year is left empty.",
        "ปีแรกที่พบ '{text}' เป็นปีตามปฏิทินอื่นที่ไม่ใช่ปีงบประมาณ จึงเว้นปีงบประมาณของรายงานไว้",
        "No fiscal year, stated year or signing date, and the first year is an academic year ('ปีการศึกษา 2567', "
        "May to March: schemas/ita.OTHER_CALENDAR_YEAR_WORDS), which lies in two fiscal years."),
    "FISCAL_YEAR_OF_DATE_UNCLEAR": CheckCode(
        "info", "The only year found is in the date '{text}' of October–December: the report may be about "
        "{year} or about fiscal year {next_year}, in which the date falls, so its fiscal year is left empty.",
        "ปีที่พบมีเพียงปีในวันที่ '{text}' ซึ่งอยู่ในเดือนตุลาคมถึงธันวาคม รายงานอาจเป็นของปี {year} "
        "หรือของปีงบประมาณ {next_year} ซึ่งวันที่นั้นอยู่ในปีงบประมาณนั้น จึงเว้นปีงบประมาณไว้",
        "No fiscal year, stated year or signing date: the first year is a date of October–December (a data date, "
        "'ข้อมูล ณ วันที่ 15 ตุลาคม 2567'). Its calendar year and its fiscal year differ, and an ITA result is "
        "announced around then, so either could be the report's."),
    "YEAR_IMPLAUSIBLE": CheckCode(
        "warning", "The year in '{text}' (read as {year} B.E.) is outside the plausible range {low}–{high} of an "
        "ITA report, so it is not taken as the report's fiscal year.",
        "ปีใน '{text}' (อ่านได้เป็น พ.ศ. {year}) อยู่นอกช่วงที่เป็นไปได้ของรายงาน ITA (พ.ศ. {low}–{high}) "
        "จึงไม่ใช้เป็นปีงบประมาณของรายงาน",
        "A stated fiscal year or signing date whose year is a typo or misreading (range: FISCAL_YEAR_RANGE in "
        "schemas/ita.py); the year is not used and the records are kept."),
    "FORM_LABEL_UNKNOWN": CheckCode(
        "info", "The form's line '{label} :' names no known measure field; its value was left out.",
        "หัวข้อ '{label}' ในแบบฟอร์มไม่ตรงกับช่องข้อมูลมาตรการที่รู้จัก จึงไม่ได้บันทึกข้อความของหัวข้อนี้",
        "A labelled line of a one-activity form whose label is not in schemas/measure_cues.FORM_LABELS: it "
        "ends the field above it and is not read."),
    "OIT_ITEM_UNMAPPED": CheckCode(
        "info", "A measure's indicator cell names OIT items ({items}) whose indicator is not known for fiscal year {year}; they give no indicator.",
        "ช่องตัวชี้วัดของมาตรการระบุข้อ OIT ({items}) ที่ไม่ทราบว่าเป็นของตัวชี้วัดใดในปีงบประมาณ {year} จึงไม่ระบุตัวชี้วัดจากข้อเหล่านั้น",
        "An O-item's indicator (9 or 10) comes from the year's OIT item list (schemas/rules.py, oit_items). A measure of one year may name the items of that year's assessment or of the year before it answers, so both years' lists must be known and agree: no list was found for 2562 nor from 2568 on, and O31-O33 moved from indicator 9 to 10 in 2566."),
    "MONTH_COLUMN_UNREAD": CheckCode(
        "info", "A measure marks a month column whose label reads as no month ('{labels}'); its timeframe is left out.",
        "มาตรการทำเครื่องหมายในช่องเดือนที่อ่านชื่อเดือนไม่ได้ ('{labels}') จึงไม่ใส่ระยะเวลา",
        "In a plan whose months are columns under a timeframe header (a Gantt chart), a marked column's label names no month (a scan read 'มิ.ย.' as 'ม.ย'): the months marked cannot be told, so the timeframe is left out rather than guessed or the marks read as a status."),
    "MONTH_COLUMN_BY_ORDER": CheckCode(
        "info", "A measure marks month columns whose labels were read as no month or another month; each is named by its place among the months read ('{labels}').",
        "มาตรการทำเครื่องหมายในช่องเดือนที่อ่านชื่อเดือนไม่ได้หรืออ่านเป็นเดือนอื่น จึงระบุเดือนจากลำดับของช่องเดือนที่อ่านได้ ('{labels}')",
        "In a plan whose months are columns under a timeframe header (a Gantt chart), a marked column's label reads as no month or as a month out of order (a scan's 'F.ค.', a label wrapped in a narrow cell): where the labels read agree on one run of the fiscal year's months (October to September, one column a month), the column is named by its place in that run."),
    "DATE_UNPARSED": CheckCode(
        "info", "The timeframe '{text}' could not be read as dates.",
        "ไม่สามารถแปลงระยะเวลา '{text}' เป็นวันที่ได้",
        "A timeframe cell whose start and end could not be determined."),
    "SCORE_CONFLICT": CheckCode(
        "warning", "The {what} of {year} is stated as {first} and elsewhere as {second}; the first is kept.",
        "{what} ปี พ.ศ. {year} ระบุไว้ไม่ตรงกัน ({first} และ {second}) ใช้ค่าแรก",
        "The same score (year, tool, indicator) appears twice with different values."),
    "SCORE_CONFLICT_NAMED": CheckCode(
        "warning", "The {what} of {year} is stated as {first} and, where the assessment is named, as {second}; "
        "the second is kept.",
        "{what} ปี พ.ศ. {year} ระบุไว้ไม่ตรงกัน ({first} และ {second}) ใช้ค่าที่สองซึ่งระบุพร้อมชื่อการประเมิน",
        "Two statements of one score differ and only the later one names the assessment (ITA, a tool, its "
        "Thai name) in its own sentence: the earlier one is likely about something else (a contest, a survey)."),
    "SCORE_ROLE_UNCLEAR": CheckCode(
        "info", "The number {value} is stated like a score but its role is unclear ({reason}); it was left out: "
        "\"{context}\"",
        "ตัวเลข {value} เขียนเหมือนคะแนน แต่ไม่ชัดเจนว่าเป็นคะแนนของอะไร ({reason}) จึงไม่ได้บันทึก: \"{context}\"",
        "A number in prose has a score unit or a score word but names no single subject (overall result, "
        "tool or indicator), or names several; or a table's total row totals rows that are neither tools "
        "nor indicators (OIT items, sub-indicators). Precision before recall: it is not recorded; the "
        "context says where to look."),
    "GRADE_LINE_OTHER_SCALE": CheckCode(
        "info", "The grade '{grade}' on a line of its own under the overall score of {year} is no level of that "
        "year's scale; it was not attached to the score.",
        "ระดับ '{grade}' ที่อยู่บรรทัดเดี่ยวใต้คะแนนภาพรวมปี พ.ศ. {year} ไม่ใช่ระดับตามเกณฑ์ของปีนั้น จึงไม่ได้บันทึกเป็นระดับของคะแนนนี้",
        "A grade alone on the line under an overall score grades it only when it is a level of that score's "
        "year (letters 2562–2565, Thai levels from 2566): another one may be another year's badge or another "
        "body's. Precision before recall: the score is kept without the grade."),
    "SCORE_YEAR_UNCLEAR": CheckCode(
        "info", "The score column '{header}' names more than one year; whose scores it holds is unclear, so "
        "its values were left out.",
        "คอลัมน์คะแนน '{header}' ระบุมากกว่าหนึ่งปี ไม่ชัดเจนว่าเป็นคะแนนของปีใด จึงไม่ได้บันทึกค่าในคอลัมน์นี้",
        "A score table's column header names several years or a span of years (\"คะแนน ปี ๒๕๖๕–๒๕๖๖\"). "
        "A column naming one year holds that year's scores; this one is left out rather than filed under a "
        "guessed year."),
    "OCR_NUMBER_UNCONFIRMED": CheckCode(
        "warning", "The {what} {value} was read by OCR from Thai digits, which OCR often misreads; nothing else in the report confirms it, so it is not recorded.",
        "{what} {value} อ่านจากเลขไทยด้วย OCR ซึ่งมักอ่านผิด และไม่มีข้อมูลอื่นในรายงานยืนยัน จึงไม่ได้บันทึก",
        "A score on a scanned page printed in Thai digits and not confirmed by an Arabic-digit statement. "
        "It is left out of the scores and of the report's overall score and grade (one value, one place); "
        "the check quotes the text it was read from."),
    "ROW_MERGED": CheckCode(
        "info", "A continuation row was merged into the row above ({reason}).",
        "รวมแถวที่เป็นส่วนต่อเข้ากับแถวก่อนหน้า ({reason})",
        "Continuation rows (empty first cell, '(ต่อ)', or a fragment after a page break) were merged."),
    "STATUS_MIXED": CheckCode(
        "info", "The rows under one merged measure state different statuses ({statuses}); the measure's status "
        "was left empty.",
        "แถวกิจกรรมภายใต้มาตรการเดียวกัน (ช่องมาตรการที่ผสานไว้) ระบุสถานะต่างกัน ({statuses}) จึงไม่ระบุสถานะของมาตรการ",
        "Activities written as rows under one merged measure cell, each with its own status (text, or a tick "
        "under ดำเนินการแล้ว/อยู่ระหว่าง/ยังไม่ดำเนินการ): none of them is the measure's, and their text joined "
        "is no status."),
    "MEASURE_UNTITLED": CheckCode(
        "info", "A row of a measures table was left out: its '{header}' cell is empty or '-', though other cells "
        "say what will be done.",
        "ไม่นำแถวของตารางมาตรการมาเป็นมาตรการ เพราะช่อง '{header}' ว่างหรือเป็น '-' แม้ช่องอื่นจะระบุสิ่งที่จะดำเนินการ",
        "A row whose title cell (the column taken as the measure's title) holds no value while its steps, "
        "unit, time or results hold text: no title is made up for it; the row's text is in source_text."),
    "TOTAL_ROW_SKIPPED": CheckCode(
        "info", "A totals row ('{label}') of a measures table was left out: it sums the rows above and is no measure.",
        "ไม่นำแถวผลรวม ('{label}') ของตารางมาตรการมาเป็นมาตรการ เพราะเป็นผลรวมของแถวด้านบน",
        "A row whose only text is a totals label (schemas/headers.TOTAL_LABELS) beside amounts; it was merged "
        "into the row above as a continuation before."),
}

# The whole catalogue, complete at import (no code is added later).
CHECK_CODES: dict[str, CheckCode] = {**EXTRACTION_CODES, **SCORE_CODES, **MEASURE_CODES}


def make_check(code: str, where: Where | None = None, *, severity: Severity | None = None,
               before: str | None = None, after: str | None = None, source_text: str | None = None,
               **fields: object) -> Check:
    """Build a Check from the catalogue; ``fields`` fill the message templates.

    A field given as a ``schemas.phrases.Phrase`` fills the English message with its English and
    the Thai message with its Thai. ``{page}`` and ``{line}`` in a template default to the
    location's page and line, so a message can never lose the number its location holds ("OCR of
    page  failed"). ``source_text`` quotes the text the check is about."""
    spec = CHECK_CODES[code]
    where = where or Where()
    fields = {"page": where.page, "line": where.line, **fields}
    values = {k: ("" if v is None else v) for k, v in fields.items()}
    return Check(
        severity=severity or spec.severity,
        code=code,
        message=spec.message.format_map(_Blank(_language(values, 0))),
        message_th=spec.message_th.format_map(_Blank(_language(values, 1))),
        where=where,
        before=before,
        after=after,
        source_text=source_text or None,
    )


def _language(values: dict[str, object], index: int) -> dict[str, object]:
    """The fields for one message: a Phrase gives its English (0) or Thai (1)."""
    return {k: (v[index] if isinstance(v, Phrase) else v) for k, v in values.items()}


class _Blank(dict[str, object]):
    """format_map helper: a missing field renders empty instead of raising."""

    def __missing__(self, key: str) -> str:
        return ""


def render_docs() -> str:
    """docs/checks.md, generated from the catalogue (tests fail if the file drifts)."""
    from schemas.check_codes import CHECK_CODES as catalogue  # the imported module, also under -m

    lines = ["# Check codes", "",
             "Every code ita-extract can emit. Generated from `schemas/check_codes.py` and",
             "`schemas/audit_codes.py` by `python -m schemas.check_codes > docs/checks.md`; do not edit by hand.",
             "", "| code | severity | meaning | message (English) | ข้อความ (ไทย) |", "|---|---|---|---|---|"]
    for code in sorted(catalogue):
        spec = catalogue[code]
        cells = [f"`{code}`", spec.severity, spec.doc, spec.message, spec.message_th]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render_docs(), end="")
