"""Speaker embeddings with the Resemblyzer voice encoder (GE2E, 3-layer LSTM; Apache-2.0, Resemble AI), run in
numpy: no torch, no download.

The weights are those of ``pretrained.pt`` in the PyPI wheel ``resemblyzer`` 0.1.4, read torch-free by
:mod:`torch_free` and stored as ``resources/minutes/voice_encoder.npz`` (float16, 2.7 MB; licence beside it).
If the ``resemblyzer`` package is installed, its ``pretrained.pt`` is read directly instead. The mel
filterbank is librosa's (Slaney, 40 bands, 25 ms / 10 ms), as the model was trained with.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16000
N_FFT, HOP, N_MELS = 400, 160, 40
PARTIAL_FRAMES = 160  # 1.6 s
NPZ_NAME = "voice_encoder.npz"


# ----------------------------------------------------------------------------------------------- weights
def _wheel_checkpoint() -> Path | None:
    spec = importlib.util.find_spec("resemblyzer")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "pretrained.pt"
    return path if path.is_file() else None


def weights_from_checkpoint(path: str | Path) -> dict[str, np.ndarray]:
    from desktop.services.minutes.torch_free import load_state

    state = load_state(path)["model_state"]
    return {k: np.asarray(v, dtype=np.float32) for k, v in state.items() if k.startswith(("lstm.", "linear."))}


def convert(checkpoint: str | Path, out: str | Path) -> Path:
    """``pretrained.pt`` -> the bundled float16 ``.npz``."""
    weights = weights_from_checkpoint(checkpoint)
    np.savez_compressed(out, **{k.replace(".", "__"): v.astype(np.float16) for k, v in weights.items()})
    return Path(out)


@lru_cache(maxsize=1)
def load_weights() -> dict[str, np.ndarray]:
    checkpoint = _wheel_checkpoint()
    if checkpoint is not None:
        return weights_from_checkpoint(checkpoint)
    from desktop.services import paths
    from desktop.services.minutes.errors import MinutesError

    bundled = paths.resource_path("minutes", NPZ_NAME)
    if not bundled.is_file():
        raise MinutesError("The voice encoder for speaker separation is missing from this installation.",
                           code="minutes.diarization_unavailable", path=str(bundled))
    with np.load(bundled) as data:
        return {k.replace("__", "."): data[k].astype(np.float32) for k in data.files}


# ----------------------------------------------------------------------------------------------- features
def _hz_to_mel(f):
    f = np.asarray(f, dtype=np.float64)
    mel = f / (200.0 / 3)
    log = f >= 1000.0
    return np.where(log, 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0), mel)


def _mel_to_hz(m):
    m = np.asarray(m, dtype=np.float64)
    hz = m * (200.0 / 3)
    return np.where(m >= 15.0, 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0)), hz)


@lru_cache(maxsize=1)
def mel_filters() -> np.ndarray:
    """librosa.filters.mel(sr=16000, n_fft=400, n_mels=40) (Slaney scale and norm)."""
    fft_freqs = np.linspace(0, SAMPLE_RATE / 2, 1 + N_FFT // 2)
    mel_f = _mel_to_hz(np.linspace(_hz_to_mel(0.0), _hz_to_mel(SAMPLE_RATE / 2), N_MELS + 2))
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - fft_freqs[None, :]
    weights = np.zeros((N_MELS, len(fft_freqs)))
    for i in range(N_MELS):
        lower = -ramps[i] / fdiff[i]
        upper = ramps[i + 2] / fdiff[i + 1]
        weights[i] = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2:N_MELS + 2] - mel_f[:N_MELS]))[:, None]
    return weights.astype(np.float32)


def mel_frames(wav: np.ndarray) -> np.ndarray:
    """Power mel spectrogram, ``(frames, 40)`` (centred frames, reflect padding, periodic Hann)."""
    padded = np.pad(wav.astype(np.float32), N_FFT // 2, mode="reflect")
    n = 1 + (padded.size - N_FFT) // HOP
    frames = np.lib.stride_tricks.as_strided(padded, shape=(n, N_FFT),
                                             strides=(padded.strides[0] * HOP, padded.strides[0]))
    window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)
    spectrum = np.abs(np.fft.rfft(frames * window, axis=1)) ** 2
    return (spectrum.astype(np.float32) @ mel_filters().T).astype(np.float32)


def normalise_volume(wav: np.ndarray, target_dbfs: float = -30.0) -> np.ndarray:
    rms = float(np.mean(wav.astype(np.float64) ** 2))
    if rms <= 0:
        return wav
    change = target_dbfs - 10 * np.log10(rms)
    return wav * np.float32(10 ** (change / 20)) if change > 0 else wav


# ----------------------------------------------------------------------------------------------- model
def _sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # no overflow for large negative x


def embed_partials(mels: np.ndarray, weights: dict | None = None) -> np.ndarray:
    """``(batch, 160, 40)`` mel partials -> L2-normed ``(batch, 256)`` embeddings (the LSTM's last hidden
    state of the top layer, linear, ReLU)."""
    w = weights or load_weights()
    x = mels.astype(np.float32)
    batch = x.shape[0]
    for layer in range(3):
        w_ih = w[f"lstm.weight_ih_l{layer}"]
        w_hh_t = np.ascontiguousarray(w[f"lstm.weight_hh_l{layer}"].T)
        bias = w[f"lstm.bias_ih_l{layer}"] + w[f"lstm.bias_hh_l{layer}"]
        projected = x @ w_ih.T + bias  # (batch, T, 1024)
        h = np.zeros((batch, 256), dtype=np.float32)
        c = np.zeros((batch, 256), dtype=np.float32)
        outputs = np.empty((batch, x.shape[1], 256), dtype=np.float32)
        for t in range(x.shape[1]):
            gates = projected[:, t] + h @ w_hh_t
            i, f, g, o = np.split(gates, 4, axis=1)  # PyTorch's gate order
            c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
            h = _sigmoid(o) * np.tanh(c)
            outputs[:, t] = h
        x = outputs
    raw = np.maximum(0, h @ w["linear.weight"].T + w["linear.bias"])
    return raw / np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-8)


def partial_mels(wav: np.ndarray, rate: float = 1.3, min_coverage: float = 0.75) -> np.ndarray:
    """The 1.6 s mel partials of a stretch of speech, ``(n, 160, 40)`` (Resemblyzer's slicing)."""
    wav = normalise_volume(wav.astype(np.float32))
    mels = mel_frames(wav)
    step = max(1, int(round(SAMPLE_RATE / rate / HOP)))
    n_frames = mels.shape[0]
    starts = list(range(0, max(1, n_frames - PARTIAL_FRAMES + step + 1), step))
    if len(starts) > 1 and (n_frames - starts[-1]) / PARTIAL_FRAMES < min_coverage:
        starts = starts[:-1]
    need = starts[-1] + PARTIAL_FRAMES
    if need > n_frames:
        mels = np.pad(mels, ((0, need - n_frames), (0, 0)))
    return np.stack([mels[s:s + PARTIAL_FRAMES] for s in starts])


def embed_utterances(wavs: list[np.ndarray], batch: int = 128) -> np.ndarray:
    """L2-normed embeddings ``(len(wavs), 256)``: the mean of each one's partials. All partials go through
    the LSTM together (one small matrix product per time step costs the same for 5 rows as for 100)."""
    if not wavs:
        return np.zeros((0, 256), dtype=np.float32)
    from desktop.services.minutes.blas_threads import single_thread

    parts = [partial_mels(w) for w in wavs]
    stacked = np.concatenate(parts)
    with single_thread():  # hundreds of small products: threads only thrash
        embedded = np.concatenate([embed_partials(stacked[i:i + batch]) for i in range(0, len(stacked), batch)])
    out, pos = [], 0
    for p in parts:
        mean = embedded[pos:pos + len(p)].mean(axis=0)
        out.append(mean / max(float(np.linalg.norm(mean)), 1e-8))
        pos += len(p)
    return np.stack(out).astype(np.float32)


def embed_utterance(wav: np.ndarray) -> np.ndarray:
    """One L2-normed embedding of a stretch of speech (float32, 16 kHz)."""
    return embed_utterances([wav])[0]


if __name__ == "__main__":  # python -m desktop.services.minutes.voice_encoder PRETRAINED.pt OUT.npz
    import sys

    print(convert(sys.argv[1], sys.argv[2]))
