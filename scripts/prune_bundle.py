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
   symbols the loader uses) from every ELF file. Libraries that auditwheel/patchelf rewrote can break under
   strip ("ELF load command ... not page-aligned": numpy's OpenBLAS, Qt's own libavformat), so each stripped
   library is loaded (``dlopen``) in a child process and put back unstripped if the loader refuses it.
3b. Leave to the system the libraries the Debian packages of ``install-system-deps.sh --runtime`` provide
   (and what apt installs with them): PyInstaller copies the build machine's libglib, libX11/xcb, PulseAudio
   with libsndfile and its codecs, Kerberos, libsystemd... into the bundle (~20 MB), which then mixes with
   the system's own copies of the same libraries at run time. The ``.deb`` depends on those packages
   (packaging/deb/depends.txt), as the runtime install does.
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
    # PyAV's encoders (the app decodes audio only)
    "av.libs/libx265-*.so*": ("x265_api_get",),
    "av.libs/libSvtAv1Enc-*.so*": (),
    "av.libs/libx264-*.so*": (),
    "av.libs/libmp3lame-*.so*": (),
    "av.libs/libopencore-amr*.so*": (),
    # PyAV's AV1 video decoder and TLS (network streams): the app opens local audio files
    "av.libs/libdav1d-*.so*": (),
    "av.libs/libgnutls-*.so*": ("gnutls_global_init", "gnutls_global_deinit", "gnutls_global_set_log"),
    # Qt Quick/QML: only Qt Multimedia's FFmpeg plugin links them, for window capture (QQuickWindow::grabWindow)
    # and nothing at all from Qt QML; the app plays recordings in a widget window
    "PySide6/Qt/lib/libQt6Quick.so.6": (),
    "PySide6/Qt/lib/libQt6Qml.so.6": (),
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


def _verneed(user: Path, lib_name: str) -> set[str]:
    """Version nodes ``user`` requires of ``lib_name`` (readelf -V), used or not."""
    out = subprocess.run(["readelf", "-V", "--wide", str(user)], capture_output=True, text=True).stdout
    found, current = set(), None
    for line in out.splitlines():
        m = re.search(r"File: (\S+)", line)
        if m:
            current = m.group(1)
            continue
        m = re.search(r"Name: (\S+)", line)
        if m and current == lib_name:
            found.add(m.group(1))
    return found


def _stub_source(lib: Path, defined: dict[str, tuple[str, int]], harmless: tuple[str, ...],
                 versions: set[str]) -> tuple[str, str | None]:
    """C source (and a version script when the library versions its symbols) of a stub for ``lib``."""
    what = lib.name.split("-")[0].split(".so")[0]
    body = ["#include <stdio.h>", "#include <stdlib.h>", "static void gone(const char *f) {",
            f'  fprintf(stderr, "Tosei Desk: %s (in {what}) is not shipped in this build\\n", f);',
            "  abort();", "}"]
    nodes: dict[str, list[str]] = {v: [] for v in versions}
    for i, (full, (kind, size)) in enumerate(sorted(defined.items())):
        name, _, version = full.partition("@")
        version = version.lstrip("@")
        if version:
            nodes.setdefault(version, []).append(name)
        if kind in "TtWi":
            if harmless and name.startswith(harmless):
                body.append(f'void *s{i}(void) __asm__("{name}"); void *s{i}(void) {{ return 0; }}')
            else:
                body.append(f'void s{i}(void) __asm__("{name}"); void s{i}(void) {{ gone("{name}"); }}')
        else:  # data: zeros of the same size (read only by the code paths that are gone)
            body.append(f'const unsigned char s{i}[{max(size, 1)}] __asm__("{name}") __attribute__((aligned(64))) '
                        "= {0};")
    if not nodes:
        return "\n".join(body) + "\n", None
    script = []
    for j, (version, names) in enumerate(sorted(nodes.items())):
        if not names:  # a node the users require but take no symbol from
            body.append(f'void v{j}(void) __asm__("__tosei_stub_{j}"); void v{j}(void) {{}}')
            names = [f"__tosei_stub_{j}"]
        script.append(f"{version} {{ global: {'; '.join(names)}; }};")
    return "\n".join(body) + "\n", "\n".join(script) + "\n"


