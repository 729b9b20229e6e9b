#!/usr/bin/env bash
# Start the dashboard on http://localhost:8501 (installs the Python requirements on first run).
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
exec "$VENV/bin/streamlit" run dashboard.py --server.port "${PORT:-8501}" "$@"
