import csv
import json

import pandas as pd

from extract.cli import main
import shutil

from tests.conftest import SAMPLES, SEED_TEXTS

CONTRACT = {
    "reports": ["report_id", "source_file", "source_sha256", "status", "organization", "org_type", "district",
                "province", "fiscal_year", "report_kind", "overall_score", "overall_grade"],
    "scores": ["report_id", "fiscal_year", "level", "tool", "part", "indicator", "indicator_name", "score", "grade"],
    "measures": ["report_id", "table", "row", "title", "indicators", "steps", "responsible", "timeframe",
                 "period_start", "period_end", "rationale", "follow_up", "output", "outcome", "status",
                 "recommendation", "page"],
    "findings": ["report_id", "indicator", "tool", "text"],
    "checks": ["report_id", "severity", "code", "message", "message_th", "location"],
}


def test_extract_writes_contract_files(tmp_path, capsys):
    reports_dir = tmp_path / "in" / "nested"
    reports_dir.mkdir(parents=True)
    for path in SEED_TEXTS:
        shutil.copy(path, reports_dir)
    (tmp_path / "in" / "notes.md").write_text("not a report", encoding="utf-8")   # folders skip .md
    tmp_path = tmp_path / "out"
    assert main(["extract", str(reports_dir.parent), "--out", str(tmp_path), "--format", "csv,jsonl,parquet"]) == 0
    for name, cols in CONTRACT.items():
        raw = (tmp_path / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")                     # BOM for Excel on Thai Windows
        with (tmp_path / f"{name}.csv").open(encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh))
        assert header[:len(cols)] == cols
        assert (tmp_path / f"{name}.jsonl").exists() and (tmp_path / f"{name}.parquet").exists()
    reports = pd.read_csv(tmp_path / "reports.csv", encoding="utf-8-sig")
    assert len(reports) == 5 and set(reports.status) == {"ok"}
    measures = pd.read_csv(tmp_path / "measures.csv", encoding="utf-8-sig")
    steps = measures.loc[measures.title == "การใช้อำนาจ", "steps"].iloc[0]
    assert steps.split("\n") == ["จัดทำคำสั่งมอบหมายงานตามตำแหน่งหน้าที่",
                                 "จัดทำเกณฑ์การประเมินผลการปฏิบัติงานอย่างชัดเจนและเปิดเผย"]
    first = json.loads((tmp_path / "measures.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(first["steps"], list) and first["period_start"] == "2021-10-01"
    parquet = pd.read_parquet(tmp_path / "measures.parquet")
    assert list(parquet.loc[0, "indicators"]) == [1]
    assert "ita: 5 files in " in capsys.readouterr().err


def test_schema_command(capsys):
    assert main(["schema", "measures"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"title", "steps", "period_start", "indicators"} <= set(schema["properties"])


def test_unknown_format_is_a_usage_error(tmp_path, capsys):
    assert main(["extract", str(SAMPLES), "--out", str(tmp_path), "--format", "xls"]) == 2
    assert "unknown format" in capsys.readouterr().err
