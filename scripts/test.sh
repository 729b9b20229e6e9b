#!/usr/bin/env bash
# Run the whole test suite (installs the Python requirements, Debian's chromium and nginx when missing).
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
# Debian's chromium (browser tests) and nginx (tests/test_deploy.py: two processes behind a proxy)
MISSING=""
[ -x /usr/bin/chromium ] || MISSING="$MISSING chromium"
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || MISSING="$MISSING nginx"
if [ -n "$MISSING" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q >/dev/null
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $MISSING >/dev/null
fi
# lint, format and type checks first: cheap, and they name the file and line
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/mypy"
exec "$VENV/bin/python" -m pytest -q "$@"
