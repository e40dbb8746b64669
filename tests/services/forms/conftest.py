"""Rendered sample forms (IPAexGothic) clean and degraded like scans, shared across the forms tests."""
from __future__ import annotations

import numpy as np
import pytest

from desktop.services.forms import sample_form
from desktop.services.forms.template import find_template, load_template
from desktop.services import paths


def bundled_template_path():
    return paths.resource_path("forms", "shomei_shinsei", "template.json")


@pytest.fixture(scope="session")
def template():
    return load_template(bundled_template_path())


@pytest.fixture(scope="session")
def blank():
    return sample_form.draw_blank()


@pytest.fixture(scope="session")
def reader(template):
    from desktop.services.forms.extract import FormReader

    return FormReader(template)


@pytest.fixture(scope="session")
def degraded_set(blank):
    """8 filled forms degraded as scans: (values, gray array)."""
    rng = np.random.default_rng(20240401)
    out = []
    for i in range(8):
        values = sample_form.sample_values(i)
        out.append((values, sample_form.degrade(sample_form.draw_filled(values, blank), rng)))
    return out


def save_png(arr_or_img, path):
    from PIL import Image

    img = arr_or_img if hasattr(arr_or_img, "save") else Image.fromarray(arr_or_img)
    img.save(path, dpi=(300, 300))
    return path


__all__ = ["bundled_template_path", "save_png", "find_template"]
