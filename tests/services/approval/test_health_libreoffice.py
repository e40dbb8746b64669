"""The approval self-test line for LibreOffice follows the pdf_converter setting (same lookup as PDF output)."""
from __future__ import annotations

from desktop.services.approval.health import checks
from desktop.services.common.pdf_convert import find_soffice
from desktop.services.settings import Settings


def _line():
    return next(c for c in checks() if c.name.startswith("LibreOffice"))


def test_libreoffice_check_reports_the_converter_the_export_would_use(tmp_path):
    auto = find_soffice()
    line = _line()
    assert line.ok == (auto is not None) and not line.required
    if auto is not None:
        assert line.detail == str(auto)

    Settings().set("pdf_converter", str(tmp_path / "LibreOffice" / "program" / "soffice"))
    line = _line()
    assert not line.ok and "configured path" in line.detail and str(tmp_path) in line.detail
