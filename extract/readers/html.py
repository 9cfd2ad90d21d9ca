"""Web pages saved as HTML (an ITA announcement or news item) → the text reader's input: the page's
text a block per line, each data table kept as HTML so the text reader reads its merged cells
(extract/readers/markup_tables.py). Scripts, styles, navigation, sidebars (<aside>, CHROME_BLOCK), news
tickers, footers, forms, menus and readers' comments (COMMENT_BLOCK, COMMENT_ROLES, COMMENT_LABELS) are no
part of what the page announces and are dropped;
the page header is kept (it names the body whose site it is; a menu in it goes as a menu). A page with one <main> or <article> is read from it,
after the page's header. A table that holds another table, or only one row or one column, lays the page out
(old government sites), and so does one of a few rows with a menu cell (a banner row over a menu
column beside the content): its cells are read as blocks of text. Lines are numbered in the page's text
as read this way.
"""
from __future__ import annotations

import regex

from extract.document import Document, Line
from extract.errors import ReadError
from extract.readers.text import decode, read_text
from schemas.check_codes import make_check
from normalize import patterns
from normalize.line_joins import ITEM_START

# elements whose start and end break a line
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
    "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
# elements that are no part of a page's announcement
DROP_TAGS = frozenset({
    "aside", "button", "footer", "form", "head", "iframe", "nav", "noscript", "object", "script", "select",
    "style", "svg", "template", "title", "marquee",
})
# a charset the page declares (meta tag or XML declaration), read from its first bytes
CHARSET = patterns.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.IGNORECASE)
DECLARED_REACH = 4096
# the code pages Thai pages declare, by the name Python knows (cp874 is a superset of TIS-620)
THAI_CHARSETS = {"tis-620": "cp874", "tis620": "cp874", "windows-874": "cp874", "iso-8859-11": "cp874",
                 "x-windows-874": "cp874"}
# a block this much of whose text is link text, in at least this many links, is a menu (the link
# density test of boilerplate removal, as in jusText and Readability)
# a block whose class or id holds one of these is the page's banner (WordPress "site-header",
# "masthead", "site-branding"; Joomla "header"; "logo")
BANNER_HINTS = ("header", "masthead", "branding", "site-title", "sitename", "site-name", "logo")
# a block whose class or id is one of these (or, for "comment", starts or ends with it as a word:
# "comments-area", "comment-list", "fb-comments") holds readers' comments (WordPress #comments,
# #respond; Disqus; Joomla JComments; Facebook's plugin): what visitors wrote, not what the body
# announces: a visitor's "ได้ 80.25 คะแนน" is no score of the body's
COMMENT_BLOCK = patterns.compile(r"(?:^|[\s_-])comments?(?:$|[\s_-])|^(?:respond|disqus_thread|jcomments|jc|commentlist"
                                 r"|ufi(?:comment|list|row|replylist))$", regex.IGNORECASE)
# A block whose class or id token is one of these is a sidebar or a news ticker, as an <aside> or a
# <marquee> is (WordPress "widget-area", #secondary, "widget", "widget_recent_entries"; "sidebar",
# "sidebar-right", "left-sidebar"; a "news-ticker"; the links to the previous and next posts outside a
# <nav>: WordPress "post-navigation", "nav-previous", Joomla "pagenav"): other posts' headlines, a ranking of the district's
# bodies ("อบต.หนองราชวัตร 96.02" …), another body's congratulations, that made a page about one body
# a page about several. Whole tokens only: Elementor's "elementor-widget" holds the post itself, Genesis's
# "content-sidebar-wrap" the content and its sidebar; a block holding the page's <main>, <article> or
# <h1> is never one.
CHROME_BLOCK = patterns.compile(
    r"^(?:(?:left|right|primary|secondary)[_-])?sidebar(?:[_-](?:left|right|primary|secondary|[0-9]))?$"
    r"|^(?:widget|widget[_-]area|widget_[a-z_]+|secondary|news[_-]?ticker|ticker|marquee"
    r"|navigation|post[_-]navigation|post[_-]nav|nav[_-](?:links|previous|next|below|above)|pagenav|pager)$",
    regex.IGNORECASE)
