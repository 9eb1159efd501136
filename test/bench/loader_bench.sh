#!/usr/bin/env bash
# Loader benchmark: ttg.load_ndelius_extract over a generated nDelius extract of N contact rows
# (N/20 cases), about 1% of rows bad (unknown codes, impossible dates, missing cases, duplicate ids),
# against the row-by-row loader it replaced (one subtransaction per row, as of commit a180f5a),
# each into a fresh demo-shaped model with its stored-results triggers. Prints wall times and
# checks that both loaders store the same rows and reject the same lines.
#   bash test/bench/loader_bench.sh [rows] [which]     which: both (default), new, old
# Defaults: 100,000 contact rows. Not in CI. Like reporting_bench.sh it installs ttg into a
# private copy of the PostgreSQL tree and never holds the shared install lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
source test/scripts/deps.sh
ttg_install_deps
rows=${1:-100000}; which=${2:-both}
port=${TTG_BENCH_PORT:-$((56000 + RANDOM % 1000))}

T=$(mktemp -d /tmp/ttg-lbench.XXXXXX); chmod 755 "$T"
mkdir "$T/src"; git ls-files -z | xargs -0 cp --parents -t "$T/src"
git show a180f5a:sql/parts/contact.sql | sed -n '/^CREATE FUNCTION ttg.load_ndelius_extract/,/^\$fn\$;/p' \
  | sed 's/^CREATE FUNCTION ttg.load_ndelius_extract/CREATE FUNCTION bench.load_rowwise/' > "$T/rowwise.sql"
make -s -C "$T/src" with_llvm=no PG_CFLAGS="-Wall -Wextra -Werror"
make -s -C "$T/src" with_llvm=no install DESTDIR="$T/dest" >/dev/null
pg=/usr/lib/postgresql/15; share=/usr/share/postgresql/15
mkdir -p "$T/usr/lib/postgresql/15/lib" "$T/usr/share/postgresql/15/extension"
cp -a "$pg/bin" "$T/usr/lib/postgresql/15/bin"
for f in "$pg"/lib/*; do [ "$(basename "$f")" = bitcode ] || ln -s "$f" "$T/usr/lib/postgresql/15/lib/"; done
for f in "$share"/*; do [ "$(basename "$f")" = extension ] || ln -s "$f" "$T/usr/share/postgresql/15/"; done
for f in "$share"/extension/*; do case "$(basename "$f")" in ttg[.-]*) ;; *) ln -s "$f" "$T/usr/share/postgresql/15/extension/";; esac; done
rm -f "$T"/usr/lib/postgresql/15/lib/ttg.so
cp -a "$T/dest$pg/lib/"* "$T/usr/lib/postgresql/15/lib/"
cp -a "$T/dest$share/extension/"* "$T/usr/share/postgresql/15/extension/"
chown -R postgres "$T"
bin="$T/usr/lib/postgresql/15/bin"
su postgres -c "$bin/initdb -D $T/data -A trust -U postgres >/dev/null &&
                $bin/pg_ctl -D $T/data -o '-p $port -k $T -c listen_addresses=' -l $T/log -w start >/dev/null"
trap 'su postgres -c "$bin/pg_ctl -D $T/data -m fast stop" >/dev/null 2>&1; rm -rf "$T"' EXIT
export PGHOST=$T PGPORT=$port PGUSER=postgres PGDATABASE=postgres
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION ttg' -c 'CREATE SCHEMA bench' -f "$T/rowwise.sql"
psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -f test/bench/loader_bench.sql
echo "PostgreSQL $(psql -XAtc 'SHOW server_version'); extract: $(psql -XAtc 'SELECT count(*) FROM bench.sc') case rows, $(psql -XAtc 'SELECT count(*) FROM bench.sk') contact rows"

load() {  # label, function
  psql -X -q -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" -c "SELECT ttg.create_reporting_model('m_$1')" >/dev/null
  psql -X -At -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
SELECT '$1: ' || round(extract(epoch FROM clock_timestamp() - t0)::numeric, 1) || ' s; cases ' || r.cases_loaded
       || ', contacts ' || r.contacts_loaded || ', rejected ' || r.rejected
  FROM (SELECT clock_timestamp() AS t0) z, LATERAL (SELECT * FROM $2('m_$1', 'bench.sc', 'bench.sk')) r;
SQL
}
[ "$which" = old ] || load new ttg.load_ndelius_extract
[ "$which" = new ] || load old bench.load_rowwise
if [ "$which" = both ]; then
  psql -X -At -v ON_ERROR_STOP=1 <<'SQL'
SELECT 'same cases: ' || NOT EXISTS ((SELECT case_id, brag, requirements, isp_completed_on, supervision_end FROM m_new.cases
                                     EXCEPT SELECT case_id, brag, requirements, isp_completed_on, supervision_end FROM m_old.cases)
                                    UNION ALL (SELECT case_id, brag, requirements, isp_completed_on, supervision_end FROM m_old.cases
                                     EXCEPT SELECT case_id, brag, requirements, isp_completed_on, supervision_end FROM m_new.cases)),
       'same contacts: ' || NOT EXISTS ((SELECT * FROM m_new.contacts EXCEPT SELECT * FROM m_old.contacts)
                                       UNION ALL (SELECT * FROM m_old.contacts EXCEPT SELECT * FROM m_new.contacts)),
       'same rejects: ' || NOT EXISTS ((SELECT source, line, reason FROM m_new.load_rejects EXCEPT SELECT source, line, reason FROM m_old.load_rejects)
                                      UNION ALL (SELECT source, line, reason FROM m_old.load_rejects EXCEPT SELECT source, line, reason FROM m_new.load_rejects)),
       'same stored results: ' || NOT EXISTS ((SELECT * FROM m_new.mcs_results EXCEPT SELECT * FROM m_old.mcs_results)
                                             UNION ALL (SELECT * FROM m_old.mcs_results EXCEPT SELECT * FROM m_new.mcs_results));
SQL
fi
