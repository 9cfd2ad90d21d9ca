"""Errors that stand for bad input (as distinct from defects in ita-extract)."""
from __future__ import annotations

from typing import Any


class ReadError(Exception):
    """The input cannot be read. ``code`` is a check code from schemas.check_codes."""

    def __init__(self, code: str, **fields: object) -> None:
        super().__init__(f"{code}: {fields}" if fields else code)
        self.code = code
        self.fields: dict[str, Any] = fields  # message fields for make_check (Any: any value renders)
