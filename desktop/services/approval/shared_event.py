"""One decision (or 提出, 取下げ …) as an immutable JSON file in the shared 回付 folder.

Every event is its own file, named ``<UTC time>-<random id>.json``, created with a no-overwrite move, so two
staff members deciding at the same moment each add a file and neither is lost. Events are ordered by their
time (``ts``), which an actor always sets later than every event it has seen (so clocks that run behind
cannot reorder a decision before the one it answered), then by id. ``signature`` holds the signer's
certificate and a signature over :meth:`SharedEvent.canonical` (see :mod:`.signing`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field

SCHEMA = "tosei-desk/approval-event"
TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def next_ts(after: str = "") -> str:
    """Now in UTC, but strictly later than ``after`` (the newest event the actor has seen)."""
    now = dt.datetime.now(dt.timezone.utc)
    if after:
        try:
            seen = dt.datetime.strptime(after, TS_FORMAT).replace(tzinfo=dt.timezone.utc)
        except ValueError:
            seen = None
        if seen is not None and now <= seen:
            now = seen + dt.timedelta(milliseconds=1)
    return now.strftime(TS_FORMAT)


@dataclass
class SharedEvent:
    draft_id: str
    action: str
    actor: str
    step: int | None
    detail: dict
    state_hash: str
    ts: str = ""
    event_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    signature: dict | None = None
    n: int = 0             # position in the replayed order (not stored)

    def payload(self) -> dict:
        return {"schema": SCHEMA, "draft_id": self.draft_id, "event_id": self.event_id, "ts": self.ts,
                "action": self.action, "actor": self.actor, "step": self.step, "detail": self.detail,
                "state_hash": self.state_hash}

    def canonical(self) -> bytes:
        """The signed bytes: the payload as sorted, compact JSON."""
        return json.dumps(self.payload(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()

    @property
    def row_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()

    @property
    def file_name(self) -> str:
        stamp = self.ts.replace("-", "").replace(":", "").replace(".", "")
        return f"{stamp}-{self.event_id}.json"

    def to_json(self) -> str:
        data = self.payload()
        data["signature"] = self.signature
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> "SharedEvent":
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise ValueError("not an approval event")
        step = data.get("step")
        if step is not None and (isinstance(step, bool) or not isinstance(step, int)):
            raise ValueError("event step must be a number")
        if not isinstance(data.get("detail"), dict):
            raise ValueError("event detail must be an object")
        for key in ("draft_id", "event_id", "ts", "action", "actor", "state_hash"):
            if not isinstance(data.get(key), str):
                raise ValueError(f"event field {key} must be text")
        sig = data.get("signature")
        return cls(data["draft_id"], data["action"], data["actor"], step, data["detail"], data["state_hash"],
                   data["ts"], data["event_id"], sig if isinstance(sig, dict) else None)
