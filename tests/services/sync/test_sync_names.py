"""Sync name helpers: natural ordering for what people read."""
from __future__ import annotations


def test_natural_key_orders_numbers_by_value():
    from desktop.services.sync.names import natural_key

    names = ["第10回/議事録.docx", "第2回/議事録.docx", "第１回/議事録.docx", "Report 3.pdf", "report 12.pdf"]
    assert sorted(names, key=natural_key) == ["Report 3.pdf", "report 12.pdf", "第１回/議事録.docx",
                                              "第2回/議事録.docx", "第10回/議事録.docx"]


def test_names_over_255_bytes_are_refused_even_under_240_characters():
    from desktop.services.sync.names import unsafe_reason

    long_name = "議" * 94 + ".txt"
    assert len(long_name) < 240 and len(long_name.encode()) > 255
    assert unsafe_reason(long_name) == "name too long (over 255 bytes)"
    assert unsafe_reason("資料/" + long_name) == "name too long (over 255 bytes)"
    assert unsafe_reason("議" * 80 + ".txt") is None
