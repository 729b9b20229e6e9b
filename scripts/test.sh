#!/usr/bin/env bash
# Run the whole test suite (installs the Python requirements and Debian's chromium when missing).
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium >/dev/null
fi
# lint, format and type checks first: cheap, and they name the file and line
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/mypy"
exec "$VENV/bin/python" -m pytest -q "$@"
