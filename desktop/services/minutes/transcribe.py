"""The transcription service: audio file in, :class:`Transcript` out.

Call :func:`transcribe_in_child` from a worker thread or the CLI: it runs :func:`transcribe` in a spawned
child process (Cancel kills it; a native crash cannot take the app down). :func:`transcribe` itself is a
plain function (also used by the benchmark). Steps: resolve + verify the model, decode with PyAV frame by
frame into ~5-minute windows cut at silences (memory stays constant for any recording length), run faster-whisper on each slice (beam 5 + VAD + word timestamps by
default), shift times, drop hallucinations, report progress as the fraction of audio done.
"""
from __future__ import annotations

import logging
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress, run_in_child
from desktop.services.minutes import audio as audio_mod
from desktop.services.minutes.cleanup import collapse_repeats, drop_repeated_runs, is_phantom, phantom_list
from desktop.services.minutes.errors import ModelLanguageMismatch, ModelNotAvailable
from desktop.services.minutes.models import resolve_model
from desktop.services.minutes.transcript import Segment, Transcript, Word

log = logging.getLogger(__name__)


@dataclass
class TranscribeOptions:
    """Plain values (picklable) so the call runs in a child and from the CLI."""

    model: str = "base"                # name or folder
    model_dir: str = ""                # bureau model folder
    allow_download: bool = False
    device: str = "cpu"                # cpu | auto | cuda
    compute_type: str = "int8"
    language: str = "ja"               # ja | en | auto
    beam_size: int = 5
    vad: bool = True
    word_timestamps: bool = True
    glossary: list[str] = field(default_factory=list)
    phantom_phrases: list[str] = field(default_factory=list)
    hallucination_silence_threshold: float | None = 2.0
    chunk_seconds: float = 300.0
    cpu_threads: int = 0


def decode_options(opts: TranscribeOptions, language: str | None) -> dict:
    """The keyword arguments given to ``WhisperModel.transcribe`` (also recorded in the result)."""
    kwargs: dict = {"language": language, "beam_size": opts.beam_size, "vad_filter": opts.vad,
                    "word_timestamps": opts.word_timestamps, "condition_on_previous_text": True}
    if opts.vad:
        kwargs["vad_parameters"] = {"min_silence_duration_ms": 500}
    if opts.word_timestamps and opts.hallucination_silence_threshold:
        kwargs["hallucination_silence_threshold"] = float(opts.hallucination_silence_threshold)
    terms = [t.strip() for t in opts.glossary if t and t.strip()]
    if terms:
        kwargs["hotwords"] = " ".join(terms)
        sep = "、" if language == "ja" else ", "
        kwargs["initial_prompt"] = sep.join(terms) + ("。" if language == "ja" else ".")
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
    detected = language
    phrases = phantom_list(opts.phantom_phrases)
    dropped = 0
    for chunk, samples in audio_mod.iter_chunks(stream.blocks(), opts.chunk_seconds):
        cancel.raise_if_cancelled()
        chunks.append(chunk)
        piece = audio_mod.to_float(samples)
        del samples
        chunk_kwargs = dict(kwargs, language=detected)
        seg_iter, tinfo = model.transcribe(piece, **chunk_kwargs)
        detected = detected or tinfo.language
        offset = chunk.offset_s
        for seg in seg_iter:
            cancel.raise_if_cancelled()
            text = collapse_repeats(seg.text.strip())
            clock.report(offset + float(seg.end))
            if is_phantom(text, phrases) or audio_mod.is_silent(piece, float(seg.start), float(seg.end)):
                dropped += 1  # a stock phrase, or words "heard" over digital silence
                continue
            words = [Word(float(w.start) + offset, float(w.end) + offset, w.word, float(w.probability))
                     for w in (seg.words or [])]
            segments.append(Segment(round(float(seg.start) + offset, 3), round(float(seg.end) + offset, 3),
                                    text, words=words))
        clock.report(chunk.end / audio_mod.SAMPLE_RATE)
        del piece, seg_iter
    duration = stream.samples_read / audio_mod.SAMPLE_RATE
    keep = drop_repeated_runs([s.text for s in segments])
    dropped += len(segments) - len(keep)
    segments = [segments[i] for i in keep]
    _clamp_times(segments, duration)
    elapsed = time.perf_counter() - started
    recorded = {k: v for k, v in kwargs.items()}
    recorded["language"] = detected
    result = Transcript(segments=segments, language=detected or "", duration=round(duration, 3),
                        source=str(audio_path), model=info.name,
                        info={"decode_options": recorded, "chunks": [[round(c.start / 16000, 3),
                                                                       round(c.end / 16000, 3)] for c in chunks],
                              "dropped_segments": dropped, "wall_seconds": round(elapsed, 3),
                              "model_path": info.path, "model_source": info.source,
                              "peak_rss_bytes": peak_rss_bytes(), "options": asdict(opts)})
    progress(1.0, "done")
    return result


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
