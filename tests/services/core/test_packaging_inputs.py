"""What the build and the installers rely on: the lock covers pyproject, the policy template is a valid,
change-nothing policy, and a packaged app reads the embedded model in place."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_the_lock_file_covers_pyproject():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "lock.py"), "check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr  # the message names the one command to run


def test_policy_template_is_valid_and_sets_nothing(tmp_path, monkeypatch):
    from desktop.services.policy import load_policy
    from desktop.services.settings import SCHEMA

    out = tmp_path / "policy.toml"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "policy_template.py"), str(out)], check=True)
    text = out.read_text(encoding="utf-8")
    assert all(f"# {key} = " in text for key in SCHEMA)  # every setting is documented in the template
    policy = load_policy(out)
    assert policy.values == {} and not policy.locked and not policy.warnings
    # uncommenting every line gives a valid policy with the built-in defaults
    active = "\n".join(line[2:] if line.startswith("# ") and " = " in line else line for line in text.splitlines())
    (tmp_path / "all.toml").write_text(active, encoding="utf-8")
    policy = load_policy(tmp_path / "all.toml")
    assert not policy.warnings, policy.warnings
    assert set(policy.values) == set(SCHEMA) and policy.locked == {"smtp_host", "internal_mail_domains"}


def test_a_packaged_app_reads_the_model_in_place(tmp_path, monkeypatch):
    from desktop.services import paths
    from desktop.services.minutes import models

    bundle = tmp_path / "bundle"
    folder = bundle / "models" / "base"
    folder.mkdir(parents=True)
    for name, (size, _sha) in models.BASE_FILES.items():
        with open(folder / name, "wb") as fh:  # sparse: the right size, instantly
            fh.truncate(size)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    info = models.resolve_model("base")
    assert (info.path, info.source) == (str(folder), "embedded")
    assert [m.path for m in models.list_models() if m.name == "base"] == [str(folder)]
    assert not (paths.cache_dir() / "models").exists()  # no per-user copy
    (folder / "model.bin").write_bytes(b"short")  # a damaged bundle is not used
    assert models._bundled_base_dir() is None
