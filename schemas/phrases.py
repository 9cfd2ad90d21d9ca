"""Bilingual pieces of check messages: the reasons code gives, why a file failed, how a score is named.

A field of ``make_check`` given as a ``Phrase`` fills the English message with ``en`` and the Thai
message with ``th``, so a Thai message never carries an English reason ("(empty first cell)").
Every reason a parser or check gives is in ``REASONS``, every reason a file could not be read (or a
worker died) in ``FAILURES``, each keyed by a short name. Where only a library, the operating system
or Python can say what went wrong, its own text is quoted verbatim inside the Thai sentence, marked
as that program's message, rather than translated.
"""
from __future__ import annotations

from typing import NamedTuple

from schemas.ita import INDICATOR_BY_NUMBER


class Phrase(NamedTuple):
    en: str
    th: str

    def format(self, **fields: object) -> Phrase:
        """Both templates filled; a field that is itself a Phrase gives each language its own text."""
        return Phrase(self.en.format(**_side(fields, 0)), self.th.format(**_side(fields, 1)))

    def __str__(self) -> str:  # where code compares or prints a reason, it reads the English
        return self.en


REASONS: dict[str, Phrase] = {
    # continuation rows merged into the row above (ROW_MERGED), extract/parse/measures.py
    "empty_first_cell": Phrase("empty first cell", "ช่องแรกของแถวว่าง"),
    "continued_marker": Phrase("(ต่อ)", "มีคำว่า (ต่อ)"),
    "numbered_fragment": Phrase("fragment of the numbered row above", "เป็นส่วนต่อของแถวที่มีเลขลำดับด้านบน"),
    "word_cut": Phrase("title continues a word cut by the page break", "ชื่อมาตรการต่อจากคำที่ถูกตัดที่ขึ้นหน้าใหม่"),
    "mid_phrase": Phrase("title above ends mid-phrase", "ชื่อมาตรการในแถวบนจบกลางวลี"),
    "unnumbered_fragment": Phrase("un-numbered fragment after a page break", "เป็นข้อความไม่มีเลขลำดับหลังขึ้นหน้าใหม่"),
    "row_cut": Phrase("the page break cuts the row (no rule above it on the new page)",
                      "แถวถูกตัดที่ขึ้นหน้าใหม่ (ไม่มีเส้นขอบด้านบนในหน้าใหม่)"),
    "list_continues": Phrase("list cells continue the row above", "รายการในช่องต่อจากแถวด้านบน"),
    # numbered lists read as measures (MEASURES_FROM_LIST), extract/parse/measures_lists.py
    "lead_in_improvements": Phrase("a lead-in naming improvements in an analysis of assessment results",
                                   "ข้อความนำระบุแนวทางปรับปรุงในการวิเคราะห์ผลการประเมิน"),
    "lead_in_results": Phrase("a lead-in reporting what was done", "ข้อความนำระบุว่าเป็นการรายงานผลการดำเนินการ"),
    "result_lines": Phrase("each item reports its result on a labelled line (ผลการดำเนินงาน : …)",
                           "ทุกรายการมีบรรทัดรายงานผลการดำเนินงานของตนเอง"),
    "lead_in_measures": Phrase("a lead-in naming measures or rules", "ข้อความนำระบุว่าเป็นมาตรการหรือแนวปฏิบัติ"),
    "title_measures": Phrase("topic headings under a title naming measures",
                             "หัวข้อเรื่องใต้ชื่อเอกสารที่ระบุว่าเป็นมาตรการ"),
    "title_improvements": Phrase("items naming their unit or time under a title naming improvements on assessment results",
                                 "รายการที่ระบุผู้รับผิดชอบหรือระยะเวลาใต้ชื่อเอกสารที่ระบุแนวทางปรับปรุงตามผลการประเมิน"),
    "items_named": Phrase("items named as projects, activities or measures",
                          "แต่ละรายการระบุว่าเป็นโครงการ กิจกรรม หรือมาตรการ"),
    # pages pdfium misread, read again by pdfplumber (TEXT_LAYER_REREAD), extract/readers/text_layer_trust.py
    "shared_glyph_marks": Phrase("{shared} of {marks} Thai marks share one glyph with their base letter",
                                 "สระบนล่างและวรรณยุกต์ {shared} จาก {marks} ตัวใช้รูปอักษรเดียวกับพยัญชนะที่กำกับ"),
    # a table read from the layout on a page after its header's (TABLE_FROM_LAYOUT), extract/readers/gutter_tables.py
    "continued_from_page": Phrase("; it continues the table on the page before, in that table's columns",
                                  " ต่อจากตารางในหน้าก่อนหน้า ตามคอลัมน์ของตารางนั้น"),
    # prose numbers whose subject is unclear (SCORE_ROLE_UNCLEAR), extract/parse/score_roles.py
    "row_of_numbers": Phrase("one of a row of numbers (a table flattened into a line?)",
                             "เป็นตัวเลขหนึ่งในแถวของตัวเลขหลายตัว (อาจเป็นตารางที่ถูกอ่านเป็นบรรทัดเดียว)"),
    "survey_word_after": Phrase("a survey's respondents or service users are named right after it: their rating, or the body's result?",
                                "มีคำที่หมายถึงผู้ตอบแบบสำรวจหรือผู้รับบริการต่อท้ายตัวเลข จึงไม่ชัดว่าเป็นผลการประเมินของหน่วยงานหรือคะแนนความพึงพอใจของผู้รับบริการ"),
    "no_subject": Phrase("no subject (overall, tool or indicator) named",
                         "ไม่ระบุว่าเป็นคะแนนภาพรวม เครื่องมือ หรือตัวชี้วัด"),
    "aspect": Phrase("an aspect is named that is none of the tools or indicators",
                     "ระบุด้านหนึ่งที่ไม่ใช่เครื่องมือหรือตัวชี้วัด"),
    "several_indicators": Phrase("several indicators named ({numbers})", "ระบุตัวชี้วัดหลายตัว ({numbers})"),
    "several_tools": Phrase("several tools named ({tools})", "ระบุเครื่องมือหลายตัว ({tools})"),
    "several_overall": Phrase("another overall score of the same year is stated in the same sentence (several bodies?)",
                              "ประโยคเดียวกันระบุคะแนนภาพรวมของปีเดียวกันอีกค่าหนึ่ง (อาจเป็นของหลายหน่วยงาน)"),
    "other_body": Phrase("it is stated of {body}, not of the report's own body",
                         "เป็นคะแนนของ{body} ไม่ใช่ของหน่วยงานเจ้าของรายงาน"),
    "group_owner": Phrase("it is the result of {owner}, a place or a group of bodies, not of the report's own body",
                          "เป็นผลของ{owner} ซึ่งเป็นพื้นที่หรือกลุ่มหน่วยงาน ไม่ใช่ของหน่วยงานเจ้าของรายงาน"),
    "kpi_of_result": Phrase("a plan's KPI named as the assessment itself: its value may be the result the plan measured, or a share or a level it counts",
                            "เป็นค่าของตัวชี้วัดของแผนงานที่ตั้งชื่อตามการประเมิน ITA อาจเป็นผลการประเมินหรือเป็นร้อยละหรือระดับที่แผนนับเอง"),
    "mean_of_parts": Phrase("the mean of the indicators or tools, not the result (which weighs the tools 30/30/40)",
                            "เป็นค่าเฉลี่ยของตัวชี้วัดหรือเครื่องมือ ไม่ใช่ผลการประเมินภาพรวม (ซึ่งคิดจากน้ำหนักของเครื่องมือ ๓๐/๓๐/๔๐)"),
    "change_or_earlier": Phrase("in brackets after a change from an earlier year: the amount of the change, or that year's score?",
                                "อยู่ในวงเล็บหลังข้อความที่เปรียบเทียบกับปีก่อน อาจเป็นค่าที่เปลี่ยนไปหรือคะแนนของปีนั้นก็ได้"),
    "listed_values": Phrase("one of several values listed after one subject, each with no year or subject of its own",
                            "เป็นค่าหนึ่งในหลายค่าที่เรียงต่อกันหลังชื่อสิ่งเดียว โดยไม่ระบุปีหรือสิ่งที่แต่ละค่าเป็นคะแนนของ"),
    "kpi_numbered": Phrase("the indicator named is a plan's KPI (a measurement), not an indicator of the ITA",
                           "ตัวชี้วัดที่ระบุเป็นตัวชี้วัดของแผนงาน (ค่าที่วัดได้) ไม่ใช่ตัวชี้วัดของการประเมิน ITA"),
    "other_evaluation": Phrase("the result of another evaluation than the ITA ({name})",
                               "เป็นผลการประเมินอื่นที่ไม่ใช่การประเมินคุณธรรมและความโปร่งใส ({name})"),
    "comparison_year": Phrase("the earlier value of a comparison whose year is not stated",
                              "เป็นค่าก่อนหน้าของการเปรียบเทียบที่ไม่ระบุปี"),
    "comparison_later_year": Phrase("the later value of a comparison after another year than the report's, its own "
                                    "year not stated", "เป็นค่าหลังของการเปรียบเทียบที่ระบุปีอื่นที่ไม่ใช่ปีของรายงานไว้ก่อน "
                                    "โดยไม่ระบุปีของค่านี้"),
    # a number line between two label lines, after a number line no label was above (extract/parse/scores.py)
    "caption_above_or_below": Phrase("a number on a line of its own between two labels, in a run that opens with "
                                     "a number: its label may be the line above or the line below",
                                     "เป็นตัวเลขในบรรทัดเดี่ยวระหว่างชื่อสองบรรทัด ในชุดที่ขึ้นต้นด้วยตัวเลข "
                                     "ชื่อของตัวเลขอาจเป็นบรรทัดบนหรือบรรทัดล่างก็ได้"),
    "items_share_no_tool": Phrase("the share of items passed, no tool or indicator named",
                                  "เป็นร้อยละของข้อที่ผ่าน โดยไม่ระบุเครื่องมือหรือตัวชี้วัด"),
    "scale_of_five": Phrase("a fraction of at most 5 as the overall result: a mean on a scale of 5?",
                            "เป็นทศนิยมไม่เกิน ๕ ในฐานะคะแนนภาพรวม อาจเป็นค่าเฉลี่ยของมาตรวัด ๕ ระดับ"),
    # a table's total row (extract/parse/scores.py)
    "total_of_some_indicators": Phrase("a total of indicators {numbers} only, without {missing}: neither a tool's score nor the result",
                                       "เป็นผลรวมของตัวชี้วัดที่ {numbers} เท่านั้น ไม่รวมตัวชี้วัดที่ {missing} จึงไม่ใช่คะแนนของเครื่องมือหรือผลการประเมินภาพรวม"),
    "total_of_other_rows": Phrase("a total of rows that are neither tools nor indicators",
                                  "เป็นผลรวมของแถวที่ไม่ใช่เครื่องมือหรือตัวชี้วัด"),
}


