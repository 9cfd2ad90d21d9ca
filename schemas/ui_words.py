"""Every word ``ita check`` shows an auditor around the check messages, in English and Thai.

One table, so a translator (or a test) finds them all in one place: the terminal summary, the
HTML report's headings and columns, severities, statuses and the words of a location. English is
the default language; ``--lang th`` shows the Thai.
"""
from __future__ import annotations

import re

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

_LOCATION_PART = re.compile(r"\b(page|line|table|row) (\d+)")


def word(key: str, lang: str = "en", **fields: object) -> str:
    """The word (or line, its ``fields`` filled) for ``key`` in ``lang``."""
    text = WORDS[key][LANGS.index(lang)]
    return text.format(**fields) if fields else text


def location(text: str | None, lang: str = "en") -> str:
    """A check's location ("page 3, table 2") in ``lang`` ("หน้า 3 ตารางที่ 2")."""
    if not text or lang == "en":
        return text or ""
    return _LOCATION_PART.sub(lambda m: f"{word(m.group(1), lang)} {m.group(2)}", text).replace(", ", " ")
