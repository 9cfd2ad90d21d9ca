"""extract.dask_run on a real (local, multi-process) Dask cluster: the Parquet it writes equals a local run."""
from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("dask.distributed")

import pyarrow.parquet as pq  # noqa: E402

from extract.batch import expand, extract_paths  # noqa: E402
from extract.dask_run import arrow_schema, to_parquet  # noqa: E402
from extract.export import columns, to_dataframes  # noqa: E402
from schemas.records import RECORD_TYPES  # noqa: E402
from tests.conftest import ROOT, seed  # noqa: E402


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def _cell(v):
    """One cell as a plain Python value: arrays → lists, every kind of missing → None."""
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, list):
        return [_cell(x) for x in v]
    if isinstance(v, dict):  # a Parquet struct has every key: one a report lacks is null
        return {k: _cell(x) for k, x in v.items() if x is not None}
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    return v.item() if isinstance(v, np.generic) else v


def _rows(df: pd.DataFrame) -> list[dict]:
    return [{k: _cell(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


@pytest.mark.slow
def test_cluster_parquet_equals_local_run(client, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    s = {p.name[:3]: p for p in (seed(n) for n in ("000", "001", "002", "003", "004"))}
    # Not name order, so order is checked; the first two files have no scores or findings, so
    # with three partitions of two the first partition writes empty score/finding parts.
    files = [s["001"], s["004"], s["000"], bad, s["002"], s["003"]]
    assert expand(files) == files

    out = to_parquet(files, tmp_path / "out", npartitions=3, client=client)

    assert set(out) == set(RECORD_TYPES)
    local = to_dataframes(extract_paths(files))
    part_names = None
    for kind, folder in out.items():
        parts = sorted(folder.glob("*.parquet"))
        assert len(parts) > 1, kind
        names = [p.name for p in parts]
        part_names = part_names or names
        assert names == part_names, "every kind has a part (maybe empty) per partition"
        # one schema for every part, the one derived from schemas.records (no Arrow null columns)
        for p in parts:
            assert pq.read_schema(p).equals(arrow_schema(kind)), (kind, p.name)
        got = pd.read_parquet(folder)
        expected = local[kind]
        assert list(got.columns) == columns(kind)
        assert len(got) == len(expected), kind
        assert _rows(got) == _rows(expected), kind
    assert any(pq.read_metadata(p).num_rows == 0 for p in sorted(out["scores"].glob("*.parquet")))

    reports = pd.read_parquet(out["reports"])
    assert list(reports["source_file"]) == [str(f) for f in files]
    assert reports.set_index("source_file").loc[str(bad), "status"] == "failed"
    assert set(reports["status"]) == {"ok", "failed"}

    dd = pytest.importorskip("dask.dataframe")
    assert _rows(dd.read_parquet(out["measures"]).compute().reset_index(drop=True)) == _rows(
        local["measures"])


@pytest.mark.slow
def test_rerun_replaces_parts(client, tmp_path):
    """A second run into the same folder leaves only its own parts (none from the first run)."""
    files = [seed("001"), seed("004")]
    out = to_parquet(files, tmp_path, npartitions=2, client=client)
    assert len(list(out["reports"].glob("*.parquet"))) == 2
    out = to_parquet(files[:1], tmp_path, client=client)
    assert [p.name for p in out["reports"].glob("*")] == ["part-000000.parquet"]
    assert list(pd.read_parquet(out["reports"])["source_file"]) == [str(files[0])]


def test_no_input_writes_empty_tables(tmp_path):
    out = to_parquet([], tmp_path)
    for kind, folder in out.items():
        df = pd.read_parquet(folder)
        assert df.empty and list(df.columns) == columns(kind)


def test_schema_covers_every_field():
    for kind in RECORD_TYPES:
        assert arrow_schema(kind).names == columns(kind)


def test_library_works_without_dask():
    code = ("import sys, extract, extract.dask_run; "
            "assert not any(m == 'dask' or m.startswith('dask.') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
