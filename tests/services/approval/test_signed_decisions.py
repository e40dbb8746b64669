"""Decisions signed with each staff member's key (PKCS#12 from a test bureau CA): a forged or edited decision
file on the shared server is not counted, and says why."""
from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

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
    assert sato.circ.items()[0].rejected == 2, "the inbox says that invalid decision files are lying there"

    # the 係長's genuine approval edited on the server afterwards (its reason changed) no longer counts
    real = next(p for p in events.glob("*.json") if json.loads(p.read_text(encoding="utf-8"))["action"] == "approve")
    data = json.loads(real.read_text(encoding="utf-8"))
    data["detail"]["actor_name"] = "鈴木一郎（改）"
    real.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fresh = office(Staff("s2000099", "新任 職員"))           # a PC that downloads everything anew
    fresh.sync()
    state, rejected = fresh.run(draft.draft_id).replayed()
    assert state.current == 0 and any("does not match" in why for _e, _c, why in rejected)


def test_signed_pdf_carries_every_decision_and_verify_reports_tampering(dav_server, tmp_path, monkeypatch, ca):
    import subprocess
    import sys

    from desktop.services.approval.pades import validate_pdf
    from desktop.services.approval.signed_pdf import versions

    folder = f"電子決裁-{uuid.uuid4().hex[:8]}"
    yamada, suzuki, sato = (PC(tmp_path, dav_server, folder, s, monkeypatch, PASSWORD, ca=ca)
                            for s in (YAMADA, SUZUKI, SATO))
    draft = two_step_draft(YAMADA)
    yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)
    yamada.sync()
    for pc, staff in ((suzuki, SUZUKI), (sato, SATO)):
        pc.sync()
        pc.run(draft.draft_id).approve(staff)
        pc.sync()                                   # delivers the decision and signs the PDF
    yamada.sync()
    assert yamada.circ.items()[0].status == "decided"
    (_n, latest), = versions(yamada.circ, draft.draft_id, 1)[-1:]
    assert latest.name == "003.pdf"
    report = validate_pdf(latest, [ca.cert])
    assert report.ok, report.problems
    assert [s.signer_ids[0] for s in report.signatures] == [YAMADA.staff_id, SUZUKI.staff_id, SATO.staff_id]
    assert all(s.intact and s.trusted for s in report.signatures)

    # pyHanko's own validator agrees
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    root = asn1_x509.Certificate.load(ca.cert.public_bytes(serialization.Encoding.DER))
    with open(latest, "rb") as fh:
        for sig in PdfFileReader(fh).embedded_signatures:
            status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
            assert status.bottom_line, status.pretty_print_details()

    # the 決裁欄 page renders (poppler, as a user's viewer would)
    shot = tmp_path / "kessai"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(latest), str(shot)], check=True, timeout=120)
    assert sorted(tmp_path.glob("kessai-*.png"))
    if os.environ.get("TOSEI_APPROVAL_SHOT_DIR"):          # keep the signed PDF for a manual look
        shutil.copyfile(latest, Path(os.environ["TOSEI_APPROVAL_SHOT_DIR"]) / "signed.pdf")

    def verify(path, *extra):
        return subprocess.run([sys.executable, "-m", "desktop", "approval", "verify", str(path), "--ca", str(ca.pem),
                               *extra], capture_output=True, text=True, timeout=120)

    ok = verify(latest)
    assert ok.returncode == 0 and "3 PDF signatures" in ok.stdout and "3 decisions" in ok.stdout, ok.stderr
    # one byte changed in the signed PDF
    bad = tmp_path / "changed.pdf"
    data = bytearray(latest.read_bytes())
    data[len(data) // 4] ^= 0x01
    bad.write_bytes(bytes(data))
    broken = verify(bad, "--events", str(latest.parents[2] / "events"))
    assert broken.returncode == 3 and "the signed bytes were changed" in broken.stderr
    # a forged decision in the record (the 課長's decision claimed again, signed by the drafter's key)
    events = latest.parents[2] / "events"
    state = yamada.run(draft.draft_id).state()
    forged = SharedEvent(draft.draft_id, "post_review", SATO.staff_id, 1, {}, state.state_hash,
                         next_ts(yamada.run(draft.draft_id).events()[-1].ts))
    forged.signature = yamada.desk.signer.sign(forged.canonical())
    (events / forged.file_name).write_text(forged.to_json(), encoding="utf-8")
    result = verify(latest)
    assert result.returncode == 3 and "belongs to s1000001" in result.stderr


def test_cli_registers_the_key_with_its_passphrase_in_the_credential_store(ca, monkeypatch, capsys):
    import io

    from desktop.cli.approval import run
    from desktop.services import secrets
    from desktop.services.settings import Settings
    from desktop.services.sync.identity import Identity, save_identity

    save_identity(Identity(staff_id=SUZUKI.staff_id, display_name=SUZUKI.name))
    p12 = ca.issue(SUZUKI, "Kagi-pa55")
    args = __import__("argparse").Namespace(approval_command="key", file=p12, passphrase_stdin=True)
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-one\n"))
    with pytest.raises(SigningError):
        run(args)
    assert secrets.get_secret(secrets.SecretKey.APPROVAL_KEY_PASSPHRASE) is None
    monkeypatch.setattr("sys.stdin", io.StringIO("Kagi-pa55\n"))
    assert run(args) == 0
    assert secrets.get_secret(secrets.SecretKey.APPROVAL_KEY_PASSPHRASE) == "Kagi-pa55"
    assert Settings().get("approval_key_file") == str(p12.resolve())
    assert "Kagi-pa55" not in capsys.readouterr().out
    other = ca.issue(SATO, "x")
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    with pytest.raises(Exception, match="belongs to s2000012"):
        run(__import__("argparse").Namespace(approval_command="key", file=other, passphrase_stdin=True))


def test_offline_decision_is_signed_into_the_pdf_at_the_next_sync(tmp_path, monkeypatch, ca):
    from desktop.services.approval.pades import validate_pdf
    from desktop.services.approval.signed_pdf import versions

    server = DavServer(tmp_path / "own-dav", USER, PASSWORD).start()
    try:
        folder = "電子決裁"
        yamada = PC(tmp_path, server, folder, YAMADA, monkeypatch, PASSWORD, ca=ca)
        yamada.desk.document_pdf = False                # the 決裁欄 page alone (no LibreOffice in this test)
        suzuki = PC(tmp_path, server, folder, SUZUKI, monkeypatch, PASSWORD, ca=ca)
        draft = two_step_draft(YAMADA)
        yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)
        yamada.sync()
        suzuki.sync()
        server.kill()
        suzuki.run(draft.draft_id).approve(SUZUKI)
        assert suzuki.circ.sync().offline
        assert [n for n, _p in versions(suzuki.circ, draft.draft_id, 1)] == [1], "nothing signed while offline"
        server.start()
        suzuki.sync()
        yamada.sync()
        (_n, latest), = versions(yamada.circ, draft.draft_id, 1)[-1:]
        report = validate_pdf(latest, [ca.cert])
        assert report.ok and [s.signer_ids[0] for s in report.signatures] == [YAMADA.staff_id, SUZUKI.staff_id]
    finally:
        server.kill()
