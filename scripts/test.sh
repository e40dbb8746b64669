#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: system packages, venv, translations, the import-linter
# contracts, ruff and mypy, the services tier in a second venv without PySide6, then pytest (Qt offscreen) inside
# a private D-Bus session with an unlocked gnome-keyring (for the real credential-store tests) and a private
# PulseAudio server (for recording tests). Extra args go to the main pytest run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/install-system-deps.sh --test
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# Third-party packages exactly as locked (hashes checked), then the app itself without resolving anything.
# A dependency added to pyproject.toml but not yet to the lock: the lock is refreshed here (other pins kept)
# and you are told to commit it; TOSEI_STRICT_LOCK=1 makes that an error instead.
if ! .venv/bin/python scripts/lock.py check; then
  [ "${TOSEI_STRICT_LOCK:-0}" = 1 ] && exit 1
  echo "test.sh: refreshing requirements.lock (python scripts/lock.py update) -- commit it" >&2
  .venv/bin/python scripts/lock.py update
fi
.venv/bin/python -m pip install -q --require-hashes -r requirements.lock
.venv/bin/python -m pip install -q --no-deps -e .
.venv/bin/python scripts/i18n.py build
.venv/bin/lint-imports --no-cache
.venv/bin/ruff check .   # rules: [tool.ruff] in pyproject.toml
.venv/bin/mypy           # desktop/services: [tool.mypy] in pyproject.toml
# The OpenID Connect provider of the sign-in tests (npm oidc-provider, pinned by package-lock.json): npm ci only
# when the lock file changed since the last install.
if command -v npm >/dev/null; then
  stamp=tests/oidc/node_modules/.tosei-lock-sha256
  want=$(sha256sum tests/oidc/package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    (cd tests/oidc && npm ci --no-audit --no-fund --loglevel=error) && echo "$want" > "$stamp"
  fi
fi

export QT_QPA_PLATFORM=offscreen HF_HUB_OFFLINE=1
sandbox=$(mktemp -d)
export TOSEI_TEST_SANDBOX=$sandbox
export XDG_RUNTIME_DIR=$sandbox/run; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
pulse_pid=""
if command -v pulseaudio >/dev/null; then
  mkdir -p "$sandbox/pulse"
  HOME=$sandbox pulseaudio -n --daemonize=no --exit-idle-time=-1 --log-target=file:"$sandbox/pulse.log" \
    --load="module-native-protocol-unix auth-anonymous=1 socket=$sandbox/pulse/native" \
    --load="module-null-sink sink_name=nullsink" --load="module-null-source source_name=nullsrc" &
  pulse_pid=$!
  export PULSE_SERVER=unix:$sandbox/pulse/native
fi
cleanup() { [ -n "$pulse_pid" ] && kill "$pulse_pid" 2>/dev/null; rm -rf "$sandbox"; }
trap cleanup EXIT
unset DBUS_SESSION_BUS_ADDRESS

# The services tier where PySide6 is really not installed (scripts/test_noqt.sh; ~30 s once .venv-noqt is built).
# On a full run only: skipped when a test path is given (a targeted run), unless TOSEI_NOQT=1; TOSEI_NOQT=0 skips it.
noqt=1
for arg in "$@"; do [ -e "${arg%%::*}" ] && noqt=0; done
if [ "${TOSEI_NOQT:-$noqt}" = 1 ]; then
  bash scripts/test_noqt.sh
fi

export PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring
HOME=$sandbox dbus-run-session -- bash -c '
  echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1 || true
  cd "$0" && .venv/bin/python -m pytest -q -ra --durations=20 "${@}"' "$root" "$@"
