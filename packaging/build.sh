#!/usr/bin/env bash
# Build the one-folder Fieldkit bundle: dist/fieldkit/fieldkit (run from anywhere).
#   packaging/build.sh          # build, print the size
#   packaging/build.sh --tar    # also pack dist/fieldkit-<version>-linux-<arch>.tar.gz
# PYTHON picks the interpreter (default: the repo's .venv, as set up by scripts/bootstrap.sh);
# FIELDKIT_DIST and FIELDKIT_WORK move the output and PyInstaller's work folder.
# PyInstaller is installed into that environment if missing (it is not an app dependency).
# The bundle needs libgl1 and libegl1 on the target machine; Qt does not ship them.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
python="${PYTHON:-$repo/.venv/bin/python}"
dist="${FIELDKIT_DIST:-$repo/dist}"
work="${FIELDKIT_WORK:-$repo/build}"

if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  "$python" -m pip install -q "pyinstaller>=6.22,<7"
fi
# The compiled translations are committed package data (desktop_app/resources/translations),
# so the bundle takes them as they are; scripts/translations.py build refreshes them.

began=$(date +%s)
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/fieldkit.spec
cp packaging/fieldkit.desktop "$dist/fieldkit/"
echo "Built $dist/fieldkit in $(( $(date +%s) - began )) s: $(du -sh "$dist/fieldkit" | cut -f1)"
"$dist/fieldkit/fieldkit" --version

if [ "${1:-}" = --tar ]; then
  version="$("$dist/fieldkit/fieldkit" --version | awk '{print $NF}')"
  tarball="$dist/fieldkit-$version-linux-$(uname -m).tar.gz"
  tar -C "$dist" -czf "$tarball" fieldkit
  echo "Packed $tarball: $(du -h "$tarball" | cut -f1)"
fi
