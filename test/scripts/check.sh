#!/usr/bin/env bash
# The README's test command: install what is missing, build, run the cmocka
# unit tests (under valgrind) and the pg_regress suite against a throwaway
# cluster; print "N passed, N failed" over both suites; exit non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/scripts/deps.sh
# The extension installs system-wide: one check at a time on a shared machine.
exec 9>/tmp/ttg-check.lock
flock 9
ttg_install_deps || exit 1
ttg_install_dashboard_deps || exit 1
ttg_build_install || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0

# ---- unit tests (cmocka) -------------------------------------------------
make -s unit-build UNIT_EXTRA_CFLAGS=-Werror || { echo "unit build failed"; echo "$passed passed, $((failed+1)) failed"; exit 1; }
for t in test/unit/bin/test_*; do
  out=$(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite "$t" 2>&1); rc=$?
  echo "$out" | grep -E 'FAILED|ERROR|Assert|error|==[0-9]+==' || true
  p=$(echo "$out" | grep -oE '\[  PASSED  \] [0-9]+' | grep -oE '[0-9]+$' | tail -1 || true)
  f=$(echo "$out" | grep -oE '\[  FAILED  \] [0-9]+' | grep -oE '[0-9]+$' | tail -1 || true)
  echo "unit $(basename "$t"): ${p:-0} passed, ${f:-0} failed"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ $rc -ne 0 ] && [ "${f:-0}" = 0 ]; then
    echo "$out" | tail -20; echo "unit test $t exited $rc (valgrind or crash)"; failed=$((failed + 1))
  fi
done
echo "unit: $passed passed, $failed failed so far"

# ---- regression tests (pg_regress through a throwaway cluster) ------------
rm -rf results regression.diffs regression.out
out=$(pg_virtualenv make -s installcheck 2>&1); rc=$?
echo "$out" | grep -E '\.\.\. |tests (passed|failed)|^ *test ' || echo "$out" | tail -30
rp=$(echo "$out" | grep -cE '\.\.\. ok')
rf=$(echo "$out" | grep -cE '\.\.\. FAILED|\.\.\. failed')
passed=$((passed + rp)); failed=$((failed + rf))
if [ $rc -ne 0 ] && [ "$rf" = 0 ]; then failed=$((failed + 1)); echo "$out" | tail -30; fi
[ -f regression.diffs ] && head -200 regression.diffs

# ---- the dashboard page, rendered in headless Chromium --------------------
out=$(bash test/scripts/dashboard_check.sh 2>&1); rc=$?
echo "$out" | grep -E '^not ok|^# (pass|fail) ' | sed 's/^/dashboard /'
dp=$(echo "$out" | grep -oE '^# pass [0-9]+' | grep -oE '[0-9]+$' || true)
df=$(echo "$out" | grep -oE '^# fail [0-9]+' | grep -oE '[0-9]+$' || true)
passed=$((passed + ${dp:-0})); failed=$((failed + ${df:-0}))
if [ $rc -ne 0 ] && [ "${df:-0}" = 0 ]; then echo "$out" | tail -30; failed=$((failed + 1)); fi

# ---- the randomised driver (60 s) and sqlsmith (120 s): no crash, no XX000 ----
if bash test/scripts/random_check.sh 60; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
# the same for 20 s over 0.1.0's SQL (a database not yet updated after a package upgrade)
if TTG_RANDOM_VERSION=0.1.0 bash test/scripts/random_check.sh 20; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
if bash test/scripts/sqlsmith_check.sh 120; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

# ---- a DBA's data through pg_dump and pg_restore -j 2 ---------------------
if TTG_LOCKED=1 bash test/scripts/local_data_roundtrip.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

# ---- README: the function index is the COMMENTs' --------------------------
out=$(pg_virtualenv bash -c 'psql -X -q -c "CREATE EXTENSION ttg" && bash test/scripts/function_index.sh --check' 2>&1); rc=$?
echo "$out" | grep -E '^function index:|^[<>]' | head -20
if [ $rc -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

# ---- README: every snippet runs as written, in order, with the output shown ----
out=$(bash test/scripts/readme_check.sh 2>&1); rc=$?
echo "$out" | grep -E '^README\.md line|^    |^readme: [0-9]' | head -60
rp=$(echo "$out" | sed -n 's/^readme: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
rf=$(echo "$out" | sed -n 's/^readme: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
passed=$((passed + ${rp:-0})); failed=$((failed + ${rf:-1}))
[ $rc -ne 0 ] && [ "${rf:-0}" = 0 ] && failed=$((failed + 1))

# ---- the Debian package (last: it installs over, then removes, the build) --
out=$(bash test/scripts/deb_check.sh 2>&1); rc=$?
echo "$out" | grep -E '^deb:' || echo "$out" | tail -20
dp=$(echo "$out" | sed -n 's/^deb: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
df=$(echo "$out" | sed -n 's/^deb: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
passed=$((passed + ${dp:-0})); failed=$((failed + ${df:-1}))
[ $rc -ne 0 ] && [ "${df:-0}" = 0 ] && failed=$((failed + 1))

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
