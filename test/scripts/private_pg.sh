#!/usr/bin/env bash
# private_pg.sh: like pg_virtualenv, but with ttg built from this tree and installed
# into a private copy of the PostgreSQL 15 installation, so that long runs (make asan,
# sqlsmith, benches) need not hold the install lock and never see another helper's
# build. PostgreSQL is relocatable: a postgres binary copied to ROOT/usr/lib/postgresql/15
# finds its share and lib directories under ROOT, so CREATE EXTENSION loads ROOT's ttg.
#   bash test/scripts/private_pg.sh COMMAND [ARGS...]
# runs COMMAND with PGHOST, PGPORT, PGUSER, PGDATABASE set for a fresh cluster, then stops
# it. Environment: TTG_PG_CFLAGS and TTG_PG_LINK (extra compiler and link flags of the
# ttg build, e.g. the sanitizers), TTG_PG_ROOT (the directory; default a new one under
# /tmp, removed at the end unless TTG_PG_KEEP=1), TTG_PG_CONF (extra postgresql.conf
# lines), TTG_PG_ENV (VAR=value words in the server's environment, e.g. LD_PRELOAD). COMMAND sees TTG_PG_ROOT, TTG_SERVER_LOG and TTG_BUILD_DIR (the build tree,
# where make installcheck runs against this server).
set -uo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -gt 0 ] || { echo "usage: private_pg.sh COMMAND [ARGS...]" >&2; exit 2; }
root=${TTG_PG_ROOT:-$(mktemp -d /tmp/ttg_pg.XXXXXX)}
mkdir -p "$root" && chmod 755 "$root"
pgbin=/usr/lib/postgresql/15/bin
user=$(id -un); [ "$user" = root ] && user=postgres
as_pg() { if [ "$(id -un)" = root ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
cleanup() {
  [ -f "$root/data/postmaster.pid" ] && as_pg "$root$pgbin/pg_ctl -D $root/data -m immediate stop" >/dev/null 2>&1
  [ "${TTG_PG_KEEP:-}" = 1 ] || rm -rf "$root"
}
trap cleanup EXIT
# A private PostgreSQL: the binaries and share directory, copied (not linked: an install
# into a hard link would overwrite the system's files).
mkdir -p "$root/usr/lib/postgresql" "$root/usr/share/postgresql" "$root/log" "$root/sock" "$root/data"
cp -a /usr/lib/postgresql/15 "$root/usr/lib/postgresql/" && cp -a /usr/share/postgresql/15 "$root/usr/share/postgresql/" ||
  { echo "private_pg: copy of PostgreSQL failed" >&2; exit 1; }
# ttg, built in a copy of this tree (tracked and new files), installed under ROOT.
build=$root/build
mkdir -p "$build"
(cd "$src" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$build" 2>/dev/null) ||
  { echo "private_pg: copy of the source failed" >&2; exit 1; }
(cd "$build" && rm -f ./*.so src/*/*.o &&
  make -s -j2 with_llvm=no PG_CFLAGS="${TTG_PG_CFLAGS:-}" SHLIB_LINK="-lcsv ${TTG_PG_LINK:-}" >/dev/null &&
  make -s with_llvm=no DESTDIR="$root" install >/dev/null) || { echo "private_pg: ttg build failed" >&2; exit 1; }
chown -R "$user" "$root/log" "$root/sock" "$root/data"
chmod 777 "$root/log"
as_pg "$root$pgbin/initdb -D $root/data -A trust -U postgres" >/dev/null || { echo "private_pg: initdb failed" >&2; exit 1; }
port=$((20000 + RANDOM % 20000))
while [ -e "/tmp/.s.PGSQL.$port" ] || [ -e "/var/run/postgresql/.s.PGSQL.$port" ]; do port=$((port + 1)); done
{ echo "port = $port"; echo "listen_addresses = ''"; echo "unix_socket_directories = '$root/sock'"
  echo "fsync = off"; echo "${TTG_PG_CONF:-}"; } >> "$root/data/postgresql.conf"
as_pg "env ${TTG_PG_ENV:-} $root$pgbin/pg_ctl -D $root/data -l $root/log/server.log -w -t 120 start" >/dev/null ||
  { echo "private_pg: server did not start" >&2; tail -20 "$root/log/server.log" >&2; exit 1; }
export PGHOST=$root/sock PGPORT=$port PGUSER=postgres PGDATABASE=postgres
export TTG_PG_ROOT=$root TTG_SERVER_LOG=$root/log/server.log TTG_BUILD_DIR=$build
"$@"
