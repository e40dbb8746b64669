"""A development set of real speech with reference texts, and the character error rate on it.

A dev set is a folder of audio clips and a ``transcripts.tsv`` (file stem, TAB, reference text), the layout of
``tests/data/speech-ja`` (five CC0 Common Voice clips). Used by the glossary check (a bureau glossary must not
raise the error rate before the policy hands it to everyone), the benchmark and the accuracy tests.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.common.edit_distance import levenshtein
from desktop.services.minutes.errors import MinutesError

if TYPE_CHECKING:
    import numpy as np

AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".m4a", ".ogg", ".opus")
_NOT_TEXT = re.compile(r"[\s\W_]+", re.UNICODE)


@dataclass(frozen=True)
class DevClip:
    path: Path
    reference: str


def load_devset(folder: str | Path) -> list[DevClip]:
    """Clips of ``folder`` listed in its ``transcripts.tsv`` (in file order); a listed clip that is missing
    raises, so a broken set is not silently smaller."""
    folder = Path(folder)
    tsv = folder / "transcripts.tsv"
    try:
        lines = tsv.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise MinutesError(f"The development set {tsv} could not be read ({type(exc).__name__}).",
                           code="minutes.devset_unreadable", path=str(tsv)) from None
    clips = []
    for line in lines:
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        stem, reference = line.split("\t", 1)
        found = [folder / (stem + s) for s in AUDIO_SUFFIXES if (folder / (stem + s)).is_file()]
        if not found:
            raise MinutesError(f"The development set lists {stem} but has no audio for it.",
                               code="minutes.devset_unreadable", path=str(folder / stem))
        clips.append(DevClip(found[0], reference.strip()))
    if not clips:
        raise MinutesError(f"The development set {tsv} lists no clips.", code="minutes.devset_unreadable",
                           path=str(tsv))
    return clips


def normalise_for_cer(text: str) -> str:
    """NFKC, lower case, without spaces and punctuation: CER counts what was said, not how it was written."""
    return _NOT_TEXT.sub("", unicodedata.normalize("NFKC", text).lower())


def cer(reference: str, hypothesis: str) -> float:
    ref, hyp = normalise_for_cer(reference), normalise_for_cer(hypothesis)
    return levenshtein(ref, hyp) / max(1, len(ref))


def pooled_cer(pairs: list[tuple[str, str]]) -> float:
    """Total edits over total reference characters (each clip weighted by its length)."""
    edits = sum(levenshtein(normalise_for_cer(r), normalise_for_cer(h)) for r, h in pairs)
    return edits / max(1, sum(len(normalise_for_cer(r)) for r, _ in pairs))


@dataclass(frozen=True)
class Placed:
    """Where a clip sits inside an assembled recording (seconds)."""

    start: float
    end: float
    reference: str
    speaker: int = 0


def assemble(clips: list[tuple["np.ndarray", str, int]], gaps: list[float], noise_dbfs: float | None = None,
             seed: int = 0, lead_s: float = 1.0) -> tuple["np.ndarray", list[Placed]]:
    """A "meeting" from real clips: ``clips`` as ``(float32 16 kHz audio, reference, speaker)``, ``gaps[i]``
    seconds of silence after clip ``i``, optional room noise (white, ``noise_dbfs`` RMS). Returns the audio
    and where each clip was placed."""
    import numpy as np

    rate = 16000
    parts, placed, t = [np.zeros(int(lead_s * rate), dtype=np.float32)], [], lead_s
    for i, (audio, reference, speaker) in enumerate(clips):
        parts.append(audio.astype(np.float32))
        placed.append(Placed(round(t, 3), round(t + audio.size / rate, 3), reference, speaker))
        t += audio.size / rate
        gap = gaps[i] if i < len(gaps) else 1.0
        parts.append(np.zeros(int(gap * rate), dtype=np.float32))
        t += int(gap * rate) / rate
    out = np.concatenate(parts)
    if noise_dbfs is not None:
        rng = np.random.default_rng(seed)
        out = out + rng.standard_normal(out.size).astype(np.float32) * np.float32(10 ** (noise_dbfs / 20))
    return np.clip(out, -1, 1).astype(np.float32), placed


def text_by_clip(segments: list[tuple[float, float, str]], placed: list[Placed],
                 margin: float = 0.5) -> tuple[list[str], str]:
    """Split a recognised recording back into the clips it was made of: a segment belongs to the clip its
    midpoint falls in (with ``margin`` seconds either side); returns the text per clip and the text that fell
    outside every clip (phantom text in silence)."""
    per = [""] * len(placed)
    outside = ""
    for start, end, text in segments:
        mid = (start + end) / 2
        for i, p in enumerate(placed):
            if p.start - margin <= mid <= p.end + margin:
                per[i] += text
                break
        else:
            outside += text
    return per, outside


def write_wav(path: str | Path, audio: "np.ndarray", rate: int = 16000) -> Path:
    import wave

    import numpy as np

    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as fh:
        fh.setnchannels(1 if pcm.ndim == 1 else pcm.shape[1])
        fh.setsampwidth(2)
        fh.setframerate(rate)
        fh.writeframes(pcm.tobytes())
    return Path(path)


def speaker_error(segments: list[tuple[float, float, str]], placed: list[Placed]) -> float:
    """Diarization error of recognised segments ``(start, end, speaker)`` against where each real speaker's
    clip was placed: the share of segment time given to the wrong speaker under the best one-to-one mapping
    of found labels to true speakers (a label left unmapped counts as wrong). Segments outside every clip
    are ignored (that is the phantom-text figure)."""
    from itertools import permutations

    overlap: dict[tuple[str, int], float] = {}
    total = 0.0
    for start, end, label in segments:
        for p in placed:
            both = min(end, p.end) - max(start, p.start)
            if both > 0:
                overlap[(label, p.speaker)] = overlap.get((label, p.speaker), 0.0) + both
                total += both
    if total == 0:
        return 0.0
    labels = sorted({k[0] for k in overlap})
    truths = sorted({k[1] for k in overlap})
    best = 0.0
    if len(labels) <= len(truths):
        for perm in permutations(truths, len(labels)):
            best = max(best, sum(overlap.get((lab, tr), 0.0) for lab, tr in zip(labels, perm)))
    else:
        for perm in permutations(labels, len(truths)):
            best = max(best, sum(overlap.get((lab, tr), 0.0) for lab, tr in zip(perm, truths)))
    return 1.0 - best / total
