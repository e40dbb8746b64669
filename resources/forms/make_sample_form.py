"""Regenerate the bundled sample template: ``python resources/forms/make_sample_form.py``.

Writes ``shomei_shinsei/blank.png`` (1-bit, 300 dpi, A4) and ``shomei_shinsei/template.json``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from desktop.services.forms import sample_form  # noqa: E402


def main() -> None:
    out = HERE / "shomei_shinsei"
    out.mkdir(exist_ok=True)
    sample_form.save_png_1bit(sample_form.draw_blank(), out / "blank.png")
    (out / "template.json").write_text(
        json.dumps(sample_form.template_json("blank.png"), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
