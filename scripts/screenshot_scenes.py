"""The scenes of scripts/screenshots.py: each opens one page or dialog with sample data and takes its shot.
GUI thread only; every scene leaves the window as it found it (dialogs closed)."""
from __future__ import annotations

import shutil
from pathlib import Path



def centred(dialog, window) -> None:
    """Where a window manager would put a dialog: centred over the main window, inside the screen."""
    dialog.adjustSize() if dialog.width() < 50 else None
    screen = window.screen().geometry()
    geo = dialog.frameGeometry()
    geo.moveCenter(window.geometry().center())
    x = max(screen.left(), min(geo.left(), screen.right() - geo.width() + 1))
    y = max(screen.top(), min(geo.top(), screen.bottom() - geo.height() + 1))
    dialog.move(x, y)


def home(s, window) -> None:
    page = window.open_page("home")
    done = []
    page.refreshed.connect(lambda: done.append(True))
    page.refresh() if hasattr(page, "refresh") else None
    for _ in range(100):                       # the day's summary is read on a pool thread
        if done:
            break
        s.settle(100)
    s.shot("home")


def minutes(s, window) -> None:
    from scripts.screenshots import sample_transcript

    page = window.open_page("minutes")
    page.show_transcript(sample_transcript())
    page.file_label.setText("C:/Users/yamada/Documents/議事録/第3回デジタル推進連絡会議.m4a")
    s.shot("minutes")
    window.export_notice.show_paths([Path.home() / "Documents" / "ToseiDesk" / "議事録" / "第3回デジタル推進連絡会議_議事録.docx"])
    s.shot("minutes-export-notice")
    window.export_notice.hide()


def forms(s, window) -> None:
    page = window.open_page("forms")
    _sample_form(window)
    review = page.review
    review.reload_templates() if hasattr(review, "reload_templates") else None
    index = review.template_combo.findText("児童手当口座振替申請書")
    if index >= 0:
        review.template_combo.setCurrentIndex(index)
    for _ in range(100):
        if len(review.rows) >= 17:
            break
        s.settle(100)
    s.settle(600)      # the rows' heights settle after their first layout
    s.shot("forms-review")
    page.tabs.setCurrentIndex(1)
    s.shot("forms-template-editor")
    page.tabs.setCurrentIndex(0)


def _sample_form(window) -> None:
    from benchmarks.forms_eval.generate import generate
    from desktop.services.forms.extract import extract_batch
    from desktop.services.forms.review_store import ReviewStore
    from desktop.services.forms.template import user_templates_dir

    out = Path(window.ctx.settings.work_folder()).parent / "forms-eval"
    truth = generate(out, 1, seed=11, conditions=("clean",), layouts_wanted=["kyufu"])
    shutil.copytree(out / "templates" / "kyufu", user_templates_dir() / "kyufu", dirs_exist_ok=True)
    batch = extract_batch(str(user_templates_dir() / "kyufu" / "template.json"), [str(out / "pages" / truth[0]["file"])])
    rec = batch.records[0]
    addr = rec.field("住所")
    if addr.char_conf and len(addr.char_conf) > 3:     # one doubtful character, as on a FAX
        addr.char_conf[3] = 0.41
        addr.alts[3] = "ー"
        addr.confidence = 0.41
    ReviewStore().add_batch(batch)


def send(s, window) -> None:
    page = window.open_page("send")
    compose = page.compose
    compose.add_recipient("tanaka-hanako@kensetsu.metro.tokyo.lg.jp", "田中花子（建設局総務課）")
    compose.add_recipient("info@tokyo-kensetsu-kyokai.or.jp", "東京建設協会 事務局")
    compose.subject.setText("令和6年度 第3回連絡会議 資料の送付について")
    compose.body.setPlainText("関係各位\n\nお世話になっております。総務局総務部総務課の山田です。\n"
                              "12月4日開催の連絡会議の資料を送付いたします。ご確認のほど、よろしくお願いいたします。")
    work = Path(window.ctx.settings.work_folder())
    for name in ("会議資料_第3回.pdf", "出席者名簿.xlsx"):
        (work / name).write_bytes(b"%PDF-1.4\n" * 200)
        compose.add_attachment(work / name)
    s.shot("send-compose")
    from desktop.services.send.addresses import DomainPolicy
    from desktop.ui.send.confirm_dialog import ConfirmDialog

    dialog = ConfirmDialog([("tanaka-hanako@kensetsu.metro.tokyo.lg.jp", "田中花子（建設局総務課）"),
                            ("info@tokyo-kensetsu-kyokai.or.jp", "東京建設協会 事務局")],
                           ["会議資料_第3回.pdf", "出席者名簿.xlsx"], subject=compose.subject.text(),
                           policy=DomainPolicy(internal=("metro.tokyo.lg.jp",)), hold_seconds=30, link=False,
                           parent=window)
    dialog.show()
    centred(dialog, window)
    s.shot("send-confirm-dialog", dialog)
    dialog.close()
    page.tabs.setCurrentIndex(1)
    s.shot("send-directory")
    page.tabs.setCurrentIndex(0)


