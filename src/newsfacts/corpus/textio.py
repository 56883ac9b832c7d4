"""Reading a document's text from a file or stdin, with clear errors."""

from __future__ import annotations

import os
import sys
from typing import BinaryIO, Optional

from ..errors import E_BINARY, E_DIRECTORY, E_ENCODING, E_MISSING, E_TOO_LARGE, E_UNREADABLE, InputError

#: Texts longer than this (in characters) are refused (NF105): split them into articles first.
#: Up to it, long texts are parsed in sentence-aware chunks whose offsets point into the
#: original text. The one definition: ingest's default --max-chars imports it. The stages
#: are linear in the text's length (docs/reliability.md, "Very long single texts"), but one
#: 1 MB text already takes minutes to parse and ~3 GB of memory, growing with the length.
MAX_CHARS = 1_000_000


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (a BOM is dropped), refusing binary data with a clear error."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text", code=E_BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f LATIN1 -t UTF-8",
            code=E_ENCODING,
        ) from None
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{name}: {len(text):,} characters is over the {MAX_CHARS:,}-character limit for one document",
            code=E_TOO_LARGE,
        )
    return text


def read_text(path: str, stdin: Optional[BinaryIO] = None) -> str:
    """Read ``path`` (or stdin for ``-``) as UTF-8 text.

    Raises:
        InputError: the file is missing, a directory, unreadable, binary or not UTF-8.
    """
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return decode(stream.read(), "<stdin>")
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file", code=E_MISSING)
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a text file (use `newsfacts ingest` for folders)", code=E_DIRECTORY)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})", code=E_UNREADABLE) from None
    return decode(data, path)
