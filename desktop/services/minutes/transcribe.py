"""The transcription service: audio file in, :class:`Transcript` out.

Call :func:`transcribe_in_child` from a worker thread or the CLI: it runs :func:`transcribe` in a spawned
child process (Cancel kills it; a native crash cannot take the app down). :func:`transcribe` itself is a
plain function (also used by the benchmark). Steps: resolve + verify the model, decode with PyAV frame by
frame into ~5-minute pieces cut at silences (memory stays constant for any recording length), find the speech
in each piece (Silero VAD) and merge it into windows of at most ~28 s that never cut inside speech, decode each
window on its own within a time budget (:mod:`decoding`: beam 5, capped temperature fallbacks, re-seeded,
word timestamps), shift times, drop hallucinations, close Japanese sentences per window, apply the glossary's
replacement rules, and say what went wrong (``info["warnings"]``: empty result, damaged audio, speech
without text, re-decoded windows). Progress is the fraction of audio done.
"""
from __future__ import annotations

import logging
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress, run_in_child
from desktop.services.minutes import audio as audio_mod
from desktop.services.minutes import decoding, diarize
from desktop.services.minutes.cleanup import (WEAK_PHANTOM_PHRASES, collapse_repeats, drop_repeated_runs,
                                              end_sentences, is_phantom, phantom_list)
from desktop.services.minutes.glossary import apply_replacements, hotwords_for
from desktop.services.minutes.errors import ModelLanguageMismatch, ModelNotAvailable
from desktop.services.minutes.models import resolve_model
from desktop.services.minutes.transcript import Segment, Transcript, Word
from desktop.services.minutes.windows import Window, plan_windows

log = logging.getLogger(__name__)


@dataclass
class TranscribeOptions:
    """Plain values (picklable) so the call runs in a child and from the CLI."""

    model: str = "base"                # name or folder
    model_dir: str = ""                # bureau model folder
    allow_download: bool = False
    device: str = "cpu"                # cpu | auto | cuda
    compute_type: str = "int8"
    language: str = "ja"               # ja | en | auto (auto: detected per window, for mixed meetings)
    beam_size: int = 5
    vad: bool = True                   # False: the whole piece in 30 s windows (no voice activity detection)
    word_timestamps: bool = True
    glossary: list[str] = field(default_factory=list)
    replacements: list[list[str]] = field(default_factory=list)  # [[wrong, right], ...] after decoding
    phantom_phrases: list[str] = field(default_factory=list)
    chunk_seconds: float = 300.0
    max_window_seconds: float = 28.0
    budget_factor: float = 2.0         # per-window wall budget: factor x window length + floor
    budget_floor_s: float = 10.0
    cpu_threads: int = 0
    speakers: int = 0                  # -1: no speaker separation; 0: estimate how many; n: exactly n


def decode_options(opts: TranscribeOptions, language: str | None) -> dict:
    """The keyword arguments given to ``WhisperModel.transcribe`` for each window (recorded in the result).

    No initial prompt from the glossary (a bare term list as prompt was measured to wreck Japanese: CER
    26 % -> 108 % with two terms); hotwords only where they were measured to help (see
    :func:`glossary.hotwords_for`)."""
    kwargs: dict = {"language": language, "beam_size": opts.beam_size, "temperature": list(decoding.TEMPERATURES),
                    "compression_ratio_threshold": decoding.COMPRESSION_RATIO_THRESHOLD,
                    "log_prob_threshold": decoding.LOG_PROB_THRESHOLD,
                    "no_speech_threshold": decoding.NO_SPEECH_THRESHOLD,
                    "word_timestamps": opts.word_timestamps, "condition_on_previous_text": False,
                    "vad_filter": False}
    hotwords = hotwords_for(opts.glossary, language)
    if hotwords:
        kwargs["hotwords"] = hotwords
    return kwargs


def load_model(opts: TranscribeOptions):
    """Resolve and load the WhisperModel; returns ``(model, ModelInfo)``."""
    from faster_whisper import WhisperModel

    info = resolve_model(opts.model, opts.model_dir or None, opts.allow_download)
    device = opts.device
    if device == "auto":
        try:
            import ctranslate2

            device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        except Exception:
            device = "cpu"
    compute = opts.compute_type if device == "cpu" else "int8_float16"
    try:
        model = WhisperModel(info.path, device=device, compute_type=compute, cpu_threads=opts.cpu_threads,
                             local_files_only=True)
    except (RuntimeError, ValueError, OSError) as exc:
        raise ModelNotAvailable(info.name, f"It could not be loaded ({type(exc).__name__}: {exc}).") from None
    return model, info


