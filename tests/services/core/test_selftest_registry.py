"""self-test's Qt checks are registered by the entry point; the CLI never imports the UI."""
from desktop.services import selftest
from desktop.services.health import Check


def test_unregistered_qt_checks_report_a_warning_not_an_empty_list(monkeypatch):
    monkeypatch.setattr(selftest, "_qt_providers", {})
    [check] = selftest.qt_checks()
    assert not check.ok and not check.required and "not registered" in check.detail


def test_registered_providers_answer_basic_and_deep(monkeypatch):
    monkeypatch.setattr(selftest, "_qt_providers", {})
    selftest.register_qt_checks(lambda: [Check("basic", True)], lambda: [Check("deep", True)])
    assert [c.name for c in selftest.qt_checks()] == ["basic"]
    assert [c.name for c in selftest.qt_checks(deep=True)] == ["deep"]
