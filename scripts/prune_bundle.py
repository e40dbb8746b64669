#!/usr/bin/env python3
"""Make the one-dir bundle lean after PyInstaller, then prove nothing it still needs went missing.

0. Replace the encoder libraries the app never calls by stubs (below).
1. Remove Qt parts the app never loads: the virtual keyboard, Qt PDF, embedded-device platforms
   (eglfs, linuxfb, vnc, evdev input), the GTK3 platform theme and the GTK/ATK/Pango/Cairo stack only that
   plugin pulls in, network-information plugins.
2. Share one copy of a library shipped twice at the same version (OpenCV's FFmpeg libavcodec/avformat/avutil/
   swscale/swresample 62.28/62.12/60.26/9.5/6.3 are the very versions PyAV ships; libpng, libdrm, libwebp,
   ...): the copy is replaced by a relative symlink to the other, after checking with ``nm -D`` that the other
   defines every (versioned) symbol its users take from it. The dynamic loader sees one file (same inode)
   whichever name it is asked for, so ``import cv2`` and ``import av`` in one process map one libavcodec.
   Libraries only the removed copies needed (OpenCV's own libvpx, libdav1d, OpenSSL 1.1) go with them.
3. Strip the symbol tables and debug sections nothing loads (``strip --strip-unneeded`` keeps the dynamic
   symbols the loader uses) from every ELF file. Libraries that auditwheel/patchelf rewrote (``*.libs``)
   can break under strip ("ELF load command ... not page-aligned", seen with numpy's OpenBLAS), so each
   stripped ``*.libs`` file is loaded (``dlopen``) in a child process and put back unstripped if it fails.
4. Check every ELF file left (Linux): ``ldd`` with the bundle's library folders must resolve all its
   dependencies (inside the bundle or in the system set of packaging/deb/depends.txt); exit 1 otherwise.
5. Print the size by component (the biggest folders and files of ``_internal``).

PyAV's video/MP3 encoder libraries (x265 21 MB, SVT-AV1 7 MB, x264 2 MB, LAME; x264 and x265 are GPL) are
linked by ``libavcodec`` (DT_NEEDED), so deleting one makes ``import av`` fail; the app only *decodes* audio.
Each is replaced by a stub library of the same name (``gcc``, like Qt's own ``libQt6FFmpegStub-*``) that
defines exactly the symbols its users import (``nm -D``): the one libavcodec calls while registering codecs
(``x265_api_get``: "no API", so the encoder lists no formats) returns NULL; any other stops the program
with a message, and nothing in the app reaches them (the bundle's self-test decodes and transcribes).
libvpx stays (libavcodec asks it for its capabilities at start-up).

    python scripts/prune_bundle.py dist/tosei-desk
"""
from __future__ import annotations

import fnmatch
import os
import re
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
    # image formats the app never reads (it shows PNG/JPEG/SVG/ICO/GIF)
    "PySide6/Qt/plugins/imageformats/libqicns.so", "PySide6/Qt/plugins/imageformats/libqtga.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so", "PySide6/Qt/plugins/imageformats/libqwbmp.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
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


# library (glob under _internal) -> functions of it that are called without encoding anything (return 0)
STUBS = {
    "av.libs/libx265-*.so*": ("x265_api_get",),
    "av.libs/libSvtAv1Enc-*.so*": (),
    "av.libs/libx264-*.so*": (),
    "av.libs/libmp3lame-*.so*": (),
}


def _nm_sized(path: Path) -> dict[str, tuple[str, int]]:
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(path)], capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4:
            found[parts[3]] = (parts[2], int(parts[1], 16))
        elif len(parts) == 3:
            found[parts[2]] = (parts[1], 0)
    return found


