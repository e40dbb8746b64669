"""The 議事録 page: open a recording -> transcription job (progress, cancel) -> editor with player ->
metadata -> export (.docx/PDF/txt/srt/vtt/json; PDF through LibreOffice, cancellable). GUI thread only; Whisper runs in a child process via ctx.jobs.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QMenu, QMessageBox, QProgressBar, QScrollArea, QSizePolicy, QSplitter,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.services.minutes import autosave
from desktop.services.minutes.glossary import collect_full_glossary
from desktop.services.minutes.models import list_models
from desktop.services.minutes.transcribe import TranscribeOptions, transcribe_in_child
from desktop.services.minutes.transcript import MinutesMeta, Transcript
from desktop.ui.jobs import show_fraction
from desktop.ui.progress_text import translate_progress
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.file_drop import enable_file_drop
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.minutes.editor import TranscriptEditor, button
from desktop.ui.minutes.export_actions import ExportActions
from desktop.ui.minutes.meta_form import MetaForm
from desktop.ui.minutes.recorder import RecorderBar
from desktop.ui.minutes.texts import recording_time, translated
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)
AUDIO_FILTER = "*.wav *.mp3 *.m4a *.flac *.ogg *.opus *.aac *.wma *.mp4 *.mov *.mkv *.webm"
EXPORTS = ("docx", "pdf", "txt", "srt", "vtt", "json")


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"


class MinutesPage(Retranslating, ExportActions, QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("minutesPage")
        self.audio_path: Path | None = None
        self.job = None
        self.last_export: Path | None = None
        self._pending_audio: Path | None = None  # a recording to open once the running job ends
        self._build()
        self._autosave_timer = QTimer(self, singleShot=True, interval=800)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self.model.edited.connect(self._autosave_timer.start)
        self.meta_form.changed.connect(self._autosave_timer.start)
        self.retranslate()
        self._fill_models()
        self._update_actions()
        enable_file_drop(self, lambda paths: (self.open_saved if paths[0].suffix.lower() == ".json"
                                              else self.open_new_audio)(paths[0]),
                         suffixes=[s.lstrip("*") for s in AUDIO_FILTER.split()] + [".json"], multiple=False,
                         hint=lambda: self.tr("録音ファイル（または保存した文字起こし）をドロップして開く"))

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.open_button = button("minutesOpen", self.choose_file)
        self.open_saved_button = button("minutesOpenSaved", self.choose_saved)
        self.recent_button = QPushButton(objectName="minutesRecent")  # its menu's arrow is laid out, not overlaid
        self.recent_menu = QMenu(self.recent_button)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.recent_button.setMenu(self.recent_menu)
        self.model_combo = QComboBox(objectName="minutesModel")
        self.language_combo = QComboBox(objectName="minutesLanguage")
        for code in ("ja", "en", "auto"):
            self.language_combo.addItem(code, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            self.ctx.settings.get("transcribe_language"))))
        self.language_combo.setEnabled(not self.ctx.settings.is_locked("transcribe_language"))
        self.speakers_combo = QComboBox(objectName="minutesSpeakers")
        for n in (0, 1, 2, 3, 4, 5, 6, 8, 10):  # 0: estimate; 1: no separation
            self.speakers_combo.addItem(str(n), n)
        self.transcribe_button = button("minutesTranscribe", self._transcribe_clicked)
        self.model_label, self.language_label, self.speakers_label = QLabel(), QLabel(), QLabel()
        self.file_label = ElidedLabel(objectName="minutesFile", max_chars=80)  # which recording is open
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_label = QLabel(objectName="minutesNotice", wordWrap=True)  # warnings of the last run
        self.notice_label.setStyleSheet("color: #8a4b00;")
        self.notice_label.hide()
        self.recorder = RecorderBar(self)
        self.recorder.recorded.connect(self._recording_finished)
        self.recorder.started.connect(self._recording_started)
        self.captions_button = button("minutesCaptions", self.start_captions)
        self.captions_window = None
        self.captions_job = None
        top = FlowLayout()  # wraps instead of widening the window (1366 px, 会議室モード)
        for w in (self.open_button, self.open_saved_button, self.recent_button, self.recorder, self.captions_button,
                  self.model_label,
                  self.model_combo,
                  self.language_label, self.language_combo, self.speakers_label, self.speakers_combo,
                  self.transcribe_button):
            top.addWidget(w)
        top.addStretch(1)

        self.progress = QProgressBar(objectName="minutesProgress")
        self.progress_label = QLabel()
        self.cancel_button = button("minutesCancel", self.cancel_job)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()

        self.editor = TranscriptEditor(self)
        self.editor.decisions_picked.connect(lambda texts: [self.meta_form.add_decision(t) for t in texts])
        self.editor.status.connect(self.ctx.status)
        # shortcuts used by the page and tests
        self.model, self.undo_stack = self.editor.model, self.editor.undo_stack
        self.table, self.player = self.editor.table, self.editor.player

        self.meta_form = MetaForm()
        # export: a compact grid pinned under the scrolling form, so that it is always on screen (meeting-room
        # mode's large type made the form taller than a 1080p screen, and the buttons needed scrolling)
        self.export_box = QGroupBox(objectName="minutesExportBox")
        export_layout = QGridLayout(self.export_box)
        self.times_check = QCheckBox(objectName="minutesWithTimes", checked=True)
        export_layout.addWidget(self.times_check, 0, 0, 1, 2)
        self.export_buttons = {}
        for i, fmt in enumerate(EXPORTS):  # two formats a row, short labels (the box title says 書き出し)
            b = button(f"minutesExport_{fmt}", lambda _=False, f=fmt: self.choose_export(f))
            b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # columns share the width
            self.export_buttons[fmt] = b
            export_layout.addWidget(b, 1 + i // 2, i % 2)
        self.suggest_button = button("minutesSuggest", self.review_suggestions)
        self.approval_button = button("minutesToApproval", self.start_approval)
        self.send_button = button("minutesToSend", self.send_last_export)
        # the two hand-offs share a row, the suggestions sit under the form: the page fits 1366×768 in 会議室モード
        row = 1 + (len(EXPORTS) + 1) // 2
        export_layout.addWidget(self.approval_button, row, 0)
        export_layout.addWidget(self.send_button, row, 1)
        export_layout.setColumnStretch(0, 1)
        export_layout.setColumnStretch(1, 1)
        self.meta_form.decisions.textChanged.connect(self._update_actions)
        form_holder = QWidget()
        form_layout = QVBoxLayout(form_holder)
        form_layout.addWidget(self.meta_form)
        form_layout.addWidget(self.suggest_button)   # it fills 決定事項 and ToDo: under the form, not an export
        form_layout.addStretch(1)
        scroll = QScrollArea(objectName="minutesMetaScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_holder)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(scroll, 1)
        side_layout.addWidget(self.export_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 400])
        self.heading = QLabel(objectName="pageHeading")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.file_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.progress_box)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("議事録"))
        texts = {
            self.open_button: (self.tr("録音ファイルを開く…"), self.tr("録音ファイルを開いて文字起こし")),
            self.open_saved_button: (self.tr("保存した文字起こしを開く…"), self.tr("保存した文字起こしを開く")),
            self.transcribe_button: (self.tr("文字起こし"), self.tr("文字起こしを開始")),
            self.captions_button: (self.tr("ライブ字幕"), self.tr("録音中の音声をライブ字幕で表示")),
            self.cancel_button: (self.tr("中止"), self.tr("文字起こしを中止")),
            self.times_check: (self.tr("時間を含める"), self.tr("書き出しに時間を含める")),
        }
        for widget, (text, name) in texts.items():
            widget.setText(text)
            widget.setAccessibleName(name)
        labels = {"docx": self.tr("議事録を書き出す（Word）"), "pdf": self.tr("議事録を書き出す（PDF）"), "txt": self.tr("テキストを書き出す"),
                  "srt": self.tr("字幕 SRT を書き出す"), "vtt": self.tr("字幕 VTT を書き出す"),
                  "json": self.tr("JSON を書き出す（単語・話者付き）")}
        short = {"docx": self.tr("Word"), "pdf": self.tr("PDF"), "txt": self.tr("テキスト"), "srt": self.tr("字幕 SRT"),
                 "vtt": self.tr("字幕 VTT"), "json": self.tr("JSON（単語・話者付き）")}
        for fmt, b in self.export_buttons.items():
            b.setText(short[fmt])
            b.setAccessibleName(labels[fmt])  # the full action for screen readers, and as a tooltip
            b.setToolTip(labels[fmt])
        self.export_box.setTitle(self.tr("書き出し"))
        for b, text in ((self.suggest_button, self.tr("決定事項・ToDo の候補を確認…")),
                        (self.approval_button, self.tr("決定事項から起案する")),
                        (self.send_button, self.tr("書き出したファイルを送信する"))):
            b.setText(text)
            b.setAccessibleName(text)
        self.recent_button.setText(self.tr("最近の会議"))
        self.recent_button.setAccessibleName(self.tr("最近の会議の文字起こしを開く"))
        self.recent_button.setToolTip(self.tr("最近の会議の文字起こしを開く"))
        self.model_label.setText(self.tr("モデル"))
        self.language_label.setText(self.tr("言語"))
        self.speakers_label.setText(self.tr("話者"))
        self.speakers_combo.setAccessibleName(self.tr("話者の人数"))
        self.speakers_combo.setToolTip(self.tr("声で話者を聞き分けます（ステレオ録音で左右の声が違えば左右で分けます）"))
        for i in range(self.speakers_combo.count()):
            n = self.speakers_combo.itemData(i)
            self.speakers_combo.setItemText(i, self.tr("自動（人数を推定）") if n == 0 else
                                            self.tr("1人（分けない）") if n == 1 else self.tr("{n}人").format(n=n))
        self.model_combo.setAccessibleName(self.tr("文字起こしモデル"))
        self.language_combo.setAccessibleName(self.tr("録音の言語"))
        for i, text in enumerate((self.tr("日本語"), self.tr("英語"), self.tr("自動判定"))):
            self.language_combo.setItemText(i, text)
        self.progress.setAccessibleName(self.tr("文字起こしの進み具合"))
        self._model_texts()
        self.captions_button.setToolTip(self.tr("録音中に使えます（「マイクで録音」を押してから）"))
        self._show_file_name()


    def _show_file_name(self) -> None:
        if self.audio_path is None:
            self.file_label.setText(self.tr("録音ファイルを開くか、マイクで録音してください。"))
        else:
            self.file_label.setText(self.tr("録音: {name}").format(name=self.audio_path.name))
        self.file_label.setToolTip(str(self.audio_path) if self.audio_path else "")
        self.file_label.setAccessibleName(self.file_label.text())

    def _model_texts(self) -> None:
        """Model picker entries: name, languages, size (in the UI language)."""
        for m in getattr(self, "_models", []):
            i = self.model_combo.findData(m.name)
            if i >= 0:
                lang = self.tr("多言語") if m.multilingual else self.tr("英語のみ")
                self.model_combo.setItemText(i, self.tr("{name}（{languages}、{size} MB）").format(
                    name=m.name, languages=lang, size=f"{m.size_bytes / 1e6:.0f}"))

    def stage_texts(self) -> dict[str, str]:
        """The transcription service's stage messages (plain English for the CLI and log) in the UI language."""
        return {"loading model": self.tr("モデルを読み込んでいます…"), "reading audio": self.tr("音声を読み込んでいます…"),
                "done": self.tr("完了"), "speakers": self.tr("話者を聞き分けています…"),
                "sending to server": self.tr("文字起こしサーバーに送信しています…"), "processed": self.tr("{done} / {total} を処理しました")}

    def _fill_models(self) -> None:
        settings = self.ctx.settings
        wanted = settings.get("whisper_model")
        try:
            models = list_models(settings.get("model_dir") or None)
        except Exception:  # a broken model folder must not break the page
            log.exception("listing models failed")
            models = []
        self._models = models
        for m in models:
            self.model_combo.addItem(m.name, m.name)
        self._model_texts()
        if self.model_combo.findData(wanted) < 0:
            self.model_combo.addItem(wanted, wanted)
        self.model_combo.setCurrentIndex(self.model_combo.findData(wanted))
        self.model_combo.setEnabled(not settings.is_locked("whisper_model"))

    def _update_actions(self) -> None:
        has = self.model.rowCount() > 0
        busy = self.job is not None
        for b in self.export_buttons.values():
            b.setEnabled(has)
        if hasattr(self, "suggest_button"):
            self.suggest_button.setEnabled(has)
        if hasattr(self, "approval_button"):
            self.approval_button.setEnabled(bool(self.meta_form.meta().decisions))
            self.send_button.setEnabled(self.last_export is not None and self.last_export.exists())
        self.editor.update_actions()
        self.transcribe_button.setEnabled(self.audio_path is not None and not busy)
        self.captions_button.setEnabled(self.recorder.recording and self.captions_job is None)
        self.open_button.setEnabled(not busy)
        # the choice is read when a transcription starts: changing it mid-job would do nothing
        self.model_combo.setEnabled(not busy and not self.ctx.settings.is_locked("whisper_model"))
        self.language_combo.setEnabled(not busy and not self.ctx.settings.is_locked("transcribe_language"))
        self.speakers_combo.setEnabled(not busy)
        self.open_saved_button.setEnabled(not busy)  # its result would be replaced when the job ends
        self.recent_button.setEnabled(not busy)

    # ------------------------------------------------------------------ transcription
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("録音ファイルを開く"), str(self.ctx.work_folder()),
                                              self.tr("音声・動画") + f" ({AUDIO_FILTER});;" + self.tr("すべて") + " (*)")
        if path:
            self.open_new_audio(path)

    def open_new_audio(self, path: str | Path) -> None:
        """A recording chosen or dropped by the user: a new meeting (empty form), unless a job runs (then it
        is opened after it, as before)."""
        if self.job is None and (self.audio_path is None or Path(path) != self.audio_path):
            self.new_meeting()
        self.open_audio(path)

    def new_meeting(self) -> None:
        """Start a new meeting: the current one is autosaved, then the transcript and the 議事録 form are
        emptied, so the next recording never inherits the last meeting's 会議名, 日時, 出席者 or 決定事項."""
        if self.job is not None:
            return
        self.autosave_now()
        self.editor.set_transcript(Transcript())
        self.meta_form.set_meta(MinutesMeta())
        self.last_export = None
        self._update_actions()

    def _recording_started(self, _path) -> None:
        self.new_meeting()  # what is typed while recording belongs to the new meeting and is kept
        self._update_actions()

    def fill_recent_menu(self) -> None:
        """最近の会議: the latest autosaved transcripts by 会議名 and 日時, newest first."""
        self.recent_menu.clear()
        meetings = autosave.recent_meetings()
        if not meetings:
            self.recent_menu.addAction(self.tr("（まだありません）")).setEnabled(False)
            return
        for m in meetings:
            name = m.title or Path(m.source).stem or m.path.stem
            when = m.datetime or time.strftime("%Y-%m-%d %H:%M", time.localtime(m.saved))
            action = self.recent_menu.addAction(self.tr("{title}（{when}、{n} 件）").format(
                title=name, when=when, n=m.segments))
            action.setToolTip(m.source)
            action.triggered.connect(lambda _=False, p=m.path: self.open_saved(p))

    def open_audio(self, path: str | Path) -> None:
        """Load ``path`` in the player; restore its autosaved edit if there is one, else transcribe it.
        While another transcription runs (e.g. a recording stopped meanwhile) it is opened after that one."""
        if self.job is not None:
            self._pending_audio = Path(path)
            self.ctx.status(self.tr("実行中の文字起こしが終わったら {name} を開きます。").format(name=Path(path).name))
            return
        self.audio_path = Path(path)
        self._show_file_name()
        self.player.load(self.audio_path)
        saved = autosave.load(str(self.audio_path))
        if saved is not None and saved.segments:
            self.show_transcript(saved)
            self.ctx.status(self.tr("前回の編集内容を復元しました。"))
        else:
            self.start_transcription()
        self._update_actions()

    def start_captions(self) -> None:
        """Live captions of the recording in progress, in a large window (meeting-room display)."""
        if not self.recorder.recording or self.captions_job is not None:
            return
        from desktop.services.minutes.live import live_captions_in_child
        from desktop.ui.minutes.captions import CaptionsWindow

        if self.captions_window is None:
            self.captions_window = CaptionsWindow(self)
        window, path, opts = self.captions_window, self.recorder.writer.path, self.options()
        window.show()
        window.raise_()
        self.captions_job = self.ctx.jobs.start(
            self.tr("ライブ字幕"),
            lambda progress, cancel: live_captions_in_child(path, opts, progress=progress, cancel=cancel))
        self.captions_job.progressed.connect(window.on_message)
        self.captions_job.finished.connect(self._captions_finished)
        self._update_actions()

    def _captions_finished(self) -> None:
        self.captions_job = None
        if self.captions_window is not None:
            self.captions_window.stopped()
        self._update_actions()

    def _recording_finished(self, path) -> None:
        if self.captions_job is not None:
            self.captions_job.cancel()
        self.open_audio(path)

    def options(self) -> TranscribeOptions:
        s = self.ctx.settings
        glossary = collect_full_glossary(s.policy.values.get("glossary", []), s.get("glossary"))
        return TranscribeOptions(model=self.model_combo.currentData() or s.get("whisper_model"),
                                 model_dir=s.get("model_dir"), allow_download=s.get("allow_model_download"),
                                 device=s.get("whisper_device"), language=self.language_combo.currentData(),
                                 glossary=glossary.terms, replacements=glossary.replacements,
                                 phantom_phrases=list(s.get("phantom_phrases")),
                                 speakers=-1 if self.speakers_combo.currentData() == 1 else
                                 int(self.speakers_combo.currentData() or 0))

    def _transcribe_clicked(self) -> None:
        if self.undo_stack.count() > 0 or self.model.rowCount() > 0:
            answer = QMessageBox.question(
                self, self.tr("文字起こし"),
                self.tr("もう一度文字起こしすると、表示中の文字起こしと編集内容は置き換えられます。続けますか？"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.start_transcription()

    def start_transcription(self) -> None:
        if self.audio_path is None or self.job is not None:
            return
        path, opts = self.audio_path, self.options()
        from desktop.services.minutes.server_backend import config_from_policy

        # the bureau server, when the policy has one (its token: the stored one, or the single sign-on token)
        server = config_from_policy(self.ctx.settings.policy.values, settings=self.ctx.settings)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("準備中…"))
        self.progress_box.show()
        stages = self.stage_texts()
        self.job = self.ctx.jobs.start(
            self.tr("文字起こし: {name}").format(name=path.name),
            lambda progress, cancel: self._run_backend(path, opts, server, translated(progress, stages), cancel),
            on_success=self._transcribed)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._job_finished)
        self._update_actions()

    @staticmethod
    def _run_backend(path, opts, server, progress, cancel):
        """Worker thread: the bureau server when the policy allows sending audio (the PC when it is down),
        else the PC."""
        if server is not None and server.allow_upload:
            from desktop.services.minutes.server_backend import transcribe_with_server

            return transcribe_with_server(path, opts, server, progress=progress, cancel=cancel)
        return transcribe_in_child(path, opts, progress=progress, cancel=cancel)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, fraction, message: str) -> None:
        show_fraction(self.progress, fraction)
        self.progress_label.setText(translate_progress(message))

    def _job_finished(self) -> None:
        self.job = None
        self.progress_box.hide()
        self._update_actions()
        pending, self._pending_audio = self._pending_audio, None
        if pending is not None:
            self.open_audio(pending)

    def _transcribed(self, transcript: Transcript) -> None:
        typed = self.meta_form.meta()
        if typed != MinutesMeta():  # keep what the user typed while the job ran
            transcript.meta = typed
        if not transcript.meta.title and self.audio_path:
            transcript.meta.title = self.audio_path.stem
        if not transcript.meta.datetime and self.audio_path and self.audio_path.exists():
            transcript.meta.datetime = recording_time(self.audio_path)
        if not transcript.meta.author:           # 作成者: the signed-in staff member
            from desktop.services.identity.staff import author_label

            transcript.meta.author = author_label(self.ctx.settings)
        self.show_transcript(transcript)
        self.autosave_now()
        self.ctx.status(self.tr("文字起こしが完了しました（{n} 件）。").format(n=len(transcript.segments)))
        self.show_notes(transcript)

    def show_notes(self, transcript: Transcript | None) -> None:
        """What went wrong in the transcription, said on the page (not a modal box: the transcript is
        still there to be checked)."""
        notes = self.warning_texts(transcript.info.get("warnings", [])) if transcript else []
        self.notice_label.setText("\n".join(notes))
        self.notice_label.setAccessibleName(self.notice_label.text())
        self.notice_label.setVisible(bool(notes))

    def warning_texts(self, warnings: list[dict]) -> list[str]:
        """The service's warnings (empty result, damaged audio, speech without text...) in the UI language;
        several of one kind are said once with their count."""
        texts = {"minutes.empty_result": self.tr("録音から発言を認識できませんでした。音量や言語の設定を確認してください。"),
                 "minutes.audio_damaged": self.tr("音声ファイルが壊れているか途中で切れています。文字起こしは途中までかもしれません。"),
                 "minutes.speech_without_text": self.tr("{n} か所の発言から文字を起こせませんでした（最初は {at}）。"
                                                        "言語の設定（自動判定）を確認してください。"),
                 "minutes.window_budget": self.tr("{n} か所は時間がかかりすぎたため、簡易な方法で文字起こししました（最初は {at}）。"),
                 "minutes.server_fallback": self.tr("文字起こしサーバーに接続できなかったため、このパソコンで文字起こししました。"),
                 "minutes.window_loop": self.tr("{n} か所で同じ語の繰り返しを検出し、簡易な方法で文字起こしし直しました（最初は {at}）。")}
        out = []
        for code, text in texts.items():
            found = [w for w in warnings if w.get("code") == code]
            if found:
                out.append(text.format(n=len(found), at=_clock(float(found[0].get("start", 0.0)))))
        return out

    def show_transcript(self, transcript: Transcript) -> None:
        self.show_notes(transcript)
        self.editor.set_transcript(transcript)
        self.meta_form.set_meta(transcript.meta)
        self._update_actions()

    def choose_saved(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("保存した文字起こしを開く"), str(autosave.autosave_dir()),
                                              "JSON (*.json)")
        if path:
            self.open_saved(path)

    def open_saved(self, path: str | Path) -> None:
        if self.job is not None:
            return
        self.autosave_now()
        try:
            transcript = autosave.load_file(path)
        except (OSError, ValueError, KeyError, TypeError):
            from desktop.services.minutes.errors import MinutesError
            from desktop.ui.errors import show_error

            show_error(self, self.tr("開く"), MinutesError(f"{path} is not a saved transcript."))
            return
        self.show_transcript(transcript)
        if transcript.source and Path(transcript.source).is_file():
            self.audio_path = Path(transcript.source)
            self.player.load(self.audio_path)
            self._show_file_name()
        self._update_actions()

    def suggestions_dialog(self):
        from desktop.services.minutes.suggestions import suggest
        from desktop.ui.minutes.suggestions_dialog import SuggestionsDialog

        return SuggestionsDialog(suggest(self.current_transcript()), self)

    def review_suggestions(self) -> None:
        dialog = self.suggestions_dialog()
        if dialog.exec() == dialog.DialogCode.Accepted:
            self.apply_suggestions(dialog.chosen())

    def apply_suggestions(self, chosen) -> None:
        """Accepted suggestions into the 議事録 form (決定事項, 次回予定, ToDo, 要旨); nothing else changes."""
        from desktop.services.minutes.suggestions import accept

        if not chosen:
            return
        t = self.current_transcript()
        accept(t, chosen)
        self.meta_form.set_meta(t.meta)
        self.meta_form.changed.emit()
        self._update_actions()

    def rename_speaker(self, old: str, new: str) -> None:
        self.editor.rename_speaker(old, new)

    def selected_to_decision(self) -> None:
        self.editor.selected_to_decision()

    # ------------------------------------------------------------------ saving
    def current_transcript(self) -> Transcript:
        t = self.model.transcript.copy()
        t.meta = self.meta_form.meta()
        return t

    def autosave_now(self) -> None:
        if self.model.rowCount() == 0:
            return
        try:
            autosave.save(self.current_transcript())
        except OSError:
            log.exception("autosave failed")
