"""Newspaper-like PDFs for tests, drawn with reportlab's built-in Chinese font (no font file needed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FONT = "STSong-Light"
# A run of Latin letters, digits and punctuation is one word: it is never broken across lines.
TOKEN_RE = re.compile(r"[!-~]+|\s|.")
# Chinese typesetting never starts a line with closing punctuation: it hangs at the end of the line before.
NO_LINE_START = set("。，、；：？！）》」』”’,.;:?!)")


@dataclass
class Sheet:
    """The geometry of a page: size, margins, columns and type sizes, in points."""

    width: float = 900
    height: float = 1300
    margin: float = 40
    columns: int = 3
    gutter: float = 20
    size: float = 10
    head_size: float = 16
    leading: float = 1.4  # line pitch, in type sizes
    blank: float = 8  # extra space for a blank line of the source text
    # STSong-Light is not embedded (no renderer here has its glyphs); Vera, which reportlab ships, is.
    font: str = FONT

    @property
    def column_width(self) -> float:
        """The width of one column."""
        return (self.width - 2 * self.margin - (self.columns - 1) * self.gutter) / self.columns


def wrap(text: str, width: float, size: float, indent: float = 0, font: str = FONT) -> list[str]:
    """Lines of text no wider than width, breaking between characters but never inside a Latin word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur = [], ""
    for tok in TOKEN_RE.findall(text):
        room = width - (indent if not lines else 0)
        if cur and tok not in NO_LINE_START and stringWidth(cur + tok, font, size) > room:
            lines.append(cur)
            cur = tok.lstrip()
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


def _register() -> None:
    """Make the fonts known to reportlab (once per process)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))


def newspaper_pdf(out: Path, pages: list[tuple[str, int, int]], sheet: Sheet | None = None, **pdf_args: object) -> Path:
    """A PDF of newspaper pages, each (text, full, span) as `set_page` sets it."""
    from reportlab.pdfgen.canvas import Canvas

    _register()
    s = sheet or Sheet()
    canvas = Canvas(str(out), pagesize=(s.width, s.height), **pdf_args)  # type: ignore[arg-type]
    for text, full, span in pages:
        set_page(canvas, text, full, span, s)
        canvas.showPage()
    canvas.save()
    return out


def set_page(canvas: Any, text: str, full: int, span: int, s: Sheet) -> None:
    """Set a page of text as a newspaper: its first `full` lines across the page, the next `span` lines (in
    headline type) across the first two columns, the rest flowing down the justified columns; paragraphs longer
    than a line are indented two characters; each blank line of the text is a little extra space."""
    lines = text.split("\n")
    y = s.margin  # from the top

    def draw(x: float, top: float, line: str, size: float, width: float = 0) -> None:
        """Draw a line; with a width, spread its characters to fill it (justified, as newspaper columns are)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        canvas.setFont(s.font, size)
        spare = width - stringWidth(line, s.font, size) if width else 0
        space = spare / (len(line) - 1) if spare > 0 and len(line) > 1 else 0
        canvas.drawString(x, s.height - top - size * 0.88, line, charSpace=space)

    for line in lines[:full]:
        if not line.strip():
            y += s.blank
            continue
        for piece in wrap(line.strip(), s.width - 2 * s.margin, s.size, font=s.font):
            draw(s.margin, y, piece, s.size)
            y += s.size * s.leading
    top_right = y  # the columns not under the headline start here
    for line in lines[full : full + span]:
        if not line.strip():
            y += s.blank
            continue
        for piece in wrap(line.strip(), 2 * s.column_width + s.gutter, s.head_size, font=s.font):
            draw(s.margin, y, piece, s.head_size)
            y += s.head_size * s.leading
    top_left, col, bottom = y, 0, s.height - s.margin
    for line in lines[full + span :]:
        if not line.strip():
            y += s.blank
            continue
        pieces = wrap(line.strip(), s.column_width, s.size, indent=2 * s.size, font=s.font)
        for k, piece in enumerate(pieces):
            if y + s.size * s.leading > bottom:
                col += 1
                if col >= s.columns:
                    raise ValueError("the text does not fit on the page")
                y = top_left if col == 1 else top_right
            indent = 2 * s.size if k == 0 and len(pieces) > 1 else 0
            x = s.margin + col * (s.column_width + s.gutter) + indent
            last = k == len(pieces) - 1  # a paragraph's last line is not spread out
            draw(x, y, piece, s.size, 0 if last or piece[-1] in NO_LINE_START else s.column_width - indent)
            y += s.size * s.leading