def stub(internal: Path) -> tuple[int, int, list[Path]]:
    """Replace each library of STUBS by a stub defining what its users import from it (see module doc); the
    libraries only the originals needed go too. Returns (count, bytes saved, the users of the stubs)."""
    if not (shutil.which("gcc") and shutil.which("nm") and shutil.which("readelf")):
        print("prune: no gcc/binutils: unused libraries kept whole")
        return 0, 0, []
    users: dict[str, list[Path]] = {}
    for p in _elves(internal):
        for name in _needed(p):
            users.setdefault(name, []).append(p)
    done = gained = 0
    freed: set[str] = set()
    stub_users: list[Path] = []
    for pattern, harmless in STUBS.items():
        for lib in sorted(internal.glob(pattern)):
            if lib.is_symlink() or not _is_elf(lib):
                continue
            wanted = {w.split("@")[0] for u in users.get(lib.name, []) for w in _nm(u, "undefined")}
            defined = {full: kind for full, kind in _nm_sized(lib).items() if full.split("@")[0] in wanted}
            versions = set().union(*(_verneed(u, lib.name) for u in users.get(lib.name, [])))
            source, script = _stub_source(lib, defined, harmless, versions)
            src, ver, out = (lib.with_name(lib.name + ext) for ext in (".stub.c", ".stub.map", ".stub"))
            src.write_text(source, encoding="utf-8")
            args = ["gcc", "-shared", "-fPIC", "-O1", "-s", f"-Wl,-soname,{lib.name}", "-o", str(out), str(src)]
            if script:
                ver.write_text(script, encoding="utf-8")
                args.append(f"-Wl,--version-script={ver}")
            cc = subprocess.run(args, capture_output=True, text=True)
            src.unlink()
            ver.unlink(missing_ok=True)
            if cc.returncode:
                print(f"prune: {lib.name} kept: the stub did not build: {cc.stderr.strip()[:300]}")
                out.unlink(missing_ok=True)
                continue
            size = lib.stat().st_size
            freed.update(_needed(lib))
            os.replace(out, lib)
            done, gained = done + 1, gained + size - lib.stat().st_size
            stub_users += [u for u in users.get(lib.name, []) if u not in stub_users]
    # what only the originals needed (Qt QML models/meta/worker script; GnuTLS's nettle, gmp, libunistring)
    for _ in range(3):
        needed = {n for p in _elves(internal) for n in _needed(p)}
        orphans = [p for p in _elves(internal) if p.name in freed - needed]
        if not orphans:
            break
        for p in orphans:
            freed.update(_needed(p))
            gained += p.stat().st_size
            p.unlink()
            done += 1
        for link in list(internal.rglob("*")):
            if link.is_symlink() and not link.exists():
                link.unlink()
    return done, gained, [u for u in stub_users if u.exists()]


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


