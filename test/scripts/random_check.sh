#!/usr/bin/env bash
# random_check.sh: the randomised driver (test/random/ttg_random.c) against a fresh
# install with a demo reporting model, for SECONDS (default 60). Fails on any crash
# or XX000. Run by check.sh (which holds the install lock); by hand:
#   bash test/scripts/random_check.sh [seconds] [seed]
# With TTG_PRIVATE=1 it builds this tree into a private server (test/scripts/private_pg.sh)
# instead of using the installed ttg: no install lock, for long runs by hand.
# TTG_RANDOM_VERSION=0.1.0 installs that version's SQL over this library (a database
# between a package upgrade and ALTER EXTENSION ttg UPDATE): its functions must not
# crash either.
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-60}
SEED=${2:-$(date +%s)}
make -s random || exit 1
runner=pg_virtualenv
[ "${TTG_PRIVATE:-}" = 1 ] && runner="bash test/scripts/private_pg.sh"
create="CREATE EXTENSION ttg"
[ -n "${TTG_RANDOM_VERSION:-}" ] && create="$create VERSION '$TTG_RANDOM_VERSION'"
$runner bash -c "
  psql -X -q -c 'CREATE DATABASE ttg_random' &&
  psql -X -q -d ttg_random -c \"$create\" \
       -c \"SELECT ttg.create_reporting_model('probation')\" \
       -c \"SELECT count(*) FROM ttg.generate_demo_data('probation', cases => 500, seed => 1)\" >/dev/null &&
  test/random/bin/ttg_random -t $SECONDS_TO_RUN -s $SEED dbname=ttg_random
" 2>&1 | grep -E '^ttg_random|^errors by|^CRASH|^XX000|^  '
exit "${PIPESTATUS[0]}"
