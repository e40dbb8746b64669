"""Benchmark of the forms tool on this machine (prints figures; asserts nothing).

    .venv/bin/python benchmarks/forms.py [--pages 20] [--eval-forms 100] [--only-eval]

The evaluation set (``benchmarks/forms_eval``: two layouts unlike the sample, three value fonts, clean / scan /
FAX 200×100 and 200×200 TIFF G3 / phone photo / upside-down) is generated at run time and scored per set:
field exact-match per field type, auto-confirmed records with any wrong field, records sent to review, pages
rejected, seconds per page.

Renders the bundled 証明書交付申請書 filled with sample values (IPAexGothic, 300 dpi), degrades each page as a
scan (rotation 0.5–2°, scale, shift, blur, noise, JPEG) and measures:
- pages/min for registration + zone OCR (8 zones + checkboxes) — target ≥ 60 pages/min;
- whole-page OCR (detection + recognition) time per page, for comparison;
- field CER on the degraded set, and checkbox accuracy;
- born-digital PDF pages (text layer, reportlab + embedded IPAexGothic): render + registration + text layer,
  pages/min, and how many text fields still needed OCR (should be 0).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TOSEI_DESK_HOME", tempfile.mkdtemp(prefix="forms-bench-"))

from desktop.services.common.edit_distance import levenshtein  # noqa: E402


def main() -> None:
    import numpy as np

    from desktop.services import paths
    from desktop.services.forms import sample_form
    from desktop.services.forms.extract import FormReader
    from desktop.services.forms.registration import align
    from desktop.services.forms.template import load_template
    from desktop.services.forms.validate import normalise_text

    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--whole-page", type=int, default=3, help="pages for the whole-page OCR comparison")
    ap.add_argument("--eval-forms", type=int, default=100, help="filled forms in the evaluation set (0: skip)")
    ap.add_argument("--only-eval", action="store_true")
    ap.add_argument("--legacy", action="store_true", help="templates as the old code understood them")
    ap.add_argument("--threshold", type=float, default=0.9)
    args = ap.parse_args()
    if args.only_eval:
        evaluation(args.eval_forms, args.legacy, args.threshold)
        return

    tpl = load_template(paths.resource_path("forms", "shomei_shinsei", "template.json"))
    t0 = time.perf_counter()
    reader = FormReader(tpl)
    reader.engine.recognise(np.full((48, 200), 255, np.uint8))  # load the model
    print(f"engine + reference features ready in {time.perf_counter() - t0:.2f} s")
    rng = np.random.default_rng(42)
    blank = sample_form.draw_blank()
    pages = []
    for i in range(args.pages):
        values = sample_form.sample_values(i)
        pages.append((values, sample_form.degrade(sample_form.draw_filled(values, blank), rng)))
    text_zones = sum(1 for f in tpl.fields if f.type not in ("checkbox", "checkbox_group"))
    print(f"{len(pages)} degraded A4 pages at 300 dpi; {text_zones} text zones + "
          f"{len(tpl.fields) - text_zones} checkbox fields per page")

    reg_time = 0.0
    for _v, scan in pages:
        t = time.perf_counter()
        align(scan, reader.reference)
        reg_time += time.perf_counter() - t
    errors = chars = boxes = boxes_ok = 0
    t = time.perf_counter()
    records = [reader.read(scan, previews=False) for _v, scan in pages]
    total = time.perf_counter() - t
    for (values, _scan), rec in zip(pages, records):
        for f in rec.fields:
            want = values[f.name]
            if f.type == "checkbox":
                boxes += 1
                boxes_ok += f.value == want
            elif f.type == "checkbox_group":
                for o in tpl.field(f.name).options:
                    boxes += 1
                    boxes_ok += (o.label in f.value) == (o.label in want)
            else:
                truth = normalise_text(f.type, want)
                errors += levenshtein(normalise_text(f.type, f.raw_text), truth)
                chars += len(truth)
    n = len(pages)
    print(f"registration only:          {reg_time / n * 1000:7.0f} ms/page")
    print(f"registration + zone OCR:    {total / n * 1000:7.0f} ms/page = {60 * n / total:6.0f} pages/min "
          f"(target >= 60)")
    print(f"field CER (degraded):       {errors / max(chars, 1):.3%} ({errors} errors / {chars} chars)")
    print(f"checkboxes correct:         {boxes_ok}/{boxes}")

    k = min(args.whole_page, n)
    t = time.perf_counter()
    for _v, scan in pages[:k]:
        reader.engine.read_page(scan)
    whole = (time.perf_counter() - t) / max(k, 1)
    print(f"whole-page OCR (det + rec): {whole * 1000:7.0f} ms/page = {60 / whole:6.0f} pages/min "
          f"(no field mapping; for comparison)")
    born_digital(reader, args.pages)
    if args.eval_forms:
        evaluation(args.eval_forms, args.legacy, args.threshold)


def evaluation(forms: int, legacy: bool, threshold: float) -> None:
    from benchmarks.forms_eval.evaluate import score
    from benchmarks.forms_eval.generate import generate

    out = Path(tempfile.mkdtemp(prefix="forms-eval-"))
    t = time.perf_counter()
    generate(out, forms, legacy=legacy)
    print(f"\nevaluation set: {forms} filled forms generated in {time.perf_counter() - t:.0f} s ({out})")
    scores = score(out, threshold)
    for key in sorted(scores, key=lambda k: (k != "all", "/" in k, k)):
        print(scores[key].line())
    clean = scores.get("*/clean")
    if clean:
        print(f"clean scans passing without review: {clean.auto / max(clean.records, 1):.0%} (target >= 50 %)")
    allset = scores["all"]
    print(f"auto-confirmed with any wrong field: {allset.auto_wrong}/{allset.auto} "
          f"({allset.auto_wrong / max(allset.auto, 1):.1%}; target <= 1 %)")
    for file, auto, wrong in allset.wrong_examples[:40]:
        print(f"  {'AUTO ' if auto else 'rev  '}{file}: " + "; ".join(f"{n}={v!r}≠{t!r}@{c}" for n, v, t, c in wrong))


def born_digital(reader, count: int) -> None:
    """Render + register + read born-digital PDF pages from their text layer (rendering included)."""
    from desktop.services.forms import pages as pages_mod
    from desktop.services.forms import sample_form

    path = Path(tempfile.mkdtemp(prefix="forms-bench-pdf-")) / "born_digital.pdf"
    sample_form.write_pdf(path, [{"values": sample_form.sample_values(i)} for i in range(count)])
    t = time.perf_counter()
    ocr_fields = text_fields = 0
    for page in pages_mod.iter_pages(path):
        rec = reader.read(page.image, previews=False, text_layer=page.text_layer)
        ocr_fields += sum(f.origin == "ocr" for f in rec.fields)
        text_fields += sum(f.origin == "text_layer" for f in rec.fields)
    total = time.perf_counter() - t
    print(f"born-digital PDF (text layer, render included): {total / count * 1000:5.0f} ms/page = "
          f"{60 * count / total:6.0f} pages/min; {text_fields} fields from the text layer, {ocr_fields} by OCR")


if __name__ == "__main__":
    main()
