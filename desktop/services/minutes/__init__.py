"""Meeting minutes (議事録): offline Whisper transcription, transcript editing model, exporters. Qt-free.

- :mod:`.models`: which Whisper model (embedded base joined + SHA-256 verified, tiny.en, model folder, hub
  cache; downloads only when allowed);
- :mod:`.audio`: PyAV decode to 16 kHz, cuts at silences; :mod:`.transcribe`: the service (child process);
- :mod:`.cleanup`: phantom phrases and repeat loops; :mod:`.glossary`: bureau + user terms;
- :mod:`.transcript`: data model and edits; :mod:`.autosave`;
- :mod:`.exporters` (txt/srt/vtt/json) and :mod:`.docx_minutes` (formal 議事録);
- :mod:`.wav_writer` (crash-safe recording file) and :mod:`.live` (live captions);
- :mod:`.errors`, :mod:`.health` (self-test checks).
"""
