#!/usr/bin/env bash
# npm test: the whole suite, once on the embedded database and once on a throwaway
# PostgreSQL 15 cluster started here (loopback only) and removed afterwards.
# Installs what the suite needs when it can (root + apt-get); otherwise stops with one line.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '%s\n' "$*" >&2; }

[ -d node_modules ] || { say "Kør først: npm install"; exit 1; }

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installerer $* (Debian) …"
    if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -print -quit 2>/dev/null)" ]; then
      apt-get update -qq >/dev/null
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
  else
    return 1
  fi
}

# Browser tests drive Debian's Chromium.
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium || { say "Browsertestene kræver Chromium: sudo apt-get install chromium"; exit 1; }
fi
# pdftoppm turns rendered PDFs into images in the document tests.
if ! command -v pdftoppm >/dev/null; then
  apt_install poppler-utils || { say "Dokumenttestene kræver pdftoppm: sudo apt-get install poppler-utils"; exit 1; }
fi

source scripts/pg-cluster.sh
pg_bin >/dev/null || apt_install postgresql-15 postgresql-contrib-15 2>/dev/null || apt_install postgresql || true
pg_bin >/dev/null || { say "PostgreSQL-kørslen kræver PostgreSQL 15 eller nyere: sudo apt-get install postgresql-15"; exit 1; }

say "Typetjek (tsc) …"
npx --no-install tsc -p . || { say "Typetjekket fejlede"; exit 1; }

mapfile -t files < <(find src test -name '*.test.ts' -o -name '*.test.tsx' | sort)
[ "${#files[@]}" -gt 0 ] || { say "Ingen testfiler fundet"; exit 1; }

results=()
total_pass=0
total_fail=0
run_suite() { # label, env...
  local label=$1; shift
  local log; log=$(mktemp)
  say ""
  say "=== Testsuite på $label ==="
  set +e
  env "$@" node --import tsx --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec "${files[@]}" 2>&1 | tee "$log"
  local code=${PIPESTATUS[0]}
  set -e
  local pass fail
  pass=$(grep -E '^ℹ pass [0-9]+' "$log" | tail -1 | awk '{print $3}')
  fail=$(grep -E '^ℹ fail [0-9]+' "$log" | tail -1 | awk '{print $3}')
  rm -f "$log"
  results+=("$label: ${pass:-0} passed, ${fail:-?} failed")
  total_pass=$((total_pass + ${pass:-0})); total_fail=$((total_fail + ${fail:-1}))
  return "$code"
}

status=0
run_suite "den indlejrede database (PGlite)" LIGHED_TEST_DB=embedded || status=1

pg_cluster_start
run_suite "PostgreSQL ($PG_CLUSTER_VERSION)" LIGHED_TEST_DB=postgres LIGHED_TEST_PG_URL="$PG_CLUSTER_URL" || status=1

say ""
for r in "${results[@]}"; do say "$r"; done
echo "total: $total_pass passed, $total_fail failed"
exit $status
