#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for tests and benchmarks.
#   source scripts/pg-cluster.sh; pg_cluster_start  → sets PG_CLUSTER_URL, PG_CLUSTER_VERSION; stops on exit
set -euo pipefail

pg_bin() {
  for v in 15 16 17 18; do
    [ -x "/usr/lib/postgresql/$v/bin/initdb" ] && { echo "/usr/lib/postgresql/$v/bin"; return 0; }
  done
  return 1
}

pg_cluster_start() {
  PGBIN=$(pg_bin) || { echo "PostgreSQL 15 eller nyere mangler: sudo apt-get install postgresql-15" >&2; return 1; }
  PGTMP=$(mktemp -d /tmp/lighed-pg-XXXXXX)
  local port
  port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  # initdb refuses to run as root, so the cluster runs as the postgres user then.
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGTMP"; fi
  _as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U lighed --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  _as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $PGTMP -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200 ${PG_CLUSTER_OPTIONS:-}" start >/dev/null
  trap pg_cluster_stop EXIT
  PG_CLUSTER_URL="postgres://lighed@127.0.0.1:$port/postgres"
  PG_CLUSTER_VERSION=$("$PGBIN/postgres" --version)
  export PG_CLUSTER_URL PG_CLUSTER_VERSION
}

_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_cluster_stop() {
  [ -n "${PGTMP:-}" ] || return 0
  _as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
  PGTMP=
}
