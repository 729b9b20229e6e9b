#!/usr/bin/env bash
# N Streamlit processes of the dashboard behind nginx (Debian's package) with sticky sessions.
#
#   bash deploy/run_many.sh [N=2] [PORT=8080] [FIRST_BACKEND_PORT=8601]
#
# Starts N processes on 127.0.0.1:FIRST..FIRST+N-1, writes deploy/nginx.conf with those upstreams
# into a private directory and runs nginx in the foreground on 127.0.0.1:PORT (no root needed).
# Prints `pids=...` (the Streamlit processes, for benchmarks/load.py --pids) once all are healthy.
# Ctrl-C or SIGTERM stops nginx and every process it started. Listen on 0.0.0.0 by editing
# `listen` in the generated file (or put TLS in front) when serving a room.
set -euo pipefail
N="${1:-2}"
PORT="${2:-8080}"
FIRST="${3:-8601}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ -x "$NGINX" ] || { echo "nginx not found: apt-get install -y nginx" >&2; exit 1; }

PREFIX="$(mktemp -d /tmp/paradiplomacy-nginx.XXXXXX)"
PIDS=()
cleanup() {
  [ -f "$PREFIX/nginx.pid" ] && kill "$(cat "$PREFIX/nginx.pid")" 2>/dev/null || true
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$PREFIX"
}
trap cleanup EXIT
trap 'exit 0' INT TERM

UPSTREAMS=""
cd "$ROOT"
for i in $(seq 0 $((N - 1))); do
  P=$((FIRST + i))
  "$PY" -m streamlit run dashboard.py --server.port "$P" --server.address 127.0.0.1 \
    --server.headless true --browser.gatherUsageStats false --server.fileWatcherType none \
    >"$PREFIX/streamlit-$P.log" 2>&1 &
  PIDS+=("$!")
  UPSTREAMS+="        server 127.0.0.1:$P max_fails=0;"$'\n'
done
mkdir -p "$PREFIX"/{client_body,proxy,fastcgi,uwsgi,scgi}
awk -v up="$UPSTREAMS" -v port="$PORT" -v prefix="$PREFIX" \
  '{ if ($0 == "@UPSTREAMS@") { printf "%s", up } else { gsub("@PORT@", port); gsub("@PREFIX@", prefix); print } }' \
  "$ROOT/deploy/nginx.conf" >"$PREFIX/nginx.conf"

for i in $(seq 0 $((N - 1))); do
  P=$((FIRST + i))
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$P/_stcore/health" >/dev/null 2>&1 && break
    kill -0 "${PIDS[$i]}" 2>/dev/null || { cat "$PREFIX/streamlit-$P.log" >&2; exit 1; }
    sleep 0.2
  done
done
"$NGINX" -t -q -p "$PREFIX" -c "$PREFIX/nginx.conf"
"$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -g "daemon off;" &
PIDS+=("$!")
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/_stcore/health" >/dev/null 2>&1 && break
  sleep 0.1
done
echo "serving http://127.0.0.1:$PORT/ with $N processes"
echo "pids=$(IFS=,; echo "${PIDS[*]:0:$N}")"
wait
