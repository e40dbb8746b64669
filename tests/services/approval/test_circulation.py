"""Circulation between PCs through a real WebDAV server (wsgidav on 127.0.0.1), each staff member on a PC of
their own (separate app homes): 提出 → 係長 approves on his PC → 課長 sends back → 再提出 → both approve →
the drafter sees 決裁済; authority, concurrent decisions, offline delivery and shared numbering."""
from __future__ import annotations

import threading
import uuid

import pytest

from desktop.services.approval import DRAFTER as TO_DRAFTER
from desktop.services.approval import RouteActionError, draft_from_template
from desktop.services.approval.shared_numbering import NumberingError, allocate_shared_number
from desktop.services.approval.staff import Staff

from .conftest import TODAY, fill_items
from .shared_pcs import PASSWORD, PC, USER, DavServer

YAMADA = Staff("s1000001", "山田太郎", "yamada@example.metro.tokyo.jp")
SUZUKI = Staff("s2000011", "鈴木一郎")        # 担当係長
SATO = Staff("s2000012", "佐藤次郎")          # 課長 (決定権者)
KEIRI = Staff("s2000021", "小林経理課長")
KEIYAKU = Staff("s2000022", "加藤契約課長")


@pytest.fixture(scope="module")
def dav_server(tmp_path_factory):
    server = DavServer(tmp_path_factory.mktemp("approval-dav"), USER, PASSWORD).start()
    yield server
    server.kill()


@pytest.fixture
def office(dav_server, tmp_path, monkeypatch):
    """PCs of one section sharing a fresh approval folder on the server."""
    folder = f"電子決裁-{uuid.uuid4().hex[:8]}"

    def pc(staff: Staff, **kw) -> PC:
        return PC(tmp_path, dav_server, folder, staff, monkeypatch, PASSWORD, **kw)
    pc.folder = folder
    pc.server = dav_server
    return pc


def two_step_draft(drafter: Staff):
    """係長 → 課長 (課長専決), with the persons named."""
    draft = draft_from_template("一般起案", drafter=drafter.as_drafter(), today=TODAY)
    draft.drafter.section = "総務局総務部総務課"
    draft.subject = "庁内会議室の予約方法の変更について"
    draft.body = fill_items(draft.body)
    del draft.route.steps[1]                              # no 課長代理 in this section
    draft.route.steps[0].name, draft.route.steps[0].staff_id = SUZUKI.name, SUZUKI.staff_id
    draft.route.steps[1].name, draft.route.steps[1].staff_id = SATO.name, SATO.staff_id
    return draft


def test_round_trip_between_three_pcs(office):
    yamada, suzuki, sato = office(YAMADA), office(SUZUKI), office(SATO)
    draft = two_step_draft(YAMADA)
    yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)
    assert yamada.sync().sent >= 3                         # draft.json, 起案書.docx, the 提出 event
    remote = office.server.root / office.folder / "回付" / draft.draft_id
    assert (remote / "r1" / "draft.json").is_file() and (remote / "r1" / "起案書.docx").is_file()

    suzuki.sync()
    assert [i.draft_id for i in suzuki.circ.inbox()] == [draft.draft_id]
    assert sato.circ.inbox() == [], "nothing has arrived on the 課長's PC before he syncs"
    sato.sync()
    assert sato.circ.inbox() == [], "not the 課長's turn yet"
    item = sato.circ.items()[0]
    assert item.status == "in_progress" and item.current_label == SUZUKI.name and not item.waiting_for_me

    # the drafter cannot approve the 係長's step, nor the 課長's
    with pytest.raises(RouteActionError) as info:
        yamada.run(draft.draft_id).approve(YAMADA)
    assert info.value.code == "approval.not_your_step"

    suzuki.run(draft.draft_id).approve(SUZUKI)
    suzuki.sync()
    yamada.sync()
    with pytest.raises(RouteActionError) as info:
        yamada.run(draft.draft_id).approve(YAMADA)
    assert info.value.code == "approval.not_your_step"
    sato.sync()
    assert [i.draft_id for i in sato.circ.inbox()] == [draft.draft_id]
    sato.run(draft.draft_id).send_back(TO_DRAFTER, "予約システムの費用を追記してください", SATO)
    sato.sync()

    yamada.sync()
    mine = yamada.circ.items()[0]
    assert mine.status == "returned" and mine.mine
    assert yamada.run(draft.draft_id).package().subject == draft.subject
    draft.body += "\n4 費用　年額120,000円\n"
    yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)
    yamada.sync()
    assert (remote / "r2" / "draft.json").is_file(), "the resubmission is a new package; r1 stays as history"

    suzuki.sync()
    suzuki.run(draft.draft_id).approve(SUZUKI)
    suzuki.sync()
    sato.sync()
    event = sato.run(draft.draft_id).approve(SATO)
    assert event.action == "decide"
    sato.sync()

    yamada.sync()
    run = yamada.run(draft.draft_id)
    assert yamada.circ.items()[0].status == "decided"
    assert [e.action for e in run.events()] == ["submit", "approve", "send_back", "resubmit", "approve", "decide"]
    assert [e.actor for e in run.events()] == [YAMADA.staff_id, SUZUKI.staff_id, SATO.staff_id, YAMADA.staff_id,
                                               SUZUKI.staff_id, SATO.staff_id]
    assert run.events()[0].state_hash != run.events()[3].state_hash, "the history shows both versions"
    assert run.replayed()[1] == []
    assert len(list((remote / "events").glob("*.json"))) == 6