def load_check(internal: Path, also: list[Path] = ()) -> list[str]:
    """Load each shared library (through its symlink, in a fresh process each, no LD_LIBRARY_PATH: the order
    the app may meet them in; ``also``: the users of stubs, which must load with the stubs) and report those
    that fail."""
    failed = []
    for link in sorted(internal.glob("*.libs/*")) + list(also):
        if link.is_symlink() or link in also:
            out = subprocess.run([sys.executable, "-c", "import ctypes, sys; ctypes.CDLL(sys.argv[1])", str(link)],
                                 capture_output=True, text=True,
                                 env={k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"})
            if out.returncode:
                failed.append(f"{link.relative_to(internal)}: {out.stderr.strip().splitlines()[-1]}")
    return failed


def _dlopen_failures(paths: list[Path]) -> set[Path]:
    """Files the dynamic loader refuses as malformed ("ELF load command ... not page-aligned"), each loaded in
    a child process of its own (a bad file must not take this process down; no LD_LIBRARY_PATH: each finds
    its dependencies as in the app)."""
    code = ("import ctypes, sys\n"
            "try:\n    ctypes.CDLL(sys.argv[1])\n"
            "except OSError as e:\n    print(e)\n")
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    bad = set()
    for path in paths:
        out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env)
        if "align" in out.stdout or "ELF" in out.stdout:
            bad.add(path)
    return bad


def strip_unneeded(internal: Path) -> tuple[int, int]:
    """``strip --strip-unneeded`` every ELF file; each stripped shared library is load-tested and put back
    unstripped if the loader refuses it (patchelf-rewritten files: numpy's OpenBLAS, Qt's FFmpeg)."""
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
        backup = path.with_name(path.name + ".orig")
        os.replace(path, backup)
        backups[path] = backup
        os.replace(tmp, path)
        done, gained = done + 1, gained + gain
    for path in _dlopen_failures(sorted(backups)):
        gained -= backups[path].stat().st_size - path.stat().st_size
        done -= 1
        os.replace(backups.pop(path), path)
        print(f"prune: {path.relative_to(internal)} does not load once stripped: kept as it was")
    for backup in backups.values():
        backup.unlink()
    return done, gained


def runtime_packages() -> list[str]:
    """The library packages of ``install-system-deps.sh --runtime`` (fonts and python3-venv left out)."""
    text = (Path(__file__).resolve().parent / "install-system-deps.sh").read_text(encoding="utf-8")
    body = re.search(r"^runtime=\((.*?)\)", text, re.S | re.M).group(1)
    return [w for w in body.split() if w.startswith("lib")]


def unbundle_system(internal: Path) -> tuple[int, int, list[str]]:
    """Delete the top-level system libraries that belong to the runtime packages or their dependencies
    (see module doc); return (count, bytes, the owning packages)."""
    if not (shutil.which("dpkg") and shutil.which("apt-cache")):
        print("prune: not a Debian system: system libraries stay bundled")
        return 0, 0, []
    wanted = runtime_packages()
    out = subprocess.run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
                          "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", "--installed", *wanted],
                         capture_output=True, text=True).stdout
    closure = set(wanted) | {line.strip() for line in out.splitlines() if line and not line.startswith(" ")}
    candidates = [p for p in internal.glob("lib*.so*") if p.is_file() and not p.is_symlink() and _is_elf(p)
                  and not p.name.startswith("libpython")]
    owners: dict[str, str] = {}
    paths = [str(d / p.name) for p in candidates for d in (Path("/usr/lib"), Path("/lib"))
             for d in [d / sub for sub in ("x86_64-linux-gnu", "aarch64-linux-gnu")] if (d / p.name).exists()]
    if paths:
        listing = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True).stdout
        for line in listing.splitlines():
            package, _, path = line.partition(": ")
            owners[Path(path.strip()).name] = package.split(":")[0]
    done = gained = 0
    used: set[str] = set()
    for lib in candidates:
        package = owners.get(lib.name)
        if package in closure:
            gained += lib.stat().st_size
            lib.unlink()
            done += 1
            used.add(package)
    for link in internal.glob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    return done, gained, sorted(used)


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
    stubbed, stub_bytes, stub_users = stub(internal) if linux else (0, 0, [])
    shared, shared_bytes = dedupe(internal) if linux else (0, 0)
    stripped, gained = strip_unneeded(internal) if linux else (0, 0)
    system, system_bytes, packages = unbundle_system(internal) if linux else (0, 0, [])
    after = _size_mb(bundle)
    print(f"prune: {stubbed} unused libraries replaced by stubs or dropped with them ({stub_bytes / 2**20:.0f} MB); "
          f"{system} system libraries left to {len(packages)} Debian packages ({system_bytes / 2**20:.0f} MB); "
          f"{removed} unused Qt/GTK files removed; {shared} duplicate libraries shared or dropped "
          f"({shared_bytes / 2**20:.0f} MB); {stripped} ELF files stripped ({gained / 2**20:.0f} MB): "
          f"{before:.0f} MB -> {after:.0f} MB")
    print("prune: size by component:\n  " + "\n  ".join(breakdown(bundle)))
    if linux:
        failed = load_check(internal, stub_users)
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