# Why a file could not be read, or its reading stopped. The English texts are those the readers always
# gave (scripts may match them); "{error}" is a library's, the system's or Python's own message, which
# the Thai quotes as such.
QUOTED_ERROR = "“{error}”"
FAILURES: dict[str, Phrase] = {
    # another program's own words: a library, Python, or the operating system (extract/pipeline.py, batch.py)
    "program_error": Phrase("{error}", "โปรแกรมแจ้งว่า " + QUOTED_ERROR),
    # {error} of the system's own words is an ``os_error``: Thai where the error number is known
    "system_error": Phrase("{error}", "ระบบแจ้งว่า {error}"),
    # paths that are not regular files (extract/inputs.py)
    "dangling_symlink": Phrase("a symbolic link to a file that does not exist",
                               "เป็นลิงก์สัญลักษณ์ที่ชี้ไปยังไฟล์ที่ไม่มีอยู่"),
    "symlink_loop": Phrase("a symbolic link loop", "เป็นลิงก์สัญลักษณ์ที่ชี้วนกันไม่สิ้นสุด"),
    "folder": Phrase("a folder", "เป็นโฟลเดอร์"),
    "folder_unlisted": Phrase("a folder that could not be listed ({error})",
                              "เป็นโฟลเดอร์ที่เปิดดูรายชื่อไฟล์ไม่ได้ ระบบแจ้งว่า {error}"),
    "fifo": Phrase("a named pipe (FIFO)", "เป็นท่อส่งข้อมูลระหว่างโปรแกรม"),
    "char_device": Phrase("a character device", "เป็นอุปกรณ์แบบอักขระ"),
    "block_device": Phrase("a block device", "เป็นอุปกรณ์แบบบล็อก"),
    "socket": Phrase("a socket", "เป็นช่องทางสื่อสารระหว่างโปรแกรม"),
    "not_regular": Phrase("not a regular file", "ไม่ใช่ไฟล์ปกติ"),
    "no_suffix": Phrase("(none)", "(ไม่มีนามสกุล)"),
    # PDF (extract/readers/pdf.py, pdf_pdfium.py)
    "no_pdf_header": Phrase("not a PDF file (no %PDF header)", "ไม่ใช่ไฟล์ PDF (ไม่มีส่วนหัว %PDF)"),
    "corrupt_pdf": Phrase("corrupt PDF ({error})",
                          "ไฟล์ PDF เสียหาย โปรแกรมอ่าน PDF แจ้งว่า " + QUOTED_ERROR),
    "pdf_no_text": Phrase("the PDF has no text", "ไฟล์ PDF ไม่มีข้อความ"),
    # images (extract/readers/image.py)
    "corrupt_image": Phrase("not an image the imaging library can open ({error})",
                            "เปิดไฟล์ภาพไม่ได้ โปรแกรมอ่านภาพแจ้งว่า " + QUOTED_ERROR),
    "image_too_large": Phrase("the image has {pixels} million pixels, over the {limit} million read",
                              "ภาพมีขนาด {pixels} ล้านพิกเซล เกินขนาดที่อ่านได้ {limit} ล้านพิกเซล"),
    # Word (extract/readers/docx.py)
    "docx_unreadable": Phrase("unreadable Word content ({error})",
                              "เนื้อหาในไฟล์ DOCX อ่านไม่ได้ โปรแกรมอ่าน DOCX แจ้งว่า " + QUOTED_ERROR),
    "docx_encrypted": Phrase("not a .docx: a password-protected Word file",
                             "ไม่ใช่ไฟล์ DOCX ที่เปิดอ่านได้ เพราะมีรหัสผ่าน"),
    "docx_ole": Phrase("not a .docx: an OLE2 file (a legacy .doc saved as .docx?)",
                       "ไม่ใช่ไฟล์ DOCX แต่อาจเป็นไฟล์เอกสารรูปแบบเก่าที่ตั้งชื่อเป็น DOCX"),
    "docx_invalid": Phrase("not a valid .docx ({error})",
                           "ไม่ใช่ไฟล์ DOCX ที่ถูกต้อง โปรแกรมอ่าน DOCX แจ้งว่า " + QUOTED_ERROR),
    "docx_no_body": Phrase("not a valid .docx (word/document.xml has no body)",
                           "ไม่ใช่ไฟล์ DOCX ที่ถูกต้อง (ส่วน “word/document.xml” ไม่มีเนื้อหาเอกสาร)"),
    # Word 97–2003 (extract/readers/doc.py)
    "doc_not_ole": Phrase("not a Word 97–2003 file (no OLE compound file signature)",
                          "ไม่ใช่ไฟล์เอกสาร DOC (ไม่มีรหัสขึ้นต้นของไฟล์เอกสารสำนักงานรูปแบบเก่า)"),
    "doc_invalid": Phrase("not a valid Word 97–2003 file ({error})",
                          "ไม่ใช่ไฟล์เอกสาร DOC ที่ถูกต้อง โปรแกรมอ่าน DOC แจ้งว่า " + QUOTED_ERROR),
    "doc_encrypted": Phrase("a password-protected Word file; save it without the password and run again",
                            "เป็นไฟล์เอกสารที่มีรหัสผ่าน ให้บันทึกไฟล์โดยไม่ใส่รหัสผ่านแล้วประมวลผลอีกครั้ง"),
    # text (extract/readers/text.py); {encoding} is an ``encoding_name``
    "not_thai_text": Phrase("not UTF-8 and not Thai TIS-620/cp874 text",
                            "ไม่ใช่ข้อความ UTF-8 และไม่ใช่ข้อความภาษาไทย TIS-620/cp874"),
    "binary_data": Phrase("binary data ({encoding} decodes to control characters)",
                          "เป็นข้อมูลไบนารี (แปลงเป็น {encoding} แล้วได้อักขระควบคุม)"),
    "bytes_not_text": Phrase("{count} of {size} bytes are not {encoding} text",
                             "{count} จาก {size} ไบต์ไม่ใช่ข้อความ {encoding}"),
    # OCR (extract/readers/ocr.py)
    "tesseract_missing": Phrase("tesseract is not installed", "ไม่ได้ติดตั้งโปรแกรม Tesseract"),
    "tesseract_broken": Phrase("tesseract does not run ({error})",
                               "โปรแกรม Tesseract ทำงานไม่ได้ ระบบแจ้งว่า " + QUOTED_ERROR),
    "thai_model_missing": Phrase("the Thai model (tesseract-ocr-tha) is not installed",
                                 "ไม่ได้ติดตั้งข้อมูลภาษาไทยของ Tesseract (“tesseract-ocr-tha”)"),
    # a batch worker that died (extract/batch.py)
    "killed": Phrase("killed by {signal}", "ถูกหยุดด้วยสัญญาณหมายเลข {number}"),
    "killed_out_of_memory": Phrase("killed by {signal}, likely out of memory",
                                   "ถูกระบบบังคับหยุด (สัญญาณหมายเลข {number}) น่าจะเพราะหน่วยความจำไม่พอ"),
    "exit_code": Phrase("exit code {code}", "จบการทำงานด้วยรหัส {code}"),
    # memory limits (MEMORY_LIMIT)
    "memory_per_file": Phrase("{mb} MB per file, --max-memory",
                              "{mb} เมกะไบต์ต่อไฟล์ ตามตัวเลือก “--max-memory”"),
    "memory_available": Phrase("the memory available", "หน่วยความจำที่เครื่องมีอยู่"),
    # stages an INTERNAL_ERROR names
    "stage_batch": Phrase("batch", "การส่งงานให้โปรแกรมย่อย"),
    "stage_parse": Phrase("parse", "การแยกข้อมูลจากเอกสาร"),
    "stage_check": Phrase("check {rule}", "การตรวจตามกฎ “{rule}”"),
    # the output folder (--out) of a run (extract/cli.py, outdir.py, audit.py, run.py); {out} is a path
    "out_not_folder": Phrase("exists and is not a folder", "มีอยู่แล้วแต่ไม่ใช่โฟลเดอร์"),
    "out_not_writable": Phrase("cannot be written to ({error})", "เขียนไฟล์ลงไม่ได้ ระบบแจ้งว่า {error}"),
    "out_in_use": Phrase("{out} is in use by another ita run{holder}; wait for it to end or choose another --out",
                         "โฟลเดอร์ {out} กำลังถูกใช้โดยโปรแกรมอีกชุดหนึ่ง{holder_th} รอให้ทำงานเสร็จ "
                         "หรือเลือกโฟลเดอร์อื่นด้วยตัวเลือก “--out”"),
    "out_foreign_tables": Phrase("{out} holds tables ita did not write ({found}); add --force to overwrite them, "
                                 "or choose another --out",
                                 "โฟลเดอร์ {out} มีตารางที่โปรแกรมนี้ไม่ได้เขียน ({found}) เพิ่มตัวเลือก “--force” "
                                 "เพื่อเขียนทับ หรือเลือกโฟลเดอร์อื่นด้วยตัวเลือก “--out”"),
    "out_write_failed": Phrase("cannot write to {out}: {error}", "เขียนลงโฟลเดอร์ {out} ไม่ได้ ระบบแจ้งว่า {error}"),
}

