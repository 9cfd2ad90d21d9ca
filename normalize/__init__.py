"""Pure text normalisers for Thai ITA reports: digits, dates, cleaning, item splitting, wraps."""
from .dates import Period, find_years, fiscal_year_bounds, parse_date, parse_period
from .digits import be_year, find_numbers, parse_number, thai_to_arabic
from .items import split_items, split_units
from .text import (clean_text, collapse_spaces, compose_sara_am, fix_lookalikes, is_page_number,
                   is_separator_row, strip_html)
from .wrap_spaces import join_wraps

__all__ = [
    "Period", "be_year", "clean_text", "collapse_spaces", "compose_sara_am", "find_numbers",
    "find_years", "fiscal_year_bounds", "fix_lookalikes", "is_page_number", "is_separator_row",
    "join_wraps", "parse_date", "parse_number", "parse_period", "split_items", "split_units",
    "strip_html", "thai_to_arabic",
]
