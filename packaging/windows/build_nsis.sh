#!/usr/bin/env bash
# Build the NSIS installer from the one-dir layout dist/tosei-desk/ with makensis (Debian package `nsis`).
# On Linux CI this packs the Linux bundle with compression off: it proves the installer definition builds
# (the Windows workflow, .github/workflows/windows.yml, builds the real one from the Windows bundle, LZMA).
set -euo pipefail
cd "$(dirname "$0")/../.."
py=${PYTHON:-.venv/bin/python}
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
mkdir -p build/nsis
"$py" scripts/policy_template.py build/nsis/policy.toml
out=dist/tosei-desk-${version}-setup.exe
compress=()
[ "${NSIS_COMPRESS:-off}" = off ] && compress=(-DCOMPRESS=off)
makensis -V2 -DVERSION="$version" -DSRCDIR="$(pwd)/dist/tosei-desk" -DPOLICY="$(pwd)/build/nsis/policy.toml" \
  -DOUTFILE="$(pwd)/$out" "${compress[@]}" packaging/windows/tosei-desk.nsi
echo "build_nsis: $out $(du -h "$out" | cut -f1)"