# What the operating system's commonest errors mean, in Thai, by errno name (the English stays the
# system's own strerror, as scripts always saw it); an error not listed is quoted as the system said it.
OS_ERRORS_TH: dict[str, str] = {
    "ENOENT": "ไม่พบไฟล์หรือโฟลเดอร์นี้",
    "EACCES": "ไม่มีสิทธิ์เข้าถึง",
    "EPERM": "ไม่อนุญาตให้ทำรายการนี้",
    "ENOTDIR": "ส่วนหนึ่งของเส้นทางไม่ใช่โฟลเดอร์",
    "EISDIR": "เป็นโฟลเดอร์ ไม่ใช่ไฟล์",
    "ENAMETOOLONG": "ชื่อไฟล์หรือเส้นทางยาวเกินไป",
    "ENOSPC": "พื้นที่ดิสก์เต็ม",
    "EDQUOT": "ใช้พื้นที่ดิสก์เกินโควตา",
    "EROFS": "ระบบไฟล์นี้อ่านได้อย่างเดียว",
    "EIO": "อ่านหรือเขียนอุปกรณ์เก็บข้อมูลไม่สำเร็จ",
    "EBUSY": "ไฟล์หรืออุปกรณ์กำลังถูกใช้งานอยู่",
    "EMFILE": "เปิดไฟล์พร้อมกันมากเกินไป",
    "ENFILE": "เปิดไฟล์พร้อมกันมากเกินไป",
    "ENOMEM": "หน่วยความจำไม่พอ",
    "ELOOP": "ลิงก์สัญลักษณ์ชี้วนกันไม่สิ้นสุด",
}


