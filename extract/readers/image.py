"""Images (a result announcement posted as a picture, a scanned page saved as JPEG or TIFF): read by OCR
as a scanned PDF's pages are.

Each frame of the image (a multi-page TIFF's pages; a GIF's or WebP's first frame only, as animation
frames repeat it) becomes a page of a PDF made in memory (Pillow's PDF writer) at the OCR's own
resolution (ocr.DPI), so the OCR renders its pixels one to one — a smaller picture (its shorter side under an
A4 page's width at that resolution: a scan saved at 150 dpi, a post's 1,080-pixel image) enlarged to that
width first (Lanczos; pdfium's own enlarging at render lost half the score scan's numbers) — and the PDF
reader reads that: the same steps as a scanned PDF (rules and grids, orientation, digits re-read), the same checks. An image
over MAX_MEGAPIXELS (Pillow's own guard against decompression bombs is twice its default limit) or
one Pillow cannot open is READ_FAILED.
"""
from __future__ import annotations

import io

from extract.document import Document
from extract.errors import ReadError
from schemas.phrases import failure

SUFFIXES = (".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".gif", ".webp", ".bmp")
MAX_MEGAPIXELS = 100
# formats whose later frames are animation, not pages
SINGLE_FRAME_FORMATS = ("GIF", "WEBP", "PNG")
# a picture is read as if its shorter side were an A4 page's width (8.27 in) when it has fewer pixels
A4_SHORT_SIDE_INCHES = 8.27


def _enlarged(page, dpi: int):
    """The picture as it is, or enlarged (Lanczos) so its shorter side is an A4 page's width at the OCR's
    resolution when it is narrower (a scan saved at 150 dpi, a post's 1,080-pixel image: read as they were,
    Tesseract read no word of the score scan's table at 150 dpi)."""
    from PIL import Image

    scale = A4_SHORT_SIDE_INCHES * dpi / min(page.width, page.height)
    if scale <= 1:
        return page
    return page.resize((round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS)


def read_image(data: bytes, source_file: str, sha256: str, max_pages: int | None = None,
               pdf_reader: str | None = None) -> Document:
    """Image bytes → Document (reader "image+ocr"), its frames read as a scanned PDF's pages."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from extract.readers.ocr import DPI
    from extract.readers.pdf import read_pdf

    if not data.strip():
        raise ReadError("READ_EMPTY")
    try:
        with Image.open(io.BytesIO(data)) as image:
            pixels = image.width * image.height
            if pixels > MAX_MEGAPIXELS * 1_000_000:
                raise ReadError("READ_FAILED", detail=failure("image_too_large", pixels=round(pixels / 1e6),
                                                               limit=MAX_MEGAPIXELS))
            frames = [image] if image.format in SINGLE_FRAME_FORMATS else ImageSequence.Iterator(image)
            pages = [frame.convert("L") for frame in frames]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ReadError("READ_FAILED", detail=failure("corrupt_image", error=str(exc)[:200])) from None
    pages = [_enlarged(page, DPI) for page in pages]
    pdf = io.BytesIO()
    pages[0].save(pdf, format="PDF", save_all=True, append_images=pages[1:], resolution=float(DPI))
    doc = read_pdf(pdf.getvalue(), source_file, sha256, max_pages=max_pages, pdf_reader=pdf_reader)
    doc.reader = "image+ocr"
    return doc
