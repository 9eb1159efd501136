#!/usr/bin/env bash
# The dashboard page's test: npm ci in dashboard/, then, in a throwaway cluster,
# a demo model of 2,000 cases, the page built over it (Observable Framework,
# node-postgres) and rendered in headless Chromium (dashboard/test/). Needs ttg
# installed (check.sh installs it and holds the install lock) and
# ttg_install_dashboard_deps (test/scripts/deps.sh). Prints node's TAP summary
# (# pass N, # fail N); the screenshot lands in dashboard/dist/screenshot.png.
set -uo pipefail
cd "$(dirname "$0")/../../dashboard"
npm ci --no-audit --no-fund --loglevel=error >/dev/null || { echo "npm ci failed"; exit 1; }
pg_virtualenv bash -c '
  psql -X -q -v ON_ERROR_STOP=1 \
       -c "CREATE EXTENSION ttg" \
       -c "SELECT ttg.create_reporting_model('"'probation'"')" \
       -c "SELECT count(*) FROM ttg.generate_demo_data('"'probation'"', 2000, 1)" >/dev/null &&
  node --test --test-reporter=tap test/'
