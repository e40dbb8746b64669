#!/usr/bin/env bash
# The services tier where PySide6 is really not installed (napari's tox env without Qt). scripts/test.sh runs it
# on a full run; run it alone with `bash scripts/test_noqt.sh [pytest args]`.
#
# .venv-noqt (gitignored) holds requirements.lock minus Qt (scripts/noqt_lock.py: PySide6*, shiboken6, pytest-qt),
# installed with hashes checked, and the app itself. It is rebuilt only when that filtered lock or the Python
# changes, the app reinstalled (editable) only when pyproject.toml or the checkout path changes (stamp files);
# otherwise this costs only the tests.
#
# It runs the Qt-free checks of the core services and the send/sync command lines (~60 s). Tests marked qt (they
# check Qt itself), libreoffice, slow or real_keyring are left to the main run, which runs every test here again
# with Qt present. No D-Bus session is needed: every test uses the in-memory keyring (tests/conftest.py).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lock=$work/requirements-noqt.lock
python3 scripts/noqt_lock.py "$lock"
want=$( (cat "$lock"; python3 --version) | sha256sum | cut -d' ' -f1)
stamp=.venv-noqt/.tosei-noqt-lock-sha256
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "test_noqt.sh: building .venv-noqt (the lock without Qt changed)" >&2
  rm -rf .venv-noqt
  python3 -m venv .venv-noqt
  .venv-noqt/bin/python -m pip install -q --no-deps --require-hashes -r "$lock"
  echo "$want" > "$stamp"
fi
# the app itself (editable): again only when its metadata or the checkout moved
want_app=$( (cat pyproject.toml; pwd) | sha256sum | cut -d' ' -f1)
stamp_app=.venv-noqt/.tosei-noqt-app-sha256
if [ "$(cat "$stamp_app" 2>/dev/null)" != "$want_app" ]; then
  .venv-noqt/bin/python -m pip install -q --no-deps -e .
  echo "$want_app" > "$stamp_app"
fi
if .venv-noqt/bin/python -c 'import PySide6' 2>/dev/null; then
  echo "test_noqt.sh: PySide6 is importable in .venv-noqt" >&2
  exit 1
fi
export QT_QPA_PLATFORM=offscreen HF_HUB_OFFLINE=1
unset DBUS_SESSION_BUS_ADDRESS
# -W: pytest-qt's ini option qt_api is unknown where pytest-qt is absent (expected here)
# HOME: a private one for the tests (pip above keeps the real one, so its cache makes a rebuild quick)
HOME=$work .venv-noqt/bin/python -m pytest -q -p no:cacheprovider -W ignore::pytest.PytestConfigWarning \
  -m "not qt and not libreoffice and not slow and not real_keyring" \
  tests/services/core tests/services/send/test_send_cli_and_secrets.py \
  tests/services/sync/test_sync_cli_and_secrets.py "$@"
