"""Every word ``ita check`` shows an auditor around the check messages, in English and Thai.

One table, so a translator (or a test) finds them all in one place: the terminal summary, the
HTML report's headings and columns, severities, statuses and the words of a location. English is
the default language; ``--lang th`` shows the Thai.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemas.records import Where  # pydantic: not imported for a usage error or --help

LANGS = ("en", "th")

WORDS: dict[str, tuple[str, str]] = {
    # severities (one check) and their counts (summary lines, columns)
    "error": ("error", "ข้อผิดพลาด"),
    "warning": ("warning", "คำเตือน"),
    "info": ("info", "ข้อสังเกต"),
    "errors": ("errors", "ข้อผิดพลาด"),
    "warnings": ("warnings", "คำเตือน"),
    "infos": ("info", "ข้อสังเกต"),
    "ERROR": ("ERROR", "ข้อผิดพลาด"),
    # report statuses
    "ok": ("ok", "อ่านได้ครบ"),
    "partial": ("partial", "อ่านได้บางส่วน"),
    "failed": ("failed", "อ่านไม่ได้"),
    # the words of a location ("page 3, table 2, row 5")
    "page": ("page", "หน้า"),
    "line": ("line", "บรรทัด"),
    "table": ("table", "ตารางที่"),
    "row": ("row", "แถวที่"),
    # terminal
    "fiscal_year_short": ("FY", "ปีงบประมาณ "),
    "unknown": ("?", "?"),
    "unknown_org": ("?", "(ไม่พบชื่อหน่วยงาน)"),
    "reports_total": ("{reports} reports, {errors} errors", "รายงาน {reports} ฉบับ ข้อผิดพลาด {errors} รายการ"),
    "no_files": ("no report files found", "ไม่พบไฟล์รายงาน"),
    "interrupted": ("interrupted", "หยุดทำงานตามที่ผู้ใช้สั่ง (Ctrl-C หรือสัญญาณหยุด)"),
    "files_kept": ("; its files were left as they were", " ไฟล์เดิมในโฟลเดอร์ยังอยู่ครบ"),
    "progress_label": ("ita check", "ita ตรวจรายงาน"),
    "progress_reading": ("reading {name}", "กำลังอ่าน {name}"),
    "progress_page": ("page {page}/{pages}", "หน้า {page}/{pages}"),
    "progress_failed": ("{failed} failed", "อ่านไม่ได้ {failed}"),
    "progress_rate": ("{rate} files/s", "{rate} ไฟล์/วินาที"),
    "progress_done": ("{done}/{total} files", "{done}/{total} ไฟล์"),
    "progress_eta": ("about {eta} left", "เหลืออีกประมาณ {eta}"),
    # HTML report
    "html_title": ("ITA audit", "ผลการตรวจรายงาน ITA"),
    "html_intro": ("{reports} reports. Click a report to see its checks; click a column heading to sort.",
                   "รายงาน {reports} ฉบับ คลิกที่รายงานเพื่อดูผลการตรวจ คลิกหัวคอลัมน์เพื่อเรียงลำดับ"),
    "html_filter_severity": ("Severity", "ระดับความรุนแรง"),
    "html_filter_code": ("Check", "รายการตรวจ"),
    "html_all_codes": ("all checks", "ทุกรายการตรวจ"),
    "html_no_checks": ("No checks to show.", "ไม่มีผลการตรวจที่ตรงกับตัวกรอง"),
    "html_codes_legend": ("Checks", "คำอธิบายรายการตรวจ"),
    "col_organization": ("Organization", "หน่วยงาน"),
    "col_fiscal_year": ("Fiscal year", "ปีงบประมาณ"),
    "col_status": ("Status", "สถานะการอ่าน"),
    "col_errors": ("Errors", "ข้อผิดพลาด"),
    "col_warnings": ("Warnings", "คำเตือน"),
    "col_infos": ("Info", "ข้อสังเกต"),
    "col_file": ("File", "ไฟล์"),
    "col_severity": ("Severity", "ระดับ"),
    "col_code": ("Code", "รหัส"),
    "col_message": ("Message", "ข้อความ"),
    "col_location": ("Location", "ตำแหน่ง"),
    "col_source": ("Source text", "ข้อความในเอกสาร"),
    "col_before": ("Before", "ก่อนแก้ไข"),
    "col_after": ("After", "หลังแก้ไข"),
    "cost": ("cost", "ต้นทุน"),
}

# argparse's usage errors (and the limits' own, extract/cli.py) as ``ita check --lang th`` says them:
# (English message as a pattern, Thai template of its groups). "argument X: …" is split off first
# and X named by USAGE_NAMES_TH, or quoted as the option it is; a message not listed is quoted.
USAGE_ERRORS_TH: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (?P<names>.+)", "ต้องระบุ{names}"),
    (r"unrecognized arguments: (?P<given>.+)", "ไม่รู้จัก “{given}”"),
    (r"ambiguous option: (?P<given>\S+) could match (?P<choices>.+)", "ตัวเลือก “{given}” กำกวม อาจหมายถึง {choices}"),
    (r"one of the arguments (?P<names>.+) is required", "ต้องระบุอย่างใดอย่างหนึ่งจาก{names}"),
    (r"invalid choice: (?P<given>.+) \(choose from (?P<choices>.+)\)", "ไม่มี {given} ให้เลือก (เลือกได้จาก {choices})"),
    (r"expected one argument", "ต้องตามด้วยค่าหนึ่งค่า"),
    (r"expected at least one argument", "ต้องตามด้วยค่าอย่างน้อยหนึ่งค่า"),
    (r"expected at most one argument", "ตามด้วยค่าได้ไม่เกินหนึ่งค่า"),
    (r"ignored explicit argument (?P<given>.+)", "ไม่รับค่า {given}"),
    (r"invalid \S+ value: (?P<given>.+)", "ค่า {given} ใช้ไม่ได้"),
    (r"must be from (?P<low>\d+) to (?P<high>\d+)", "ต้องเป็นจำนวนเต็มตั้งแต่ {low} ถึง {high}"),
    (r"must be 0 or more", "ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป"),
    (r"not a whole number: (?P<given>.+)", "{given} ไม่ใช่จำนวนเต็ม"),
    (r"not a number: (?P<given>.+)", "{given} ไม่ใช่ตัวเลข"),
    (r"must be a number of seconds, 0 or more", "ต้องเป็นจำนวนวินาทีตั้งแต่ 0 ขึ้นไป"),
)
# What a usage error calls the arguments that are not options (their argparse dest).
USAGE_NAMES_TH: dict[str, str] = {
    "paths": "ไฟล์หรือโฟลเดอร์รายงาน",
    "command": "คำสั่ง (extract, check หรือ schema)",
    "record": "ชนิดระเบียน",
}
USAGE_LINE_TH = "{prog}: ใช้คำสั่งไม่ถูกต้อง: {message}\nดูวิธีใช้ด้วยคำสั่ง “{prog} --help”\n"



def word(key: str, lang: str = "en", **fields: object) -> str:
    """The word (or line, its ``fields`` filled) for ``key`` in ``lang``."""
    text = WORDS[key][LANGS.index(lang)]
    return text.format(**fields) if fields else text


def usage_error_th(message: str) -> str:
    """argparse's English ``message`` in Thai (USAGE_ERRORS_TH); one it does not know, quoted."""
    head = re.fullmatch(r"argument (?P<name>[^:]+): (?P<rest>.+)", message, re.S)
    if head:
        name = head["name"].split("/")[-1]  # "-h/--help": the long spelling
        label = f"ตัวเลือก {_usage_name(name)}" if name.startswith("-") else _usage_name(name)
        return f"{label}: {usage_error_th(head['rest'])}"
    for pattern, thai in USAGE_ERRORS_TH:
        m = re.fullmatch(pattern, message, re.S)
        if m:
            fields = m.groupdict()
            if "names" in fields:
                fields["names"] = " " + " และ ".join(_usage_name(n) for n in re.split(r",\s*", fields["names"]))
            return thai.format(**fields)
    return f"โปรแกรมแจ้งว่า “{message}”"


def _usage_name(name: str) -> str:
    """An argument as a Thai usage error names it: an option as spelt, quoted; a positional by its Thai name."""
    return f"“{name}”" if name.startswith("-") else USAGE_NAMES_TH.get(name, f"“{name}”")


def location(where: Where, lang: str = "en") -> str:
    """A record's place in ``lang``: "page 3, table 2" (its ``location``), "หน้า 3 ตารางที่ 2"."""
    if lang == "en":
        return str(where)
    return " ".join(f"{word(name, lang)} {number}" for name, number in where.parts())
