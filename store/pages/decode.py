"""Bytes of a page → text: detect the encoding, normalise line ends, report what could not be read."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

# Larger pages are refused: a newspaper page is tens of kilobytes, never tens of megabytes.
MAX_BYTES = 32 * 1024 * 1024


class PageError(Exception):
    """A page that cannot be read at all (the build skips it and says why in one line)."""


class EmptyPage(PageError):
    """The file holds no text."""


class BinaryPage(PageError):
    """The file is not text (NUL bytes or control characters)."""


class OversizedPage(PageError):
    """The file is larger than any newspaper page."""


@dataclass
class Decoded:
    """A page's text with the encoding it was read in and what went wrong on the way."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _bad_offsets(data: bytes, encoding: str) -> list[int]:
    """Byte offsets that this encoding cannot decode."""
    offsets: list[int] = []
    dec = codecs.getincrementaldecoder(encoding)(errors="strict")
    pos = 0
    chunk = data
    while chunk:
        try:
            dec.decode(chunk, final=True)
            break
        except UnicodeDecodeError as e:
            offsets.append(pos + e.start)
            pos += e.end
            chunk = chunk[e.end :]
            dec.reset()
            if len(offsets) > 1000:
                break
    return offsets


def decode(data: bytes) -> Decoded:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030; CRLF and CR become LF."""
    if len(data) > MAX_BYTES:
        raise OversizedPage(f"{len(data):,} bytes is more than the {MAX_BYTES:,}-byte limit for a page")
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text, enc = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
        bad = _bad_offsets(data[3:], "utf-8")
        bad = [b + 3 for b in bad]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, enc = data.decode("utf-16", errors="replace"), "utf-16"
        bad = _bad_offsets(data, "utf-16")
    else:
        if b"\x00" in data[:65536]:
            raise BinaryPage("binary file (NUL bytes)")
        enc, bad = "utf-8", _bad_offsets(data, "utf-8")
        if bad:
            gb_bad = _bad_offsets(data, "gb18030")
            if len(gb_bad) < len(bad):
                enc, bad = "gb18030", gb_bad
        text = data.decode(enc, errors="replace")
    if bad:
        shown = ", ".join(str(b) for b in bad[:5]) + (" …" if len(bad) > 5 else "")
        warnings.append(f"{len(bad)} undecodable byte sequence(s) replaced with U+FFFD at byte offset {shown}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyPage("empty page (no text)")
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\n\t\f\x1b")
    if controls > 0.05 * min(len(text), 65536):
        raise BinaryPage("binary file (control characters)")
    return Decoded(text, enc, warnings)