# A comment marked by its accessibility attributes rather than a class: ARIA's role="comment"; Facebook's
# saved posts mark each comment <div role="article" aria-label="Comment by …"> (Thai: "ความคิดเห็นโดย …",
# older pages aria-label="Comment" and class UFIComment, in COMMENT_BLOCK): a visitor's "อบต.… ได้ 88.10"
# under the post made it a page about several bodies
COMMENT_ROLES = ("comment",)
COMMENT_LABELS = ("comment by", "reply by", "comment", "ความคิดเห็นโดย", "ความคิดเห็นจาก", "ตอบกลับโดย",
                  "ตอบกลับจาก", "ความคิดเห็น")
MENU_LINK_SHARE = 0.6
MENU_MIN_LINKS = 3
# A table of at most this many rows with a menu cell lays the page out (banner, menu column, content,
# footer rows); a data table with a cell of links (an OIT table's evidence links) has more rows
LAYOUT_MAX_ROWS = 6
# what a browser prints before an item of a <ul> (a bullet normalize.line_joins.BULLETS knows)
LIST_BULLET = "•"
SPACES = patterns.compile(r"[ \t\r\f\v\u00a0\u200b]+")
XML_DECLARATION = patterns.compile(r"^\s*<\?xml[^>]*>")
# A card of a results page: a block holding a value (a number, a grade) and, under it, its caption
# ("<div class=card><div>96.52</div><div>คะแนน ITA ภาพรวม</div></div>"). Read as one line, caption
# first ("คะแนน ITA ภาพรวม : 96.52"), as a label and its value are written: read as two lines, the number
# would take the caption of the card before it (a label line above a number line is that number's).
# The value: digits alone (with a unit) or a grade letter; the caption: a short text that is no value.
CARD_VALUE = patterns.compile(r"[0-9๐-๙][0-9๐-๙,]*(?:[.][0-9๐-๙]+)?\s*(?:%|คะแนน)?|(?:AA|A|B|C|D|E|F)")
CARD_CAPTION_MAX = 80
# An animated counter holds its number in an attribute and shows a start value ("0") until a script
# counts up to it (Elementor's "elementor-counter-number" data-to-value, jQuery countTo's data-to,
# PureCounter's data-purecounter-end, others' data-count / data-target): a saved page has only the
# start value as text. The attribute's number is read in its place, when the element's text is a number
# or empty and the attribute is a number.
COUNTER_ATTRIBUTES = ("data-to-value", "data-to", "data-purecounter-end", "data-count", "data-target",
                      "data-end-value", "data-countto")
COUNTER_NUMBER = patterns.compile(r"\s*[0-9][0-9,]*(?:[.][0-9]+)?\s*")
# In a data table's cell a counter is read only while it shows its start value (nothing or a zero, "0",
# "0.00"): a cell's own number is the value, whatever data attribute it carries.
COUNTER_START = patterns.compile(r"\s*(?:0+(?:[.]0+)?)?\s*")
# A page that lists posts (a news archive, a category page, a front page's latest news) holds each post
# in an <article> or a block of a post-item class (WordPress "hentry"/"type-post", Joomla "blog-item"/
# "items-row", a theme's "news-item"/"post-item"): two or more side by side make a page of posts, each
# about its own body (a school's result over a health centre's). Read as one text, the first post's
# body became the page's and took its score (PAGE_OF_POSTS tells the subject stage to count every
# scored body, of any kind, as another subject).
POST_ITEM_CLASSES = frozenset({"hentry", "type-post", "blog-item", "items-row", "news-item", "news_item",
                               "post-item", "post_item", "entry-item"})
POSTS_MIN = 2


# What separates the parts of a page's <title> ("ข่าวประชาสัมพันธ์ - เทศบาลตำบลบ้านใหม่", "หน้าแรก | อบต.หนองกุ้ง",
# "ITA :: โรงเรียนบ้านโนนแดง"): a dash, bar or colons with spaces around, or a full-width bar. Each part is a
# site name candidate; which part names a body alone is for metadata to tell.
TITLE_SEPARATORS = patterns.compile(r"(?<!\s)\s++[-–—|»:]{1,2}\s++|(?<!\s)\s*+｜\s*+")  # a run of spaces read once
# an <img> whose class, id or file name holds this is the site's logo (its alt text the site's name)
LOGO_HINT = "logo"
# a block whose class or id holds this, or a <footer>, is the page's footer (its address, its owner's name)
FOOTER_HINT = "footer"
# what a browser puts before a saved page's title while the site has unread notifications ("(2) … | Facebook")
UNREAD_COUNT = patterns.compile(r"^\s*\([0-9]{1,4}\+?\)\s*")