def stub(internal: Path) -> tuple[int, int]:
    """Replace each library of STUBS by a stub defining what its users import from it (see module doc)."""
    if not (shutil.which("gcc") and shutil.which("nm") and shutil.which("readelf")):
        print("prune: no gcc/binutils: encoder libraries kept")
        return 0, 0
    users: dict[str, list[Path]] = {}
    for p in _elves(internal):
        for name in _needed(p):
            users.setdefault(name, []).append(p)
    done = gained = 0
    for pattern, harmless in STUBS.items():
        for lib in sorted(internal.glob(pattern)):
            if lib.is_symlink() or not _is_elf(lib):
                continue
            wanted = set().union(*(_nm(u, "undefined") for u in users.get(lib.name, [])))
            defined = {name: kind for name, kind in _nm_sized(lib).items() if name.split("@")[0] in
                       {w.split("@")[0] for w in wanted}}
            if any("@" in name for name in defined):
                print(f"prune: {lib.name} kept: versioned symbols")
                continue
            body = ["#include <stdio.h>", "#include <stdlib.h>",
                    "static void gone(const char *f) {",
                    f'  fprintf(stderr, "Tosei Desk: %s (in {lib.name.split("-")[0]}) is not shipped: this build '
                    f'decodes audio only\\n", f);', "  abort();", "}"]
            for name, (kind, size) in sorted(defined.items()):
                if kind in "TtWi":
                    if name.startswith(harmless) and harmless:
                        body.append(f"void *{name}(void) {{ return 0; }}")
                    else:
                        body.append(f'void {name}(void) {{ gone("{name}"); }}')
                else:
                    body.append(f"const unsigned char {name}[{max(size, 1)}] __attribute__((aligned(64))) = {{0}};")
            src = lib.with_name(lib.name + ".stub.c")
            src.write_text("\n".join(body) + "\n", encoding="utf-8")
            out = lib.with_name(lib.name + ".stub")
            cc = subprocess.run(["gcc", "-shared", "-fPIC", "-O1", "-s", f"-Wl,-soname,{lib.name}", "-o", str(out),
                                 str(src)], capture_output=True, text=True)
            src.unlink()
            if cc.returncode:
                print(f"prune: {lib.name} kept: the stub did not build: {cc.stderr.strip()[:200]}")
                out.unlink(missing_ok=True)
                continue
            size = lib.stat().st_size
            os.replace(out, lib)
            done, gained = done + 1, gained + size - lib.stat().st_size
    return done, gained


_HASHED = re.compile(r"^(lib.+?)-[0-9a-f]{8}(\.so.*)$")  # auditwheel's libfoo-1a2b3c4d.so.1.2.3


