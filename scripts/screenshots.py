"""Screenshots of every page and the main dialogs, for a person to look at (not a test).

Runs Qt's offscreen platform on a virtual screen of the given size (no X server needed), fills each tool with
realistic sample data in a private TOSEI_DESK_HOME, and saves one PNG per page/dialog: the screen as a clerk sees
it (the main window where it is, any dialog painted over it at its own position; what lies off the screen is cut,
as on a real screen). A line per shot on stdout gives the window's and the page's sizes, so a window wider than
the screen or a page that scrolls sideways shows in the numbers too.

Usage (from the repository root)::

    PYTHONPATH=$PWD .venv/bin/python scripts/screenshots.py --size 1366x768 --lang ja [--meeting] --out DIR
    PYTHONPATH=$PWD .venv/bin/python scripts/screenshots.py --all --out docs/screenshots

``--all`` runs the standard set (1366×768 and 1920×1080, normal and 会議室モード, Japanese; English at both sizes
in normal mode and at 1366×768 in 会議室モード), each in its own process.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

STANDARD = [("1366x768", "ja", False), ("1366x768", "ja", True), ("1920x1080", "ja", False),
            ("1920x1080", "ja", True), ("1366x768", "en", False), ("1366x768", "en", True),
            ("1920x1080", "en", False)]
TASKBAR_PX = 40     # a normal (maximized) window leaves the Windows taskbar and its own title bar visible
TITLEBAR_PX = 30


def run_all(out: Path, only: list[str]) -> int:
    failed = 0
    for size, lang, meeting in STANDARD:
        cmd = [sys.executable, __file__, "--size", size, "--lang", lang, "--out", str(out)]
        if meeting:
            cmd.append("--meeting")
        cmd += [a for name in only for a in ("--only", name)]
        print("==>", " ".join(cmd[2:]), flush=True)
        failed += subprocess.call(cmd) != 0
    return failed


def sample_home(home: Path) -> None:
    """Sample data every page shows: a conflict in the work folder, sent mail, a saved meeting."""
    work = home / "work"
    work.mkdir(parents=True, exist_ok=True)
    (work / "会議資料").mkdir(exist_ok=True)
    (work / "会議資料" / "令和6年度 予算要求資料.xlsx").write_bytes(b"server version")
    (work / "会議資料" / "令和6年度 予算要求資料（競合 2026-12-04 1530 SOUMU-PC012）.xlsx").write_bytes(b"mine")
    (work / "打合せメモ.txt").write_text("この端末で編集した版", encoding="utf-8")
    (work / "打合せメモ（競合 2026-12-03 0915 SOUMU-PC012）.txt").write_text("別の版", encoding="utf-8")


def sample_transcript():
    from desktop.services.minutes.transcript import MinutesMeta, Segment, Transcript

    lines = [
        ("司会", "それでは定刻になりましたので、第3回デジタル推進連絡会議を開会いたします。"),
        ("司会", "本日の議題は、ペーパーレス会議の全庁展開と、電子決裁率の向上の二点です。"),
        ("山田課長", "まずペーパーレス会議について、各局の実施状況を報告いたします。前回から12局が新たに対応しました。"),
        ("鈴木係長", "会議室のタッチディスプレイは、本庁舎で48台、出先機関で20台の設置が完了しています。"),
        ("山田課長", "電子決裁率は、10月末時点で98.2パーセントです。残りは紙の添付資料がある案件です。"),
        ("佐藤主任", "添付資料の電子化については、スキャナの追加配備を来年度予算で要求する予定です。"),
        ("司会", "ありがとうございます。ご質問、ご意見はございますか。"),
        ("鈴木係長", "出先機関では通信環境が弱い場所があるので、オフラインでも使えることを確認してください。"),
        ("山田課長", "承知しました。次回までに確認結果を報告します。"),
        ("司会", "それでは、本日の決定事項を確認して閉会といたします。"),
    ]
    segments, t = [], 3.0
    for speaker, text in lines:
        length = 2.0 + len(text) / 7.5
        segments.append(Segment(start=t, end=t + length, text=text, speaker=speaker))
        t += length + 0.8
    meta = MinutesMeta(title="第3回デジタル推進連絡会議", datetime="2026年12月4日 14:00〜15:00", place="第一本庁舎 7階 会議室A",
                       attendees=["山田課長", "鈴木係長", "佐藤主任", "田中主事"], author="田中主事",
                       agenda=["ペーパーレス会議の全庁展開", "電子決裁率の向上"],
                       decisions=["出先機関のオフライン利用を確認する（担当: 鈴木係長）", "スキャナ追加配備を予算要求する"],
                       next_meeting="2027年1月15日 14:00")
    return Transcript(segments=segments, language="ja", duration=t, source="第3回デジタル推進連絡会議.m4a",
                      model="small", meta=meta)


def compress(path: Path) -> None:
    """A 256-colour palette (no dithering): UI pictures stay sharp at about 40 % of the size."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as im:
        small = im.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