def read_html(data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
              pdf_reader: str | None = None) -> Document:
    """Bytes of a saved web page → Document (``max_pages``, ``pdf_reader``: not a PDF; ignored)."""
    import lxml.html  # a dependency of python-docx; imported only when a page comes
    from lxml import etree

    text, encoding = _decoded(data)
    try:
        root = lxml.html.document_fromstring(XML_DECLARATION.sub("", text))
    except (etree.ParserError, ValueError):
        raise ReadError("READ_EMPTY") from None
    names, footer = _site_names(root), _footer_lines(root)  # before the walk: a data table's markup drops parts
    posts = sum(_posts(part) for part in _content(root))
    chunks: list[str] = []
    for part in _content(root):
        _walk(part, chunks)
    page = "\n".join(_lines("".join(chunks)))
    if not page.strip():
        raise ReadError("READ_EMPTY")
    doc = read_text(page.encode("utf-8"), source_file, sha256)
    doc.reader, doc.encoding = "html", encoding
    if posts >= POSTS_MIN:
        doc.checks.append(make_check("PAGE_OF_POSTS", count=posts))
    last = max((b.line or 0 for b in doc.blocks if hasattr(b, "line")), default=0)
    doc.site_names = tuple(Line(text, line=last + 1 + i) for i, text in enumerate(names))
    doc.site_footer = tuple(Line(text, line=last + 1 + len(names) + i) for i, text in enumerate(footer))
    return doc


def _posts(el) -> int:
    """The posts in ``el``: outermost <article>s and post-item blocks (POST_ITEM_CLASSES) outside
    anything the page's text leaves out (comments, sidebars, dropped tags)."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if not tag or tag in DROP_TAGS or _is_comments(el) or _is_chrome(el):
        return 0
    if tag == "article" or not POST_ITEM_CLASSES.isdisjoint(el.get("class", "").split()):
        return 1
    return sum(_posts(child) for child in el)


def _lines(text: str) -> list[str]:
    """Text as walked → its lines, spaces made one; an item whose whole content was dropped (a comment
    in a list) leaves its bullet alone: no line."""
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return [line for line in lines if line and line != LIST_BULLET]


def _site_names(root) -> list[str]:
    """The parts of the page's <title> (TITLE_SEPARATORS; a browser's unread count "(2) " before it
    left out) and the alt text of its logo: the first <img> in a banner block or whose class, id or
    file name holds LOGO_HINT, outside a sidebar, menu or footer (partners' logos linking to other sites
    stand there): what may name the site's owner where the page's own text does not."""
    names: list[str] = []
    title = root.find(".//title")
    if title is not None:
        text = UNREAD_COUNT.sub("", title.text_content())
        names += [p for p in (SPACES.sub(" ", part).strip() for part in TITLE_SEPARATORS.split(text)) if p]
    for img in root.iter("img"):
        own = f"{img.get('class', '')} {img.get('id', '')} {img.get('src', '')}".lower()
        ancestors = list(img.iterancestors())
        if not (LOGO_HINT in own or any(_banner(a) for a in ancestors)) or any(
                isinstance(a.tag, str) and (a.tag.lower() in DROP_TAGS or _is_chrome(a) or _footer(a)) for a in ancestors):
            continue
        alt = SPACES.sub(" ", img.get("alt") or "").strip()
        if alt and alt not in names:
            names.append(alt)
        break  # the site's own logo comes first
    return names


def _banner(el) -> bool:
    if not isinstance(el.tag, str):
        return False
    names = f"{el.get('class', '')} {el.get('id', '')}".lower()
    return el.tag.lower() == "header" or any(h in names for h in BANNER_HINTS)


def _footer(el) -> bool:
    return el.tag.lower() == "footer" or FOOTER_HINT in f"{el.get('class', '')} {el.get('id', '')}".lower()


def _footer_lines(root) -> list[str]:
    """The lines of the page's footers (<footer>, blocks whose class or id holds FOOTER_HINT), outermost only."""
    found: list = []
    for el in root.iter():
        if isinstance(el.tag, str) and _footer(el) and not any(a in found for a in el.iterancestors()):
            found.append(el)
    lines: list[str] = []
    for el in found:
        chunks: list[str] = ["\n"]
        _text(el.text, chunks)
        for child in el:
            _walk(child, chunks)
        lines += _lines("".join(chunks))
    return lines


