#!/usr/bin/env bash
# asan_check.sh (make asan): build ttg with AddressSanitizer and UndefinedBehaviorSanitizer,
# install it into a private copy of PostgreSQL (test/scripts/private_pg.sh: no install
# lock, the system's ttg untouched), run the whole regression suite and the randomised
# driver against it, and report every sanitizer finding.
# How the runtime gets in: PostgreSQL 15's binaries hang at start-up with libasan in
# LD_PRELOAD alone: libgpg-error's constructor runs before the runtime's, calls
# bindtextdomain, whose malloc starts the runtime inside glibc's _nl_state_lock; the
# runtime's start-up reads a translated message (the same lock), which leaves the lock
# corrupt, and set_pglocale_pgservice then waits for ever. So the server is started
# with a private copy of libgpg-error that needs libasan (patchelf), which puts the
# runtime's start-up first, and libasan and libubsan preloaded. Preloaded, the runtime
# intercepts siglongjmp (without that, every ereport leaves stale poison on the stack
# and false reports follow) and malloc. palloc memory is PostgreSQL's own arenas: ASan
# sees a whole block, not one chunk, so overruns inside a block are not caught (valgrind
# in check.sh covers the core). UBSan stops the backend at the first finding.
# test/asan/asan_options.c compiles the options into ttg.so as well (a backend's
# environment is overwritten by its process title, so later-loaded runtimes miss them).
# Two canaries (test/asan/asan_canary.c) show that the setup reports what it should.
# By hand (slow: minutes):
#   make asan                      (or: bash test/scripts/asan_check.sh [driver seconds] [seed])
set -uo pipefail
cd "$(dirname "$0")/../.."
DRIVER_SECONDS=${1:-300}
SEED=${2:-7}
root=$(mktemp -d /tmp/ttg_asan.XXXXXX)
SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
mkdir -p "$root/log"
gcc -c -fPIC -O1 -DTTG_SAN_LOG="\"$root/log\"" -o "$root/asan_options.o" test/asan/asan_options.c || exit 1
make -s random >/dev/null || exit 1
command -v patchelf >/dev/null || apt-get install -y -q patchelf >/dev/null 2>&1 ||
  { echo "asan: patchelf is needed (apt-get install patchelf)"; exit 1; }
mkdir -p "$root/asanlib"
cp "$(ldconfig -p | sed -n 's/.*libgpg-error.so.0 (libc6,x86-64) => //p' | head -1)" "$root/asanlib/libgpg-error.so.0" &&
  patchelf --add-needed libasan.so.8 "$root/asanlib/libgpg-error.so.0" || { echo "asan: patchelf failed"; exit 1; }