class Shooter:
    def __init__(self, app, window, out: Path, tag: str, log: list[dict]) -> None:
        self.app, self.window, self.out, self.tag, self.log = app, window, out, tag, log

    def settle(self, ms: int = 150) -> None:
        """Let layouts, timers and short jobs (the home page's day summary) finish, up to 10 s."""
        import time

        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.monotonic() + 10
        while True:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()
            if not self.window.ctx.jobs.active or time.monotonic() > deadline:
                return

    def shot(self, name: str, *dialogs) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtGui import QColor, QPainter, QPixmap
        from PySide6.QtWidgets import QAbstractScrollArea

        self.settle()
        screen = self.window.screen().geometry()
        canvas = QPixmap(screen.size())
        canvas.fill(QColor("#1f2a36"))   # the desktop behind a window that does not fill the screen
        painter = QPainter(canvas)
        painter.drawPixmap(self.window.geometry().topLeft() - screen.topLeft(), self.window.grab())
        for d in dialogs:
            if d is not None and d.isVisible():
                painter.drawPixmap(d.geometry().topLeft() - screen.topLeft(), d.grab())
        painter.end()
        path = self.out / f"{name}-{self.tag}.png"
        canvas.save(str(path), "PNG", 9)
        compress(path)
        page = self.window.stack.currentWidget()
        sideways = [f"{type(a).__name__}:{a.objectName()}" for a in self.window.findChildren(QAbstractScrollArea)
                    if a.isVisible() and a.horizontalScrollBar().isVisible()
                    and a.horizontalScrollBar().maximum() > 0]
        entry = {"shot": path.name, "window": [self.window.width(), self.window.height()],
                 "screen": [screen.width(), screen.height()],
                 "page_min": [page.minimumSizeHint().width(), page.minimumSizeHint().height()] if page else None,
                 "viewport": [self.window.page_scroll.viewport().width(), self.window.page_scroll.viewport().height()],
                 "page_scrolls": [self.window.page_scroll.horizontalScrollBar().maximum(),
                                  self.window.page_scroll.verticalScrollBar().maximum()],
                 "sideways_scroll": sideways,
                 "dialogs": [[d.objectName() or type(d).__name__, d.width(), d.height()] for d in dialogs if d]}
        self.log.append(entry)
        print(json.dumps(entry, ensure_ascii=False), flush=True)
        del Qt, QPoint


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="ja", choices=("ja", "en"))
    parser.add_argument("--meeting", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.all:
        return run_all(args.out, args.only)

    width, height = (int(v) for v in args.size.split("x"))
    config = Path(tempfile.mkdtemp(prefix="tosei-shots-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    home = config.parent / "home"
    os.environ["TOSEI_DESK_HOME"] = str(home)
    os.environ["TOSEI_DESK_POLICY"] = str(config.parent / "no-policy.toml")
    os.environ["HF_HUB_OFFLINE"] = "1"
    import keyring

    from tests.helpers.memory_keyring import MemoryKeyring  # the shots never touch the real store

    keyring.set_keyring(MemoryKeyring())
    sample_home(home)

    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from desktop.services.settings import Settings

    app = QApplication([sys.argv[0]])
    japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    for family in ("Yu Gothic UI", "Meiryo UI", "IPAexGothic", "Noto Sans CJK JP"):   # as desktop.ui.app does
        if family in japanese:
            app.setFont(QFont(family, max(app.font().pointSize(), 10)))
            break
    settings = Settings()
    settings.set("language", args.lang)
    settings.set("work_folder", str(home / "work"))
    settings.set("smtp_from", "yamada-taro@section.metro.tokyo.lg.jp")
    settings.set("smtp_host", "smtp.metro.tokyo.lg.jp")
    from desktop.ui.app import create_window

    window = create_window(settings)
    screen = app.primaryScreen().geometry()
    if args.meeting:
        window.show()
        window.set_meeting_room(True)
    else:   # maximized on a laptop: the taskbar and the title bar take their share of the height
        window.setGeometry(0, TITLEBAR_PX, screen.width(), screen.height() - TASKBAR_PX - TITLEBAR_PX)
        window.show()
    tag = f"{args.size}-{args.lang}" + ("-meeting" if args.meeting else "")
    log: list[dict] = []
    s = Shooter(app, window, args.out, tag, log)
    wanted = (lambda name: not args.only or name in args.only)

    from scripts import screenshot_scenes as scenes

    for name, scene in scenes.SCENES:
        if wanted(name):
            try:
                scene(s, window)
            except Exception as exc:  # one broken scene must not cost the rest of the set
                import traceback

                traceback.print_exc()
                print(json.dumps({"shot": f"{name}-{tag}", "error": repr(exc)}), flush=True)
    window.ctx.jobs.cancel_all()
    window.ctx.jobs.wait_for_done(10000)
    for page in window.pages.values():
        closer = getattr(page, "shutdown", None)
        if callable(closer):
            closer()
    (args.out / f"sizes-{tag}.json").write_text(json.dumps(log, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv[1:]))
