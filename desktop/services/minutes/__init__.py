"""Meeting minutes (議事録): offline Whisper transcription, transcript editing model, exporters.

Modules: :mod:`.models` (which Whisper model, verified), :mod:`.audio` (decode + cut at silences),
:mod:`.transcribe` (the child-process service), :mod:`.cleanup` (hallucination filters),
:mod:`.transcript` (data model and speaker edits), :mod:`.exporters` (txt/srt/vtt/json),
:mod:`.docx_minutes` (formal 議事録), :mod:`.autosave`. Qt-free.
"""
