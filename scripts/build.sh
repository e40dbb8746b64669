#!/usr/bin/env bash
# Build the one-dir PyInstaller bundle (dist/tosei-desk/) and run its self-test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e '.[build]'
.venv/bin/python scripts/i18n.py build
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
exe=dist/tosei-desk/tosei-desk
[ -x "$exe" ] || exe=dist/tosei-desk/tosei-desk.exe
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/run"; chmod 700 "$sandbox/run"
unset DBUS_SESSION_BUS_ADDRESS
# The bundle must pass its self-test with a real (unlocked) credential store and no display.
TOSEI_DESK_HOME=$sandbox/home QT_QPA_PLATFORM=offscreen HOME=$sandbox XDG_RUNTIME_DIR=$sandbox/run \
  dbus-run-session -- bash -c 'echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1; "$0" self-test' "$exe"
du -sh dist/tosei-desk
