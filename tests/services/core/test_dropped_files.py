"""Attachments dragged out of Outlook: the names in a FILEGROUPDESCRIPTORW and the bytes kept as a file."""
from __future__ import annotations

import struct

from desktop.services.common.dropped_files import (FILE_DESCRIPTOR_SIZE, FILE_NAME_OFFSET, keep_dropped_file,
                                                    safe_file_name, virtual_file_names)


def descriptor(*names: str) -> bytes:
    """A FILEGROUPDESCRIPTORW as Windows builds it: a count, then one fixed-size record per file."""
    out = struct.pack("<I", len(names))
    for name in names:
        record = bytearray(FILE_DESCRIPTOR_SIZE)
        encoded = name.encode("utf-16-le") + b"\0\0"
        record[FILE_NAME_OFFSET:FILE_NAME_OFFSET + len(encoded)] = encoded
        out += bytes(record)
    return out


def test_names_are_read_from_the_descriptor():
    assert virtual_file_names(descriptor("見積書.pdf", "会議 録音.m4a")) == ["見積書.pdf", "会議 録音.m4a"]
    assert virtual_file_names(b"") == [] and virtual_file_names(b"\x05\0\0\0short") == []


def test_a_dropped_attachment_never_overwrites_and_stays_one_plain_file(tmp_path):
    first = keep_dropped_file("見積書.pdf", b"one", tmp_path)
    second = keep_dropped_file("見積書.pdf", b"two", tmp_path)
    assert (first.name, second.name) == ("見積書.pdf", "見積書 (2).pdf")
    assert first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert safe_file_name("..\\..\\Windows\\evil:name?.txt") == "evil_name_.txt"
    assert keep_dropped_file("../../x.txt", b"x", tmp_path).parent == tmp_path
