"""The 起案書 (approval draft) data model: plain dataclasses with a JSON round-trip.

A :class:`Draft` holds the header fields, the 伺い文 body, attachments (with SHA-256 taken when attached)
and the :class:`Route`: an ordered list of :class:`RouteStep`. A step is either a 回議 step (one person) or a
合議 group (several sections; all must agree, or ``quorum`` of them). Exactly one step is the 決定権者
(decider); a 代決者 (``delegate``) may only be named on the final step; ``post_review`` (後閲) lets an absent
approver be passed and review afterwards. Field ids used by validation (``"subject"``, ``"route[2]"`` …)
are listed in :data:`FIELD_LABELS`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from desktop.services.common.file_hash import sha256_file  # noqa: F401  (re-exported)
from dataclasses import asdict, dataclass, field
from pathlib import Path

SCHEMA = "tosei-desk/approval-draft"
SCHEMA_VERSION = 1

RETENTIONS = ("1年", "3年", "5年", "10年", "30年", "常用")

# 職位 levels, lowest first. The 決裁区分 names the level of the 決定権者.
LEVELS = ("担当", "係長", "課長代理", "課長", "部長", "局長", "副知事", "知事")
DECISION_TYPES = {
    "知事決裁": "知事",
    "副知事決裁": "副知事",
    "局長専決": "局長",
    "部長専決": "部長",
    "課長専決": "課長",
}
ENFORCEMENT_METHODS = ("電子メール施行", "LGWAN施行", "郵送", "持参", "ファクシミリ", "掲示", "施行不要")
DISCLOSURE_TYPES = ("公開", "一部公開", "非公開", "未審査")

STEP_KINDS = ("回議", "合議")

FIELD_LABELS = {
    "subject": "件名",
    "drafter.name": "起案者",
    "drafter.section": "起案者所属",
    "drafted_on": "起案日",
    "doc_number": "文書記号番号",
    "classification": "文書分類",
    "retention": "保存年限",
    "decision_type": "決裁区分",
    "body": "伺い文",
    "enforcement": "施行方法",
    "disclosure": "公開区分",
    "attachments": "添付文書",
    "route": "決裁経路",
}


@dataclass
class Drafter:
    name: str = ""
    section: str = ""      # 所属 (e.g. 総務局総務部総務課)
    phone: str = ""
    staff_id: str = ""     # 職員ID of the signed-in drafter (filled from the identity, not typed)
    mail: str = ""


@dataclass
class Attachment:
    path: str
    sha256: str
    size: int = 0
    title: str = ""

    @classmethod
    def from_file(cls, path: Path, title: str = "") -> "Attachment":
        path = Path(path)
        return cls(path=str(path.resolve()), sha256=sha256_file(path), size=path.stat().st_size,
                   title=title or path.name)

    def current_state(self) -> str:
        """``"ok"``, ``"missing"`` or ``"changed"`` compared with the hash taken when attached."""
        p = Path(self.path)
        if not p.is_file():
            return "missing"
        return "ok" if sha256_file(p) == self.sha256 else "changed"


@dataclass
class RouteStep:
    """One column of the 決裁欄. ``kind`` 回議: one person, named by ``staff_id`` (職員ID or mail address) with
    ``name`` and ``level`` (職位). ``kind`` 合議: ``members`` are the consulted persons/sections and
    ``member_ids`` their staff IDs (same order); ``quorum`` 0 means all must agree. Only the staff ID a step
    names may decide it; ``delegate_id`` names the 代決者 of the final step (``delegate`` is the name)."""

    kind: str = "回議"
    position: str = ""     # 職名 (e.g. 総務課長)
    name: str = ""
    level: str = "課長"
    members: list[str] = field(default_factory=list)
    quorum: int = 0
    decider: bool = False
    delegate: str = ""     # 代決者 (only on the final step)
    post_review: bool = False  # 後閲 allowed when this approver is absent
    staff_id: str = ""     # 職員ID (or mail) of the one person who decides this 回議 step
    member_ids: list[str] = field(default_factory=list)  # 合議: staff IDs, parallel to ``members``
    delegate_id: str = ""  # 代決者's staff ID

    def member_for(self, staff_id: str) -> str | None:
        """The 合議 member name whose staff ID is ``staff_id`` (``None`` if not a member)."""
        for i, sid in enumerate(self.member_ids):
            if sid and same_staff(sid, staff_id):
                return self.members[i] if i < len(self.members) else sid
        return None

    def required_approvals(self) -> int:
        if self.kind != "合議":
            return 1
        return self.quorum if 0 < self.quorum <= len(self.members) else len(self.members)

    def label(self) -> str:
        if self.kind == "合議":
            return "合議（" + "・".join(self.members) + "）"
        return self.position or self.name


@dataclass
class Route:
    steps: list[RouteStep] = field(default_factory=list)

    def decider_indexes(self) -> list[int]:
        return [i for i, s in enumerate(self.steps) if s.decider]

    def set_decider(self, index: int) -> None:
        for i, step in enumerate(self.steps):
            step.decider = i == index

    def move(self, index: int, delta: int) -> int:
        target = index + delta
        if 0 <= index < len(self.steps) and 0 <= target < len(self.steps):
            self.steps[index], self.steps[target] = self.steps[target], self.steps[index]
            return target
        return index


@dataclass
class Draft:
    subject: str = ""
    drafter: Drafter = field(default_factory=Drafter)
    drafted_on: str = ""          # ISO date
    doc_number: str = ""          # 文書記号番号, e.g. 5総総第1234号
    classification: str = ""      # 文書分類
    retention: str = ""           # 保存年限
    decision_type: str = ""       # 決裁区分
    body: str = ""                # 伺い文
    enforcement: str = ""         # 施行方法
    disclosure: str = ""          # 公開区分
    attachments: list[Attachment] = field(default_factory=list)
    route: Route = field(default_factory=Route)
    template: str = ""
    draft_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    # -- dates -------------------------------------------------------------------------------------
    def drafted_date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.drafted_on) if self.drafted_on else None
        except ValueError:
            return None

    # -- JSON ---------------------------------------------------------------------------------------
    def content_dict(self) -> dict:
        return asdict(self)

    def to_dict(self) -> dict:
        return {"schema": SCHEMA, "version": SCHEMA_VERSION, "draft": asdict(self)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def state_hash(self) -> str:
        """SHA-256 of the canonical JSON of the draft content (attachment hashes included)."""
        canonical = json.dumps(asdict(self), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, data: dict) -> "Draft":
        if "draft" in data and isinstance(data["draft"], dict):
            if data.get("schema") not in (None, SCHEMA):
                raise ValueError(f"not an approval draft (schema {data.get('schema')!r})")
            data = data["draft"]
        if not isinstance(data, dict):
            raise ValueError("draft data must be an object")
        known = set(cls.__dataclass_fields__)
        values = {k: v for k, v in data.items() if k in known}
        drafter = values.pop("drafter", None) or {}
        attachments = values.pop("attachments", None) or []
        route = values.pop("route", None) or {}
        for key, val in values.items():
            if not isinstance(val, str):
                raise ValueError(f"field {key!r} must be text")
        draft = cls(**values)
        draft.drafter = Drafter(**_pick(Drafter, drafter))
        draft.attachments = [Attachment(**_pick(Attachment, a)) for a in attachments]
        steps = route.get("steps", []) if isinstance(route, dict) else route
        if not isinstance(steps, list):
            raise ValueError("route steps must be a list")
        draft.route = Route([step_from_dict(s) for s in steps])
        return draft

    @classmethod
    def from_json(cls, text: str) -> "Draft":
        return cls.from_dict(json.loads(text))


def same_staff(a: str, b: str) -> bool:
    """Staff IDs / mail addresses compare without case and surrounding blanks."""
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def step_from_dict(data) -> RouteStep:
    """A route step from JSON, with its field types checked (a hand-edited file must not crash later)."""
    values = _pick(RouteStep, data)
    for key in ("kind", "position", "name", "level", "delegate", "staff_id", "delegate_id"):
        if not isinstance(values.get(key, ""), str):
            raise ValueError(f"route step field {key!r} must be text")
    for key in ("members", "member_ids"):
        members = values.get(key, [])
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise ValueError(f"route step {key} must be a list of names")
    quorum = values.get("quorum", 0)
    if isinstance(quorum, bool) or not isinstance(quorum, int):
        raise ValueError("route step quorum must be a whole number")
    for key in ("decider", "post_review"):
        if not isinstance(values.get(key, False), bool):
            raise ValueError(f"route step field {key!r} must be true or false")
    return RouteStep(**values)


def _pick(kind, data) -> dict:
    if not isinstance(data, dict):
        raise ValueError(f"{kind.__name__} must be an object")
    return {k: v for k, v in data.items() if k in kind.__dataclass_fields__}


def load_draft(path: Path) -> Draft:
    """Read a draft JSON (as exported or autosaved)."""
    from desktop.services.approval.errors import DraftFileError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DraftFileError(f"Cannot read the draft file {path}: {exc.strerror or exc}", path=str(path)) from exc
    try:
        data = json.loads(text)
        if isinstance(data, dict) and "autosave" in data:
            data = data["autosave"]
        return Draft.from_dict(data)
    except (ValueError, TypeError) as exc:
        raise DraftFileError(f"The file {path} is not a valid approval draft: {exc}", path=str(path)) from exc
