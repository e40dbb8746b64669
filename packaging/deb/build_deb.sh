#!/usr/bin/env bash
# Build dist/tosei-desk_<version>_<arch>.deb from the one-dir bundle dist/tosei-desk/ with dpkg-deb.
#   /opt/tosei-desk/                 the bundle (both executables, resources, the Whisper model)
#   /usr/bin/tosei-desk, tosei-desk-cli   launchers
#   /usr/share/applications/tosei-desk.desktop, /usr/share/icons/hicolor/256x256/apps/tosei-desk.png
#   /etc/tosei-desk/policy.toml      the machine policy: a conffile (kept on upgrade and on remove; purge deletes it)
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=dist/tosei-desk
[ -x "$bundle/tosei-desk" ] || { echo "build_deb: $bundle/tosei-desk missing (run scripts/build.sh)" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
arch=$(dpkg --print-architecture)
stage=build/deb/tosei-desk_${version}_${arch}
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/icons/hicolor/256x256/apps" "$stage/etc/tosei-desk" "$stage/usr/share/doc/tosei-desk"
cp -a "$bundle" "$stage/opt/tosei-desk"
for exe in tosei-desk tosei-desk-cli; do
  printf '#!/bin/sh\nexec /opt/tosei-desk/%s "$@"\n' "$exe" > "$stage/usr/bin/$exe"
  chmod 755 "$stage/usr/bin/$exe"
done
cp packaging/deb/tosei-desk.desktop "$stage/usr/share/applications/"
cp resources/icons/tosei-desk.png "$stage/usr/share/icons/hicolor/256x256/apps/tosei-desk.png"
py=${PYTHON:-.venv/bin/python}
"$py" scripts/policy_template.py "$stage/etc/tosei-desk/policy.toml"
cp "$bundle/_internal/THIRD-PARTY-LICENSES.md" "$stage/usr/share/doc/tosei-desk/copyright" 2>/dev/null \
  || cp build/THIRD-PARTY-LICENSES.md "$stage/usr/share/doc/tosei-desk/copyright"
echo "/etc/tosei-desk/policy.toml" > "$stage/DEBIAN/conffiles"
# Runtime libraries the bundle loads from the system (measured with ldd over the bundle; see ADMIN.md).
depends=$(grep -v '^ *$' packaging/deb/depends.txt | paste -sd, - | sed 's/,/, /g')
size_kb=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: tosei-desk
Version: ${version}
Architecture: ${arch}
Maintainer: Tosei Desk team <tosei-desk@example.invalid>
Installed-Size: ${size_kb}
Depends: ${depends}
Recommends: gnome-keyring, libreoffice-writer-nogui
Section: office
Priority: optional
Homepage: https://example.invalid/tosei-desk
Description: Desktop assistant for Tokyo Metropolitan Government paperwork
 Minutes from recordings (offline Whisper), paper-form reading (offline OCR),
 FAX-less sending, e-approval drafts and cloud-folder sync. Everything runs on
 the PC; the speech and OCR models are included.
CONTROL
cat > "$stage/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
  command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
POSTINST
cat > "$stage/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
set -e
if [ "$1" = "purge" ]; then
  rmdir --ignore-fail-on-non-empty /etc/tosei-desk 2>/dev/null || true
fi
exit 0
POSTRM
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
out=dist/tosei-desk_${version}_${arch}.deb
# zstd -3: 13 s and 409 MB here, where xz -1 took 9 min for 375 MB on the 2 shared cores (dpkg >= 1.21.18).
dpkg-deb --root-owner-group -Zzstd -z3 --build "$stage" "$out" >/dev/null
echo "build_deb: $out $(du -h "$out" | cut -f1)"
