"""Sync name helpers: natural ordering for what people read."""
from __future__ import annotations


def test_natural_key_orders_numbers_by_value():
    from desktop.services.sync.names import natural_key

    names = ["第10回/議事録.docx", "第2回/議事録.docx", "第１回/議事録.docx", "Report 3.pdf", "report 12.pdf"]
    assert sorted(names, key=natural_key) == ["Report 3.pdf", "report 12.pdf", "第１回/議事録.docx",
                                              "第2回/議事録.docx", "第10回/議事録.docx"]
