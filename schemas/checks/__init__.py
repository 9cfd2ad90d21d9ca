"""Auditor checks: one small function per rule, grouped by subject, run on an extracted Result.

Each group module declares ``CHECKS`` (its check functions, ``(Result) -> Iterable[Check]``); the
codes they emit are in the catalogue (schemas.check_codes, from schemas.audit_codes) before any of
them is imported.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from schemas.records import Check, Result

Rule = Callable[[Result], Iterable[Check]]

from schemas.checks import measures, scores  # noqa: E402 - groups use the names above

GROUPS = (scores, measures)

CHECKS: tuple[Rule, ...] = tuple(rule for group in GROUPS for rule in group.CHECKS)


def run_checks(result: Result) -> list[Check]:
    """All auditor checks on one result; a failing rule becomes an INTERNAL_ERROR check."""
    from schemas.check_codes import make_check
    from schemas.phrases import failure, program_error

    found: list[Check] = []
    for rule in CHECKS:
        try:
            found.extend(rule(result))
        except Exception as exc:  # noqa: BLE001 - one broken rule must not hide the others
            found.append(make_check("INTERNAL_ERROR", stage=failure("stage_check", rule=rule.__name__),
                                    detail=program_error(exc)))
    return found
