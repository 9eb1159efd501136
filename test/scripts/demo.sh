#!/usr/bin/env bash
# The README's main-job command: install what is missing, build and install
# ttg, start a throwaway PostgreSQL cluster, CREATE EXTENSION ttg and show what
# it answers. With --serve, keep the cluster running and print how to connect.
# With --dashboard, also build the headline dashboards as a static page with
# charts (dashboard/dist/, Observable Framework) and a screenshot of it.
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/scripts/deps.sh
ttg_install_deps || exit 1
if [ "${1:-}" = "--dashboard" ]; then
  ttg_install_dashboard_deps || exit 1
  (cd dashboard && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || { echo "npm ci failed"; exit 1; }
fi
exec 9>/tmp/ttg-check.lock
flock 9
ttg_build_install || { echo "build failed"; exit 1; }

# One file per dashboard, in this order; the first creates the model and the data.
DEMO_FILES=(test/demo/demo.sql test/demo/demo_mcs.sql test/demo/demo_release.sql test/demo/demo_transit.sql test/demo/demo_upw.sql)

if [ "${1:-}" = "--serve" ]; then
  port=${TTG_PORT:-54329}
  dir=$(mktemp -d /tmp/ttg-demo.XXXXXX)
  chown postgres "$dir"
  # The server outlives this script: it must not inherit the build lock (fd 9).
  su postgres -c "/usr/lib/postgresql/15/bin/initdb -D $dir/data -A trust -U postgres >/dev/null &&
                  /usr/lib/postgresql/15/bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -l $dir/log -w start >/dev/null" 9>&- || exit 1
  for f in "${DEMO_FILES[@]}"; do
    psql -X -q -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -f "$f" postgres || exit 1
  done
  echo
  echo "ttg is running: postgresql://postgres@127.0.0.1:$port/postgres"
  echo "Stop it with: su postgres -c '/usr/lib/postgresql/15/bin/pg_ctl -D $dir/data stop'"
  exit 0
fi
demo="$(printf 'psql -X -q -v ON_ERROR_STOP=1 -f %s && ' "${DEMO_FILES[@]}") true"
if [ "${1:-}" = "--dashboard" ]; then
  pg_virtualenv sh -c "$demo && cd dashboard && npm run -s build >/dev/null && node render.mjs dist/screenshot.png" || exit 1
  echo
  echo "The dashboards are built as a static page in dashboard/dist/ (a screenshot: dashboard/dist/screenshot.png)."
  echo "To look at it: node dashboard/serve.mjs, then open http://127.0.0.1:3000/"
  exit 0
fi
pg_virtualenv sh -c "$demo"
