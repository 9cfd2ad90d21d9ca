"""`ita check`: summaries, exit status, files, the completeness table and its HTML page."""
import shutil

import pandas as pd
import pytest

from extract.cli import main
from tests.conftest import SEED_TEXTS

NOTICE = "ประกาศหมู่บ้าน\nขอเชิญร่วมงานบุญประจำปีที่วัดกลางบ้าน\n"


@pytest.fixture
def folder(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for path in SEED_TEXTS:
        shutil.copy(path, reports)
    return reports


def test_check_writes_files_and_gates_on_errors(folder, tmp_path, capsys):
    out = tmp_path / "out"
    clean = main(["check", str(folder), "--out", str(out)])
    printed = capsys.readouterr().out
    assert printed.count("errors ") == len(SEED_TEXTS)
    for name in ("checks.csv", "reports.csv", "completeness.csv", "checks.json", "completeness.html"):
        assert (out / name).exists()
    table = pd.read_csv(out / "completeness.csv", encoding="utf-8-sig")
    assert len(table) == len(SEED_TEXTS)
    assert list(table.columns[:7]) == ["report_id", "source_file", "organization", "fiscal_year", "status",
                                       "errors", "warnings"]
    assert clean == (1 if table["errors"].sum() else 0)
    (folder / "zz_notice.txt").write_text(NOTICE, encoding="utf-8")
    assert main(["check", str(folder)]) == 1                       # a failed file is an error
    assert "ERROR NOT_ITA" in capsys.readouterr().out


def test_thai_messages(folder, capsys):
    (folder / "zz_notice.txt").write_text(NOTICE, encoding="utf-8")
    main(["check", str(folder / "zz_notice.txt"), "--lang", "th"])
    assert "ไม่พบเนื้อหาเกี่ยวกับการประเมิน ITA" in capsys.readouterr().out


def test_html_is_self_contained_and_sortable(folder, tmp_path):
    main(["check", str(folder), "--out", str(tmp_path)])
    page = (tmp_path / "completeness.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script>" in page and "addEventListener('click'" in page
    assert "http://" not in page and "https://" not in page and " src=" not in page
    assert "เทศบาลตำบลน้ำคำใหญ่" in page


def test_check_in_parallel_matches_auditing_whole_results(folder, tmp_path, capsys):
    """Workers audit and send back only the report row and checks; the files and the printed
    summaries are those of auditing every full result in one process."""
    from extract.audit import audit_paths
    from extract.export import export_csv, to_dataframes

    status = {jobs: main(["check", str(folder), "--out", str(tmp_path / jobs), "--jobs", jobs]) for jobs in ("1", "2")}
    printed = capsys.readouterr().out
    assert status["1"] == status["2"]
    half = len(printed) // 2
    assert printed[:half] == printed[half:]                              # same summaries, input order
    whole = to_dataframes(audit_paths([folder]))
    for name in ("checks", "reports"):
        export_csv(whole[name], tmp_path / f"{name}.csv")
        expected = (tmp_path / f"{name}.csv").read_bytes()
        assert (tmp_path / "1" / f"{name}.csv").read_bytes() == expected == (tmp_path / "2" / f"{name}.csv").read_bytes()
    checks = (tmp_path / "checks.csv").read_bytes()
    assert b"DUPLICATE_CELL_TEXT" in checks                              # measures were audited before slimming