def _windows_of(piece, opts: TranscribeOptions) -> list[Window]:
    if opts.vad:
        # language "auto": a window per stretch of speech, so that each one gets its own language
        gap = 0.3 if opts.language == "auto" else 1.5
        return plan_windows(piece, max_window_s=opts.max_window_seconds, max_gap_s=gap)
    step = int(30 * audio_mod.SAMPLE_RATE)
    return [Window(a, min(piece.size, a + step), ((a, min(piece.size, a + step)),))
            for a in range(0, piece.size, step)]


def transcribe(audio_path: str, opts: TranscribeOptions | None = None, *, progress: Progress = NO_PROGRESS,
               cancel: CancelToken = NEVER) -> Transcript:
    opts = opts or TranscribeOptions()
    started = time.perf_counter()
    progress(None, "loading model")
    model, info = load_model(opts)
    language = None if opts.language == "auto" else opts.language
    if not info.multilingual:
        if language not in (None, "en"):
            raise ModelLanguageMismatch(info.name, opts.language)
        language = "en"
    cancel.raise_if_cancelled()
    progress(None, "reading audio")
    stream = audio_mod.AudioStream(audio_path)
    clock = _AudioClock(stream, progress)
    kwargs = decode_options(opts, language)
    segments: list[Segment] = []
    chunks: list[audio_mod.Chunk] = []
    windows_done: list[list[float]] = []
    warnings: list[dict] = []
    languages: dict[str, float] = {}
    voices: dict[int, np.ndarray] = {}  # speaker embedding by segment (id of the Segment object)
    phrases, weak = phantom_list(opts.phantom_phrases), phantom_list(WEAK_PHANTOM_PHRASES, defaults=False)
    dropped = 0
    for chunk, samples in audio_mod.iter_chunks(stream.blocks(), opts.chunk_seconds):
        cancel.raise_if_cancelled()
        chunks.append(chunk)
        piece = audio_mod.to_float(samples)
        del samples
        piece_segments: list[Segment] = []
        windows = _windows_of(piece, opts)
        for window in windows:
            cancel.raise_if_cancelled()
            offset = (chunk.start + window.start) / audio_mod.SAMPLE_RATE
            result = decoding.decode_window(model, piece[window.start:window.end], kwargs, cancel,
                                            budget_factor=opts.budget_factor, budget_floor_s=opts.budget_floor_s)
            window_lang = language or result.language
            languages[window_lang] = languages.get(window_lang, 0.0) + window.seconds
            windows_done.append([round(offset, 3), round(offset + window.seconds, 3)])
            if result.redecoded:
                warnings.append({"code": f"minutes.window_{result.redecoded}", "start": round(offset, 3),
                                 "end": round(offset + window.seconds, 3)})
            kept = []
            for seg in result.segments:
                text = collapse_repeats(seg.text.strip())
                local_start, local_end = float(seg.start), min(float(seg.end), window.seconds)
                absolute = window.start + int(local_start * audio_mod.SAMPLE_RATE)
                if is_phantom(text, phrases) or (is_phantom(text, weak) and _doubtful(seg)) or \
                        audio_mod.is_silent(piece, absolute / audio_mod.SAMPLE_RATE,
                                            window.start / audio_mod.SAMPLE_RATE + local_end):
                    dropped += 1  # a stock phrase, or words "heard" over digital silence
                    continue
                words = [Word(float(w.start) + offset, float(w.end) + offset, w.word, float(w.probability))
                         for w in (seg.words or [])]
                kept.append(Segment(round(local_start + offset, 3), round(local_end + offset, 3), text,
                                    words=words, language=window_lang if opts.language == "auto" else ""))
            for a, b in _regions_without_text(window, kept, offset):
                warnings.append({"code": "minutes.speech_without_text", "start": a, "end": b})
            end_sentences(kept, window_lang)
            piece_segments.extend(kept)
            segments.extend(kept)
            clock.report(offset + window.seconds)
        if opts.speakers >= 0 and piece_segments:  # voices of this piece, all in one batch
            cancel.raise_if_cancelled()
            idx, emb = diarize.segment_embeddings(piece, piece_segments, chunk.start / audio_mod.SAMPLE_RATE,
                                                  speech=[r for w in windows for r in w.regions])
            voices.update({id(piece_segments[i]): emb[k] for k, i in enumerate(idx)})
        clock.report(chunk.end / audio_mod.SAMPLE_RATE)
        del piece
    duration = stream.samples_read / audio_mod.SAMPLE_RATE
    keep = drop_repeated_runs([s.text for s in segments])
    dropped += len(segments) - len(keep)
    segments = [segments[i] for i in keep]
    apply_replacements(segments, opts.replacements)
    _clamp_times(segments, duration)
    speaker_source = ""
    if opts.speakers >= 0 and segments:
        progress(0.999, "speakers")
        sides = diarize.stereo_sides(str(audio_path), segments) if opts.speakers in (0, 2) else None
        if sides is not None:
            for seg, side in zip(segments, sides):
                seg.speaker = f"話者{side + 1}"
            speaker_source = "channels"
        else:
            embedded = [i for i, seg in enumerate(segments) if id(seg) in voices]
            emb = np.stack([voices[id(segments[i])] for i in embedded]) if embedded else np.zeros((0, 256))
            diarize.assign(segments, embedded, emb, opts.speakers)
            speaker_source = "voices"
    if stream.damaged:
        warnings.insert(0, {"code": "minutes.audio_damaged", "start": round(duration, 3), "end": round(duration, 3)})
    if not segments:
        warnings.insert(0, {"code": "minutes.empty_result", "start": 0.0, "end": round(duration, 3)})
    detected = language or (max(languages, key=languages.get) if languages else "")
    elapsed = time.perf_counter() - started
    recorded = dict(kwargs, language=detected)
    result = Transcript(segments=segments, language=detected or "", duration=round(duration, 3),
                        source=str(audio_path), model=info.name,
                        info={"decode_options": recorded, "chunks": [[round(c.start / 16000, 3),
                                                                       round(c.end / 16000, 3)] for c in chunks],
                              "windows": windows_done, "warnings": warnings, "speaker_source": speaker_source,
                              "languages": {k: round(v, 1) for k, v in languages.items()},
                              "dropped_segments": dropped, "wall_seconds": round(elapsed, 3),
                              "model_path": info.path, "model_source": info.source,
                              "peak_rss_bytes": peak_rss_bytes(), "options": asdict(opts)})
    for w in warnings:
        log.warning("%s at %.1f-%.1f s in %s", w["code"], w["start"], w["end"], audio_path)
    progress(1.0, "done")
    return result


