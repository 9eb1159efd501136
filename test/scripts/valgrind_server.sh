#!/usr/bin/env bash
# valgrind_server.sh: the pg_regress suite (or the tests named) against a PostgreSQL server
# running under valgrind's memcheck, with ttg built -O0 -g from this tree and installed into a
# private copy of PostgreSQL (test/scripts/private_pg.sh). Run by hand, never from check.sh
# (slow: about 30 times native speed); hold the install lock as for any private_pg.sh script:
#   flock -o /tmp/ttg-check.lock bash test/scripts/valgrind_server.sh [test ...]
# A canary (test/valgrind/valgrind_canary.c, a branch on uninitialised heap memory in an
# extension) must be reported once, or the run counts for nothing. Prints every valgrind error
# whose stack has a ttg frame, then
#   "valgrind: N errors with a ttg frame, M without (PostgreSQL's own), K backends"
# and exits 1 when N > 0 or a test failed.
#
# What it cannot see: Debian's PostgreSQL is not built with USE_VALGRIND, so palloc does not
# tell memcheck about its chunks. A chunk carved from a malloc'd block that was never written is
# still reported as uninitialised, but a chunk reused after pfree keeps its old, defined bytes,
# an overrun inside a block is an ordinary write, and a read after pfree is not reported (the
# block stays allocated). Those need a USE_VALGRIND build (or make asan, which has the same
# limit). What it does see: uninitialised values reaching a branch, a system call or a
# returned datum, reads and writes outside malloc'd memory (ttg's own large allocations and
# libcsv's), and invalid frees.
#
# Suppressions: test/valgrind/postgres.supp, written for the PostgreSQL 15 noise this run shows
# without a ttg frame (padding bytes of WAL records and statistics written out, and the like);
# a ttg error is never suppressed: the count of errors with a ttg frame ignores the file.
set -uo pipefail
cd "$(dirname "$0")/../.."
TESTS=${*:-"setup contact contact_evaluate reporting match upw release travel calendar null_boundary hardening"}
command -v valgrind >/dev/null || { echo "valgrind: not installed (apt-get install valgrind)"; exit 1; }
root=$(mktemp -d /tmp/ttg_vg.XXXXXX)
mkdir -p "$root/vg" && chmod 777 "$root/vg"
cp test/valgrind/postgres.supp "$root/postgres.supp" && chmod 644 "$root/postgres.supp"
export TTG_PG_ROOT=$root TTG_PG_KEEP=1 TTG_PG_CFLAGS="-g -O0 -fno-omit-frame-pointer" TESTS
bash test/scripts/private_pg.sh bash -c '
  set -u
  as_pg() { if [ "$(id -un)" = root ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
  bin=$TTG_PG_ROOT/usr/lib/postgresql/15/bin
  data=$TTG_PG_ROOT/data
  # Restart the cluster private_pg.sh started, now under valgrind (backends are forks of the
  # postmaster, so each runs under memcheck too; no JIT: valgrind and LLVM code do not mix).
  as_pg "$bin/pg_ctl -D $data -m fast stop" >/dev/null || exit 1
  { echo "jit = off"; echo "max_connections = 20"; echo "shared_buffers = 32MB"; } >> "$data/postgresql.conf"
  as_pg "cd $TTG_PG_ROOT && nohup valgrind --quiet --trace-children=yes --error-limit=no --num-callers=40 \
      --leak-check=no --fullpath-after= --suppressions=$TTG_PG_ROOT/postgres.supp --gen-suppressions=all --track-origins=yes \
      --log-file=$TTG_PG_ROOT/vg/vg.%p.log $bin/postgres -D $data >> $TTG_SERVER_LOG 2>&1 &"
  for i in $(seq 300); do psql -X -q -At -c "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
  psql -X -q -At -c "SELECT 1" >/dev/null || { echo "valgrind: the server did not start"; tail -20 "$TTG_SERVER_LOG"; exit 1; }
  # The canary (test/valgrind/valgrind_canary.c): one error in an extension frame, in its own backend.
  gcc -g -O0 -fPIC -shared -isystem "$(pg_config --includedir-server)" -o "$TTG_PG_ROOT/valgrind_canary.so" \
      test/valgrind/valgrind_canary.c || exit 1
  psql -X -q -c "CREATE FUNCTION pg_temp.canary(int) RETURNS int LANGUAGE c AS '"'"'$TTG_PG_ROOT/valgrind_canary.so'"'"', '"'"'ttg_valgrind_canary'"'"'" \
       -c "SELECT pg_temp.canary(3)" >/dev/null || { echo "valgrind: the canary did not run"; exit 1; }
  t0=$(date +%s)
  out=$(cd "$TTG_BUILD_DIR" && make -s with_llvm=no installcheck REGRESS="$TESTS" 2>&1); rc=$?
  echo "$out" | grep -E "\.\.\. |tests (passed|failed)"
  [ -f "$TTG_BUILD_DIR/regression.diffs" ] && cp "$TTG_BUILD_DIR/regression.diffs" "$TTG_PG_ROOT/vg/"
  echo "valgrind: suite ran in $(( $(date +%s) - t0 )) s"
  as_pg "$bin/pg_ctl -D $data -m fast -t 300 stop" >/dev/null
  exit $rc
'
rc=$?
# One error per block of "==pid==" lines; a block with a frame in this tree's src/ is ttg's.
python3 - "$root" <<'PY'
import glob, re, sys
root = sys.argv[1]
ttg = other = canary = 0
backends = 0
for f in sorted(glob.glob(root + "/vg/vg.*.log")):
    backends += 1
    block = []
    lines = open(f, errors="replace").read().splitlines() + ["==0== "]
    for line in lines:
        body = re.sub(r"^==\d+== ?", "", line)
        if line.startswith("==") and body.strip() == "":
            if block and not block[0].startswith(("{", "Memcheck", "Copyright", "Using", "Command", "Parent", "HEAP", "LEAK")):
                text = "\n".join(block)
                if "valgrind_canary.c" in text:
                    canary += 1
                elif re.search(r"/build/src/|ttg\.so", text):
                    ttg += 1
                    print(f"--- {f}\n{text}\n")
                elif re.search(r"^(Invalid|Conditional|Use of|Syscall|Mismatched|Source and|Argument)", block[0]):
                    other += 1
            block = []
        elif line.startswith("=="):
            block.append(body)
print(f"valgrind: canary: {canary} error reported (1 expected)")
print(f"valgrind: {ttg} errors with a ttg frame, {other} without (PostgreSQL's own), {backends} processes logged")
print(f"valgrind: logs in {root}/vg")
sys.exit(1 if ttg or canary != 1 else 0)
PY
vg=$?
[ $rc -eq 0 ] && [ $vg -eq 0 ]
