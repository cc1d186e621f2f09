"""Encoding: turn a file's bytes into text, or say plainly why they are not text.

Pages are saved by many tools: UTF-8 with or without a BOM, UTF-16 from Windows editors, and legacy
single- or double-byte code pages (Windows-1252/Latin-1 in the West, CP949/EUC-KR for Korean sites).
A cheap strict UTF-8 try settles almost every file; the legacy guesses only run when that fails.
"""

from __future__ import annotations

import codecs
import re

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# C0 controls other than tab, newline, form feed and carriage return: rare in text, common in binary data.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class NotText(ValueError):
    """The bytes are not a text file we can read; the message is the plain reason."""


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises NotText for binary or undecodable data."""
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise NotText(f"not text: broken {name} at byte {exc.start}") from exc
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise NotText("not text: binary data")
    try:
        text, name = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, name = _legacy(data)
    if len(CONTROL.findall(text[:4096])) > max(2, len(text[:4096]) // 100):
        raise NotText("not text: binary data")
    return text, name


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM shows as ASCII letters with a NUL on every other byte."""
    head = data[:2048]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2 or 1
    name = "utf-16-le" if odd > 0.4 * half and even == 0 else "utf-16-be" if even > 0.4 * half and odd == 0 else None
    if name is None:
        return None
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        return None


def _legacy(data: bytes) -> tuple[str, str]:
    """Choose between Korean CP949 and Windows-1252 for bytes that are not UTF-8.

    CP949 decodes strictly only when every high byte pairs up as a lead and trail byte, and then it must
    mostly yield Hangul syllables; Western text with accents rarely does either, so it falls to cp1252.
    """
    try:
        korean = data.decode("cp949")
        non_ascii = [c for c in korean if ord(c) > 127]
        if non_ascii and len(HANGUL.findall(korean)) >= 0.6 * len(non_ascii):
            return korean, "cp949"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"  # cp1252 leaves five bytes undefined; Latin-1 maps them all


def cut_utf8_safely(data: bytes, limit: int) -> bytes:
    """The first ``limit`` bytes, without splitting a UTF-8 character at the cut (harmless for others)."""
    cut = data[:limit]
    for back in range(1, 4):
        if len(cut) >= back and (cut[-back] & 0xC0) == 0xC0:  # a lead byte: is its sequence complete?
            need = 2 if cut[-back] < 0xE0 else 3 if cut[-back] < 0xF0 else 4
            return cut if need <= back else cut[:-back]
        if len(cut) < back or (cut[-back] & 0xC0) != 0x80:
            break
    return cut
