#!/usr/bin/env bash
# sqlsmith_check.sh: sqlsmith (Debian package) sends random queries for SECONDS
# (default 120) to a database holding ttg and a reporting model with demo data, so
# its queries reach ttg's functions, types, aggregates and views. Fails when a
# backend crashed (the server log says "terminated by signal", or sqlsmith lost
# its connection). Run by check.sh (which holds the install lock); by hand:
#   bash test/scripts/sqlsmith_check.sh [seconds] [seed]
# With TTG_PRIVATE=1 it builds this tree into a private server (test/scripts/private_pg.sh)
# instead of using the installed ttg: no install lock, for long runs by hand.
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-120}
SEED=${2:-$(date +%s)}
command -v sqlsmith >/dev/null || { echo "sqlsmith: not installed (test/scripts/deps.sh installs it)"; exit 1; }
runner=pg_virtualenv
[ "${TTG_PRIVATE:-}" = 1 ] && runner="bash test/scripts/private_pg.sh"
out=/tmp/ttg_sqlsmith.$$.out
export out
$runner bash -c '
  set -u
  psql -X -q -c "CREATE DATABASE ttg_smith"
  psql -X -q -d ttg_smith -c "CREATE EXTENSION ttg" \
       -c "SELECT ttg.create_reporting_model('"'"'probation'"'"')" \
       -c "SELECT count(*) FROM ttg.generate_demo_data('"'"'probation'"'"', cases => 500, seed => 1)" \
       -c "SELECT ttg.load_calendar('"'"'cardiff'"'"', E'"'"'date,title\n2026-12-29,Closed\n'"'"')" >/dev/null
  log=${TTG_SERVER_LOG:-$(ls -t /var/log/postgresql/postgresql-15-*.log 2>/dev/null | head -1)}
  before=$(grep -c "terminated by signal" "$log" 2>/dev/null || true)
  # statement_timeout keeps one slow query from eating the run
  timeout -s INT '"$SECONDS_TO_RUN"' sqlsmith --verbose --seed='"$SEED"' \
    --target="dbname=ttg_smith options='"'"'-c statement_timeout=1000 -c track_functions=all'"'"'" >$out 2>&1
  rc=$?
  after=$(grep -c "terminated by signal" "$log" 2>/dev/null || true)
  queries=$(grep -oE "queries: [0-9]+" $out | tail -1 | grep -oE "[0-9]+")
  lost=$(grep -cE "server closed the connection|terminated abnormally|connection to server was lost" $out || true)
  crashes=$(( ${after:-0} - ${before:-0} ))
  [ "$lost" -gt 0 ] && [ "$crashes" -eq 0 ] && crashes=$lost
  sleep 1
  ttg_calls=$(psql -X -At -d ttg_smith -c "SELECT count(*) || '"'"' ttg functions called '"'"' || coalesce(sum(calls), 0) || '"'"' times'"'"' FROM pg_stat_user_functions WHERE schemaname = '"'"'ttg'"'"'")
  echo "sqlsmith: ${queries:-0} queries in '"$SECONDS_TO_RUN"' s (seed '"$SEED"'), $ttg_calls"
  echo "sqlsmith: ${queries:-0} queries in '"$SECONDS_TO_RUN"' s (seed '"$SEED"'), $crashes backend crashes (sqlsmith exit $rc)"
  if [ "$crashes" -gt 0 ]; then
    grep -B2 -A8 "terminated by signal" "$log" | tail -40
    tail -30 $out
    exit 1
  fi
' 2>&1 | grep -vE "^Creating new|^Dropping cluster|^Ver |^15 | LOG: |^\*\*\*"
exit "${PIPESTATUS[0]}"
