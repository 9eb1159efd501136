#!/usr/bin/env bash
# Reporting benchmark: build the demo model at scale and time every view.
#   bash test/bench/reporting_bench.sh [cases] [history_months]
# Defaults: 100,000 cases over 48 months of history (about 5 million contacts).
set -euo pipefail
cd "$(dirname "$0")/../.."
source test/scripts/deps.sh
ttg_install_deps
exec 9>/tmp/ttg-check.lock
flock 9
ttg_build_install
cases=${1:-100000}; months=${2:-48}
pg_virtualenv sh -c "psql -X -q -c 'CREATE EXTENSION ttg' && psql -X -q -c 'ALTER SYSTEM SET work_mem = \"256MB\"' -c 'SELECT pg_reload_conf()' >/dev/null && psql -X -v ON_ERROR_STOP=1 -v cases=$cases -v months=$months -f test/bench/reporting_bench.sql"
