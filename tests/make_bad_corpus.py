"""Build the bad-input corpus: the committed files in tests/bad_corpus plus the binary ones made here.

    python tests/make_bad_corpus.py OUT_DIR      # then: ita extract OUT_DIR --out OUT_DIR.out

Binary cases are built rather than committed so they stay reviewable: a zero-byte and a truncated
PDF, an encrypted PDF, a PDF with no text at all, a scan (no text layer), a 500-page PDF, random
bytes named .txt, and a symlink loop.
"""
from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pikepdf

HERE = Path(__file__).resolve().parent
COMMITTED = HERE / "bad_corpus"
SAMPLES = HERE.parent / "samples"
NOTICE = SAMPLES / "real" / "nongyai_sso_2563_procurement_measures.pdf"
LONG_SOURCE = SAMPLES / "pdf" / "004_9e43bb50df351749.pdf"
LONG_PAGES = 500


def build(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in COMMITTED.iterdir():
        shutil.copy(path, folder / path.name)
    (folder / "zero.pdf").write_bytes(b"")
    (folder / "truncated.pdf").write_bytes(NOTICE.read_bytes()[:4000])
    (folder / "garbage.txt").write_bytes(random.Random(5).randbytes(3000).replace(b"\x00", b"\x01") + bytes(10))
    with pikepdf.open(NOTICE) as pdf:
        pdf.save(folder / "locked.pdf", encryption=pikepdf.Encryption(owner="o", user="u"))
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(folder / "blank.pdf")
    shutil.copy(SAMPLES / "scanned" / "003_1ad6433f7b2808bc.pdf", folder / "scan.pdf")
    with pikepdf.open(LONG_SOURCE) as src, pikepdf.new() as pdf:
        # the report's pages over and over: each page is a real ITA page, the file a compilation
        for i in range(LONG_PAGES):
            pdf.pages.append(src.pages[i % len(src.pages)])
        pdf.save(folder / "long.pdf")
    loop = folder / "loop"
    if not loop.is_symlink():
        loop.symlink_to(folder, target_is_directory=True)
    return folder


if __name__ == "__main__":
    print(build(Path(sys.argv[1])))
