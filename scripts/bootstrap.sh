#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh on Debian/Ubuntu:
# system libraries (only those missing), a virtualenv in .venv, the app installed into it
# with pinned versions. Safe to run again; it skips what is done. The compiled translations
# are committed in desktop_app/resources/translations (scripts/translations.py build makes
# them; a test checks they match translations/*.ts), so nothing is compiled here.
#   bootstrap.sh app    -> what running the app needs
#   bootstrap.sh test   -> that plus MediaWiki/PHP, Xvfb and the test tools
set -euo pipefail
profile="${1:-app}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

app_packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 fontconfig-config
  libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-util1 libxcb-xkb1 fonts-dejavu-core fonts-noto-core
  python3-venv)
test_packages=(mediawiki php-cli php-sqlite3 php-intl php-mbstring php-xml xvfb dovecot-imapd)

wanted=("${app_packages[@]}")
[ "$profile" = test ] && wanted+=("${test_packages[@]}")

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# Python 3.12 or later when there is one: PySide6 6.12 (and its translation tools, which
# tests/ui/test_translations.py runs) is safe only there; under 3.11 pip takes 6.11.3.
# (pyenv's shims name versions that are installed but not selected: each is tried.)
python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in python3.12 "$HOME"/.pyenv/versions/3.12*/bin/python3.12 python3; do
    if "$candidate" -c 'import ensurepip' >/dev/null 2>&1; then
      python="$candidate"
      break
    fi
  done
fi
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extras=""
[ "$profile" = test ] && extras="[test]"
stamp=".venv/.fieldkit-installed-$profile"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -c constraints.txt -e ".$extras"
  touch "$stamp"
fi
