#!/usr/bin/env bash
# Build the one-dir PyInstaller bundle (dist/tosei-desk/) from the lock file, test it as the product, and
# build the installers:
#   1. a build venv (build/venv) holding exactly requirements.lock (hash-checked): not the test venv;
#   2. compiled translations, the third-party licence list, the Windows version resource;
#   3. PyInstaller (build.spec: joins and verifies the Whisper model, ships only .qm, drops test packages);
#   4. the bundle's own `tosei-desk-cli self-test --deep` with a real credential store and no display
#      (translations en+ja, the window switching to English, a transcription, the sample form, a .docx);
#   5. the .deb (packaging/deb/build_deb.sh) and the NSIS installer definition (packaging/windows/);
#   6. sizes: bundle (target <= 650 MB) and installers.
# Options: --no-installers (bundle and self-test only).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
installers=1
[ "${1:-}" = "--no-installers" ] && installers=0
t0=$(date +%s)
step() { echo "build: $1 ($(( $(date +%s) - t0 )) s)"; }

[ -x build/venv/bin/python ] || python3 -m venv build/venv
py=build/venv/bin/python
"$py" -m pip install -q --upgrade pip
# The lock must cover pyproject.toml (scripts/test.sh refreshes it; a build never does it silently).
"$py" scripts/lock.py check
"$py" -m pip install -q --require-hashes -r requirements.lock
step "build venv matches requirements.lock"
"$py" scripts/i18n.py build
"$py" scripts/third_party_licences.py build
"$py" scripts/version_info.py build/version_info.txt
rm -rf dist/tosei-desk
"$py" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
step "PyInstaller bundle built ($(du -sm dist/tosei-desk | cut -f1) MB)"
"$py" scripts/prune_bundle.py dist/tosei-desk
exe=dist/tosei-desk/tosei-desk-cli
[ -x "$exe" ] || exe=dist/tosei-desk/tosei-desk-cli.exe

# The bundle must hold no translation source, no test-only package, no split model, no per-user model copy.
leftovers=$(find dist/tosei-desk \( -name '*.ts' -path '*translations*' -o -name 'wsgidav' -o -name 'hf_xet*' \
             -o -name 'model.bin.part*' -o -name 'pytest' -o -name 'hypothesis' -o -name 'mypy' \) -print | head -5)
if [ -n "$leftovers" ]; then echo "build: the bundle still contains: $leftovers" >&2; exit 1; fi

sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/run"; chmod 700 "$sandbox/run"
selftest() {  # run the installed/bundled CLI's deep self-test with a real (unlocked) credential store
  env -u DBUS_SESSION_BUS_ADDRESS TOSEI_DESK_HOME="$sandbox/home-$2" QT_QPA_PLATFORM=offscreen HOME="$sandbox" \
    XDG_RUNTIME_DIR="$sandbox/run" HF_HUB_OFFLINE=1 PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring \
    dbus-run-session -- bash -c 'echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets --daemonize \
      >/dev/null 2>&1; "$0" self-test --deep' "$1" | tee "$sandbox/selftest-$2.txt"
  grep -q "translations: English and Japanese load" "$sandbox/selftest-$2.txt"
  grep -q "^\[OK  \] ui: the main window switches to English" "$sandbox/selftest-$2.txt"
  grep -q "^\[OK  \] minutes: transcribe the bundled clip .*embedded /" "$sandbox/selftest-$2.txt"
  # the model is read in place from the bundle: no per-user copy appeared
  [ ! -e "$sandbox/home-$2/cache/models/base" ] || { echo "build: the model was copied per user" >&2; return 1; }
}
selftest "$exe" bundle
step "bundle self-test --deep passed"
bundle_mb=$(du -sm dist/tosei-desk | cut -f1)
echo "build: bundle dist/tosei-desk: ${bundle_mb} MB (target <= 650 MB)$([ "$bundle_mb" -gt 650 ] && echo ' OVER TARGET')"

[ "$installers" = 1 ] || exit 0
if command -v dpkg-deb >/dev/null; then
  PYTHON=$py bash packaging/deb/build_deb.sh
  step ".deb built"
fi
if command -v makensis >/dev/null; then
  PYTHON=$py bash packaging/windows/build_nsis.sh
  step "NSIS installer built"
fi
echo "build: sizes: bundle ${bundle_mb} MB; installers:"
ls -l dist/*.deb dist/*.exe 2>/dev/null | awk '{printf "build:   %s %.0f MB\n", $9, $5 / 1048576}'
