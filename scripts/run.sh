#!/usr/bin/env bash
# Set up (first time) and start Fieldkit. Extra arguments go to `fieldkit`.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
"$repo/scripts/bootstrap.sh" app
exec "$repo/.venv/bin/fieldkit" "$@"
