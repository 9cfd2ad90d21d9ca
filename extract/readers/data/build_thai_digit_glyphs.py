"""Build thai_digit_glyphs.json: the ten Thai digits as the upright fonts of fonts-thai-tlwg draw
them, each squared and scaled as extract.readers.ocr_digits reads a scanned glyph.

    python3 extract/readers/data/build_thai_digit_glyphs.py FONT_DIR...

Each FONT_DIR's .ttf and .woff files, regular and bold. The file in the repository was built from
Debian's fonts-thai-tlwg (/usr/share/fonts/truetype/tlwg: Laksaman is TH Sarabun PSK's free twin)
and the Thai subsets of fontsource's npm packages of the national fonts and the Thai families
common in documents (`npm pack @fontsource/<family>`, files/<family>-thai-{400,700}-normal.woff):
sarabun niramit krub kodchasan koho k2d mali chakra-petch charmonman charm fahkwang bai-jamjuree
noto-sans-thai noto-serif-thai kanit prompt taviraj trirong pridi athiti mitr ibm-plex-sans-thai.
Italic, oblique and monospaced faces are left out: reports are not set in them."""
from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from extract.readers.ocr_digits import SIZE, THAI_DIGITS, square_image  # noqa: E402

SKIP = ("Oblique", "Italic", "Mono", "Typewriter", "Typist", "Typo")
OUT = Path(__file__).with_name("thai_digit_glyphs.json")


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or [Path("/usr/share/fonts/truetype/tlwg")]
    fonts = sorted((p for folder in folders for p in [*folder.glob("*.ttf"), *folder.glob("*.woff")]
                    if not any(s in p.name for s in SKIP)), key=lambda p: p.name)
    glyphs: dict[str, list[str]] = {d: [] for d in THAI_DIGITS}
    for path in fonts:
        font = ImageFont.truetype(str(path), 96)
        for digit in THAI_DIGITS:
            image = Image.new("L", (200, 200), 0)
            ImageDraw.Draw(image).text((40, 20), digit, fill=255, font=font)
            square = square_image(np.asarray(image) > 127)
            glyphs[digit].append(base64.b64encode(square.tobytes()).decode())
    OUT.write_text(json.dumps({"size": SIZE, "fonts": [p.name for p in fonts], "glyphs": glyphs},
                              ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(fonts)} fonts")


if __name__ == "__main__":
    main()
