"""起案 templates: bundled JSON under ``resources/approval/templates`` plus bureau templates in
``paths.policy_folder()/approval_templates`` (a bureau template with the same name replaces the bundled one).

A template pre-fills 文書分類, 保存年限, 決裁区分, 施行方法, 公開区分, the 伺い文 skeleton and the route
skeleton (positions and levels; names are filled by the drafter). ``layout_docx`` may name a .docx beside the
template whose styles/letterhead are used as the base document of the export.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import paths
from desktop.services.approval.errors import TemplateError, TemplateNotFound
from desktop.services.approval.model import Draft, Drafter, Route, step_from_dict

BUNDLED_DIR = ("approval", "templates")
BUREAU_SUBDIR = "approval_templates"


@dataclass
class Template:
    name: str
    description: str
    source: Path
    data: dict = field(repr=False, default_factory=dict)
    bureau: bool = False

    def layout_docx(self) -> Path | None:
        name = self.data.get("layout_docx")
        if not name:
            return None
        path = self.source.parent / name
        return path if path.is_file() else None


def _template_dirs(policy_dir: Path | None) -> list[tuple[Path, bool]]:
    dirs = [(paths.resource_path(*BUNDLED_DIR), False)]
    bureau = (policy_dir if policy_dir is not None else paths.policy_folder()) / BUREAU_SUBDIR
    dirs.append((bureau, True))
    return dirs


def _read(path: Path, bureau: bool) -> Template:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(f"The template {path} cannot be read: {exc}", path=str(path)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"].strip():
        raise TemplateError(f"The template {path} has no name.", path=str(path))
    if not isinstance(data.get("route", []), list):
        raise TemplateError(f"The template {path} has a malformed route.", path=str(path))
    return Template(data["name"].strip(), str(data.get("description", "")), path, data, bureau)


def _order(path: Path) -> tuple:
    try:
        return (int(json.loads(path.read_text(encoding="utf-8")).get("order", 100)), path.name)
    except (OSError, ValueError, TypeError, AttributeError):
        return (100, path.name)


def list_templates(policy_dir: Path | None = None, *, errors: list[str] | None = None) -> list[Template]:
    """All templates, bundled first; a malformed bureau file is skipped (and reported into ``errors``)."""
    found: dict[str, Template] = {}
    for folder, bureau in _template_dirs(policy_dir):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json"), key=_order):
            if path.name == "classifications.json":
                continue
            try:
                tpl = _read(path, bureau)
            except TemplateError as exc:
                if errors is not None:
                    errors.append(str(exc))
                continue
            found[tpl.name] = tpl
    return list(found.values())


def get_template(name: str, policy_dir: Path | None = None) -> Template:
    for tpl in list_templates(policy_dir):
        if tpl.name == name or tpl.source.stem == name:
            return tpl
    names = ", ".join(t.name for t in list_templates(policy_dir))
    raise TemplateNotFound(f"No approval template named {name!r}. Available: {names}.", name=name)


def classification_rules(policy_dir: Path | None = None) -> dict[str, list[str]]:
    """文書分類 → allowed 保存年限; a bureau ``classifications.json`` adds or replaces entries."""
    rules: dict[str, list[str]] = {}
    bundled = paths.resource_path("approval", "classifications.json")
    bureau = (policy_dir if policy_dir is not None else paths.policy_folder()) / BUREAU_SUBDIR / "classifications.json"
    for path in (bundled, bureau):
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            rules.update({str(k): [str(x) for x in v] for k, v in data["classifications"].items()})
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            if path == bundled:
                raise TemplateError(f"The classification table {path} is malformed: {exc}") from exc
    return rules


def draft_from_template(template: Template | str, *, drafter: Drafter | None = None,
                        today: dt.date | None = None, policy_dir: Path | None = None) -> Draft:
    """A new draft pre-filled from ``template`` (its name or the object)."""
    tpl = template if isinstance(template, Template) else get_template(template, policy_dir)
    data = tpl.data
    try:
        steps = [step_from_dict(s) for s in data.get("route", [])]
    except (TypeError, ValueError) as exc:
        raise TemplateError(f"The template {tpl.source} has a malformed route step: {exc}") from exc
    return Draft(
        subject=str(data.get("subject", "")),
        drafter=drafter or Drafter(),
        drafted_on=(today or dt.date.today()).isoformat(),
        classification=str(data.get("classification", "")),
        retention=str(data.get("retention", "")),
        decision_type=str(data.get("decision_type", "")),
        body=str(data.get("body", "")),
        enforcement=str(data.get("enforcement", "")),
        disclosure=str(data.get("disclosure", "")),
        route=Route(steps),
        template=tpl.name,
    )
