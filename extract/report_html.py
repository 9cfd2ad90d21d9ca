"""The completeness table as one self-contained HTML page an auditor can open and sort."""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from schemas.check_codes import CHECK_CODES

_SCRIPT = """
document.querySelectorAll('th').forEach(function (th, col) {
  th.addEventListener('click', function () {
    var body = th.closest('table').tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var asc = th.dataset.dir !== 'asc';
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
      var nx = parseFloat(x), ny = parseFloat(y);
      var d = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'th');
      return asc ? d : -d;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    document.querySelectorAll('th').forEach(function (h) { delete h.dataset.dir; });
    th.dataset.dir = asc ? 'asc' : 'desc';
  });
});
document.body.dataset.ready = '1';
"""
_STYLE = """
body{font-family:'Sarabun','TH Sarabun New','Noto Sans Thai',sans-serif;margin:1.5em}
table{border-collapse:collapse;font-size:14px}
th,td{border:1px solid #bbb;padding:4px 8px;text-align:left}
th{background:#eee;cursor:pointer;position:sticky;top:0}
th[data-dir=asc]::after{content:' ▲'} th[data-dir=desc]::after{content:' ▼'}
td.n{text-align:right} td.z{color:#bbb} td.e{background:#fdd} td.w{background:#ffd}
"""


def render(frame: pd.DataFrame, title: str = "ITA completeness") -> str:
    head = "".join(f'<th title="{html.escape(_doc(c))}">{html.escape(str(c))}</th>' for c in frame.columns)
    body = []
    for _, row in frame.iterrows():
        cells = []
        for col, value in row.items():
            text = "" if pd.isna(value) else str(value)
            cls = ""
            if col in CHECK_CODES or col in ("errors", "warnings"):
                severity = CHECK_CODES[col].severity if col in CHECK_CODES else col.rstrip("s")
                cls = "n z" if text in ("0", "") else f"n {severity[0]}"
            cells.append(f'<td class="{cls}" data-v="{html.escape(text)}">{html.escape(text)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body><h1>{html.escape(title)}</h1>"
            f"<p>{len(frame)} reports. Click a column to sort; hover a code for its meaning.</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"<script>{_SCRIPT}</script></body></html>")


def _doc(column: str) -> str:
    spec = CHECK_CODES.get(column)
    return f"{spec.severity}: {spec.doc}" if spec else column


def write(frame: pd.DataFrame, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(render(frame), encoding="utf-8")
    return path
