#!/usr/bin/env bash
# Calendar benchmark: prints, for one million rows on one throwaway cluster,
# ttg.add_business_days(d, 10) and ttg.business_days_between(d, d + 30) against
# the builtin floor, a calendar-table join and a PL/pgSQL loop. Run by hand:
#   bash test/bench/calendar_bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source test/scripts/deps.sh
ttg_install_deps
exec 9>/tmp/ttg-check.lock
flock 9
ttg_build_install
pg_virtualenv sh -c 'psql -X -v ON_ERROR_STOP=1 -c "CREATE EXTENSION ttg" >/dev/null && psql -X -v ON_ERROR_STOP=1 -f test/bench/calendar_bench.sql'
