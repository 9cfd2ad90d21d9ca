"""What the catalogue says about one check code (schemas.check_codes)."""
from __future__ import annotations

from typing import NamedTuple

from schemas.records import Severity


class CheckCode(NamedTuple):
    severity: Severity
    message: str
    message_th: str
    doc: str
