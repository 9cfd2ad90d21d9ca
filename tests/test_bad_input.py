"""Bad input never crashes a batch and never vanishes."""
from extract import extract_file, extract_paths
from tests.conftest import seed


def codes(result):
    return {c.code for c in result.checks}


def test_bad_files_fail_with_a_reason_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_garbage.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "c_notice.txt").write_text("ประกาศหมู่บ้าน\nขอเชิญชาวบ้านร่วมงานบุญประจำปีที่วัดกลางบ้าน\n",
                                           encoding="utf-8")
    (tmp_path / "d_report.txt").write_bytes(seed("004").read_bytes())
    (tmp_path / "e_cp874.txt").write_bytes(seed("004").read_text(encoding="utf-8").encode("cp874"))
    results = extract_paths([tmp_path])
    by_name = {r.report.source_file.rsplit("/", 1)[-1]: r for r in results}
    assert list(by_name) == ["a_empty.txt", "b_garbage.txt", "c_notice.txt", "d_report.txt", "e_cp874.txt"]
    assert codes(by_name["a_empty.txt"]) == {"READ_EMPTY"}
    assert codes(by_name["b_garbage.txt"]) == {"READ_ENCODING"}
    assert "NOT_ITA" in codes(by_name["c_notice.txt"])
    for name in ("a_empty.txt", "b_garbage.txt", "c_notice.txt"):
        report = by_name[name].report
        assert report.status == "failed" and report.n_errors >= 1 and report.report_id
    ok, legacy = by_name["d_report.txt"], by_name["e_cp874.txt"]
    assert ok.report.status == legacy.report.status == "ok"
    assert [m.title for m in legacy.measures] == [m.title for m in ok.measures]
    assert "READ_LEGACY_ENCODING" in codes(legacy)


def test_missing_and_unsupported_files(tmp_path):
    missing = extract_file(tmp_path / "nope.txt")
    assert missing.report.status == "failed" and codes(missing) == {"READ_FAILED"}
    other = tmp_path / "x.xls"
    other.write_bytes(b"data")
    assert codes(extract_file(other)) == {"READ_UNSUPPORTED"}


def test_report_id_is_stable_and_content_derived(tmp_path):
    a = extract_file(seed("001"))
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(seed("001").read_bytes())
    b = extract_file(copy)
    assert a.report.report_id == b.report.report_id == a.report.source_sha256[:16]
    assert all(m.report_id == a.report.report_id for m in a.measures)


def test_typo_year_keeps_the_records_and_warns(tmp_path):
    lines = seed("004").read_text(encoding="utf-8").splitlines()
    lines.append("ประกาศ ณ วันที่ ๑๓ พฤศจิกายน พ.ศ. ๒๐๖๖")
    # the report states its year nowhere else, so the signing date is the only candidate
    # ("ปีงบ" before a year is a fiscal year's word now, normalize.dates.FISCAL: the year is written without it)
    text = "\n".join(lines).replace("ปีงบประมาณ", "งบ").replace("งบประมาณ", "งบ").replace("ปี ", "")
    path = tmp_path / "typo.txt"
    path.write_text(text, encoding="utf-8")
    good = extract_file(seed("004"))
    result = extract_file(path)
    assert result.report.status != "failed", codes(result)
    assert "INTERNAL_ERROR" not in codes(result)
    assert len(result.measures) == len(good.measures) > 0
    check = next(c for c in result.checks if c.code == "YEAR_IMPLAUSIBLE")
    assert check.severity == "warning" and check.line == len(lines)
