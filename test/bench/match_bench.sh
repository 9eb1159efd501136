#!/usr/bin/env bash
# Benchmark of ttg.match_placements, run by hand, never from check.sh:
#   bash test/bench/match_bench.sh [people] [placements] [yes|no: run pgRouting]
# Synthetic people and placements over 64 English towns (test/bench/towns.csv),
# solved by ttg, by pgRouting's pgr_maxFlowMinCost_Cost on the same arcs (costs
# compared), and by a greedy nearest-available baseline. Installs
# postgresql-15-pgrouting if missing; holds the shared install lock throughout.
set -euo pipefail
cd "$(dirname "$0")/../.."
PEOPLE=${1:-10000}
PLACEMENTS=${2:-1000}
RUN_PGR=${3:-yes}   # pgRouting takes about 4 minutes at the default size
TTG_EXTRA_PACKAGES=postgresql-15-pgrouting
source test/scripts/deps.sh
exec 9>/tmp/ttg-check.lock
flock 9
ttg_install_deps
make -s >/dev/null
make -s install >/dev/null
echo "ttg match benchmark: $PEOPLE people, $PLACEMENTS placements, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
pg_virtualenv psql -X -q -v people="$PEOPLE" -v placements="$PLACEMENTS" -v run_pgr="$RUN_PGR" \
  -f test/bench/match_bench.sql 2>&1 | grep -v '^Creating new\|^Dropping cluster'
