"""Issue 12, items 7 and 8 (export notice): files dragged from Explorer onto each page that takes files are
opened by it, files of the wrong kind are named in the status bar, and an export ends with a notice whose
「ファイルを開く」「フォルダを開く」 open the file and its folder."""
from __future__ import annotations

import wave
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit


def drag_files(widget, paths: list[Path]) -> bool:
    """Drop ``paths`` on ``widget`` as Explorer does (enter, then drop); True if the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def write_wav(path: Path, seconds: float = 1.0) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * int(16000 * seconds))
    return path


def stop_jobs(window, qtbot) -> None:
    window.ctx.jobs.cancel_all()
    qtbot.waitUntil(lambda: not window.ctx.jobs.active, timeout=20000)


def test_a_recording_dropped_on_minutes_is_opened(window, qtbot, tmp_path):
    page = window.open_page("minutes")
    audio = write_wav(tmp_path / "定例会議.wav")
    assert drag_files(page, [audio])
    assert page.audio_path == audio
    assert "定例会議.wav" in page.file_label.text()
    stop_jobs(window, qtbot)


def test_a_file_of_the_wrong_kind_is_refused_with_a_message(window, qtbot, tmp_path):
    page = window.open_page("minutes")
    doc = tmp_path / "資料.docx"
    doc.write_bytes(b"PK")
    assert not drag_files(page, [doc])      # the drag is refused: the cursor shows it cannot drop
    audio = write_wav(tmp_path / "録音.wav")
    assert drag_files(page, [doc, audio])   # a mix: the recording opens, the document is named
    assert page.audio_path == audio
    assert "資料.docx" in window.statusBar().currentMessage()
    stop_jobs(window, qtbot)


def test_a_file_dropped_on_a_text_field_is_not_pasted_as_text(window, qtbot, tmp_path):
    page = window.open_page("send")
    field = next(e for e in page.compose.findChildren(QLineEdit) if e.isVisibleTo(page))
    before = field.text()
    attachment = tmp_path / "案内.pdf"
    attachment.write_bytes(b"%PDF-1.4\n")
    assert field.acceptDrops()  # a text field would paste the path of a dropped file
    assert drag_files(field, [attachment])
    assert field.text() == before
    assert attachment in page.compose.attachment_list()


def test_attachments_dropped_on_send_are_attached(window, qtbot, tmp_path):
    page = window.open_page("send")
    page.tabs.setCurrentWidget(page.log_tab)
    files = [tmp_path / "案内.pdf", tmp_path / "名簿.xlsx"]
    for f in files:
        f.write_bytes(b"data")
    assert drag_files(page, files)
    assert page.tabs.currentWidget() is page.compose
    assert page.compose.attachment_list()[-2:] == files


def test_attachments_dropped_on_approval_are_attached(window, qtbot, tmp_path):
    page = window.open_page("approval")
    attachment = tmp_path / "見積書.pdf"
    attachment.write_bytes(b"%PDF-1.4\n" + b"x" * 1000)
    assert drag_files(page, [attachment])
    qtbot.waitUntil(lambda: any(Path(a.path).name == "見積書.pdf" for a in page.form.attachments), timeout=10000)


def test_scans_dropped_on_forms_are_read(window, qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage

    page = window.open_page("forms")
    page.tabs.setCurrentIndex(1)
    scan = tmp_path / "申請書.png"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(scan))
    assert page.review.current_template() is not None, "a bundled template is chosen"
    assert drag_files(page, [scan])
    assert page.tabs.currentWidget() is page.review
    assert any(job.title == "申請書の読み取り" for job in window.ctx.jobs.active)
    stop_jobs(window, qtbot)


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_an_export_ends_with_open_file_and_open_folder(window, qtbot, tmp_path):
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")  # what the desktop would be asked to open
    try:
        page = window.open_page("approval")
        page.form.subject.setText("備品購入について")
        out = tmp_path / "起案.docx"
        handle = page.export_to(out)
        qtbot.waitUntil(lambda: handle.done, timeout=20000)
        notice = window.export_notice
        assert notice.isVisible()
        assert "起案.docx" in notice.label.text() or "起案" in notice.label.text()
        assert notice.open_file_button.text() == "ファイルを開く"
        assert notice.open_folder_button.text() == "フォルダを開く"
        qtbot.mouseClick(notice.open_file_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(notice.open_folder_button, Qt.MouseButton.LeftButton)
        opened = [Path(u.toLocalFile()) for u in recorder.urls]
        assert opened[0].parent == tmp_path and opened[0].suffix in (".docx", ".json", ".pdf")
        assert opened[1] == tmp_path
        window.set_language("en")
        assert notice.open_file_button.text() == "Open file"
        qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
        assert not notice.isVisible()
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_the_cover_sheet_preview_ends_with_the_notice(window, qtbot):
    page = window.open_page("send")
    c = page.compose
    c.add_recipient("sato@city.shinjuku.example.jp", "佐藤 花子")
    c.subject.setText("資料の送付について")
    c.body.setPlainText("資料を送付いたします。")
    qtbot.mouseClick(c.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(c, "last_preview", None) is not None, timeout=20000)
    notice = window.export_notice
    assert notice.isVisible() and notice.paths[0] == c.last_preview[0]
    assert c.last_preview[0].name in notice.label.text() or notice.label.toolTip()


def test_an_outlook_attachment_dropped_on_approval_is_kept_and_attached(window, qtbot):
    """Outlook offers no file on disk, only the name and the bytes (Windows clipboard formats)."""
    import struct

    from desktop.services.common.dropped_files import FILE_DESCRIPTOR_SIZE, FILE_NAME_OFFSET
    from desktop.ui.widgets.file_drop import VIRTUAL_CONTENTS, VIRTUAL_NAMES

    record = bytearray(FILE_DESCRIPTOR_SIZE)
    name = "見積書.pdf".encode("utf-16-le")
    record[FILE_NAME_OFFSET:FILE_NAME_OFFSET + len(name)] = name
    mime = QMimeData()
    mime.setData(VIRTUAL_NAMES, struct.pack("<I", 1) + bytes(record))
    mime.setData(VIRTUAL_CONTENTS, b"%PDF-1.4\n" + b"x" * 500)
    page = window.open_page("approval")
    centre = page.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(page, QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: any(Path(a.path).name == "見積書.pdf" for a in page.form.attachments), timeout=10000)
    kept = next(Path(a.path) for a in page.form.attachments if Path(a.path).name == "見積書.pdf")
    assert kept.read_bytes().startswith(b"%PDF-1.4")


def test_a_minutes_export_ends_with_the_notice(window, qtbot, tmp_path):
    from desktop.services.minutes.transcript import MinutesMeta, Segment, Transcript

    page = window.open_page("minutes")
    page.show_transcript(Transcript([Segment(0.0, 2.0, "開会します。", "話者1")], "ja", 2.0,
                                    meta=MinutesMeta(title="定例会")))
    out = tmp_path / "定例会.txt"
    handle = page.export_to(out, "txt")
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    assert out.is_file()
    notice = window.export_notice
    assert notice.isVisible() and notice.paths == [out]
