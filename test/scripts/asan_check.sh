#!/usr/bin/env bash
# asan_check.sh (make asan): build ttg with AddressSanitizer and UndefinedBehaviorSanitizer,
# load it into a throwaway server, run the whole regression suite and the randomised
# driver against it, and report every sanitizer finding whose stack has a ttg frame.
# The sanitizer options reach the server through the cluster's pg_ctlcluster
# environment file. libasan is not preloaded into the postmaster: PostgreSQL 15's
# postgres binary hangs at start-up under LD_PRELOAD=libasan.so.8 (a futex wait after
# find_my_exec, glibc 2.36); instead ttg.so brings the runtime in when it is loaded
# (verify_asan_link_order=0). That catches every out-of-bounds access to ttg's stack
# and globals and every undefined behaviour in ttg; heap checks cover malloc'd memory
# only where the interceptors are bound (palloc memory is PostgreSQL's own arenas,
# which ASan never sees in any setup).
# Holds the install lock throughout and reinstalls the normal build at the end. By hand:
#   make asan                      (or: bash test/scripts/asan_check.sh [driver seconds])
set -uo pipefail
cd "$(dirname "$0")/../.."
DRIVER_SECONDS=${1:-120}
exec 9>/tmp/ttg-check.lock
flock 9
SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=address"
logdir=$(mktemp -d /tmp/ttg_asan.XXXXXX)
chmod 777 "$logdir"
restore() { make -s clean >/dev/null; make -s with_llvm=no >/dev/null && make -s with_llvm=no install >/dev/null; }
trap restore EXIT
make -s clean >/dev/null
make -s with_llvm=no PG_CFLAGS="$SAN -g -O1" SHLIB_LINK="-lcsv $SAN" >/dev/null || { echo "asan: build failed"; exit 1; }
make -s with_llvm=no PG_CFLAGS="$SAN -g -O1" SHLIB_LINK="-lcsv $SAN" install >/dev/null
make -s random >/dev/null
[ "$(nm -D "$(pg_config --pkglibdir)/ttg.so" | grep -c __asan_report)" -gt 0 ] || { echo "asan: the installed ttg.so is not instrumented"; exit 1; }
export TTG_ASAN_LOGDIR=$logdir DRIVER_SECONDS
pg_virtualenv bash -c '
  set -u
  # pg_virtualenv names its cluster in PGCLUSTER (version/name; as root, 15/regress)
  cluster=${PGCLUSTER:-}; cluster=${cluster#*/}
  cluster=${cluster:-regress}
  conf=${PG_CLUSTER_CONF_ROOT:-/etc/postgresql}/15/$cluster
  cat >> "$conf/environment" <<ENV
ASAN_OPTIONS = '"'"'detect_leaks=0:verify_asan_link_order=0:log_path=$TTG_ASAN_LOGDIR/asan:detect_stack_use_after_return=0'"'"'
UBSAN_OPTIONS = '"'"'print_stacktrace=1:log_path=$TTG_ASAN_LOGDIR/ubsan'"'"'
ENV
  pg_ctlcluster 15 "$cluster" restart
  psql -X -At -c "SELECT 1" >/dev/null || { echo "asan: server did not start with libasan preloaded"; exit 1; }
  out=$(make -s with_llvm=no installcheck 2>&1)
  echo "$out" | grep -E "tests (passed|failed)|failed" | head -5
  echo "asan: regression suite: $(echo "$out" | grep -cE "\.\.\. ok") ok, $(echo "$out" | grep -cE "\.\.\. FAILED") failed"
  psql -X -q -c "CREATE DATABASE ttg_random" && psql -X -q -d ttg_random -c "CREATE EXTENSION ttg" \
    -c "SELECT ttg.create_reporting_model('"'"'probation'"'"')" \
    -c "SELECT count(*) FROM ttg.generate_demo_data('"'"'probation'"'"', cases => 200, seed => 1)" >/dev/null
  test/random/bin/ttg_random -t "$DRIVER_SECONDS" -s 7 dbname=ttg_random | grep -E "^ttg_random|^errors|^CRASH|^XX000"
' 2>&1 | grep -vE "^Creating new|^Dropping cluster|^Ver |^15 | LOG: |^\*\*\*|^Redirecting|^Warning: the cluster will not be running| postgres@| STATEMENT: |^\s"
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "asan: the sanitized server run failed"; exit 1; }
reports=$(ls "$logdir" 2>/dev/null | wc -l)
with_ttg=$(grep -l "ttg" "$logdir"/* 2>/dev/null | wc -l)
echo "asan: $reports sanitizer report files, $with_ttg with a ttg frame (in $logdir)"
for f in $(grep -l "ttg" "$logdir"/* 2>/dev/null | head -5); do echo "--- $f"; grep -E "ERROR|runtime error|#[0-9]+ .*ttg" "$f" | head -12; done
[ "$with_ttg" -eq 0 ]
