#!/usr/bin/env python3
"""Make the one-dir bundle lean after PyInstaller, then prove nothing it still needs went missing.

1. Remove Qt parts the app never loads: the virtual keyboard, Qt PDF, embedded-device platforms
   (eglfs, linuxfb, vnc, evdev input), the GTK3 platform theme and the GTK/ATK/Pango/Cairo stack only that
   plugin pulls in, network-information plugins.
2. Strip debug sections where that wins much (CTranslate2's extension alone carries ~60 MB of them, libpython
   ~15 MB): ``strip --strip-debug`` keeps every symbol the loader uses.
3. Check every ELF file left (Linux): ``ldd`` with the bundle's library folders must resolve all its
   dependencies (inside the bundle or in the system set of packaging/deb/depends.txt); exit 1 otherwise.

PyAV's and OpenCV's FFmpeg encoders (x264, x265, SVT-AV1, vpx, aom) stay: ``libavcodec`` links them
(DT_NEEDED), so removing one makes ``import av`` / ``import cv2`` fail.

    python scripts/prune_bundle.py dist/tosei-desk
"""
from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
from pathlib import Path

DROP = [
    # Qt modules the app does not use (pulled in by plugins below)
    # (QML/Quick stay: Qt Multimedia's FFmpeg plugin links them)
    "PySide6/Qt/lib/libQt6Pdf.so*", "PySide6/Qt/lib/libQt6VirtualKeyboard*.so*", "PySide6/Qt/lib/libQt6EglFS*.so*",
    "PySide6/Qt/lib/libQt6EglFsKmsSupport.so*",
    "PySide6/Qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/egldeviceintegrations/*", "PySide6/Qt/plugins/generic/*",
    "PySide6/Qt/plugins/networkinformation/*", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    # the GTK3 theme plugin's own dependency stack (system copies PyInstaller collected)
    "libgtk-3.so*", "libgdk-3.so*", "libatk-1.0.so*", "libatk-bridge-2.0.so*", "libatspi.so*",
    "libcairo-gobject.so*", "libcairo.so*", "libgdk_pixbuf-2.0.so*", "libepoxy.so*", "libpango*.so*",
    "libthai.so*", "libdatrie.so*", "libfribidi.so*", "libpixman-1.so*", "libXcomposite.so*",
    "libXcursor.so*", "libXdamage.so*", "libXi.so*", "libXinerama.so*", "libXrandr.so*", "libgraphite2.so*",
    "libharfbuzz.so*",
    # Windows names of the same Qt parts
    "PySide6/Qt6Pdf.dll", "PySide6/Qt6VirtualKeyboard*.dll",
    "PySide6/plugins/imageformats/qpdf.dll", "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
    "PySide6/plugins/networkinformation/*",
]


def _size_mb(root: Path) -> float:
    return sum(f.lstat().st_size for f in root.rglob("*") if f.is_file() or f.is_symlink()) / 2**20


def drop(internal: Path) -> int:
    removed = 0
    for path in sorted(internal.rglob("*"), reverse=True):
        rel = path.relative_to(internal).as_posix()
        if any(fnmatch.fnmatch(rel, pattern) for pattern in DROP):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed += 1
    return removed


def _is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def _elves(internal: Path) -> list[Path]:
    return [p for p in internal.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]


def strip_debug(internal: Path, min_gain: int = 8 << 20) -> tuple[int, int]:
    """Strip debug sections only where that wins >= 8 MB (CTranslate2's extension, libpython). Libraries that
    auditwheel/patchelf rewrote (``*.libs``) can break under strip ("ELF load command ... not page-aligned",
    seen with numpy's OpenBLAS), so they and small gains are left alone; the self-test loads what was stripped."""
    if not shutil.which("strip"):
        print("prune: no strip (binutils): debug sections kept")
        return 0, 0
    done = gained = 0
    for path in _elves(internal):
        if path.parent.name.endswith(".libs") or path.stat().st_size < min_gain:
            continue
        tmp = path.with_name(path.name + ".strip")
        if subprocess.run(["strip", "--strip-debug", "-o", str(tmp), str(path)], capture_output=True).returncode:
            tmp.unlink(missing_ok=True)
            continue
        gain = path.stat().st_size - tmp.stat().st_size
        if gain >= min_gain:
            shutil.copymode(path, tmp)
            os.replace(tmp, path)
            done, gained = done + 1, gained + gain
        else:
            tmp.unlink()
    return done, gained


def check_links(bundle: Path) -> list[str]:
    internal = bundle / "_internal"
    folders = sorted({str(p.parent) for p in internal.rglob("*.so*")} | {str(internal)})
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(folders))
    missing = []
    for path in _elves(internal) + [bundle / "tosei-desk", bundle / "tosei-desk-cli"]:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.append(f"{path.relative_to(bundle)}: {line.strip()}")
    return missing


def main(bundle: Path) -> int:
    internal = bundle / "_internal"
    before = _size_mb(bundle)
    removed = drop(internal)
    stripped, gained = strip_debug(internal) if sys.platform.startswith("linux") else (0, 0)
    after = _size_mb(bundle)
    print(f"prune: {removed} unused Qt/GTK files removed, {stripped} ELF files stripped of debug sections "
          f"({gained / 2**20:.0f} MB): {before:.0f} MB -> {after:.0f} MB")
    if sys.platform.startswith("linux") and shutil.which("ldd"):
        missing = check_links(bundle)
        if missing:
            print("prune: libraries still needed were removed:\n  " + "\n  ".join(missing[:30]), file=sys.stderr)
            return 1
        print("prune: every ELF file in the bundle resolves all its libraries")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/tosei-desk")))
