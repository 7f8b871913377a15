"""Bytes of a page → text: detect the encoding, normalise line ends, report what could not be read."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from ..zh.text import CJK_RE

# Larger pages are refused: a newspaper page is tens of kilobytes. Reading and extraction cost a few seconds
# per megabyte, so a page of many megabytes (a whole archive in one file, or junk) is refused in one line
# instead of taking minutes.
MAX_BYTES = 4 * 1024 * 1024


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


# Encodings a Chinese page may come in besides UTF-8: GB18030 (the mainland; a superset of GBK and GB2312),
# Big5 and its Hong Kong extension (Taiwan, Hong Kong, Macau). The detector chooses only among these.
LEGACY = ["gb18030", "big5", "big5hkscs"]
FALLBACK = "gb18030"
# More NUL bytes than this share of a file means a binary file; fewer are stray bytes in a text page.
NUL_SHARE = 0.01
# A page whose non-blank characters are less than this share Chinese does not read as Chinese prose.
MIN_CJK_SHARE = 0.2
# Kana, Hangul, private-use, box-drawing and replacement characters: rare in Chinese prose, common in mojibake.
GARBLE_RE = re.compile("[\u2500-\u257f\u3040-\u30ff\u3130-\u318f\uac00-\ud7a3\ue000-\uf8ff\ufffd]")
MAX_GARBLE_SHARE = 0.02
SAMPLE = 65536
# Control characters that mark a binary file: below 32, but not newline, tab, form feed or ESC (shown inert).
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0d-\x1a\x1c-\x1f]")


def _legacy_encoding(data: bytes) -> str:
    """The Chinese legacy encoding these bytes are most likely in (GB18030 when the detector cannot tell)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * SAMPLE], cp_isolation=LEGACY + ["utf_8"]).best()
    enc = best.encoding if best is not None else FALLBACK
    return enc if enc in LEGACY else FALLBACK


def _mixed(lines: list[bytes], legacy: str) -> tuple[str, list[int], str] | None:
    """Text of a file whose lines mix UTF-8 and a legacy encoding, each line read in its own; else None."""
    kinds = []
    for line in lines:
        if line.isascii():
            kinds.append("")
        elif _is_utf8(line):
            kinds.append("utf-8")
        else:  # a UTF-8 line with a stray bad byte stays UTF-8: fewer bytes go wrong that way
            kinds.append(legacy if len(_bad_offsets(line, legacy)) < len(_bad_offsets(line, "utf-8")) else "utf-8")
    if "utf-8" not in kinds or legacy not in kinds:
        return None
    parts, bad, pos = [], [], 0
    for line, kind in zip(lines, kinds):
        enc = kind or "ascii"
        parts.append(line.decode(enc, errors="replace"))
        bad += [pos + b for b in _bad_offsets(line, enc)] if kind else []
        pos += len(line)
    note = f"mixed encodings: {kinds.count('utf-8')} line(s) read as UTF-8, {kinds.count(legacy)} as {legacy.upper()}"
    return "".join(parts), bad, note


def prose_warning(text: str) -> str | None:
    """Why decoded text does not look like Chinese prose (a wrong encoding, not a page), or None."""
    sample = "".join(text[:SAMPLE].split())
    if len(sample) < 20:
        return None
    cjk = len(CJK_RE.findall(sample)) / len(sample)
    garbled = len(GARBLE_RE.findall(sample)) / len(sample)
    if cjk < MIN_CJK_SHARE:
        return f"does not look like Chinese prose ({cjk:.0%} Chinese characters): check the file and its encoding"
    if garbled > MAX_GARBLE_SHARE:
        return f"looks garbled ({garbled:.0%} kana, Hangul or private-use characters): the encoding may be wrong"
    return None


def decode(data: bytes) -> Decoded:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 or Big5 (detected), lines mixing UTF-8
    with one of those; CRLF and CR become LF."""
    if len(data) > MAX_BYTES:
        raise OversizedPage(f"{len(data):,} bytes is more than the {MAX_BYTES:,}-byte limit for a page")
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, enc = data.decode("utf-16", errors="replace"), "utf-16"
        bad = _bad_offsets(data, "utf-16")
    else:
        # One rule wherever they are: a few NUL bytes are dropped from a text page, many make a binary file.
        if nul := data.count(0):
            if nul > NUL_SHARE * len(data):
                raise BinaryPage(f"binary file ({nul:,} NUL bytes)")
            data = data.replace(b"\x00", b"")
            warnings.append(f"{nul} NUL byte(s) removed")
        bom = data.startswith(codecs.BOM_UTF8)
        body = data[3:] if bom else data
        try:
            text, enc, bad = body.decode("utf-8"), "utf-8-sig" if bom else "utf-8", []
        except UnicodeDecodeError:
            text, enc, bad = _legacy_text(body, warnings)
            if bom:
                enc, bad = ("utf-8-sig" if enc == "utf-8" else enc), [b + 3 for b in bad]
    if bad:
        shown = ", ".join(str(b) for b in bad[:5]) + (" …" if len(bad) > 5 else "")
        warnings.append(f"{len(bad)} undecodable byte sequence(s) replaced with U+FFFD at byte offset {shown}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyPage("empty page (no text)")
    controls = len(CONTROL_RE.findall(text, 0, SAMPLE))
    if controls > 0.05 * min(len(text), SAMPLE):
        raise BinaryPage("binary file (control characters)")
    if note := prose_warning(text):
        warnings.append(note)
    return Decoded(text, enc, warnings)


def _legacy_text(data: bytes, warnings: list[str]) -> tuple[str, str, list[int]]:
    """Text of bytes that are not all UTF-8: mixed lines each in their own encoding, else the likelier one."""
    lines = data.splitlines(keepends=True)
    legacy = _legacy_encoding(b"".join(line for line in lines if not _is_utf8(line)))
    if mixed := _mixed(lines, legacy):
        text, bad, note = mixed
        warnings.append(note)
        return text, "mixed", bad
    enc, bad = "utf-8", _bad_offsets(data, "utf-8")
    legacy_bad = _bad_offsets(data, legacy)
    if len(legacy_bad) < len(bad):
        enc, bad = legacy, legacy_bad
    return data.decode(enc, errors="replace"), enc, bad


def _is_utf8(line: bytes) -> bool:
    """Whether one line is valid UTF-8."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
