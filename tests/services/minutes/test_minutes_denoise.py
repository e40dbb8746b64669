"""The room-noise measurement and subtraction used before the speaker encoder (desktop/services/minutes/denoise)."""
from __future__ import annotations

import numpy as np

from desktop.services.minutes.denoise import noise_spectrum, subtract

RATE = 16000


def _db(x: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(x.astype(np.float64) ** 2) + 1e-20))


def test_noise_is_measured_outside_speech_and_taken_out():
    rng = np.random.default_rng(1)
    noise = (rng.standard_normal(10 * RATE) * 10 ** (-45 / 20)).astype(np.float32)
    t = np.arange(2 * RATE) / RATE
    tone = (0.1 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)  # a voiced sound 22 dB above the noise
    audio = noise.copy()
    audio[4 * RATE:6 * RATE] += tone
    spectrum = noise_spectrum(audio, [(4 * RATE, 6 * RATE)])
    assert spectrum is not None
    quiet = subtract(audio[:3 * RATE], spectrum)  # a pause: the noise drops (measured 9.7 dB)
    assert _db(quiet) < _db(audio[:3 * RATE]) - 6
    voiced = subtract(audio[4 * RATE:6 * RATE], spectrum)  # the tone keeps its level (within 1 dB)
    assert abs(_db(voiced) - _db(tone)) < 1.0
    assert voiced.shape == tone.shape and voiced.dtype == np.float32


def test_no_measurement_without_pauses_or_in_digital_silence():
    rng = np.random.default_rng(2)
    audio = (rng.standard_normal(5 * RATE) * 0.01).astype(np.float32)
    assert noise_spectrum(audio, [(0, audio.size)]) is None  # all speech: nothing to measure
    assert noise_spectrum(audio, [(int(0.5 * RATE), audio.size)]) is None  # 0.5 s is too little
    assert noise_spectrum(np.zeros(5 * RATE, np.float32), []) is None  # digital silence
    same = subtract(audio, None)
    assert same is audio
