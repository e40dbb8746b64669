"""Does a glossary help? CER on a development set with and without it, before a policy hands it to everyone.

``python -m desktop minutes --check-glossary FILE [--devset FOLDER]`` prints the figures and exits 1 when the
glossary raises the pooled CER by more than ``margin`` (default 0.5 point). The model is loaded once; each
clip is decoded with the normal options and again with the glossary's hotwords and replacement rules.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress
from desktop.services.minutes.devset import cer, load_devset, pooled_cer
from desktop.services.minutes.glossary import Glossary

DEFAULT_MARGIN = 0.005


@dataclass
class GlossaryCheck:
    clips: list[dict] = field(default_factory=list)  # {"clip", "cer_without", "cer_with"}
    cer_without: float = 0.0
    cer_with: float = 0.0
    margin: float = DEFAULT_MARGIN

    @property
    def harmful(self) -> bool:
        return self.cer_with > self.cer_without + self.margin


def check_glossary(glossary: Glossary, devset: str | Path, opts=None, *, margin: float = DEFAULT_MARGIN,
                   progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> GlossaryCheck:
    from desktop.services.minutes.transcribe import TranscribeOptions, transcribe

    clips = load_devset(devset)
    base = opts or TranscribeOptions()
    plain = replace(base, glossary=[], replacements=[])
    steered = replace(base, glossary=list(glossary.terms), replacements=[list(r) for r in glossary.replacements])
    result = GlossaryCheck(margin=margin)
    pairs_without, pairs_with = [], []
    for i, clip in enumerate(clips):
        cancel.raise_if_cancelled()
        progress(i / len(clips), clip.path.name)
        without = transcribe(str(clip.path), plain, cancel=cancel).text
        with_ = transcribe(str(clip.path), steered, cancel=cancel).text
        pairs_without.append((clip.reference, without))
        pairs_with.append((clip.reference, with_))
        result.clips.append({"clip": clip.path.name, "cer_without": round(cer(clip.reference, without), 4),
                             "cer_with": round(cer(clip.reference, with_), 4)})
    result.cer_without, result.cer_with = pooled_cer(pairs_without), pooled_cer(pairs_with)
    progress(1.0, "done")
    return result


def run_check(glossary: dict, devset: str, options: dict, margin: float = DEFAULT_MARGIN, *,
              progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> dict:
    """Child-process entry point (plain values in and out)."""
    from desktop.services.minutes.transcribe import TranscribeOptions

    check = check_glossary(Glossary(**glossary), devset, TranscribeOptions(**options), margin=margin,
                           progress=progress, cancel=cancel)
    return asdict(check)
