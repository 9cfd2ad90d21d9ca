"""A branch office's name ends at its branch: the district after it is its address, not a second branch
("การประปาส่วนภูมิภาคสาขาบ้านไผ่ อำเภอบ้านไผ่" was the organization, found by a blind document). A body
named by its district office ("การไฟฟ้าส่วนภูมิภาคอำเภอสว่างแดนดิน") keeps it. Documents written for this test."""
from __future__ import annotations

import pytest

HEAD = "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567\n"


@pytest.mark.parametrize("line, expected", [
    ("การประปาส่วนภูมิภาคสาขาบ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น",
     ("การประปาส่วนภูมิภาคสาขาบ้านไผ่", "บ้านไผ่", "ขอนแก่น")),
    ("การประปาส่วนภูมิภาคสาขากาฬสินธุ์ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์",
     ("การประปาส่วนภูมิภาคสาขากาฬสินธุ์", "เมืองกาฬสินธุ์", "กาฬสินธุ์")),
    ("การไฟฟ้าส่วนภูมิภาคอำเภอสว่างแดนดิน จังหวัดสกลนคร", ("การไฟฟ้าส่วนภูมิภาคอำเภอสว่างแดนดิน", "สว่างแดนดิน", "สกลนคร")),
])
def test_a_branch_and_its_address(report_of, line, expected):
    report = report_of(HEAD + line + "\nการประเมิน ITA\n")
    assert (report.organization, report.district, report.province) == expected
