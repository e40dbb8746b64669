"""Score extraction results against the generated truth (shared by ``benchmarks/forms.py`` and the tests).

A field is right when the value that would go into the ledger equals the truth, compared after width folding
(full-width digits = half-width digits) but *not* modulo spaces: a full-width space dropped from a name is an
error. Dates compare as dates, checkbox groups as sets of labels, digit strings as text (leading zeros count).
"""
from __future__ import annotations

import datetime as dt
import json
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

FWSP = "\u3000"


def fold(text: str) -> str:
    """NFKC, but a full-width space stays a full-width space and 「）」 stays full-width."""
    t = str(text).replace(FWSP, "\x00").replace("）", "\x01")
    t = unicodedata.normalize("NFKC", t)
    return t.replace("\x00", FWSP).replace("\x01", "）").replace(")", "）").strip()


def field_right(ftype: str, value: object, truth: object) -> bool:
    if ftype == "checkbox_group":
        return sorted(value or []) == sorted(truth or [])
    if ftype in ("date", "date_wareki"):
        if not truth:
            return value in (None, "")
        return isinstance(value, dt.date) and value.isoformat() == truth
    if truth in ("", None):
        return value in ("", None)
    if value is None:
        return False
    return fold(str(value)) == fold(str(truth))


def kind_of(ftype: str) -> str:
    return {"checkbox_group": "checkbox", "date_wareki": "date"}.get(ftype, ftype)


@dataclass
class SetScore:
    name: str
    pages: int = 0
    rejected: int = 0
    records: int = 0
    auto: int = 0
    auto_wrong: int = 0
    auto_wrong_ignoring_spaces: int = 0   # the same, when a lost or extra space is not counted as an error
    review: int = 0
    seconds: float = 0.0
    by_kind: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # kind → [right, total]
    wrong_examples: list = field(default_factory=list)

    def line(self) -> str:
        kinds = "  ".join(f"{k} {r / t:.0%}" for k, (r, t) in sorted(self.by_kind.items()) if t)
        right = sum(r for r, _t in self.by_kind.values())
        total = sum(t for _r, t in self.by_kind.values())
        return (f"{self.name:<22} pages {self.pages:3d}  fields {right / max(total, 1):6.1%}  "
                f"auto {self.auto:3d} of which wrong {self.auto_wrong:2d} ({self.auto_wrong / max(self.auto, 1):5.1%}; "
                f"{self.auto_wrong_ignoring_spaces} ignoring spaces)  "
                f"review {self.review / max(self.records, 1):5.1%}  rejected {self.rejected:2d}  "
                f"{self.seconds / max(self.pages, 1):.2f} s/page\n    {kinds}")


def score(out_dir: Path, threshold: float = 0.9, *, files: list[str] | None = None, extract=None,
          group_by=("layout", "condition")) -> dict[str, SetScore]:
    """Run extraction over the generated set at ``out_dir`` and score it per set (layout × condition), plus
    ``all`` and per-layout totals. ``extract(template_path, paths) -> BatchResult`` defaults to the real batch."""
    from desktop.services.forms.template import load_template

    if extract is None:
        from desktop.services.forms.extract import extract_batch

        def extract(tpl_path, paths):
            return extract_batch(tpl_path, paths, previews=False)

    out_dir = Path(out_dir)
    truth = json.loads((out_dir / "truth.json").read_text(encoding="utf-8"))
    if files is not None:
        wanted = set(files)
        truth = [t for t in truth if t["file"] in wanted]
    scores: dict[str, SetScore] = {}

    def bucket(key: str) -> SetScore:
        return scores.setdefault(key, SetScore(key))

    for layout in sorted({t["layout"] for t in truth}):
        tpl_path = out_dir / "templates" / layout / "template.json"
        tpl = load_template(tpl_path)
        entries = [t for t in truth if t["layout"] == layout]
        by_file = {str(out_dir / "pages" / t["file"]): t for t in entries}
        for entry in entries:
            t0 = time.perf_counter()
            batch = extract(str(tpl_path), [str(out_dir / "pages" / entry["file"])])
            seconds = time.perf_counter() - t0
            keys = ["all", layout, f"{layout}/{entry['condition']}", f"*/{entry['condition']}"]
            sets = [bucket(k) for k in keys]
            for s in sets:
                s.pages += 1
                s.seconds += seconds
                s.rejected += len(batch.rejected)
            for rec in batch.records:
                t = by_file[rec.source]
                auto = not rec.needs_review(threshold)
                wrong = []
                wrong_ns = 0
                for f in rec.fields:
                    ok = field_right(f.type, f.value, t["values"].get(f.name))
                    if not ok:
                        wrong.append((f.name, f.value, t["values"].get(f.name), round(f.confidence, 3)))
                        nospace = (lambda v: fold(str(v)).replace("\u3000", "").replace(" ", ""))
                        wrong_ns += not (isinstance(f.value, str) and
                                         nospace(f.value) == nospace(t["values"].get(f.name) or ""))
                    for s in sets:
                        cell = s.by_kind[kind_of(tpl.field(f.name).type)]
                        cell[0] += ok
                        cell[1] += 1
                for s in sets:
                    s.records += 1
                    s.auto += auto
                    s.review += not auto
                    s.auto_wrong += bool(auto and wrong)
                    s.auto_wrong_ignoring_spaces += bool(auto and wrong_ns)
                if wrong:
                    scores["all"].wrong_examples.append((t["file"], auto, wrong))
    return scores
