"""Phrases that open the closing line of a notice, memo or letter (ประกาศ, บันทึกข้อความ), and the
headings that close a web page's own text.

Such a line is never the rest of the line above: the PDF reader starts a new paragraph at it
even when the line above runs to the right edge (extract/readers/pdf.py), and a list of measures
ends there (extract/parse/measures_lists.py). Spaces inside a phrase are optional when matched.
"""
from __future__ import annotations

CLOSING_PHRASES: tuple[str, ...] = (
    "จึงประกาศให้ทราบ", "จึงประกาศมาเพื่อ", "ประกาศ ณ วันที่", "จึงเรียนมาเพื่อ", "จึงแจ้งมาเพื่อ",
    "จึงแจ้งให้ทราบ", "จึงประกาศมาให้ทราบ",
)


def phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase`` with any whitespace (or none) between its letters."""
    import regex

    return r"\s*".join(map(regex.escape, phrase.replace(" ", "")))


# A line that is only one of these headings (case and spaces aside, a colon or arrow after it allowed)
# opens a web page's list of OTHER posts ("ข่าวที่เกี่ยวข้อง", "More from my site"): once the page has
# named the ITA above it, the lines after it are not the page's own text (extract/pipeline.py), so
# another body's headline there ("อบต.โนนสะอาด คว้า ITA ระดับ AA 96.50 คะแนน") is neither a second subject
# nor a score.
RELATED_CONTENT_HEADINGS: tuple[str, ...] = (
    "ข่าวที่เกี่ยวข้อง", "ข่าวสารที่เกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "โพสต์ที่เกี่ยวข้อง",
    "ข่าวล่าสุด", "ข่าวอื่นๆ", "ข่าวอื่น ๆ", "ข่าวแนะนำ", "ข่าวยอดนิยม", "อ่านข่าวอื่นๆ", "อ่านข่าวอื่น ๆ",
    "ข่าวประชาสัมพันธ์อื่นๆ", "ข่าวประชาสัมพันธ์อื่น ๆ",
    "Related posts", "Related news", "Related articles", "Related stories", "More from my site", "More news",
    "You may also like", "Recent posts", "Latest news", "Read more news",
)

# Words that label a numbered item ("ตัวชี้วัดที่ ๘ …", "มาตรการที่ 2 …", "Indicator 7 …"). A PDF line
# opening with one of them and a number starts a paragraph of its own when the paragraph above opened
# with the same word and another number (items side by side, as a Word file's paragraphs were), even
# when the line above ends so near the right edge that the label's first word could not have fitted
# there (extract/readers/pdf.py): a wrapped sentence seldom goes on with the label of the next item.
ITEM_LABELS: tuple[str, ...] = (
    "ตัวชี้วัดที่", "ตัวชี้วัดย่อยที่", "มาตรการที่", "ประเด็นที่", "ข้อที่", "ข้อ", "ส่วนที่", "ขั้นตอนที่", "กิจกรรมที่",
    "โครงการที่", "แนวทางที่", "ด้านที่", "เกณฑ์ที่", "ยุทธศาสตร์ที่", "Indicator", "Measure", "Item", "Step",
)
