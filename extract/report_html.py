"""The audit as one self-contained HTML page: a row per report, a click opens its checks.

Everything is rendered here (no data is loaded at view time, nothing is fetched: it works offline
from the one file); the small script only opens rows, sorts and filters. Words come from
``schemas.ui_words`` in the run's language, messages from the checks in that language.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from schemas.check_codes import CHECK_CODES
from schemas.check_docs_th import DOCS_TH
from schemas.records import Check, Result
from schemas.ui_words import location, word

SEVERITIES = ("error", "warning", "info")
# columns of the report table: (heading key, share of the width); the file path takes the rest
REPORT_COLUMNS = (("col_organization", 22), ("col_fiscal_year", 10), ("col_status", 12), ("col_errors", 8),
                  ("col_warnings", 7), ("col_infos", 7), ("col_file", 34))
CHECK_COLUMNS = (("col_severity", 9), ("col_code", 17), ("col_message", 38), ("col_location", 10),
                 ("col_source", 26))
COST = re.compile(r"\s\(cost ([0-9.]+)\)$")  # THAI_REPAIRED: each after carries its cost

_STYLE = """
*{box-sizing:border-box}
body{font-family:'Sarabun','TH Sarabun New','Noto Sans Thai','Loma','Tahoma',sans-serif;margin:0;padding:16px 20px;
 color:#222;font-size:15px;line-height:1.45}
h1{font-size:22px;margin:0 0 4px}
.filters{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;margin:10px 0 12px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:12px;align-items:center}
.filters legend{float:left;margin-right:8px;font-weight:bold;padding:0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #c8c8c8;padding:4px 7px;text-align:left;vertical-align:top;overflow-wrap:break-word}
td.path,td q{overflow-wrap:anywhere}
#reports>thead th{background:#eee;cursor:pointer;position:sticky;top:0;z-index:1}
th[data-dir=asc]::after{content:' \\25B2'} th[data-dir=desc]::after{content:' \\25BC'}
tr.summary{cursor:pointer} tr.summary:hover{background:#f3f7ff} tbody.open tr.summary{background:#e8f0fe}
tr.summary td:first-child::before{content:'\\25B8  ';color:#777} tbody.open tr.summary td:first-child::before{content:'\\25BE  '}
td.n{text-align:right} td.z{color:#aaa} td.e{background:#fdd} td.w{background:#ffd}
td.path{font-family:monospace;font-size:13px}
tr.detail>td{background:#fafafa;padding:8px 10px 12px 26px}
table.checks{font-size:14px;background:#fff} table.checks th{background:#f0f0f0}
.sev{display:inline-block;border-radius:3px;padding:0 6px;font-size:13px}
.sev-error{background:#c62828;color:#fff} .sev-warning{background:#f9a825;color:#000} .sev-info{background:#90a4ae;color:#000}
code{font-size:12.5px;word-break:break-all}
q{quotes:'\\201C' '\\201D';background:#fff8e1}
table.pairs{table-layout:auto;margin-top:4px} table.pairs td{border:0;border-bottom:1px dotted #ddd;padding:1px 4px}
del{color:#b71c1c} ins{color:#1b5e20;text-decoration:none} small{color:#777}
p.none{color:#777;margin:4px 0}
"""

_SCRIPT = """
(function () {
  var table = document.getElementById('reports');
  function toggle(body) {
    var open = body.classList.toggle('open');
    body.rows[0].setAttribute('aria-expanded', open ? 'true' : 'false');
    body.rows[1].hidden = !open;
  }
  table.addEventListener('click', function (e) {
    var row = e.target.closest('tr.summary');
    if (row) toggle(row.parentNode);
  });
  table.addEventListener('keydown', function (e) {
    if ((e.key === 'Enter' || e.key === ' ') && e.target.matches('tr.summary')) {
      e.preventDefault();
      toggle(e.target.parentNode);
    }
  });
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    th.addEventListener('click', function () {
      var bodies = Array.prototype.slice.call(table.tBodies);
      var asc = th.dataset.dir !== 'asc';
      bodies.sort(function (a, b) {
        var x = a.rows[0].cells[col].dataset.v, y = b.rows[0].cells[col].dataset.v;
        var nx = parseFloat(x), ny = parseFloat(y);
        var d = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, document.documentElement.lang);
        return asc ? d : -d;
      });
      bodies.forEach(function (b) { table.appendChild(b); });
      Array.prototype.forEach.call(heads, function (h) { delete h.dataset.dir; });
      th.dataset.dir = asc ? 'asc' : 'desc';
    });
  });
  function filter() {
    var shown = {};
    document.querySelectorAll('input[name=severity]').forEach(function (box) { shown[box.value] = box.checked; });
    var code = document.getElementById('code').value;
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var visible = 0, has = !code;
      body.querySelectorAll('tr.check').forEach(function (row) {
        var ok = shown[row.dataset.severity] && (!code || row.dataset.code === code);
        has = has || row.dataset.code === code;
        row.hidden = !ok;
        if (ok) visible++;
      });
      body.querySelector('p.none').hidden = visible > 0;
      body.querySelector('table.checks').hidden = visible === 0;
      body.hidden = !has;
    });
  }
  document.querySelectorAll('.filters input, .filters select').forEach(function (el) {
    el.addEventListener('change', filter);
  });
  filter();
  document.body.dataset.ready = '1';
})();
"""


def render(results: list[Result], lang: str = "en") -> str:
    """The page for ``results`` (each a report row and its checks) in ``lang``."""
    title = word("html_title", lang)
    bodies = "".join(_report(result, lang) for result in results)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
            f"<h1>{_e(title)}</h1><p>{_e(word('html_intro', lang, reports=len(results)))}</p>"
            f"{_filters(results, lang)}"
            f'<table id="reports">{_colgroup(REPORT_COLUMNS)}<thead><tr>'
            + "".join(f"<th>{_e(word(key, lang))}</th>" for key, _ in REPORT_COLUMNS)
            + f"</tr></thead>{bodies}</table><script>{_SCRIPT}</script></body></html>")


def write(results: list[Result], path: str | Path, lang: str = "en") -> Path:
    path = Path(path)
    path.write_text(render(results, lang), encoding="utf-8")
    return path


def _filters(results: list[Result], lang: str) -> str:
    boxes = "".join(f'<label><input type="checkbox" name="severity" value="{s}" checked> '
                    f'<span class="sev sev-{s}">{_e(word(s, lang))}</span></label>' for s in SEVERITIES)
    codes = Counter(c.code for r in results for c in r.checks)
    options = "".join(f'<option value="{code}"{_doc(code, lang)}>{code} ({n})</option>'
                      for code, n in sorted(codes.items()))
    return (f'<div class="filters"><fieldset><legend>{_e(word("html_filter_severity", lang))}</legend>{boxes}'
            f'</fieldset><label><b>{_e(word("html_filter_code", lang))}</b> <select id="code">'
            f'<option value="">{_e(word("html_all_codes", lang))}</option>{options}</select></label></div>')


def _report(result: Result, lang: str) -> str:
    r = result.report
    counts: Counter[str] = Counter(c.severity for c in result.checks)
    cells = [_cell(r.organization or word("unknown_org", lang), r.organization or ""),
             _cell(r.fiscal_year or "", r.fiscal_year or ""),
             _cell(word(r.status, lang), r.status, f"status-{r.status}"),
             *(_count(counts[s], s) for s in SEVERITIES),
             _path(r.source_file)]
    checks = "".join(_check(c, lang) for c in sorted(result.checks, key=lambda c: SEVERITIES.index(c.severity)))
    detail = (f'<table class="checks">{_colgroup(CHECK_COLUMNS)}<thead><tr>'
              + "".join(f"<th>{_e(word(key, lang))}</th>" for key, _ in CHECK_COLUMNS)
              + f'</tr></thead><tbody>{checks}</tbody></table>'
              f'<p class="none" hidden>{_e(word("html_no_checks", lang))}</p>')
    return (f'<tbody class="report" data-report="{_e(r.report_id)}">'
            f'<tr class="summary" tabindex="0" aria-expanded="false">{"".join(cells)}</tr>'
            f'<tr class="detail" hidden><td colspan="{len(REPORT_COLUMNS)}">{detail}</td></tr></tbody>')


def _check(check: Check, lang: str) -> str:
    message = check.message_th if lang == "th" else check.message
    return (f'<tr class="check" data-severity="{check.severity}" data-code="{check.code}">'
            f'<td><span class="sev sev-{check.severity}">{_e(word(check.severity, lang))}</span></td>'
            f'<td><code{_doc(check.code, lang)}>{check.code}</code></td><td>{_e(message)}</td>'
            f'<td>{_e(location(check.where, lang))}</td><td>{_source(check, lang)}</td></tr>')


def _source(check: Check, lang: str) -> str:
    """The quoted source text, and the before → after pairs of a repair."""
    out = f"<q>{_e(check.source_text)}</q>" if check.source_text else ""
    if check.before is not None or check.after is not None:
        befores = (check.before or "").split(" | ")
        afters = (check.after or "").split(" | ")
        rows = []
        for before, after in zip(befores, afters):
            m = COST.search(after)
            cost = f' <small>({_e(word("cost", lang))} {m.group(1)})</small>' if m else ""
            rows.append(f"<tr><td><del>{_e(before)}</del></td><td>→</td>"
                        f"<td><ins>{_e(COST.sub('', after))}</ins>{cost}</td></tr>")
        out += (f'<table class="pairs"><thead><tr><th>{_e(word("col_before", lang))}</th><th></th>'
                f'<th>{_e(word("col_after", lang))}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
    return out


def _cell(text: object, sort_value: object, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<td{klass} data-v="{_e(str(sort_value))}">{_e(str(text))}</td>'


def _path(path: str) -> str:
    """The file as the tables name it, breakable after each folder (a line break never splits a name)."""
    return f'<td class="path" data-v="{_e(path)}">{"/<wbr>".join(_e(part) for part in path.split("/"))}</td>'


def _count(n: int, severity: str) -> str:
    return _cell(n, n, "n z" if not n else f"n {severity[0]}")


def _colgroup(columns: tuple[tuple[str, int], ...]) -> str:
    return "<colgroup>" + "".join(f'<col style="width:{share}%">' for _, share in columns) + "</colgroup>"


def _doc(code: str, lang: str) -> str:
    """A hover text for a code: what it means, in the page's language."""
    spec = CHECK_CODES.get(code)
    text = DOCS_TH.get(code) if lang == "th" else spec.doc if spec else None
    return f' title="{_e(text)}"' if text else ""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))
