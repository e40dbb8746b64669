"""scripts/prune_bundle.py on a small made-up bundle: a library replaced by a stub still satisfies its users
(versioned symbols included) and stops with a message if called; a duplicate is shared by a symlink that
loads whichever name is opened first. Needs gcc and binutils (scripts/install-system-deps.sh --test)."""
from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import prune_bundle  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not all(
    shutil.which(t) for t in ("gcc", "nm", "readelf", "strip")), reason="Linux with gcc and binutils only")


def _cc(out: Path, source: str, *args: str) -> Path:
    src = out.with_suffix(".c")
    src.write_text(source)
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(out), str(src), *args], check=True)
    src.unlink()
    return out


def _lib_with_user(folder: Path, name: str) -> tuple[Path, Path]:
    """lib<name>: a versioned function and data object, plus a big unused function; libuser_<name> uses both."""
    folder.mkdir(parents=True, exist_ok=True)
    ver = folder / f"{name}.map"
    ver.write_text("FOO_1 { global: foo_fn; foo_table; big_unused; };\n")
    lib = _cc(folder / f"lib{name}-0123abcd.so.1",
              "int foo_table[64] = {7};\nint foo_fn(int x) { return x + foo_table[0]; }\n"
              "char big_unused_data[200000] = {1};\nint big_unused(void) { return big_unused_data[5]; }\n",
              f"-Wl,-soname,lib{name}-0123abcd.so.1", f"-Wl,--version-script={ver}")
    ver.unlink()
    user = _cc(folder / f"libuser_{name}.so",
               "extern int foo_fn(int); extern int foo_table[];\n"
               "int user_value(void) { return foo_table[1]; }\nint user_call(void) { return foo_fn(1); }\n",
               f"-L{folder}", f"-l:{lib.name}", "-Wl,-rpath,$ORIGIN")
    return lib, user


def test_a_stub_keeps_its_users_loading_and_stops_if_called(tmp_path, monkeypatch):
    internal = tmp_path / "_internal"
    lib, user = _lib_with_user(internal / "x.libs", "foo")
    monkeypatch.setattr(prune_bundle, "STUBS", {"x.libs/libfoo-*.so*": ()})
    before = lib.stat().st_size
    count, saved, users = prune_bundle.stub(internal)
    assert count == 1 and saved > 0 and lib.stat().st_size < before
    assert users == [user]
    nm = subprocess.run(["nm", "-D", "--defined-only", str(lib)], capture_output=True, text=True).stdout
    assert "foo_fn@@FOO_1" in nm and "foo_table@@FOO_1" in nm and "big_unused" not in nm
    assert prune_bundle.load_check(internal, users) == []
    assert ctypes.CDLL(str(user)).user_value() == 0   # the data object is there (zeros)
    called = subprocess.run([sys.executable, "-c", "import ctypes, sys; ctypes.CDLL(sys.argv[1]).user_call()",
                             str(user)], capture_output=True, text=True)
    assert called.returncode != 0 and "foo_fn" in called.stderr and "not shipped" in called.stderr


def test_duplicates_share_one_file_that_loads_by_either_name(tmp_path):
    internal = tmp_path / "_internal"
    lib_a, user_a = _lib_with_user(internal / "a.libs", "foo")
    (internal / "b.libs").mkdir(parents=True)
    # the same library under another auditwheel hash, with a dependency of its own next to it
    dep = _cc(internal / "b.libs" / "libdep-99999999.so.1", "int dep_fn(void) { return 3; }\n",
              "-Wl,-soname,libdep-99999999.so.1")
    ver = internal / "b.libs" / "foo.map"
    ver.write_text("FOO_1 { global: foo_fn; foo_table; big_unused; };\n")
    lib_b = _cc(internal / "b.libs" / "libfoo-fedcba98.so.1",
                "extern int dep_fn(void);\nint foo_table[64] = {7};\nint foo_fn(int x) { return x + dep_fn(); }\n"
                "int big_unused(void) { return 0; }\n",
                "-Wl,-soname,libfoo-fedcba98.so.1", f"-Wl,--version-script={ver}", f"-L{dep.parent}",
                f"-l:{dep.name}", "-Wl,-rpath,$ORIGIN")
    ver.unlink()
    user_b = _cc(internal / "b.libs" / "libuser_b.so", "extern int foo_fn(int);\nint b_call(void) { return foo_fn(1); }\n",
                 f"-L{lib_b.parent}", f"-l:{lib_b.name}", "-Wl,-rpath,$ORIGIN")
    extra = _cc(internal / "b.libs" / "libuser_b2.so", "extern int foo_fn(int);\nint b2(void) { return foo_fn(2); }\n",
                f"-L{lib_b.parent}", f"-l:{lib_b.name}", "-Wl,-rpath,$ORIGIN")
    count, _saved = prune_bundle.dedupe(internal)
    assert count >= 1
    links = [p for p in (lib_a, lib_b) if p.is_symlink()]
    assert len(links) == 1 and not links[0].resolve().is_symlink()
    assert prune_bundle.load_check(internal) == []  # through the symlink, dependencies found beside it
    for user in (user_a, user_b, extra):
        out = subprocess.run([sys.executable, "-c", "import ctypes, sys; ctypes.CDLL(sys.argv[1])", str(user)],
                             capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
