"""Typed errors of the minutes tool. ``str(err)`` is a plain English sentence; ``code`` is stable for the UI."""
from __future__ import annotations

from desktop.services.errors import ToseiError


class MinutesError(ToseiError):
    code = "minutes.error"


class UnreadableAudio(MinutesError):
    """The file is not audio/video PyAV can decode (corrupt, text renamed .mp3, unsupported)."""

    code = "minutes.audio_unreadable"

    def __init__(self, path: str, reason: str = "") -> None:
        detail = f" ({reason})" if reason else ""
        super().__init__(f"The file {path} could not be read as audio{detail}.", path=str(path), reason=reason)


class EmptyAudio(MinutesError):
    """The file decodes but holds no (or almost no) audio."""

    code = "minutes.audio_empty"

    def __init__(self, path: str) -> None:
        super().__init__(f"The file {path} contains no audio.", path=str(path))


class ModelNotAvailable(MinutesError):
    """A model name that is not on this PC, and downloading is not allowed (or failed)."""

    code = "minutes.model_unavailable"

    def __init__(self, name: str, reason: str = "") -> None:
        detail = f" {reason}" if reason else ""
        super().__init__(
            f"The Whisper model '{name}' is not available on this PC and downloading models is not allowed."
            f"{detail}", name=name, reason=reason)


class ModelFolderMissing(MinutesError):
    """The configured model folder (setting/policy ``model_dir``) or a given model folder does not exist."""

    code = "minutes.model_folder_missing"

    def __init__(self, path: str) -> None:
        super().__init__(f"The model folder {path} does not exist or is not a Whisper (CTranslate2) model.",
                         path=str(path))


class ModelIntegrityError(MinutesError):
    """A model file's size or SHA-256 differs from the recorded value: refused."""

    code = "minutes.model_integrity"

    def __init__(self, file: str, expected: str, actual: str) -> None:
        super().__init__(
            f"The model file {file} is damaged or not the expected file (expected {expected}, found {actual}); "
            "it was not used.", file=str(file), expected=expected, actual=actual)


class ModelLanguageMismatch(MinutesError):
    """An English-only model was asked for another language."""

    code = "minutes.model_language"

    def __init__(self, model: str, language: str) -> None:
        super().__init__(f"The model '{model}' understands English only; it cannot transcribe '{language}'.",
                         model=model, language=language)


class ExportError(MinutesError):
    code = "minutes.export_failed"
