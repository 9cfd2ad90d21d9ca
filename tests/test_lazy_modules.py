"""Deferred modules (extract.readers.lazy_modules): executed on first use, the same once used."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from extract.readers import lazy_modules


@pytest.fixture
def probe(tmp_path, monkeypatch):
    pkg = tmp_path / "ita_lazy_probe"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("import sys\nsys.ita_probe_runs = getattr(sys, 'ita_probe_runs', 0) + 1\n"
                                     "VALUE = 42\nfrom .sub import OTHER\n")
    (pkg / "sub.py").write_text("OTHER = 'o'\n")
    (tmp_path / "ita_lazy_broken.py").write_text("raise RuntimeError('broken')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "ita_probe_runs", 0, raising=False)
    yield
    for name in ("ita_lazy_probe", "ita_lazy_probe.sub", "ita_lazy_broken"):
        sys.modules.pop(name, None)


def test_executed_on_first_attribute_not_on_import(probe):
    assert lazy_modules.defer("ita_lazy_probe")
    import ita_lazy_probe  # the import statement binds it without executing it

    assert sys.ita_probe_runs == 0
    assert ita_lazy_probe.VALUE == 42 and ita_lazy_probe.OTHER == "o"
    assert sys.ita_probe_runs == 1 and type(ita_lazy_probe) is type(sys)
    from ita_lazy_probe import VALUE

    assert VALUE == 42 and sys.ita_probe_runs == 1
    assert not lazy_modules.defer("ita_lazy_probe")  # imported: left alone


def test_from_import_executes_it(probe):
    lazy_modules.defer("ita_lazy_probe")
    from ita_lazy_probe import OTHER

    assert OTHER == "o" and sys.ita_probe_runs == 1


def test_a_failing_module_fails_as_an_import_would(probe):
    assert lazy_modules.defer("ita_lazy_broken")
    import ita_lazy_broken

    with pytest.raises(RuntimeError):
        ita_lazy_broken.anything  # noqa: B018
    assert "ita_lazy_broken" not in sys.modules


def test_missing_module_is_not_deferred():
    assert not lazy_modules.defer("no_such_module_ita_lazy")
    assert "no_such_module_ita_lazy" not in sys.modules


def test_pdf_readers_leave_charset_normalizer_unexecuted_until_used():
    code = textwrap.dedent("""
        import sys
        import extract.readers.pdf, extract.readers.pdf_pdfium
        import pdfminer.utils
        print(type(sys.modules["charset_normalizer"]).__name__)
        print(pdfminer.utils.make_compat_str("ไทย".encode("utf-8")))
        print(type(sys.modules["charset_normalizer"]).__name__)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["_Deferred", "ไทย", "module"]
