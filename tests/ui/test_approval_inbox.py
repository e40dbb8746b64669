"""The 決裁待ち inbox against a real WebDAV server: the 係長's page receives the drafter's 起案, opens it read-only,
approves it (confirmed) and the decision reaches the drafter's PC; the drafter's page cannot approve."""
from __future__ import annotations

import importlib.util
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

_spec = importlib.util.spec_from_file_location(
    "approval_shared_pcs_for_ui", Path(__file__).parents[1] / "services" / "approval" / "shared_pcs.py")
shared_pcs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shared_pcs)


@pytest.fixture
def server(tmp_path):
    srv = shared_pcs.DavServer(tmp_path / "davroot", shared_pcs.USER, shared_pcs.PASSWORD).start()
    yield srv
    srv.kill()


def wait_job(qtbot, handle):
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    assert handle.error is None, handle.error


def test_inbox_receive_open_approve(qtbot, app_context, server, tmp_path, monkeypatch):
    from desktop.services.approval import draft_from_template
    from desktop.services.approval.staff import Staff
    from desktop.ui.approval import create_page

    yamada = Staff("s1000001", "山田太郎", "yamada@example.metro.tokyo.jp")
    suzuki = Staff("s2000011", "鈴木一郎")
    sato = Staff("s2000012", "佐藤次郎")
    folder = f"電子決裁-{uuid.uuid4().hex[:8]}"
    drafter_pc = shared_pcs.PC(tmp_path, server, folder, yamada, monkeypatch, shared_pcs.PASSWORD)
    draft = draft_from_template("一般起案", drafter=yamada.as_drafter(), today=None)
    draft.drafter.section = "総務局総務部総務課"
    draft.subject = "庁内会議室の予約方法の変更について"
    draft.body = draft.body.replace("1 目的\n", "1 目的　予約の一元化\n").replace("2 内容\n", "2 内容　予約システムの導入\n") \
        .replace("3 実施時期\n", "3 実施時期　令和6年7月\n")
    del draft.route.steps[1]
    draft.route.steps[0].name, draft.route.steps[0].staff_id = suzuki.name, suzuki.staff_id
    draft.route.steps[1].name, draft.route.steps[1].staff_id = sato.name, sato.staff_id
    drafter_pc.run(draft.draft_id).submit(draft, yamada)
    drafter_pc.sync()

    # the 係長's PC: its own app home and signed-in ID; the page connects to the shared folder
    suzuki_pc = shared_pcs.PC(tmp_path, server, folder, suzuki, monkeypatch, shared_pcs.PASSWORD)
    app_context.settings.set("cloud_endpoint", server.endpoint)
    app_context.settings.set("approval_shared_folder", folder)
    page = create_page(app_context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.circulation is not None and page.circulation.desk.staff == suzuki_pc.desk.staff
    page.route_panel.confirm = lambda title, text: True
    page.tabs.setCurrentIndex(3)
    wait_job(qtbot, page.inbox.sync_now())
    inbox = page.inbox
    assert inbox.table.rowCount() == 1
    assert inbox.table.item(0, 0).text() == "決裁待ち" and inbox.table.item(0, 1).text() == draft.subject
    assert "決裁待ち: 1 件" in inbox.note.text()
    if __import__("os").environ.get("TOSEI_APPROVAL_SHOT"):
        page.grab().save(__import__("os").environ["TOSEI_APPROVAL_SHOT"])

    inbox.table.setFocus()
    inbox.table.setCurrentCell(0, 1)
    qtbot.keyClick(inbox.table, Qt.Key.Key_Return)                 # Enter opens it (as a double-click does)
    assert page.draft.draft_id == draft.draft_id and page.form.subject.text() == draft.subject
    assert page.form.subject.isReadOnly(), "a circulating draft opens read-only"
    panel = page.route_panel
    assert panel.approve_button.isEnabled() and not panel.withdraw_button.isEnabled()
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.circulation.unsent(), timeout=30000)     # delivered by the sync job
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 1 and inbox.table.item(0, 0).text() == "回付中", timeout=30000)
    drafter_pc.sync()
    run = drafter_pc.run(draft.draft_id)
    assert run.state().current == 1 and run.events()[-1].actor == suzuki.staff_id
    page.shutdown()


def test_page_verifies_a_signed_pdf_against_the_bureau_ca(qtbot, app_context, tmp_path):
    from desktop.services.approval import pades
    from desktop.services.approval.model import RouteStep
    from desktop.services.approval.route_state import RunState
    from desktop.services.approval.signing import load_signer
    from desktop.services.approval.staff import Staff
    from desktop.ui.approval import create_page

    ca = shared_pcs.TestCA(tmp_path / "ca")
    yamada, suzuki = Staff("s1000001", "山田太郎"), Staff("s2000011", "鈴木一郎")
    state = RunState(status="in_progress", round=1, drafter_id=yamada.staff_id, drafter_name=yamada.name,
                     subject="庁内会議室の予約方法の変更について",
                     steps=[RouteStep(kind="回議", level="課長", name=suzuki.name, staff_id=suzuki.staff_id,
                                      decider=True)])
    slots = pades.slots(state)
    base = pades.add_kessai_page(None, state, tmp_path / "base.pdf")
    pades.sign_slot(base, tmp_path / "v1.pdf", load_signer(ca.issue(yamada, "a"), "a"), slots[0], action="起案",
                    field_name="Sig-a")
    signed = pades.sign_slot(tmp_path / "v1.pdf", tmp_path / "起案書.pdf", load_signer(ca.issue(suzuki, "b"), "b"),
                             slots[1], action="決裁", field_name="Sig-b")
    app_context.settings.set("approval_ca_file", str(ca.pem))
    page = create_page(app_context)
    qtbot.addWidget(page)
    wait_job(qtbot, page.verify_file(signed))
    assert "正しく検証されました" in page.message.text() and "PDF の署名 2 件" in page.message.text()
    data = bytearray(signed.read_bytes())
    data[len(data) // 3] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    wait_job(qtbot, page.verify_file(changed))
    assert "問題があります" in page.message.text() and "changed" in page.message.text()
    page.shutdown()
