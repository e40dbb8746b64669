"""Form templates: a blank reference image (300 dpi) plus named fields, stored as JSON beside the image.

JSON shape::

    {"name": "証明書交付申請書", "image": "blank.png", "dpi": 300,
     "fields": [{"name": "氏名", "type": "text", "box": [x, y, w, h], "required": true},
                {"name": "種類", "type": "checkbox_group", "rule": "exactly_one",
                 "options": [{"label": "住民票", "box": [x, y, w, h]}, ...]}]}

Boxes are pixels of the reference image. Bundled samples live in ``resources/forms/``; the user's own templates
in ``tool_data_dir("forms")/templates/<name>/template.json``; the bureau's templates in ``forms/`` beside the admin
policy file (read-only: the editor saves changes to a bureau template as the user's own copy).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import paths
from desktop.services.common.atomic import atomic_write_text
from desktop.services.forms.errors import TemplateError

FIELD_TYPES = ("text", "kana", "digits", "date_wareki", "date", "postal", "phone", "number", "checkbox",
               "checkbox_group")
CHAR_CLASSES = ("text", "katakana", "digits", "postal", "phone", "number", "date", "any")
GROUP_RULES = ("exactly_one", "at_least_one", "any")
TEMPLATE_FILE = "template.json"

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Option:
    label: str
    box: Box


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    box: Box | None = None           # None only for checkbox_group (its options carry boxes)
    required: bool = False
    rule: str = "exactly_one"        # checkbox_group only
    options: tuple[Option, ...] = ()
    pattern: str | None = None       # optional extra regex the normalised text must match
    max_length: int | None = None
    char_class: str | None = None    # characters the recogniser may return (default: by type, see char_classes)

    def boxes(self) -> list[Box]:
        return [o.box for o in self.options] if self.type == "checkbox_group" else [self.box]  # type: ignore[list-item]


@dataclass
class Template:
    name: str
    fields: list[Field]
    image_path: Path
    dpi: int = 300
    path: Path | None = None         # the JSON file, once saved/loaded
    size: tuple[int, int] = (0, 0)   # (width, height) of the reference image
    extra: dict = field(default_factory=dict)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def to_json(self) -> dict:
        out: dict = {"name": self.name, "image": self.image_path.name, "dpi": self.dpi, "fields": []}
        for f in self.fields:
            item: dict = {"name": f.name, "type": f.type}
            if f.type == "checkbox_group":
                item["rule"] = f.rule
                item["options"] = [{"label": o.label, "box": list(o.box)} for o in f.options]
            else:
                item["box"] = list(f.box or ())
            if f.required:
                item["required"] = True
            if f.pattern:
                item["pattern"] = f.pattern
            if f.max_length:
                item["max_length"] = f.max_length
            if f.char_class:
                item["char_class"] = f.char_class
            out["fields"].append(item)
        return out


def _box(value, where: str) -> Box:
    if not (isinstance(value, (list, tuple)) and len(value) == 4 and all(isinstance(v, (int, float)) for v in value)):
        raise TemplateError(f"{where}: a box must be [x, y, width, height] in pixels, got {value!r}.")
    x, y, w, h = (int(round(v)) for v in value)
    if w <= 0 or h <= 0:
        raise TemplateError(f"{where}: the box must have a positive width and height, got {value!r}.")
    return (x, y, w, h)


def parse_template(data: dict, json_path: Path) -> Template:
    """Build and validate a template from its JSON dict (image checked against the boxes)."""
    where = json_path.name
    if not isinstance(data, dict) or not isinstance(data.get("fields"), list):
        raise TemplateError(f"{where} is not a form template (no list of fields).", path=str(json_path))
    name = str(data.get("name") or json_path.parent.name)
    image = json_path.parent / str(data.get("image") or "")
    fields: list[Field] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["fields"]):
        if not isinstance(raw, dict) or not str(raw.get("name", "")).strip():
            raise TemplateError(f"{where}: field #{i + 1} has no name.", path=str(json_path))
        fname = str(raw["name"]).strip()
        fw = f"{where}: field {fname!r}"
        if fname in seen:
            raise TemplateError(f"{where}: two fields are named {fname!r}.", path=str(json_path))
        seen.add(fname)
        ftype = raw.get("type", "text")
        if ftype not in FIELD_TYPES:
            raise TemplateError(f"{fw} has unknown type {ftype!r} (known: {', '.join(FIELD_TYPES)}).")
        pattern = raw.get("pattern")
        if pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise TemplateError(f"{fw} has an invalid pattern: {exc}.") from None
        char_class = raw.get("char_class") or None
        if char_class is not None and char_class not in CHAR_CLASSES:
            raise TemplateError(f"{fw} has unknown character class {char_class!r} (known: {', '.join(CHAR_CLASSES)}).")
        if ftype == "checkbox_group":
            rule = raw.get("rule", "exactly_one")
            if rule not in GROUP_RULES:
                raise TemplateError(f"{fw} has unknown rule {rule!r} (known: {', '.join(GROUP_RULES)}).")
            opts = raw.get("options") or []
            if len(opts) < 2:
                raise TemplateError(f"{fw} is a checkbox group but has fewer than two options.")
            options = tuple(Option(str(o.get("label", "")).strip() or f"{j + 1}", _box(o.get("box"), f"{fw} option {j + 1}"))
                            for j, o in enumerate(opts))
            fields.append(Field(fname, ftype, None, bool(raw.get("required", False)), rule, options))
        else:
            fields.append(Field(fname, ftype, _box(raw.get("box"), fw), bool(raw.get("required", False)),
                                pattern=pattern or None, max_length=raw.get("max_length"), char_class=char_class))
    if not fields:
        raise TemplateError(f"{where} has no fields.", path=str(json_path))
    tpl = Template(name, fields, image, int(data.get("dpi") or 300), json_path, extra={})
    tpl.size = _image_size(image, where)
    check_boxes(tpl)
    return tpl


def _image_size(image: Path, where: str) -> tuple[int, int]:
    if not image.is_file():
        raise TemplateError(f"{where}: its reference image {image.name!r} is missing.", path=str(image))
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(image) as im:
            return im.size
    except (UnidentifiedImageError, OSError):
        raise TemplateError(f"{where}: its reference image {image.name!r} is not a readable image.") from None


def check_boxes(tpl: Template) -> None:
    """Raise :class:`TemplateError` naming the first box that is not inside the reference image."""
    width, height = tpl.size
    for f in tpl.fields:
        labels = [o.label for o in f.options] if f.type == "checkbox_group" else [None]
        for label, (x, y, w, h) in zip(labels, f.boxes()):
            if x < 0 or y < 0 or x + w > width or y + h > height:
                what = f"field {f.name!r}" + (f" option {label!r}" if label else "")
                raise TemplateError(
                    f"Template {tpl.name!r}: the box of {what} ({x}, {y}, {w}×{h}) lies outside the "
                    f"reference image ({width}×{height} px).", field=f.name)


def load_template(path: Path) -> Template:
    path = Path(path)
    if path.is_dir():
        path = path / TEMPLATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(f"Template file {str(path)!r} does not exist.", path=str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"Template file {path.name!r} is not valid JSON ({exc}).", path=str(path)) from None
    return parse_template(data, path)


def user_templates_dir() -> Path:
    d = paths.tool_data_dir("forms") / "templates"
    d.mkdir(parents=True, exist_ok=True)
    return d


def bundled_templates_dir() -> Path:
    return paths.resource_path("forms")


def bureau_templates_dir() -> Path:
    """``forms/`` beside the admin policy file (docs/ADMIN.md); read-only."""
    return paths.policy_folder() / "forms"


def is_read_only(path: Path) -> bool:
    """True for a template that must not be written (the bureau's, the bundled samples)."""
    p = Path(path).resolve()
    return any(base.resolve() in p.parents for base in (bureau_templates_dir(), bundled_templates_dir())
               if base.is_dir())


def template_files() -> list[Path]:
    """Every template JSON: the user's first, then the bureau's (beside the policy file), then the samples."""
    out: list[Path] = []
    for base in (user_templates_dir(), bureau_templates_dir(), bundled_templates_dir()):
        if base.is_dir():
            out.extend(sorted(base.glob(f"*/{TEMPLATE_FILE}")))
            out.extend(sorted(p for p in base.glob("*.json") if p.name != TEMPLATE_FILE))
    return out


def list_templates() -> list[tuple[Path, Template | TemplateError]]:
    """(path, template or the error that makes it unusable) for every known template."""
    result: list[tuple[Path, Template | TemplateError]] = []
    for p in template_files():
        try:
            result.append((p, load_template(p)))
        except TemplateError as exc:
            result.append((p, exc))
    return result


def find_template(name_or_path: str) -> Template:
    """A template by JSON/folder path or by its name (user templates win over bundled ones)."""
    candidate = Path(name_or_path)
    if candidate.suffix.lower() == ".json" or candidate.exists():
        return load_template(candidate)
    for _path, tpl in list_templates():
        if isinstance(tpl, Template) and tpl.name == name_or_path:
            return tpl
    names = [t.name for _p, t in list_templates() if isinstance(t, Template)]
    raise TemplateError(f"No template named {name_or_path!r}. Known templates: {', '.join(names) or 'none'}.",
                        name=name_or_path)


def safe_folder_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .")
    return cleaned or "template"


def save_template(tpl: Template, image_bytes: bytes | None = None, folder: Path | None = None) -> Path:
    """Save a template (and optionally its reference image as PNG) into its own folder; return the JSON path.

    The boxes are validated against the image before anything is written.
    """
    folder = Path(folder) if folder else user_templates_dir() / safe_folder_name(tpl.name)
    folder.mkdir(parents=True, exist_ok=True)
    if image_bytes is None and tpl.image_path.resolve().parent != folder.resolve():
        image_bytes = tpl.image_path.read_bytes()  # saving elsewhere: the image travels with the JSON
    image_name = "blank.png" if image_bytes is not None else tpl.image_path.name
    if image_bytes is not None:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(image_bytes)) as im:
            tpl.size = im.size
    tpl.image_path = folder / image_name
    check_boxes(tpl)
    if image_bytes is not None:
        from desktop.services.common.atomic import atomic_write_bytes

        atomic_write_bytes(tpl.image_path, image_bytes)
    json_path = folder / TEMPLATE_FILE
    atomic_write_text(json_path, json.dumps(tpl.to_json(), ensure_ascii=False, indent=2) + "\n")
    tpl.path = json_path
    return json_path
