"""Live captions follow a WAV that is still being written (as the recorder writes it)."""
from __future__ import annotations

import threading

import pytest

from desktop.services.common.jobs import CancelToken
from desktop.services.minutes.audio import decode
from desktop.services.minutes.live import Caption, live_captions
from desktop.services.minutes.wav_writer import WavWriter


@pytest.mark.slow
def test_captions_follow_a_growing_recording(tmp_path, english_wav):
    speech = decode(english_wav)
    pcm = speech.astype("<i2").tobytes()  # decode() gives int16 at 16 kHz
    path = tmp_path / "rec.wav"
    writer = WavWriter(path, sync_interval=0)
    token = CancelToken()
    lines: list[Caption] = []

    def on_message(fraction, message=""):
        caption = Caption.from_message(message)
        if caption is not None:
            lines.append(caption)

    def record():  # 2x real time, 0.25 s blocks
        block = 16000 // 2
        for i in range(0, len(pcm), block):
            if token.wait(0.125):
                return
            writer.write(pcm[i:i + block])
        writer.write(b"\x00\x00" * 16000 * 3)  # trailing pause lets the last line settle
        writer.sync()

    def stop_when_done():
        while not token.wait(0.2):
            text = " ".join(c.text for c in lines if c.final).lower()
            if "friday" in text or len(lines) > 60:
                token.cancel()

    threads = [threading.Thread(target=record), threading.Thread(target=stop_when_done)]
    for t in threads:
        t.start()
    timer = threading.Timer(90, token.cancel)  # safety net only
    timer.start()
    finals = live_captions(str(path), {"model": "tiny.en", "language": "en"}, interval=1.0,
                           progress=on_message, cancel=token)
    timer.cancel()
    for t in threads:
        t.join(5)
    writer.close()
    final_text = " ".join(c.text for c in lines if c.final).lower()
    assert finals >= 2
    assert "budget" in final_text and "library" in final_text and "friday" in final_text
    starts = [c.start for c in lines if c.final]
    assert starts == sorted(starts) and starts[-1] < len(speech) / 16000


def test_caption_message_round_trip_and_other_messages():
    for caption in (Caption(True, 12.5, "予算は\t承認"), Caption(False, 0.0, "")):
        assert Caption.from_message(caption.to_message()) == caption
    assert Caption.from_message("ready") is None
    assert Caption.from_message("final\tnot-a-number\ttext") is None
