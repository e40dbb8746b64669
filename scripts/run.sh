#!/usr/bin/env bash
# Set up (system packages, virtual environment, translations) and start Tosei Desk.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh --runtime
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
.venv/bin/python scripts/i18n.py build
exec .venv/bin/python -m desktop "$@"