# How a Thai message names a text encoding Python calls by its codec name.
ENCODING_NAMES: dict[str, str] = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16", "cp874": "TIS-620/cp874",
}


# How the items of a list of measures are marked, as MEASURES_FROM_LIST names it
# (extract/parse/measures_lists.py): a number, a bullet, or only the measure's noun opening each paragraph.
LIST_KINDS: dict[str, Phrase] = {
    "numbered": Phrase("a numbered list", "รายการลำดับเลข"),
    "bulleted": Phrase("a bulleted list", "รายการที่มีสัญลักษณ์นำหน้าแต่ละข้อ"),
    "ordinal": Phrase("items counted by ordinal words in one paragraph (ประการแรก, ประการที่สอง …)",
                      "ข้อที่นับด้วยคำในย่อหน้าเดียว (ประการแรก ประการที่สอง …)"),
    "noun_led": Phrase("paragraphs each opening with a measure's noun (มาตรการ, โครงการ, กิจกรรม)",
                       "ย่อหน้าที่แต่ละย่อหน้าขึ้นต้นด้วยคำว่ามาตรการ โครงการ หรือกิจกรรม"),
}

# What a file's bytes are, as checks name it (READ_BY_CONTENT, READ_LEGACY_OFFICE), keyed by
# extract.readers.content_type's kinds.
FILE_KINDS: dict[str, Phrase] = {
    "pdf": Phrase("PDF", "PDF"),
    "docx": Phrase("Word (.docx)", "DOCX"),
    "doc": Phrase("Word 97–2003 (.doc)", "DOC"),
    "word95": Phrase("Word 6.0/95 (older than Word 97)", "เอกสารเวิร์ดรุ่น 6.0/95 ซึ่งเก่ากว่ารุ่น 97"),
    "html": Phrase("HTML", "หน้าเว็บ"),
    "legacy_office": Phrase("a legacy Office format other than Word 97–2003", "เอกสารสำนักงานรูปแบบเก่า (ก่อน DOCX) ที่ไม่ใช่ DOC"),
    "rtf": Phrase("RTF", "เอกสารรูปแบบริชเท็กซ์"),
    "image": Phrase("an image", "ไฟล์ภาพ"),
}