def _nm(path: Path, which: str) -> set[str]:
    out = subprocess.run(["nm", "-D", f"--{which}-only", str(path)], capture_output=True, text=True).stdout
    return {line.split()[-1].replace("@@", "@") for line in out.splitlines() if line.strip()}


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def dedupe(internal: Path) -> tuple[int, int]:
    """Replace a library by a symlink to another copy of the same name and version (see module doc)."""
    if not (shutil.which("nm") and shutil.which("readelf")):
        print("prune: no nm/readelf (binutils): duplicate libraries kept")
        return 0, 0
    libs = [p for p in internal.glob("*.libs/*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    by_key: dict[str, list[Path]] = {}
    for p in libs:
        m = _HASHED.match(p.name)
        if m:
            by_key.setdefault(m.group(1) + m.group(2), []).append(p)
    users: dict[str, list[Path]] = {}
    for p in _elves(internal):
        for name in _needed(p):
            users.setdefault(name, []).append(p)
    done = gained = 0
    freed: set[str] = set()  # libraries the removed copies needed
    for _key, copies in sorted(by_key.items()):
        if len(copies) < 2:
            continue
        # keep the copy with the most users (PyAV's FFmpeg: PyAV's modules + OpenCV)
        copies.sort(key=lambda p: (-len(users.get(p.name, [])), str(p)))
        keep, provided = copies[0], _nm(copies[0], "defined")
        for other in copies[1:]:
            wanted = set().union(*(_nm(u, "undefined") for u in users.get(other.name, []))) & _nm(other, "defined")
            missing = wanted - provided
            if missing:
                print(f"prune: {other.relative_to(internal)} kept: {keep.name} lacks {sorted(missing)[:3]}")
                continue
            size = other.stat().st_size
            freed.update(_needed(other))
            other.unlink()
            other.symlink_to(os.path.relpath(keep, other.parent))
            done, gained = done + 1, gained + size
    _link_dependencies(internal)
    # libraries nothing needs any more: only the removed copies did (OpenCV's libvpx, libdav1d, OpenSSL 1.1)
    for _ in range(3):
        needed = {n for p in _elves(internal) for n in _needed(p)}
        orphans = [p for p in libs if p.exists() and not p.is_symlink() and p.name in freed - needed]
        if not orphans:
            break
        for p in orphans:
            gained += p.stat().st_size
            freed.update(_needed(p))
            p.unlink()
            done += 1
        for link in internal.glob("*"):  # PyInstaller's top-level symlinks to them
            if link.is_symlink() and not link.exists():
                link.unlink()
    return done, gained


def _link_dependencies(internal: Path) -> None:
    """A library loaded through a symlink in another folder looks for its own dependencies in *that* folder
    ($ORIGIN is the folder of the name it was opened by): link them there too, transitively."""
    changed = True
    while changed:
        changed = False
        for link in internal.glob("*.libs/*"):
            if not link.is_symlink() or not link.exists():
                continue
            target = link.resolve()
            if target.parent == link.parent:
                continue
            for name in _needed(target):
                there, here = target.parent / name, link.parent / name
                if there.exists() and not here.exists() and not here.is_symlink():
                    here.symlink_to(os.path.relpath(there, link.parent))
                    changed = True


def load_check(internal: Path) -> list[str]:
    """Load each shared library (through its symlink, in a fresh process each, no LD_LIBRARY_PATH: the order
    the app may meet them in) and report those that fail."""
    failed = []
    for link in sorted(internal.glob("*.libs/*")):
        if link.is_symlink():
            out = subprocess.run([sys.executable, "-c", "import ctypes, sys; ctypes.CDLL(sys.argv[1])", str(link)],
                                 capture_output=True, text=True,
                                 env={k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"})
            if out.returncode:
                failed.append(f"{link.relative_to(internal)}: {out.stderr.strip().splitlines()[-1]}")
    return failed


def _dlopen_failures(paths: list[Path], internal: Path) -> set[Path]:
    """Files the dynamic loader refuses (checked in a child: a bad file must not take this process down)."""
    folders = sorted({str(p.parent) for p in internal.rglob("*.so*")} | {str(internal)})
    code = ("import ctypes, sys\n"
            "for p in sys.argv[1:]:\n"
            "    try:\n        ctypes.CDLL(p)\n"
            "    except OSError as e:\n        print(p) if 'align' in str(e) or 'ELF' in str(e) else None\n")
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(folders))
    out = subprocess.run([sys.executable, "-c", code, *map(str, paths)], capture_output=True, text=True, env=env)
    return {Path(line) for line in out.stdout.splitlines() if line.strip()}


def strip_unneeded(internal: Path) -> tuple[int, int]:
    """``strip --strip-unneeded`` every ELF file; ``*.libs`` files are load-tested and restored on failure."""
    if not shutil.which("strip"):
        print("prune: no strip (binutils): symbol tables kept")
        return 0, 0
    done = gained = 0
    backups: dict[Path, Path] = {}
    for path in _elves(internal):
        tmp = path.with_name(path.name + ".strip")
        if subprocess.run(["strip", "--strip-unneeded", "-o", str(tmp), str(path)], capture_output=True).returncode:
            tmp.unlink(missing_ok=True)
            continue
        gain = path.stat().st_size - tmp.stat().st_size
        if gain <= 0:
            tmp.unlink()
            continue
        shutil.copymode(path, tmp)
        if path.parent.name.endswith(".libs"):
            backup = path.with_name(path.name + ".orig")
            os.replace(path, backup)
            backups[path] = backup
        os.replace(tmp, path)
        done, gained = done + 1, gained + gain
    for path in _dlopen_failures(sorted(backups), internal) if backups else ():
        gained -= backups[path].stat().st_size - path.stat().st_size
        done -= 1
        os.replace(backups.pop(path), path)
        print(f"prune: {path.relative_to(internal)} does not load once stripped: kept as it was")
    for backup in backups.values():
        backup.unlink()
    return done, gained


def breakdown(bundle: Path, top: int = 16) -> list[str]:
    """The biggest components of the bundle (folders of _internal, and the big files at its top)."""
    internal = bundle / "_internal"
    sizes = []
    for entry in internal.iterdir():
        if entry.is_symlink():
            continue
        size = entry.stat().st_size if entry.is_file() else sum(
            f.lstat().st_size for f in entry.rglob("*") if f.is_file() and not f.is_symlink())
        sizes.append((size, entry.name))
    sizes.sort(reverse=True)
    rest = sum(s for s, _ in sizes[top:])
    lines = [f"{s / 2**20:7.1f} MB  {n}" for s, n in sizes[:top]]
    lines.append(f"{rest / 2**20:7.1f} MB  ({len(sizes) - top} others)")
    return lines


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
    linux = sys.platform.startswith("linux")
    stubbed, stub_bytes = stub(internal) if linux else (0, 0)
    shared, shared_bytes = dedupe(internal) if linux else (0, 0)
    stripped, gained = strip_unneeded(internal) if linux else (0, 0)
    after = _size_mb(bundle)
    print(f"prune: {stubbed} encoder libraries replaced by stubs ({stub_bytes / 2**20:.0f} MB); "
          f"{removed} unused Qt/GTK files removed; {shared} duplicate libraries shared or dropped "
          f"({shared_bytes / 2**20:.0f} MB); {stripped} ELF files stripped ({gained / 2**20:.0f} MB): "
          f"{before:.0f} MB -> {after:.0f} MB")
    print("prune: size by component:\n  " + "\n  ".join(breakdown(bundle)))
    if linux:
        failed = load_check(internal)
        if failed:
            print("prune: shared libraries that do not load:\n  " + "\n  ".join(failed), file=sys.stderr)
            return 1
        print("prune: every shared (symlinked) library loads on its own, whichever name it is opened by")
    if linux and shutil.which("ldd"):
        missing = check_links(bundle)
        if missing:
            print("prune: libraries still needed were removed:\n  " + "\n  ".join(missing[:30]), file=sys.stderr)
            return 1
        print("prune: every ELF file in the bundle resolves all its libraries")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/tosei-desk")))