libdir=/usr/lib/x86_64-linux-gnu
export TTG_PG_ENV="LD_LIBRARY_PATH=$root/asanlib LD_PRELOAD=$libdir/libasan.so.8:$libdir/libubsan.so.1 ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0:log_path=$root/log/asan UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$root/log/ubsan"
export TTG_PG_ROOT=$root TTG_PG_KEEP=1 TTG_PG_CFLAGS="$SAN -g -O1" TTG_PG_LINK="$SAN $root/asan_options.o"
export DRIVER_SECONDS SEED SAN
bash test/scripts/private_pg.sh bash -c '
  set -u
  so=$TTG_PG_ROOT/usr/lib/postgresql/15/lib/ttg.so
  pm=$(head -1 "$TTG_PG_ROOT/data/postmaster.pid")
  grep -q libasan "/proc/$pm/maps" || { echo "asan: the runtime is not in the postmaster"; exit 1; }
  [ "$(nm -D "$so" | grep -c __asan_report)" -gt 0 ] || { echo "asan: ttg.so is not instrumented"; exit 1; }
  # The canaries, built like ttg, in their own library.
  gcc $SAN -g -O1 -fPIC -shared -isystem "$(pg_config --includedir-server)" -o "$TTG_PG_ROOT/asan_canary.so" \
      test/asan/asan_canary.c "$TTG_PG_ROOT/asan_options.o" || exit 1
  psql -X -q -d postgres -c "CREATE FUNCTION canary_stack(int) RETURNS int LANGUAGE c AS '"'"'$TTG_PG_ROOT/asan_canary.so'"'"', '"'"'ttg_asan_canary_stack'"'"'" \
       -c "CREATE FUNCTION canary_ubsan(int) RETURNS int LANGUAGE c AS '"'"'$TTG_PG_ROOT/asan_canary.so'"'"', '"'"'ttg_asan_canary_ubsan'"'"'"
  psql -X -q -d postgres -c "SELECT canary_stack(1), canary_ubsan(1)" >/dev/null && echo "asan: canaries in bounds: fine"
  up() { for i in $(seq 60); do psql -X -q -At -c "SELECT 1" >/dev/null 2>&1 && return 0; sleep 1; done; return 1; }
  psql -X -q -d postgres -c "SELECT canary_stack(6)" >/dev/null 2>&1; sleep 1; up
  psql -X -q -d postgres -c "SELECT canary_ubsan(100)" >/dev/null 2>&1; sleep 1; up
  # Reports go to the server log (stderr) or to log_path, depending on the runtime.
  a=$(cat "$TTG_SERVER_LOG" "$TTG_PG_ROOT"/log/asan.* 2>/dev/null | grep -c "ERROR: AddressSanitizer: stack-buffer-overflow")
  u=$(cat "$TTG_SERVER_LOG" "$TTG_PG_ROOT"/log/ubsan.* 2>/dev/null | grep -c "runtime error: signed integer overflow")
  echo "asan: canaries: stack-buffer-overflow reported $a, signed overflow reported $u (1 and 1 expected)"
  [ "$a" -ge 1 ] && [ "$u" -ge 1 ] || { echo "asan: the sanitizers do not report"; exit 1; }
  mkdir -p "$TTG_PG_ROOT/log/canary" && mv "$TTG_PG_ROOT"/log/asan.* "$TTG_PG_ROOT"/log/ubsan.* "$TTG_PG_ROOT/log/canary/" 2>/dev/null
  cp "$TTG_SERVER_LOG" "$TTG_PG_ROOT/log/canary/"
  : > "$TTG_SERVER_LOG"
  psql -X -q -d postgres -c "DROP FUNCTION canary_stack(int)" -c "DROP FUNCTION canary_ubsan(int)"
  # The regression suite, from the sanitized build tree.
  t0=$(date +%s)
  out=$(cd "$TTG_BUILD_DIR" && make -s with_llvm=no installcheck 2>&1)
  echo "$out" | grep -E "FAILED|failed \(" | head -20
  echo "asan: regression suite: $(echo "$out" | grep -cE "\.\.\. ok|  ok  ") ok, $(echo "$out" | grep -cE "\.\.\. FAILED|FAILED  ") failed in $(( $(date +%s) - t0 )) s"
  [ -f "$TTG_BUILD_DIR/regression.diffs" ] && cp "$TTG_BUILD_DIR/regression.diffs" "$TTG_PG_ROOT/log/"
  psql -X -q -c "CREATE DATABASE ttg_random" && psql -X -q -d ttg_random -c "CREATE EXTENSION ttg" \
    -c "SELECT ttg.create_reporting_model('"'"'probation'"'"')" \
    -c "SELECT count(*) FROM ttg.generate_demo_data('"'"'probation'"'"', cases => 200, seed => 1)" >/dev/null
  test/random/bin/ttg_random -t "$DRIVER_SECONDS" -s "$SEED" dbname=ttg_random | grep -E "^ttg_random|^errors|^CRASH|^XX000"
  crashes=$(grep -cE "terminated by signal|exited with exit code [1-9]" "$TTG_SERVER_LOG")
  echo "asan: server log: $crashes backend(s) ended by a signal or a sanitizer"
'
rc=$?
# Every finding after the canaries: in the server log (truncated after them) or a log file.
findings() { cat "$root/log/server.log" "$root"/log/asan.* "$root"/log/ubsan.* 2>/dev/null; }
reports=$(findings | grep -cE "ERROR: AddressSanitizer|runtime error:")
with_ttg=$(findings | grep -E "ERROR: AddressSanitizer|runtime error:|^    #[0-9]+ " | grep -cE "ttg|src/(core|pg)/")
echo "asan: $reports sanitizer reports after the canaries, $with_ttg stack lines in ttg (logs in $root/log)"
findings | grep -E -A12 "ERROR: AddressSanitizer|runtime error:" | head -60
rm -rf "$root/usr" "$root/data" "$root/build/src"
[ "$rc" -eq 0 ] && [ "$reports" -eq 0 ]