def failure(key: str, **fields: object) -> Phrase:
    """The failure ``key`` of the table, its fields filled (a program's text is quoted in the Thai)."""
    return FAILURES[key].format(**fields)


def program_error(exc: BaseException, limit: int | None = None) -> Phrase:
    """What Python or a library said about ``exc`` ("ValueError: …"), for English as it always was and
    quoted as the program's own message in Thai."""
    text = f"{type(exc).__name__}: {exc}"
    return failure("program_error", error=text[:limit] if limit else text)


def os_error(exc: OSError) -> Phrase:
    """What the system said about ``exc``: its own words in English (as always); in Thai, their
    meaning where the error number is a common one (OS_ERRORS_TH), else its words quoted."""
    import errno

    said = exc.strerror or str(exc)
    thai = OS_ERRORS_TH.get(errno.errorcode.get(exc.errno or 0, ""))
    return Phrase(said, thai or QUOTED_ERROR.format(error=said))


def encoding_name(codec: str) -> Phrase:
    """A codec name: as Python spells it in English (as always), as people know it in Thai."""
    return Phrase(codec, ENCODING_NAMES.get(codec.lower(), codec))


def _side(fields: dict[str, object], index: int) -> dict[str, object]:
    """One language's field values: a Phrase gives its English (0) or Thai (1); in Thai, another
    program's multi-line text stays on one line inside its quotes."""
    out = {}
    for key, value in fields.items():
        if isinstance(value, Phrase):
            value = value[index]
        elif index and isinstance(value, str) and "\n" in value:
            value = " ".join(value.split())
        out[key] = value
    return out


def reason(key: str, **fields: object) -> Phrase:
    """The reason ``key`` of the table, its fields filled."""
    return REASONS[key].format(**fields) if fields else REASONS[key]


def score_name(level: str, tool: str | None = None, part: int | None = None,
               indicator: int | None = None) -> Phrase:
    """How a message names a score ("overall score" / "คะแนนภาพรวม")."""
    if level == "overall":
        return Phrase("overall score", "คะแนนภาพรวม")
    if level == "tool":
        return Phrase(f"{tool}{f' part {part}' if part else ''} score",
                      f"คะแนน {tool}{f' ส่วนที่ {part}' if part else ''}")
    name = INDICATOR_BY_NUMBER[indicator].name if indicator in INDICATOR_BY_NUMBER else ""
    return Phrase(f"indicator {indicator} ({name}) score", f"คะแนนตัวชี้วัดที่ {indicator} ({name})")
