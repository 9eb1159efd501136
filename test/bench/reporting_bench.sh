#!/usr/bin/env bash
# Reporting benchmark: the demo model at scale, read as a dashboard reads it,
# with PostgreSQL's default settings (jit = on, default costs and work_mem):
# whole views, one team-month, one region-month, one case's history, against
# the floor (a bare count(*) GROUP BY case, month over the same contacts), with
# the backend's peak memory and temp files.
#   bash test/bench/reporting_bench.sh [cases] [history_months]
# Defaults: 50,000 cases over 48 months of history.
#
# It runs for long at scale, so it does not hold the shared install lock: ttg
# is built here and installed into a private copy of the PostgreSQL tree
# (binaries copied, the rest linked; PostgreSQL finds its share and lib
# directories relative to its own binary), which another install cannot touch.
set -euo pipefail
cd "$(dirname "$0")/../.."
source test/scripts/deps.sh
ttg_install_deps
cases=${1:-50000}; months=${2:-48}
port=${TTG_BENCH_PORT:-$((55000 + RANDOM % 1000))}

T=$(mktemp -d /tmp/ttg-bench.XXXXXX); chmod 755 "$T"
mkdir "$T/src"; git ls-files -z | xargs -0 cp --parents -t "$T/src"   # build from a copy of the tree
make -s -C "$T/src" with_llvm=no PG_CFLAGS="-Wall -Wextra -Werror"
make -s -C "$T/src" with_llvm=no install DESTDIR="$T/dest" >/dev/null
pg=/usr/lib/postgresql/15; share=/usr/share/postgresql/15
mkdir -p "$T/usr/lib/postgresql/15/lib" "$T/usr/share/postgresql/15/extension"
cp -a "$pg/bin" "$T/usr/lib/postgresql/15/bin"
for f in "$pg"/lib/*; do [ "$(basename "$f")" = bitcode ] || ln -s "$f" "$T/usr/lib/postgresql/15/lib/"; done
# JIT inlining reads the bitcode index: link every module's but ttg's (built here without)
mkdir -p "$T/usr/lib/postgresql/15/lib/bitcode"
for f in "$pg"/lib/bitcode/*; do case "$(basename "$f")" in ttg|ttg.index.bc) ;; *) ln -s "$f" "$T/usr/lib/postgresql/15/lib/bitcode/";; esac; done
for f in "$share"/*; do [ "$(basename "$f")" = extension ] || ln -s "$f" "$T/usr/share/postgresql/15/"; done
for f in "$share"/extension/*; do case "$(basename "$f")" in ttg[.-]*) ;; *) ln -s "$f" "$T/usr/share/postgresql/15/extension/";; esac; done
rm -f "$T"/usr/lib/postgresql/15/lib/ttg.so
cp -a "$T/dest$pg/lib/"* "$T/usr/lib/postgresql/15/lib/"
cp -a "$T/dest$share/extension/"* "$T/usr/share/postgresql/15/extension/"
[ -d "$T/dest$share/ttg" ] && cp -a "$T/dest$share/ttg" "$T/usr/share/postgresql/15/"
chown -R postgres "$T"

bin="$T/usr/lib/postgresql/15/bin"
su postgres -c "$bin/initdb -D $T/data -A trust -U postgres >/dev/null &&
                $bin/pg_ctl -D $T/data -o '-p $port -k $T -c listen_addresses=' -l $T/log -w start >/dev/null"
trap 'su postgres -c "$bin/pg_ctl -D $T/data -m fast stop" >/dev/null 2>&1; rm -rf "$T"' EXIT
export PGHOST=$T PGPORT=$port PGUSER=postgres PGDATABASE=postgres
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION ttg'
echo "PostgreSQL $(psql -XAtc 'SHOW server_version'), jit=$(psql -XAtc 'SHOW jit'), work_mem=$(psql -XAtc 'SHOW work_mem'), shared_buffers=$(psql -XAtc 'SHOW shared_buffers'), max_parallel_workers_per_gather=$(psql -XAtc 'SHOW max_parallel_workers_per_gather')"
psql -X -v ON_ERROR_STOP=1 -v cases="$cases" -v months="$months" -f test/bench/reporting_bench.sql

# One fresh session per query: its wall time (best of two runs in the
# session), the backend's peak resident memory less the shared buffers it
# touched (VmHWM - RssShmem, an estimate of its private peak) and the temp
# files it wrote (pg_stat_database, flushed when the session ends).
measure() {  # label, query
  local before after out
  before=$(psql -XAtc "SELECT temp_bytes FROM pg_stat_database WHERE datname = current_database()")
  out=$(psql -XAtq -v ON_ERROR_STOP=1 -v q="$2" <<'SQL'
CREATE FUNCTION pg_temp.ms(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN EXECUTE q; RETURN round(extract(epoch FROM clock_timestamp() - t0) * 1000, 1); END $$;
CREATE FUNCTION pg_temp.cost(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE j json;
BEGIN EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO j;
      RETURN trim(to_char((j->0->'Plan'->>'Total Cost')::float8, '9.9EEEE'))
             || CASE WHEN current_setting('jit')::bool AND (j->0->'Plan'->>'Total Cost')::float8
                          > current_setting('jit_above_cost')::float8 THEN '/jit' ELSE '' END; END $$;
SELECT pg_temp.cost(:'q') || ' ' || least(pg_temp.ms(:'q'), pg_temp.ms(:'q'))
       || ' ' || (SELECT sum(CASE WHEN l ~ '^VmHWM' THEN 1 ELSE -1 END * (regexp_match(l, '(\d+)'))[1]::bigint) / 1024
                    FROM regexp_split_to_table(pg_read_file('/proc/' || pg_backend_pid() || '/status'), E'\n') l
                   WHERE l ~ '^(VmHWM|RssShmem):')::bigint;
SQL
)
  sleep 0.2
  after=$(psql -XAtc "SELECT temp_bytes FROM pg_stat_database WHERE datname = current_database()")
  read -r cost ms mb <<<"$out"
  printf '%-42s %10s ms %6s MB peak %6s MB temp  cost %s\n' "$1" "$ms" "$mb" "$(( (after - before) / 1048576 ))" "$cost"
}
IFS='|' read -r region team month case_id < <(psql -XAt -F '|' -c "
  SELECT c.region, quote_literal(c.team), quote_literal(date_trunc('month', s.as_of - interval '1 month')::date), c.case_id
    FROM bench.cases c, bench.settings s
   WHERE c.isp_completed_on IS NOT NULL ORDER BY c.case_id LIMIT 1")
echo
echo "Milliseconds (best of two), peak private memory of the backend, temp files written, plan cost (/jit: JIT compiles):"
measure "floor: count(*) GROUP BY case, month" \
  "SELECT count(*) FROM (SELECT case_id, date_trunc('month', appointment_at) FROM bench.contacts GROUP BY 1, 2) s"
for v in mcs_case_month mcs_team_month ttg_pipeline release_forecast resettlement_share om_responsibility upw_timeliness upw_travel placement_plan; do
  measure "whole $v" "SELECT sum(length(s::text)) FROM bench.$v s"
done
measure "mcs_team_month: one team-month" \
  "SELECT * FROM bench.mcs_team_month WHERE region = '$region' AND team = $team AND month = $month"
measure "mcs_team_month: one region-month" \
  "SELECT * FROM bench.mcs_team_month WHERE region = '$region' AND month = $month"
measure "mcs_case_month: one region-month" \
  "SELECT sum(length(s::text)) FROM bench.mcs_case_month s WHERE region = '$region' AND month = $month"
measure "mcs_case_month: one case's history" \
  "SELECT * FROM bench.mcs_case_month WHERE case_id = $case_id"
measure "mcs_team_month_summary: one team-month" \
  "SELECT * FROM bench.mcs_team_month_summary WHERE region = '$region' AND team = $team AND month = $month"
measure "whole mcs_team_month_summary" "SELECT sum(length(s::text)) FROM bench.mcs_team_month_summary s"
if psql -XAtc "SELECT 1 FROM pg_proc WHERE proname = 'refresh_reporting_model' AND pronamespace = 'ttg'::regnamespace" | grep -q 1; then
  echo
  echo "Refresh after 1% of cases change (one backdated contact each), against a full rebuild:"
  psql -XAtq -c "INSERT INTO bench.contacts (contact_id, case_id, contact_type, appointment_at, notified_at, outcome, available_minutes, other_activity)
                 SELECT m.id + row_number() OVER (ORDER BY c.case_id), c.case_id, 'COAP',
                        (s.as_of - 40)::timestamp + interval '10 hours', (s.as_of - 45)::timestamp, 'attended', 45, false
                   FROM bench.cases c, bench.settings s, (SELECT max(contact_id) AS id FROM bench.contacts) m
                  WHERE c.case_id % 100 = 0"
  measure "refresh_reporting_model after 1% change" "SELECT ttg.refresh_reporting_model('bench')"
fi
echo
echo "Plans (default settings):"
psql -X -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM bench.mcs_team_month WHERE region = '$region' AND team = $team AND month = $month" | sed 's/^/  /'
psql -X -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM bench.mcs_case_month WHERE case_id = $case_id" | sed 's/^/  /'
