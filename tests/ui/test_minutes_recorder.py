"""Recording from a (virtual) microphone: a private PulseAudio server with a null sink; speech played into the
sink is recorded from its monitor by the page's RecorderBar (QAudioSource), written as WAV while recording,
then transcribed. Runs the Qt side in a subprocess so PULSE_SERVER applies from the start.
Needs apt packages pulseaudio pulseaudio-utils espeak-ng."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, subprocess, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
app = QApplication([])
from desktop.ui.minutes.recorder import RecorderBar
bar = RecorderBar()
done = []
bar.recorded.connect(done.append)
sizes = []
player = []
def play():
    player.append(subprocess.Popen(["paplay", "--device=nullsink", sys.argv[1]]))
    QTimer.singleShot(100, wait)
def wait():
    if player[0].poll() is None:
        QTimer.singleShot(100, wait)
        return
    sizes.append(bar.writer.path.stat().st_size)  # on disk while still recording
    QTimer.singleShot(300, bar.stop)
    QTimer.singleShot(600, app.quit)
ok = bar.start()
QTimer.singleShot(300, play)
app.exec()
print(json.dumps({"started": ok, "path": str(done[0]) if done else None, "size_while_recording": sizes[0]}))
"""


@pytest.fixture
def pulse_server(tmp_path):
    for tool in ("pulseaudio", "pactl", "paplay"):
        if not shutil.which(tool):
            pytest.fail(f"{tool} is required (apt-get install pulseaudio pulseaudio-utils)")
    sock_dir = tmp_path / "pulse"
    sock_dir.mkdir()
    env = dict(os.environ, HOME=str(tmp_path), XDG_RUNTIME_DIR=str(sock_dir))
    proc = subprocess.Popen(["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                             f"--load=module-native-protocol-unix auth-anonymous=1 socket={sock_dir}/native",
                             "--load=module-null-sink sink_name=nullsink",
                             "--load=module-remap-source master=nullsink.monitor source_name=loopmic"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env["PULSE_SERVER"] = f"unix:{sock_dir}/native"
    deadline = time.monotonic() + 10
    while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
        assert time.monotonic() < deadline, "PulseAudio did not start"
        time.sleep(0.1)
    subprocess.run(["pactl", "set-default-source", "loopmic"], env=env, check=True)
    yield env
    proc.terminate()
    proc.wait(5)


@pytest.mark.slow
def test_record_from_microphone_then_transcribe(pulse_server, tmp_path):
    from desktop.services.minutes.transcribe import TranscribeOptions, transcribe

    speech = tmp_path / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(speech),
                    "The budget committee approved the new library."], check=True)
    env = dict(pulse_server, TOSEI_DESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(speech)], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["started"]
    path = Path(result["path"])
    assert path.parent == tmp_path / "home" / "data" / "minutes" / "recordings"
    assert result["size_while_recording"] > 44 + 16000  # audio reached the disk during the recording
    t = transcribe(str(path), TranscribeOptions(model="tiny.en", language="en"))
    assert "budget" in t.text.lower() and "library" in t.text.lower(), t.text
