"""Self-test checks for the forms tool: OCR engine importable, sample template valid, a Japanese font."""
from __future__ import annotations

from desktop.services.health import Check, guarded


def _engine() -> Check:
    from desktop.services.forms.ocr_engine import engine_available

    ok, detail = engine_available()
    return Check("forms: OCR engine", ok, detail)


def _templates() -> Check:
    from desktop.services.forms.template import Template, list_templates

    found = list_templates()
    bad = [str(t) for _p, t in found if not isinstance(t, Template)]
    good = sum(isinstance(t, Template) for _p, t in found)
    return Check("forms: templates", not bad and good > 0,
                 f"{good} usable" + (f"; unusable: {'; '.join(bad)}" if bad else ""), required=False)


def _opencv() -> Check:
    import cv2

    major = int(cv2.__version__.split(".")[0])
    return Check("forms: OpenCV", major == 4, f"OpenCV {cv2.__version__}")


def checks() -> list[Check]:
    return [guarded("forms: OCR engine", _engine), guarded("forms: templates", _templates),
            guarded("forms: OpenCV", _opencv)]
