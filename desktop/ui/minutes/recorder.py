"""Microphone recording (QAudioSource) into a WAV in the data dir, written while it records
(:class:`~desktop.services.minutes.wav_writer.WavWriter`: a crash keeps what was recorded).
When recording stops, ``recorded(path)`` is emitted and the page transcribes it."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.services.minutes.wav_writer import WavWriter, new_recording_path
from desktop.ui.minutes.segments_model import clock
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)


class RecorderBar(Retranslating, QWidget):
    recorded = Signal(object)  # Path of the finished WAV
    started = Signal(object)   # Path of the WAV being written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: QAudioSource | None = None
        self.device_io = None
        self.writer: WavWriter | None = None
        self.button = QPushButton(objectName="minutesRecord")
        self.button.clicked.connect(self.toggle)
        self.status = ElidedLabel()  # 「録音中 0:00:01（recording-….wav）」 must not widen the window
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)
        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self._tick)
        self.retranslate()

    @property
    def recording(self) -> bool:
        return self.writer is not None

    def retranslate(self) -> None:
        self.button.setText(self.tr("録音停止") if self.recording else self.tr("マイクで録音"))
        self.button.setAccessibleName(self.tr("録音の開始／停止"))
        self.status.setAccessibleName(self.tr("録音の状態"))
        if not self.recording:
            self.status.setText("")


    def toggle(self) -> None:
        self.stop() if self.recording else self.start()

    def start(self, path: Path | None = None) -> bool:
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            self.status.setText(self.tr("マイクが見つかりません。"))
            return False
        fmt = QAudioFormat()
        fmt.setSampleRate(16000)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            preferred = device.preferredFormat()
            fmt.setSampleRate(preferred.sampleRate())
            fmt.setChannelCount(preferred.channelCount())
        self.writer = WavWriter(path or new_recording_path(), fmt.sampleRate(), fmt.channelCount(), 16)
        self.source = QAudioSource(device, fmt, self)
        self.device_io = self.source.start()
        self.device_io.readyRead.connect(self._read)
        self._timer.start()
        log.info("recording to %s", self.writer.path)
        self.retranslate()
        self._tick()
        self.started.emit(self.writer.path)
        return True

    def _read(self) -> None:
        if self.writer and self.device_io:
            data = self.device_io.readAll().data()
            if data:
                self.writer.write(bytes(data))

    def _tick(self) -> None:
        self._read()  # also drain on a timer, in case readyRead is late
        if self.writer:
            self.status.setText(self.tr("録音中 {time}（{path}）").format(time=clock(self.writer.seconds),
                                                                        path=self.writer.path.name))

    def stop(self) -> Path | None:
        if not self.writer:
            return None
        self._read()
        if self.source:
            self.source.stop()
        path = self.writer.close()
        self.writer, self.source, self.device_io = None, None, None
        self._timer.stop()
        self.retranslate()
        self.status.setText(self.tr("録音を保存しました: {path}").format(path=path.name))
        self.recorded.emit(path)
        return path
