#!/usr/bin/env bash
# npm run bench: runs the benchmarks with a throwaway PostgreSQL cluster alongside.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-cluster.sh
pg_cluster_start
echo "PostgreSQL: $PG_CLUSTER_VERSION" >&2
node --import tsx bench/foundation.ts
node --import tsx bench/documents.ts
BENCH_ITEMS=100000 node --import tsx bench/search.ts
BENCH_ITEMS=100000 DATABASE_URL="$PG_CLUSTER_URL" node --import tsx bench/search.ts
node --import tsx bench/secretariat.ts
DATABASE_URL="$PG_CLUSTER_URL" node --import tsx bench/secretariat.ts