def approval(s, window) -> None:
    page = window.open_page("approval")      # imports the approval services (under the page import lock)
    from desktop.services.approval.staff import Staff

    yamada = Staff("s1000001", "山田太郎", "yamada-taro@section.metro.tokyo.lg.jp")
    page.staff_provider = lambda: yamada
    page.route_panel.staff_provider = lambda: yamada
    page.route_panel.confirm = lambda *_: True
    index = page.template_box.findText("一般起案")
    if index >= 0:
        page.template_box.setCurrentIndex(index)
    page.new_from_template(page.template_box.currentData(), autosave=False)
    form = page.form
    form.subject.setText("庁内会議室の予約方法の変更について")
    form.drafter_section.setText("総務局総務部総務課")
    form.drafter_phone.setText("21-345")
    form.body.setPlainText(form.body.toPlainText().replace("1 目的\n", "1 目的　会議室予約の一元化\n")
                           .replace("2 内容\n", "2 内容　予約システムの導入\n").replace("3 実施時期\n", "3 実施時期　令和7年4月\n"))
    editor = page.route_editor
    people = [("鈴木一郎", "s2000011"), ("佐藤次郎", "s2000012"), ("高橋三郎", "s2000013"), ("伊藤四郎", "s2000014")]
    steps = editor.steps()
    for step, (name, sid) in zip(steps, people):
        step.name, step.staff_id = name, sid
        if step.kind == "合議" and not step.member_ids:
            step.members, step.member_ids = ["財務課"], ["s2000015"]
    editor.set_steps(steps)
    page.revalidate()
    page.tabs.setCurrentIndex(0)
    s.shot("approval-draft")
    page.tabs.setCurrentIndex(1)
    editor.select_step(1)
    editor.add_group_button.click()            # a 合議 after the 課長代理, its details under the table
    editor.members_edit.setText("財務課長・法務課長")
    editor.members_edit.textEdited.emit("財務課長・法務課長")
    editor.member_ids_edit.setText("s3000001・s3000002")
    editor.member_ids_edit.textEdited.emit("s3000001・s3000002")
    s.shot("approval-route-editor")
    page.tabs.setCurrentIndex(2)
    page.route_panel.submit()
    page.route_panel.refresh()
    s.shot("approval-record")
    dialog = page.route_panel.open_signing_key()
    centred(dialog, window)
    s.shot("approval-signing-key-dialog", dialog)
    dialog.close()
    page.tabs.setCurrentIndex(3)
    s.shot("approval-inbox")
    page.tabs.setCurrentIndex(0)


def sync(s, window) -> None:
    page = window.open_page("sync")
    s.shot("sync")
    page.conflict_page.reload() if hasattr(page.conflict_page, "reload") else None
    page.tabs.setCurrentIndex(1)
    s.shot("sync-conflicts")
    page.tabs.setCurrentIndex(0)
    from desktop.ui.sync.signin_dialog import SignInDialog

    dialog = SignInDialog(None, window)
    dialog.show()
    centred(dialog, window)
    s.shot("sync-signin-dialog", dialog)
    dialog.close()


def signin_sso(s, window) -> None:
    from desktop.ui.signin.controller import signin_controller
    from desktop.ui.signin.dialog import SignInDialog

    window.open_page("home")
    dialog = SignInDialog(signin_controller(window.ctx), window,
                          large=bool(window.ctx.settings.get("meeting_room_mode")))
    dialog.show()
    centred(dialog, window)
    s.shot("signin-dialog", dialog)
    dialog.close()


def settings(s, window) -> None:
    window.open_page("settings")
    s.shot("settings")


def help_guide(s, window) -> None:
    window.open_page("home")
    guide = window.show_guide("minutes")
    guide.show()
    centred(guide, window)
    s.shot("help-guide", guide)
    guide.close()


SCENES = [("home", home), ("minutes", minutes), ("forms", forms), ("send", send), ("approval", approval),
          ("sync", sync), ("signin", signin_sso), ("settings", settings), ("help", help_guide)]
