"""Typed tables: Parquet as written by `ita extract` read back with pyarrow has exactly the
expected schema (dates date32, years and counts int64, `sources` a struct), `ita schema` says the
same, JSONL holds the same values, and DataFrames carry the same types."""
from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract import extract_paths, to_dataframes
from extract.cli import main
from extract.export import columns
from schemas.records import RECORD_TYPES
from tests.conftest import seed

LOC = pa.string()
# where a record came from, structured (issue 15): the words of `location` are rendered from it
BOX = pa.struct([("x0", pa.float64()), ("top", pa.float64()), ("x1", pa.float64()), ("bottom", pa.float64())])
WHERE = pa.struct([("page", pa.int64()), ("line", pa.int64()), ("table", pa.int64()), ("row", pa.int64()),
                   ("cell", pa.int64()), ("bbox", BOX)])
REPORTS = pa.schema([
    ("report_id", LOC), ("source_file", LOC), ("source_sha256", LOC), ("status", LOC),
    ("organization", LOC), ("org_type", LOC), ("district", LOC), ("province", LOC),
    ("fiscal_year", pa.int64()), ("report_kind", LOC), ("overall_score", pa.float64()),
    ("overall_grade", LOC), ("reader", LOC), ("encoding", LOC), ("pages", pa.int64()),
    ("n_scores", pa.int64()), ("n_measures", pa.int64()), ("n_findings", pa.int64()),
    ("n_errors", pa.int64()), ("n_warnings", pa.int64()),
    ("sources", pa.struct([("organization", LOC), ("district", LOC), ("province", LOC),
                           ("fiscal_year", LOC), ("overall_score", LOC)])),
])
MEASURES = pa.schema([
    ("report_id", LOC), ("table", LOC), ("row", pa.int64()), ("title", LOC),
    ("indicators", pa.list_(pa.int64())), ("steps", pa.list_(LOC)), ("responsible", pa.list_(LOC)),
    ("timeframe", LOC), ("period_start", pa.date32()), ("period_end", pa.date32()),
    ("rationale", LOC), ("follow_up", LOC), ("output", LOC), ("outcome", LOC), ("status", LOC),
    ("recommendation", LOC), ("page", pa.int64()), ("note", LOC), ("location", LOC),
    ("table_index", pa.int64()), ("table_fiscal_year", pa.int64()), ("section", LOC), ("where", WHERE),
])
SCORES = pa.schema([
    ("report_id", LOC), ("fiscal_year", pa.int64()), ("level", LOC), ("tool", LOC), ("part", pa.int64()),
    ("indicator", pa.int64()), ("indicator_name", LOC), ("score", pa.float64()), ("grade", LOC),
    ("change_label", LOC), ("page", pa.int64()), ("location", LOC), ("source_text", LOC), ("where", WHERE),
])
FINDINGS = pa.schema([("report_id", LOC), ("indicator", pa.int64()), ("tool", LOC), ("text", LOC),
                      ("page", pa.int64()), ("location", LOC), ("where", WHERE)])
CHECKS = pa.schema([
    ("report_id", LOC), ("severity", LOC), ("code", LOC), ("message", LOC), ("message_th", LOC),
    ("location", LOC), ("page", pa.int64()), ("line", pa.int64()), ("before", LOC), ("after", LOC),
    ("source_text", LOC), ("where", WHERE),
])
EXPECTED = {"reports": REPORTS, "scores": SCORES, "measures": MEASURES, "findings": FINDINGS, "checks": CHECKS}


def _run(tmp_path, capsys):
    # 000 has dates, scores and every source; 001 has no overall score (a null struct key)
    files = [str(seed("000")), str(seed("001"))]
    assert main(["extract", *files, "--out", str(tmp_path), "--format", "parquet,jsonl", "--quiet"]) == 0
    capsys.readouterr()
    return files


