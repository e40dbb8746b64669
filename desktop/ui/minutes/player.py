"""Audio player bar: play/pause, position, speed; ``seek(seconds)`` plays from a clicked segment."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from desktop.ui.minutes.segments_model import clock
from desktop.ui.widgets.retranslate import Retranslating

SPEEDS = (0.75, 1.0, 1.25, 1.5, 2.0)


class PlayerBar(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.audio_output = QAudioOutput(self)
        self.player.setAudioOutput(self.audio_output)
        self.play_button = QPushButton()
        self.play_button.setObjectName("minutesPlay")
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("minutesPosition")
        self.slider.sliderMoved.connect(lambda ms: self.player.setPosition(ms))
        self.time_label = QLabel("0:00:00 / 0:00:00")
        self.speed = QComboBox()
        self.speed.setObjectName("minutesSpeed")
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda _: self.player.setPlaybackRate(self.speed.currentData()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w, stretch in ((self.play_button, 0), (self.slider, 1), (self.time_label, 0), (self.speed, 0)):
            layout.addWidget(w, stretch)
        self.player.positionChanged.connect(self._position)
        self.player.durationChanged.connect(self._duration)
        self.player.playbackStateChanged.connect(lambda _: self.retranslate())
        self.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("一時停止") if playing else self.tr("再生"))
        self.play_button.setAccessibleName(self.tr("再生／一時停止"))
        self.slider.setAccessibleName(self.tr("再生位置"))
        self.speed.setAccessibleName(self.tr("再生速度"))
        self.time_label.setAccessibleName(self.tr("再生時間"))


    def load(self, path: str | Path) -> None:
        self.player.stop()
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.setEnabled(True)

    def seek(self, seconds: float, play: bool = True) -> None:
        self.player.setPosition(int(seconds * 1000))
        if play:
            self.player.play()

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.time_label.setText(f"{clock(ms / 1000)} / {clock(self.player.duration() / 1000)}")
