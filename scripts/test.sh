#!/usr/bin/env bash
# Set up everything the tests need (system packages too) and run lint, types, the layer
# contracts (import-linter, pyproject [tool.importlinter]) and the suite, which also builds
# the wheel and runs it from a fresh virtualenv (tests/packaging/test_wheel.py).
# Extra arguments go to pytest, e.g. scripts/test.sh -k outbox
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
scripts/bootstrap.sh test
echo "== ruff"
.venv/bin/ruff check desktop_app tests scripts
.venv/bin/ruff format --check desktop_app tests scripts
echo "== mypy"
.venv/bin/mypy
echo "== import contracts"
.venv/bin/lint-imports
echo "== pytest"
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