def test_parquet_schema_is_exactly_the_typed_one(tmp_path, capsys):
    _run(tmp_path, capsys)
    for kind, expected in EXPECTED.items():
        got = pq.read_schema(tmp_path / f"{kind}.parquet")
        assert got.remove_metadata().equals(expected), (kind, got)
    measures = pq.read_table(tmp_path / "measures.parquet").to_pylist()
    assert measures[0]["period_start"] == date(2021, 10, 1)
    assert measures[0]["indicators"] == [1]
    reports = pq.read_table(tmp_path / "reports.parquet").to_pylist()
    assert [r["fiscal_year"] for r in reports] == [2565, 2566]
    assert reports[0]["sources"] == {"organization": "line 10", "district": "line 11", "province": "line 11",
                                     "fiscal_year": "line 5", "overall_score": "line 18"}
    assert reports[1]["sources"]["overall_score"] is None


def _plain(value, nulls: bool = False):
    """A Parquet value as JSONL spells it: dates ISO, ``sources`` keys a report lacks left out
    (a TypedDict), a Where's keys all there, null or not (``nulls``: a model)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v, nulls) for k, v in value.items() if nulls or v is not None}
    if isinstance(value, list):
        return [_plain(v, nulls) for v in value]
    return value


def test_jsonl_holds_the_same_values_and_structure_as_parquet(tmp_path, capsys):
    _run(tmp_path, capsys)
    for kind in EXPECTED:
        lines = (tmp_path / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
        from_jsonl = [json.loads(line) for line in lines]
        from_parquet = [{k: _plain(v, nulls=k == "where") for k, v in row.items()}
                        for row in pq.read_table(tmp_path / f"{kind}.parquet").to_pylist()]
        assert from_jsonl == from_parquet, kind
        assert from_jsonl, kind


def _arrow_from_json_schema(prop: dict, defs: dict):
    """The Arrow type a JSON Schema property calls for (an independent reading of `ita schema`)."""
    if "$ref" in prop:
        prop = defs[prop["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in prop:
        (prop,) = [p for p in prop["anyOf"] if p.get("type") != "null"]
        return _arrow_from_json_schema(prop, defs)
    kind = prop["type"]
    if kind == "object":
        assert prop.get("additionalProperties") is False  # a fixed set of keys: a struct
        return pa.struct([(k, _arrow_from_json_schema(v, defs)) for k, v in prop["properties"].items()])
    if kind == "array":
        return pa.list_(_arrow_from_json_schema(prop["items"], defs))
    if kind == "string":
        return pa.date32() if prop.get("format") == "date" else pa.string()
    return {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}[kind]


def test_ita_schema_describes_the_parquet_columns(capsys):
    names = {"reports": "Report", "scores": "Score", "measures": "Measure", "findings": "Finding",
             "checks": "Check"}
    assert main(["schema", "result"]) == 0
    schema = json.loads(capsys.readouterr().out)
    for kind, expected in EXPECTED.items():
        props = schema["$defs"][names[kind]]["properties"]
        assert list(props) == columns(kind)
        got = pa.schema([(k, _arrow_from_json_schema(v, schema["$defs"])) for k, v in props.items()])
        assert got.equals(expected), kind
    assert main(["schema", "measures"]) == 0
    measure = json.loads(capsys.readouterr().out)["properties"]
    assert measure["period_start"]["anyOf"][0] == {"format": "date", "type": "string"}


def test_dataframes_have_the_parquet_types(tmp_path, capsys):
    files = _run(tmp_path, capsys)
    frames = to_dataframes(extract_paths(files))
    assert set(frames) == set(RECORD_TYPES)
    assert str(frames["reports"]["fiscal_year"].dtype) == "Int64"
    assert str(frames["scores"]["indicator"].dtype) == "Int64"      # overall rows have none: <NA>
    assert frames["scores"]["indicator"].isna().any()
    assert str(frames["measures"]["period_start"].dtype) == "object"
    assert frames["measures"]["period_start"][0] == date(2021, 10, 1)
    # as in JSONL: only the keys the report has
    assert frames["reports"]["sources"][1] == {"organization": "line 11", "district": "line 9",
                                               "province": "line 9", "fiscal_year": "line 5"}

    back = pd.read_parquet(tmp_path / "reports.parquet", dtype_backend="numpy_nullable")
    assert str(back["fiscal_year"].dtype) == "Int64"
