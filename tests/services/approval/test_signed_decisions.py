"""Decisions signed with each staff member's key (PKCS#12 from a test bureau CA): a forged or edited decision
file on the shared server is not counted, and says why."""
from __future__ import annotations

import json
import uuid

import pytest

from desktop.services.approval.shared_event import SharedEvent, next_ts
from desktop.services.approval.signing import SigningError, check_signature, load_signer
from desktop.services.approval.staff import Staff

from .conftest import TODAY
from .shared_pcs import PASSWORD, PC, USER, DavServer, TestCA
from .test_circulation import SATO, SUZUKI, YAMADA, two_step_draft


@pytest.fixture(scope="module")
def dav_server(tmp_path_factory):
    server = DavServer(tmp_path_factory.mktemp("signed-dav"), USER, PASSWORD).start()
    yield server
    server.kill()


@pytest.fixture
def ca(tmp_path):
    return TestCA(tmp_path / "ca")


@pytest.fixture
def office(dav_server, tmp_path, monkeypatch, ca):
    folder = f"電子決裁-{uuid.uuid4().hex[:8]}"

    def pc(staff):
        return PC(tmp_path, dav_server, folder, staff, monkeypatch, PASSWORD, ca=ca)
    pc.root = dav_server.root / folder
    return pc


def test_key_file_needs_its_passphrase(ca):
    path = ca.issue(SUZUKI, "correct horse")
    assert load_signer(path, "correct horse").staff_id == SUZUKI.staff_id
    with pytest.raises(SigningError) as info:
        load_signer(path, "Zq9-not-it")
    assert info.value.code == "approval.key_passphrase"
    assert "Zq9-not-it" not in str(info.value) and "correct horse" not in str(info.value)


def test_signature_checks(ca, tmp_path):
    signer = load_signer(ca.issue(SUZUKI, "pw"), "pw")
    data = "承認".encode()
    sig = signer.sign(data)
    assert check_signature(data, sig, [ca.cert], actor=SUZUKI.staff_id) is None
    assert "does not match" in check_signature("改ざん".encode(), sig, [ca.cert], actor=SUZUKI.staff_id)
    assert "belongs to" in check_signature(data, sig, [ca.cert], actor=SATO.staff_id)
    other = TestCA(tmp_path / "other-ca", "偽の認証局")
    forged = load_signer(other.issue(SATO, "pw"), "pw")
    assert "not issued by the bureau CA" in check_signature(data, forged.sign(data), [ca.cert], actor=SATO.staff_id)
    assert check_signature(data, None, [ca.cert], actor=SUZUKI.staff_id) == "not signed"


def test_forged_and_edited_decisions_are_not_counted(office):
    yamada, suzuki, sato = office(YAMADA), office(SUZUKI), office(SATO)
    draft = two_step_draft(YAMADA)
    yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)
    yamada.sync()
    suzuki.sync()
    suzuki.run(draft.draft_id).approve(SUZUKI)
    suzuki.sync()
    events = office.root / "回付" / draft.draft_id / "events"
    assert all(json.loads(p.read_text(encoding="utf-8"))["signature"]["cert"] for p in events.glob("*.json"))

    # the drafter writes a "decide" by the 課長 straight into the shared folder: signed with his own key …
    yamada.sync()
    state = yamada.run(draft.draft_id).state()
    fake = SharedEvent(draft.draft_id, "decide", SATO.staff_id, 1, {"actor_name": SATO.name}, state.state_hash,
                       next_ts(yamada.run(draft.draft_id).events()[-1].ts))
    fake.signature = yamada.desk.signer.sign(fake.canonical())
    (events / fake.file_name).write_text(fake.to_json(), encoding="utf-8")
    # … and one unsigned
    unsigned = SharedEvent(draft.draft_id, "decide", SATO.staff_id, 1, {}, state.state_hash, next_ts(fake.ts))
    (events / unsigned.file_name).write_text(unsigned.to_json(), encoding="utf-8")
    sato.sync()
    state, rejected = sato.run(draft.draft_id).replayed()
    assert state.status == "in_progress" and state.current == 1, "the forged decisions are not counted"
    reasons = {ev.event_id: why for ev, _code, why in rejected}
    assert "belongs to s1000001" in reasons[fake.event_id] and reasons[unsigned.event_id] == "not signed"
    assert [i.draft_id for i in sato.circ.inbox()] == [draft.draft_id], "still waiting for the real 課長"

    # the 係長's genuine approval edited on the server afterwards (its reason changed) no longer counts
    real = next(p for p in events.glob("*.json") if json.loads(p.read_text(encoding="utf-8"))["action"] == "approve")
    data = json.loads(real.read_text(encoding="utf-8"))
    data["detail"]["actor_name"] = "鈴木一郎（改）"
    real.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fresh = office(Staff("s2000099", "新任 職員"))           # a PC that downloads everything anew
    fresh.sync()
    state, rejected = fresh.run(draft.draft_id).replayed()
    assert state.current == 0 and any("does not match" in why for _e, _c, why in rejected)
