"""centred_block.docx: a school's analysis whose title block is centred lines (a bold title wrapped onto
two lines, the school's name, its supervising office) over a paragraph at the left margin, no spacing
(Loma 16 pt). In the PDF the office's line ends within two line-heights of the right edge and its
margins differ by a few points (the text's right edge, read from its lines' ink, lies short of the
margin the lines are centred in): the reader ran the paragraph into it, "สำนักงานเขต… เขต 1
โรงเรียน…ได้รับผลการประเมิน…" (tests/test_pdf_centred_block.py)."""
from docx_parts import new_doc
from make_bold_headings import para  # bold for Thai too (w:bCs)


if __name__ == "__main__":
    d = new_doc(font="Loma", pt=16)
    para(d, "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            "ประจำปีงบประมาณ พ.ศ. 2568", bold=True, center=True)
    para(d, "โรงเรียนบ้านหนองบัววิทยา", bold=True, center=True)
    para(d, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1", center=True)
    para(d, "โรงเรียนบ้านหนองบัววิทยาได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 91.25 คะแนน "
            "อยู่ในระดับ A")
    d.save("centred_block.docx")