def _regions_without_text(window: Window, kept: list[Segment], offset: float) -> list[tuple[float, float]]:
    """Speech regions of 1 s or more that no recognised segment overlaps (absolute seconds)."""
    out = []
    for a, b in window.regions:
        start = offset + (a - window.start) / audio_mod.SAMPLE_RATE
        end = offset + (b - window.start) / audio_mod.SAMPLE_RATE
        if end - start >= 1.0 and not any(s.start < end - 0.2 and s.end > start + 0.2 for s in kept):
            out.append((round(start, 3), round(end, 3)))
    return out


def _doubtful(seg) -> bool:
    """A weak phantom phrase (「お疲れ様でした」 is also said for real) is dropped only when Whisper was
    unsure of it."""
    return float(getattr(seg, "no_speech_prob", 0.0)) > 0.3 or float(getattr(seg, "avg_logprob", 0.0)) < -0.8


class _AudioClock:
    """Progress as the fraction of the audio done while its total length is still being discovered
    (container duration when known, else extrapolated from bytes read): never decreasing, and 1.0 only at
    the very end."""

    def __init__(self, stream: audio_mod.AudioStream, progress: Progress) -> None:
        self.stream, self.progress, self.last = stream, progress, 0.0

    def report(self, seconds_done: float) -> None:
        total = self.stream.estimated_duration()
        if not total:
            return
        self.last = max(self.last, min(0.999, seconds_done / total))
        self.progress(self.last, f"{_clock(min(seconds_done, total))} / {_clock(total)}")


def _clamp_times(segments: list[Segment], duration: float) -> None:
    """Keep every time inside the audio and word times monotonic (Whisper may overshoot the end)."""
    last = 0.0
    for s in segments:
        for w in s.words:
            w.start = min(max(w.start, last), duration)
            w.end = min(max(w.end, w.start), duration)
            last = w.start
        s.start, s.end = min(s.start, duration), min(max(s.end, s.start), duration)


def peak_rss_bytes() -> int:
    """Peak resident memory of this process. On Linux ``VmHWM`` of the current address space: unlike
    ``ru_maxrss`` it does not inherit the parent's peak through fork/exec (a spawned worker would otherwise
    report at least the app's own peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(peak if sys.platform == "darwin" else peak * 1024)
    except ImportError:  # Windows
        import psutil

        return int(getattr(psutil.Process().memory_info(), "peak_wset", 0))


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600:d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def run_transcription(audio_path: str, options: dict, *, progress: Progress = NO_PROGRESS,
                      cancel: CancelToken = NEVER) -> Transcript:
    """Child-process entry point (kwargs are plain values)."""
    return transcribe(audio_path, TranscribeOptions(**options), progress=progress, cancel=cancel)


def transcribe_in_child(audio_path: str | Path, opts: TranscribeOptions, *, progress: Progress = NO_PROGRESS,
                        cancel: CancelToken = NEVER) -> Transcript:
    """Run :func:`transcribe` in a spawned child process (killable, crash-isolated)."""
    return run_in_child("desktop.services.minutes.transcribe:run_transcription",
                        {"audio_path": str(audio_path), "options": asdict(opts)},
                        progress=progress, cancel=cancel)
