"""A plan laid out as a Gantt chart: a row-number column, the project column, a budget, one column
per month under the year(s) it falls in, ticks in the months a project runs, and its responsible
unit. The title column is named after the row-number column, so the month and tick columns read
from their cells make the table a measures table. Tables written for this test, in words of no
seed or real file."""
from pathlib import Path

from extract import extract_paths

MONTHS = "ต.ค.\tพ.ย.\tธ.ค.\tม.ค.\tก.พ.\tมี.ค.\tเม.ย.\tพ.ค.\tมิ.ย.\tก.ค.\tส.ค.\tก.ย."


def _row(number: str, title: str, budget: str, ticked: set[int], unit: str) -> str:
    marks = "\t".join("✓" if month in ticked else "" for month in range(12))
    return f"{number}\t{title}\t{budget}\t{marks}\t{unit}"


def _measures(tmp_path: Path, text: str):
    page = tmp_path / "plan.txt"
    page.write_text(text, encoding="utf-8")
    [result] = extract_paths([page])
    return [(m.table, m.title, m.responsible, str(m.period_start), str(m.period_end), m.table_fiscal_year)
            for m in result.measures]


def test_a_gantt_plan_after_a_row_number_column(tmp_path):
    text = "\n".join([
        "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567",
        "เทศบาลตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา", "",
        "ที่\tโครงการ/กิจกรรม\tงบประมาณ (บาท)\tพ.ศ. 2566\t\t\tพ.ศ. 2567" + "\t" * 9 + "ผู้รับผิดชอบ",
        "\t\t\t" + MONTHS + "\t",
        _row("1", "อบรมคุณธรรมจริยธรรมพนักงานเทศบาล", "20,000", {2, 3}, "กองการเจ้าหน้าที่"),
        _row("2", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์", "-", set(range(12)), "กองคลัง"),
        _row("3", "ประเมินความเสี่ยงการทุจริตประจำปี", "-", {5, 6}, "สำนักปลัด"), ""])
    assert _measures(tmp_path, text) == [
        ("plan", "อบรมคุณธรรมจริยธรรมพนักงานเทศบาล", ["กองการเจ้าหน้าที่"], "2023-12-01", "2024-01-31", 2567),
        ("plan", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์", ["กองคลัง"], "2023-10-01", "2024-09-30", 2567),
        ("plan", "ประเมินความเสี่ยงการทุจริตประจำปี", ["สำนักปลัด"], "2024-03-01", "2024-04-30", 2567),
    ]


def test_a_gantt_plan_with_months_only_and_a_sequence_column(tmp_path):
    text = "\n".join([
        "แผนการดำเนินงานตามมาตรการป้องกันผลประโยชน์ทับซ้อน ปีงบประมาณ 2568",
        "โรงเรียนบ้านดงบัง สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 1", "",
        "ลำดับ\tกิจกรรม\tงบประมาณ\t" + MONTHS + "\tผู้รับผิดชอบ",
        _row("1", "ทบทวนคู่มือการปฏิบัติงานด้านพัสดุ", "5,000", {0}, "งานพัสดุ"),
        _row("2", "สำรวจความพึงพอใจของผู้ปกครอง", "-", {7, 8}, "งานบริหารทั่วไป"), ""])
    assert _measures(tmp_path, text) == [
        ("plan", "ทบทวนคู่มือการปฏิบัติงานด้านพัสดุ", ["งานพัสดุ"], "2024-10-01", "2024-10-31", 2568),
        ("plan", "สำรวจความพึงพอใจของผู้ปกครอง", ["งานบริหารทั่วไป"], "2025-05-01", "2025-06-30", 2568),
    ]


def test_quarters_and_months_under_a_timeframe_group_are_the_timeframe(tmp_path):
    head = ["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567",
            "องค์การบริหารส่วนตำบลหนองกุง อำเภอนาเชือก จังหวัดมหาสารคาม", ""]
    quarters = head + [
        "ที่\tโครงการ/กิจกรรม\tระยะเวลาดำเนินการ\t\t\t\tหน่วยงานที่รับผิดชอบ",
        "\t\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4\t",
        "1\tโครงการเสริมสร้างวินัยพนักงาน\t/\t\t\t\tสำนักปลัด",
        "2\tกิจกรรมเปิดเผยข้อมูลงบประมาณรายจ่าย\t/\t/\t/\t/\tกองคลัง", ""]
    # the tick columns were read as a status ("ไตรมาส 1"), which made the plan an implementation report
    assert _measures(tmp_path, "\n".join(quarters)) == [
        ("plan", "โครงการเสริมสร้างวินัยพนักงาน", ["สำนักปลัด"], "2023-10-01", "2023-12-31", 2567),
        ("plan", "กิจกรรมเปิดเผยข้อมูลงบประมาณรายจ่าย", ["กองคลัง"], "2023-10-01", "2024-09-30", 2567),
    ]
    months = head + [
        "ที่\tโครงการ/กิจกรรม\tระยะเวลาดำเนินการ" + "\t" * 12 + "หน่วยงานที่รับผิดชอบ",
        "\t\t" + MONTHS + "\t",
        "\t".join(["1", "กิจกรรมตรวจสอบการใช้รถส่วนกลาง", *["x" if m in (4, 5, 6) else "" for m in range(12)],
                   "สำนักปลัด"]), ""]
    assert _measures(tmp_path, "\n".join(months)) == [
        ("plan", "กิจกรรมตรวจสอบการใช้รถส่วนกลาง", ["สำนักปลัด"], "2024-02-01", "2024-04-30", 2567),
    ]


def test_a_gantt_plan_printed_by_chromium_with_header_cells_merged_over_two_rows():
    [result] = extract_paths([Path(__file__).resolve().parents[1] / "samples" / "chromium" / "gantt_plan.pdf"])
    assert [(m.table, m.title, m.responsible, str(m.period_start), str(m.period_end), m.table_fiscal_year)
            for m in result.measures] == [
        ("plan", "โครงการอบรมเสริมสร้างคุณธรรมและจริยธรรมสำหรับผู้บริหารและพนักงาน", ["กองการเจ้าหน้าที่"],
         "2024-11-01", "2024-12-31", 2568),
        ("plan", "กิจกรรมเผยแพร่แผนการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือน", ["กองคลัง"],
         "2024-10-01", "2025-09-30", 2568),
        ("plan", "กิจกรรมประเมินความเสี่ยงการทุจริตและจัดทำมาตรการป้องกัน", ["สำนักปลัด"],
         "2025-02-01", "2025-03-31", 2568),
    ]


def test_quarters_numbered_under_a_group_that_names_them(tmp_path):
    # "ผลการดำเนินงาน (ไตรมาส)" over "1 | 2 | 3 | 4": the ticks say in which quarters a project ran; the
    # sub-labels were read as status options, so a row ticked in quarter 1 had the status "1"
    text = "\n".join([
        "รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567",
        "องค์การบริหารส่วนตำบลท่าก๊อ อำเภอแม่สรวย จังหวัดเชียงราย", "",
        "ที่\tโครงการ/กิจกรรม\tผลการดำเนินงาน (ไตรมาส)\t\t\t\tผู้รับผิดชอบ",
        "\t\t1\t2\t3\t4\t",
        "1\tอบรมคุณธรรมจริยธรรมพนักงาน\t✓\t\t\t\tสำนักปลัด",
        "2\tเผยแพร่ข้อมูลจัดซื้อจัดจ้าง\t✓\t✓\t✓\t✓\tกองคลัง",
        "3\tประเมินความเสี่ยงการทุจริต\t\t✓\t\t\tสำนักปลัด", ""])
    page = tmp_path / "report.txt"
    page.write_text(text, encoding="utf-8")
    [result] = extract_paths([page])
    assert [(m.table, m.title, m.status, m.timeframe, str(m.period_start), str(m.period_end)) for m in result.measures] == [
        ("implementation", "อบรมคุณธรรมจริยธรรมพนักงาน", None, "ไตรมาส 1", "2023-10-01", "2023-12-31"),
        ("implementation", "เผยแพร่ข้อมูลจัดซื้อจัดจ้าง", None, "ไตรมาส 1 - ไตรมาส 4", "2023-10-01", "2024-09-30"),
        ("implementation", "ประเมินความเสี่ยงการทุจริต", None, "ไตรมาส 2", "2024-01-01", "2024-03-31")]


def _month_row(number: str, title: str, ticked: set[int], unit: str, months: int = 12) -> str:
    marks = "\t".join("✓" if month in ticked else "" for month in range(months))
    return f"{number}\t{title}\t{marks}\t{unit}"


def _plan(tmp_path: Path, labels: str, rows: list[str]):
    text = "\n".join([
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568",
        "ศูนย์พัฒนาเด็กเล็กบ้านหนองหิน อำเภอกุดจับ จังหวัดอุดรธานี", "",
        "ที่\tกิจกรรม\tระยะเวลาดำเนินการ" + "\t" * (labels.count("\t")) + "\tผู้รับผิดชอบ",
        "\t\t" + labels + "\t", *rows, ""])
    page = tmp_path / "plan.txt"
    page.write_text(text, encoding="utf-8")
    [result] = extract_paths([page])
    return result


def test_ticked_months_whose_label_reads_as_no_month_are_named_by_their_place_in_the_fiscal_year(tmp_path):
    # a scan's month labels under "ระยะเวลาดำเนินการ", three of them read as no month ("ธ A", "ม.ย",
    # "สถก.ค"): the ticks under them are months of the plan, not a status option; twelve columns
    # from "ต.ค." whose labels read agree on the fiscal year's order name them (ธ.ค., มิ.ย., ส.ค.)
    labels = "ต.ค.\tพ.ย.\tธ A\tม.ค.\tก.พ.\tมี.ค.\tเม.ย.\tพ.ค.\tม.ย\tก.ค.\tสถก.ค\tก.ย."
    result = _plan(tmp_path, labels, [
        _month_row("1", "ประชุมผู้ปกครองชี้แจงค่าใช้จ่ายของศูนย์", {0, 1}, "หัวหน้าศูนย์"),
        _month_row("2", "ตรวจนับวัสดุการศึกษาประจำภาคเรียน", {2, 3}, "ครูผู้ดูแลเด็ก"),
        _month_row("3", "รายงานผลการใช้เงินอุดหนุนต่อท้องถิ่น", {8, 10}, "หัวหน้าศูนย์")])
    assert [(m.table, m.row, m.title, m.responsible, m.status, m.timeframe, str(m.period_start), str(m.period_end))
            for m in result.measures] == [
        ("plan", 1, "ประชุมผู้ปกครองชี้แจงค่าใช้จ่ายของศูนย์", ["หัวหน้าศูนย์"], None, "ต.ค. - พ.ย.", "2024-10-01", "2024-11-30"),
        ("plan", 2, "ตรวจนับวัสดุการศึกษาประจำภาคเรียน", ["ครูผู้ดูแลเด็ก"], None, "ธ.ค. - ม.ค.", "2024-12-01", "2025-01-31"),
        ("plan", 3, "รายงานผลการใช้เงินอุดหนุนต่อท้องถิ่น", ["หัวหน้าศูนย์"], None, "มิ.ย. - ส.ค.", "2025-06-01", "2025-08-31"),
    ]
    assert [c.code for c in result.checks if c.code.startswith("MONTH_COLUMN")] == ["MONTH_COLUMN_BY_ORDER"] * 2
    assert [(c.where.row, c.before, c.after) for c in result.checks if c.code == "MONTH_COLUMN_BY_ORDER"] == [
        (2, "ธ A", "ธ.ค."), (3, "ม.ย | สถก.ค", "มิ.ย. | ส.ค.")]


def test_a_month_label_misread_as_another_month_between_two_read_in_order_is_named_by_its_place(tmp_path):
    # half a year of months (April to September); the third label read "ม.ค." for "มิ.ย.": between
    # "พ.ค." and "ก.ค." it is June, not January
    result = _plan(tmp_path, "เม.ย.\tพ.ค.\tม.ค.\tก.ค.\tส.ค.\tก.ย.", [
        _month_row("1", "ตรวจสอบการเบิกจ่ายอาหารกลางวันเด็ก", {2}, "หัวหน้าศูนย์", months=6),
        _month_row("2", "เผยแพร่ประกาศจัดซื้อวัสดุการศึกษา", {0, 1}, "ครูผู้ดูแลเด็ก", months=6)])
    assert [(m.row, m.timeframe, str(m.period_start), str(m.period_end)) for m in result.measures] == [
        (1, "มิ.ย.", "2025-06-01", "2025-06-30"), (2, "เม.ย. - พ.ค.", "2025-04-01", "2025-05-31")]
    assert [(c.where.row, c.before, c.after) for c in result.checks if c.code == "MONTH_COLUMN_BY_ORDER"] == [
        (1, "ม.ค.", "มิ.ย.")]


def test_month_labels_that_do_not_run_in_order_or_an_unread_one_past_them_name_no_month(tmp_path):
    # the last of six labels unread, past the months read (no twelve columns from October): unknown
    result = _plan(tmp_path, "เม.ย.\tพ.ค.\tมิ.ย.\tก.ค.\tส.ค.\tX ย", [
        _month_row("1", "ตรวจสอบการเบิกจ่ายอาหารกลางวันเด็ก", {4, 5}, "หัวหน้าศูนย์", months=6)])
    assert [(m.row, m.timeframe) for m in result.measures] == [(1, None)]
    assert [(c.code, c.where.row) for c in result.checks if c.code.startswith("MONTH_COLUMN")] == [
        ("MONTH_COLUMN_UNREAD", 1)]
    # the last of six labels read "เม.ย." after "ก.พ." (March misread, or a month skipped): past the run
    # the others agree on, nothing says which; the row marking it gets no timeframe, not "ม.ค. - เม.ย."
    result = _plan(tmp_path, "ต.ค.\tพ.ย.\tธ.ค.\tม.ค.\tก.พ.\tเม.ย.", [
        _month_row("1", "ตรวจสอบการเบิกจ่ายอาหารกลางวันเด็ก", {3, 4, 5}, "หัวหน้าศูนย์", months=6)])
    assert [(m.row, m.timeframe) for m in result.measures] == [(1, None)]
    assert [(c.code, c.where.row) for c in result.checks if c.code.startswith("MONTH_COLUMN")] == [
        ("MONTH_COLUMN_UNREAD", 1)]
    # a quarter's first months (ต.ค., ม.ค., เม.ย., ก.ค.) with one unread: no run of the months to name it by
    result = _plan(tmp_path, "ต.ค.\tม.ค.\tX ย\tก.ค.", [
        _month_row("1", "ตรวจสอบการเบิกจ่ายอาหารกลางวันเด็ก", {1, 2}, "หัวหน้าศูนย์", months=4)])
    assert [(m.row, m.timeframe) for m in result.measures] == [(1, None)]
    assert [(c.code, c.where.row) for c in result.checks if c.code.startswith("MONTH_COLUMN")] == [
        ("MONTH_COLUMN_UNREAD", 1)]