def _decoded(data: bytes) -> tuple[str, str]:
    """The page's text and its encoding: the charset it declares, else what the text reader finds."""
    declared = CHARSET.search(data[:DECLARED_REACH].decode("latin-1"))  # the declaration is ASCII
    if declared:
        name = declared.group(1).lower()
        codec = THAI_CHARSETS.get(name, name)
        try:
            return data.decode(codec, errors="replace"), codec
        except LookupError:  # a charset Python does not know: read as any text file
            pass
    decoded = decode(data)
    return decoded.text, decoded.encoding


def _content(root) -> list:
    """What is read: the one <main> or <article> of the page when it has one, after the page's
    header (its banner names the body whose site it is, and often its district and province,
    which the post itself may not), else the body (or the whole)."""
    for tag in ("main", "article"):
        found = root.findall(f".//{tag}")
        if len(found) == 1:
            return [*_banners(root, found[0]), found[0]]
    body = root.find("body")
    return [body if body is not None else root]


def _banners(root, content) -> list:
    """The page's header blocks outside ``content``: <header> elements and blocks whose class or id
    names a banner (BANNER_HINTS), outermost first, none inside a dropped element."""
    around = set(content.iterancestors())
    found: list = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el in around or el is content:
            continue
        names = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if el.tag.lower() != "header" and not any(h in names for h in BANNER_HINTS):
            continue
        ancestors = set(el.iterancestors())
        if content in ancestors or any(a in ancestors for a in found) or any(
                isinstance(a.tag, str) and a.tag.lower() in DROP_TAGS for a in ancestors):
            continue
        found.append(el)
    return found


