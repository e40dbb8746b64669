"""The build's int8 re-storage of the embedded model (scripts/quantize_model.py): half the size, and the same
numbers CTranslate2 computes when it quantises the float16 model at load (compute_type int8)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from desktop.services.minutes import models

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import quantize_model  # noqa: E402


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    src = models.ensure_embedded_base(models._base_part_files(), tmp_path_factory.mktemp("f16"))
    dest = tmp_path_factory.mktemp("int8")
    line = quantize_model.build(src, dest)
    return src, dest, line


def test_int8_file_is_about_half_and_its_manifest_matches(both):
    src, dest, line = both
    ratio = (dest / "model.bin").stat().st_size / (src / "model.bin").stat().st_size
    assert 0.45 < ratio < 0.55, (ratio, line)  # measured 72 MB / 138 MB = 0.52
    recorded = models.bundled_manifest(dest)
    assert set(recorded) == {"model.bin", "config.json", "tokenizer.json", "vocabulary.txt"}
    for name, (size, sha) in recorded.items():
        assert (dest / name).stat().st_size == size and models.sha256_file(dest / name) == sha
    assert json.loads((dest / "manifest.json").read_text())["quantization"] == "int8"
    q = quantize_model.read_model_bin(dest / "model.bin")
    assert q.variables["encoder/conv1/weight"].dtype == np.float16  # CTranslate2 keeps convolutions float
    assert q.variables["decoder/embeddings/weight"].dtype == np.int8


def test_int8_model_computes_exactly_what_the_float16_model_computes_as_int8(both):
    import ctranslate2
    from faster_whisper.audio import decode_audio
    from faster_whisper.feature_extractor import FeatureExtractor

    src, dest, _ = both
    audio = decode_audio(str(ROOT / "resources" / "selftest" / "ja_clip.wav"))
    feat = FeatureExtractor()(audio)[:, :3000]
    feat = np.pad(feat, ((0, 0), (0, 3000 - feat.shape[1])))[None].astype(np.float32)
    prompt = [["<|startoftranscript|>", "<|ja|>", "<|transcribe|>", "<|notimestamps|>"]]
    out = {}
    for label, folder in (("f16", src), ("int8", dest)):
        model = ctranslate2.models.Whisper(str(folder), device="cpu", compute_type="int8", intra_threads=1)
        features = ctranslate2.StorageView.from_array(feat)
        encoded = np.array(model.encode(features))
        result = model.generate(features, prompt, beam_size=1, max_length=60, return_scores=True)[0]
        out[label] = (encoded, result.sequences_ids[0], result.scores[0])
    assert np.array_equal(out["f16"][0], out["int8"][0])   # encoder output bit-identical
    assert out["f16"][1] == out["int8"][1] and len(out["f16"][1]) > 5
    assert out["f16"][2] == out["int8"][2]


def test_a_file_that_does_not_fit_whisper_spec_is_refused(both):
    src, _, _ = both
    model = quantize_model.read_model_bin(src / "model.bin")
    model.variables["encoder/no_such_layer/weight"] = np.zeros((2, 2), dtype=np.float16)
    with pytest.raises(ValueError, match="does not know"):
        quantize_model.whisper_spec_from(model)


def test_the_packaged_app_checks_the_int8_files_against_its_manifest(tmp_path, monkeypatch):
    folder = tmp_path / "bundle" / "models" / "base"
    folder.mkdir(parents=True)
    files = {"model.bin": 74_000_000, "config.json": 2_309, "tokenizer.json": 2_203_239, "vocabulary.txt": 459_861}
    for name, size in files.items():
        with open(folder / name, "wb") as fh:
            fh.truncate(size)  # sparse: the right size, instantly
    (folder / "manifest.json").write_text(json.dumps(
        {"quantization": "int8", "files": {n: [s, "0" * 64] for n, s in files.items()}}))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert models._bundled_base_dir() == folder
    assert models.resolve_model("base").path == str(folder)
    (folder / "model.bin").write_bytes(b"short")  # damaged: not used
    assert models._bundled_base_dir() is None
