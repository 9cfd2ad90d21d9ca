"""Reading one samples/libreoffice document in its three forms (the Word file, its LibreOffice PDF and its
.doc) and the report fields the tests compare across them."""
from extract import extract_paths
from tests.conftest import SAMPLES

FOLDER = SAMPLES / "libreoffice"


def read_forms(name):
    """Results of ``name``.docx, .pdf and .doc, in that order."""
    return extract_paths([FOLDER / f"{name}.docx", FOLDER / f"{name}.pdf", FOLDER / f"{name}.doc"])


def report_fields(result):
    r = result.report
    return (r.organization, r.org_type, r.district, r.province, r.fiscal_year, r.report_kind,
            r.overall_score, r.overall_grade)
