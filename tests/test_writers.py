"""One writer registry (extract.export.TABLE_FILES) for every output path (issue 15): `ita extract`,
`ita check` and Dask write a table in a format with the same class, so the same records give the
same bytes whichever path wrote them; `ita check` is the library's ``audit_run``."""
from __future__ import annotations

from extract import cli, export
from extract.audit import audit_run, checked, completeness, completeness_rows, summary, write
from extract.dask_run import write_part
from extract.pipeline import extract_file
from schemas.records import RECORD_TYPES
from tests.conftest import SEED_TEXTS


def test_the_registry_is_the_formats():
    assert export.FORMATS == (*export.TABLE_FILES, "xlsx") == cli.FORMATS


def test_a_dask_part_is_the_parquet_a_run_writes(tmp_path):
    results = [extract_file(p) for p in SEED_TEXTS[:2]]
    rows = export.records(results)
    assert all(rows[kind] for kind in RECORD_TYPES)  # one row group each way
    export.write(results, tmp_path / "run", ["parquet"])
    write_part(results, 0, tmp_path / "dask")
    for kind in RECORD_TYPES:
        assert ((tmp_path / "dask" / kind / "part-000000.parquet").read_bytes()
                == (tmp_path / "run" / f"{kind}.parquet").read_bytes()), kind


def test_check_writes_its_csvs_as_a_run_does(tmp_path):
    results = [checked(extract_file(p)) for p in SEED_TEXTS[:3]]
    write(results, tmp_path / "check")
    export.write(results, tmp_path / "run", ["csv"])
    for name in ("checks", "reports"):
        assert (tmp_path / "check" / f"{name}.csv").read_bytes() == (tmp_path / "run" / f"{name}.csv").read_bytes()


def test_completeness_csv_is_the_contracts_csv(tmp_path):
    """CRLF and whole years like every other CSV (pandas wrote "\\n" and "2565.0" before)."""
    results = [checked(extract_file(p)) for p in SEED_TEXTS[:2]]
    write(results, tmp_path)
    data = (tmp_path / "completeness.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfreport_id,source_file,organization,fiscal_year,status,errors,warnings,")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[-1] == "" and len(lines) == len(results) + 2 and "\n" not in "".join(lines)
    names, rows = completeness_rows(results)
    assert lines[0].split(",") == names
    year = results[0].report.fiscal_year
    assert lines[1].split(",")[3] == str(year) and rows[0]["fiscal_year"] == year
    assert completeness(results)["fiscal_year"].tolist() == [r.report.fiscal_year for r in results]


def test_audit_run_is_what_ita_check_prints(capsys, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED_TEXTS[0].read_bytes())
    files = [*SEED_TEXTS[:2], copy]  # a copy: relabelled as ita check relabels it
    ready = []
    results = audit_run(files, on_ready=ready.append)
    assert ready == results and len(results) == 3
    assert [r.report.report_id for r in results][2] == f"{results[0].report.report_id}-2"
    assert results[1] == checked(extract_file(files[1]))
    assert cli.main(["check", *map(str, files)]) in (0, 1)
    printed = capsys.readouterr().out
    assert printed == "".join(summary(r) + "\n" for r in results)