def _walk(el, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""  # comments and processing instructions: no tag
    if tag.lower() in DROP_TAGS or not tag or _is_comments(el) or _is_chrome(el):
        _text(el.tail, out)
        return
    tag = tag.lower()
    if tag == "table" and _is_data_table(el):
        out.append("\n" + _table_markup(el) + "\n")
    elif tag == "br":
        out.append("\n")
    elif tag in BLOCK_TAGS and _is_menu(el):
        pass
    elif tag in BLOCK_TAGS and (card := _card(el)):
        out.append("\n" + card + "\n")
    else:
        block = tag in BLOCK_TAGS
        if block:
            out.append("\n")
        if tag == "li":
            out.append(_item_marker(el))
        _text(_counter_value(el) or el.text, out)
        for child in el:
            _walk(child, out)
        if block:
            out.append("\n")
    _text(el.tail, out)


def _shown_text(el) -> str:
    """The text of ``el`` as read (counters at their number, dropped elements out)."""
    parts = [_counter_value(el) or el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag.lower() not in DROP_TAGS:
            parts.append(_shown_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _counter_value(el) -> str | None:
    """The number an animated counter counts up to (COUNTER_ATTRIBUTES), when ``el`` is one: no child
    elements, its text a number or empty."""
    if len(el) or not COUNTER_NUMBER.fullmatch(el.text or "0"):
        return None
    for name in COUNTER_ATTRIBUTES:
        value = (el.get(name) or "").strip()
        if value and COUNTER_NUMBER.fullmatch(value):
            return value
    return None


def _card(el) -> str | None:
    """A card's caption and value on one line ("caption : value"), when ``el`` holds exactly two
    parts with text, the first a value alone (CARD_VALUE) and the second its caption, and no text
    of its own between them; else None."""
    if (el.text or "").strip():
        return None
    parts = []
    for child in el:
        if not isinstance(child.tag, str) or child.tag.lower() in DROP_TAGS:
            if (child.tail or "").strip():
                return None
            continue
        if (child.tail or "").strip():
            return None
        text = SPACES.sub(" ", _shown_text(child)).strip()
        if text:
            parts.append((child, text))
    if len(parts) != 2:
        return None
    (first, value), (second, caption) = parts
    if first.tag.lower() == "table" or second.tag.lower() == "table" or not CARD_VALUE.fullmatch(value) \
            or len(caption) > CARD_CAPTION_MAX or CARD_VALUE.fullmatch(caption):
        return None
    return f"{caption} : {value}"


def _item_marker(li) -> str:
    """What a browser prints before a list item: its number in an <ol> ("3. ": the list's ``start``,
    an item's ``value``, ``type`` a/A/i/I), a bullet in a <ul>; nothing when the item's text already
    starts with numbering or a bullet of its own (ITEM_START). Without it a numbered list of measures
    reads as bare lines the parsers cannot tell from paragraphs."""
    if ITEM_START.match(li.text_content()):
        return ""
    parent = li.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() != "ol":
        return f"{LIST_BULLET} "
    number = _int(parent.get("start"), 1)
    for item in parent:
        if not isinstance(item.tag, str) or item.tag.lower() != "li":
            continue
        number = _int(item.get("value"), number)
        if item is li:
            break
        number += 1
    kind = (li.get("type") or parent.get("type") or "1").strip()
    if kind in ("a", "A") and 1 <= number <= 26:
        mark = chr(ord(kind) + number - 1)
    elif kind in ("i", "I") and 1 <= number <= 39:
        mark = _roman(number) if kind == "I" else _roman(number).lower()
    else:
        mark = str(number)
    return f"{mark}. "


def _int(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def _text(text: str | None, out: list[str]) -> None:
    """Text as a browser shows it: a line break in the source is a space; lines break at blocks."""
    if text:
        out.append(text.replace("\n", " "))


def _is_chrome(el) -> bool:
    """A sidebar or news ticker (CHROME_BLOCK names a token of its class or id) that holds none of the
    page's own text (no <main>, <article> or <h1> in it)."""
    if not any(CHROME_BLOCK.search(name) for name in (*el.get("class", "").split(), el.get("id", "")) if name):
        return False
    return next(el.iter("main", "article", "h1"), None) is None


def _is_comments(el) -> bool:
    """A block of readers' comments (COMMENT_BLOCK names its class or id)."""
    if any(COMMENT_BLOCK.search(name) for name in (*el.get("class", "").split(), el.get("id", "")) if name):
        return True
    if (el.get("role") or "").strip().lower() in COMMENT_ROLES:
        return True
    label = SPACES.sub(" ", el.get("aria-label") or "").strip().lower()
    return bool(label) and any(label == w or label.startswith(w + " ") for w in COMMENT_LABELS)


def _is_menu(el) -> bool:
    """A block that is mostly links (a menu or link list outside <nav>, as in a layout table's side
    column): at least MENU_MIN_LINKS links holding MENU_LINK_SHARE of its text."""
    links = [a for a in el.iter("a")]
    if len(links) < MENU_MIN_LINKS:
        return False
    text = len(SPACES.sub("", el.text_content()))
    linked = sum(len(SPACES.sub("", a.text_content())) for a in links)
    return text > 0 and linked >= MENU_LINK_SHARE * text


def _is_data_table(table) -> bool:
    """Rows and columns of data: no table inside it, at least two rows and two columns, and no cell
    that is a menu in a table of a few rows (LAYOUT_MAX_ROWS): an old site's page laid out as a banner
    row over a menu column beside the content column is no data table (read as one, its post was one
    cell and gave no score)."""
    if table.find(".//table") is not None:
        return False
    rows = table.findall(".//tr")
    if len(rows) < 2 or max(len(r.findall("./td") + r.findall("./th")) for r in rows) < 2:
        return False
    return len(rows) > LAYOUT_MAX_ROWS or not any(_is_menu(cell) for row in rows for cell in row
                                                  if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th"))


def _table_markup(table) -> str:
    """The table as one line of HTML, dropped elements taken out of its cells."""
    import lxml.html

    for bad in [e for e in table.iter() if isinstance(e.tag, str) and e.tag.lower() in DROP_TAGS]:
        bad.drop_tree()
    for el in table.iter():
        # an animated counter in a cell ("<td><span data-count="96.12">0</span></td>") at its number
        if isinstance(el.tag, str) and COUNTER_START.fullmatch(el.text or "") and (value := _counter_value(el)):
            el.text = value
    return lxml.html.tostring(table, encoding="unicode").replace("\n", " ").replace("\t", " ")