def test_locked_content_while_circulating(office):
    yamada, suzuki = office(YAMADA), office(SUZUKI)
    draft = two_step_draft(YAMADA)
    yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)
    yamada.sync()
    draft.subject = "件名を回付中に書き換え"
    with pytest.raises(RouteActionError):
        yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)   # only after 取下げ / 差戻し
    # the package on the server is edited: the approver is refused, nothing is recorded
    package = office.server.root / office.folder / "回付" / draft.draft_id / "r1" / "draft.json"
    package.write_text(package.read_text(encoding="utf-8").replace("予約方法", "予約方法（改）"), encoding="utf-8")
    suzuki.sync()
    with pytest.raises(RouteActionError) as info:
        suzuki.run(draft.draft_id).approve(SUZUKI)
    assert info.value.code == "approval.package_changed"
    assert suzuki.run(draft.draft_id).unsent_events() == []
    # 取下げ, then a new 提出 restarts the route (visible in the history)
    yamada.run(draft.draft_id).withdraw(YAMADA, "件名を改めるため")
    yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)
    yamada.sync()
    suzuki.sync()
    state = suzuki.run(draft.draft_id).state()
    assert state.status == "in_progress" and state.current == 0 and state.round == 2
    assert suzuki.run(draft.draft_id).package().subject == "件名を回付中に書き換え"
    suzuki.run(draft.draft_id).approve(SUZUKI)


def test_two_consultation_members_deciding_at_the_same_moment_both_land(office):
    yamada, keiri, keiyaku = office(YAMADA), office(KEIRI), office(KEIYAKU)
    draft = two_step_draft(YAMADA)
    from desktop.services.approval import RouteStep

    draft.route.steps.insert(0, RouteStep(kind="合議", position="合議", level="課長", members=["経理課長", "契約課長"],
                                          member_ids=[KEIRI.staff_id, KEIYAKU.staff_id]))
    yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)
    yamada.sync()
    keiri.sync()
    keiyaku.sync()
    barrier = threading.Barrier(2)
    errors = []

    def decide(pc, staff):
        try:
            barrier.wait(10)
            pc.run(draft.draft_id).approve(staff)
            pc.sync()
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=decide, args=a) for a in ((keiri, KEIRI), (keiyaku, KEIYAKU))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    yamada.sync()
    state = yamada.run(draft.draft_id).state()
    assert sorted(state.consent[0]) == ["契約課長", "経理課長"] and state.current == 1
    assert [e.action for e in yamada.run(draft.draft_id).events()].count("consult_approve") == 2


def test_offline_decision_is_delivered_on_the_next_sync(office, tmp_path, monkeypatch):
    server = DavServer(tmp_path / "own-dav", USER, PASSWORD).start()
    try:
        folder = f"電子決裁-{uuid.uuid4().hex[:8]}"
        yamada = PC(tmp_path, server, folder, YAMADA, monkeypatch, PASSWORD)
        suzuki = PC(tmp_path, server, folder, SUZUKI, monkeypatch, PASSWORD)
        draft = two_step_draft(YAMADA)
        yamada.run(draft.draft_id).submit(draft, YAMADA, today=TODAY)
        yamada.sync()
        suzuki.sync()
        server.kill()                                       # the network is gone
        suzuki.run(draft.draft_id).approve(SUZUKI)          # decided offline: queued
        report = suzuki.circ.sync()
        assert report.offline and report.sent == 0 and len(suzuki.run(draft.draft_id).unsent_events()) == 1
        assert suzuki.circ.items()[0].unsent == 1
        assert suzuki.run(draft.draft_id).state().current == 1, "the 係長's own PC already shows his decision"
        server.start()
        assert suzuki.sync().sent == 1 and suzuki.run(draft.draft_id).unsent_events() == []
        yamada.sync()
        assert yamada.run(draft.draft_id).state().current == 1
        assert yamada.run(draft.draft_id).events()[-1].actor == SUZUKI.staff_id
        suzuki.sync()
        assert len(suzuki.run(draft.draft_id).events()) == 2, "delivered once, not duplicated"
    finally:
        server.kill()


def test_numbering_from_two_pcs_at_once_is_distinct(office):
    a, b = office(YAMADA), office(SUZUKI)
    got: dict[str, list[str]] = {"a": [], "b": []}
    barrier = threading.Barrier(2)
    errors = []

    def take(pc, key):
        try:
            client = pc.desk.connect()
            barrier.wait(10)
            for _ in range(6):
                got[key].append(allocate_shared_number(client, "総総", TODAY, staff_id=pc.staff.staff_id))
            client.close()
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=take, args=(a, "a")), threading.Thread(target=take, args=(b, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    numbers = got["a"] + got["b"]
    assert len(set(numbers)) == 12
    assert sorted(int(n[len("6総総第"):-1]) for n in numbers) == list(range(1, 13))
    client = a.desk.connect()
    assert allocate_shared_number(client, "総総", TODAY) == "6総総第13号", "never reused"
    client.close()


def test_numbering_offline_is_refused(office, tmp_path, monkeypatch):
    server = DavServer(tmp_path / "gone", USER, PASSWORD)   # never started
    pc = PC(tmp_path, server, "電子決裁", YAMADA, monkeypatch, PASSWORD)
    with pytest.raises(NumberingError) as info:
        allocate_shared_number(pc.desk.connect(), "総総", TODAY)
    assert info.value.code == "approval.numbering_offline"


def test_cli_numbers_from_the_shared_folder_when_it_is_set_up(office):
    from desktop.cli.approval import _number

    pc = office(YAMADA)
    pc.use()
    assert [_number("総総", TODAY, "d1"), _number("総総", TODAY, "d2")] == ["6総総第1号", "6総総第2号"]
    claims = sorted(p.name for p in (office.server.root / office.folder / "採番" / "総総" / "2024").glob("*.json"))
    assert claims == ["1.json", "2.json"]
