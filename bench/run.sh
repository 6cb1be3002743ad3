#!/usr/bin/env bash
# npm run bench: runs the benchmarks with a throwaway PostgreSQL cluster alongside.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-cluster.sh
# As a server would be set up: shared_buffers sized to hold the search table (PostgreSQL's default is 128 MB).
PG_CLUSTER_OPTIONS="-c shared_buffers=1GB" pg_cluster_start
echo "PostgreSQL: $PG_CLUSTER_VERSION" >&2
node --import tsx bench/foundation.ts
node --import tsx bench/documents.ts
node --import tsx bench/parse-scaling.ts
BENCH_ITEMS=100000 node --import tsx bench/search.ts
BENCH_ITEMS=100000 DATABASE_URL="$PG_CLUSTER_URL" node --import tsx bench/search.ts
# 1 M entries take ~8 minutes to load: BENCH_MILLION=1 npm run bench
if [ -n "${BENCH_MILLION:-}" ]; then BENCH_ITEMS=1000000 DATABASE_URL="$PG_CLUSTER_URL" node --import tsx bench/search.ts; fi
node --import tsx bench/secretariat.ts
if command -v wrk >/dev/null && command -v nginx >/dev/null; then
  node --import tsx bench/page.ts
  DATABASE_URL="$PG_CLUSTER_URL" node --import tsx bench/page.ts
else
  echo "bench/page.ts skipped: needs wrk and nginx (apt-get install wrk nginx-light)" >&2
fi
DATABASE_URL="$PG_CLUSTER_URL" node --import tsx bench/secretariat.ts
