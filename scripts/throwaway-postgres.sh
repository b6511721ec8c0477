#!/usr/bin/env bash
# A throwaway PostgreSQL server for the service tests: a fresh cluster in a
# temporary folder, on a spare port, reachable only from this machine, trusted
# without a password (there is nothing in it but test data).
#   scripts/throwaway-postgres.sh start   prints DATABASE_URL=… and the folder
#   scripts/throwaway-postgres.sh stop <folder>
# As root, initdb refuses to run, so the server runs as the `postgres` user.
set -euo pipefail

bin=""
for dir in "${PG_BIN:-}" /usr/lib/postgresql/*/bin; do
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then bin="$dir"; fi
done
if [ -z "$bin" ]; then
  echo "No PostgreSQL server binaries (initdb) found. Install them (Debian: apt-get install postgresql) or set PG_BIN." >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "${1:-}" in
  start)
    folder="$(mktemp -d /tmp/throwaway-pg.XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$folder"; fi
    port="${PG_PORT:-$(( 55000 + RANDOM % 5000 ))}"
    as_owner "'$bin/initdb' -D '$folder/data' -A trust -U postgres -E UTF8 --no-locale" >/dev/null
    as_owner "'$bin/pg_ctl' -D '$folder/data' -l '$folder/log' -o \"-p $port -k $folder -c listen_addresses=127.0.0.1 -c max_connections=200\" -w start" >/dev/null
    echo "DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    echo "PG_FOLDER=$folder"
    ;;
  stop)
    folder="${2:?the folder printed by start}"
    as_owner "'$bin/pg_ctl' -D '$folder/data' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start | stop <folder>" >&2
    exit 2
    ;;
esac
