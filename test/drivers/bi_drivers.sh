#!/usr/bin/env bash
# By hand, not in CI: what psqlODBC (Power BI, Excel), pgJDBC (Metabase, DBeaver) and
# psycopg2 (Superset) report for the views' columns, the facts behind the README's
# driver table (node-postgres is tested by check.sh, dashboard/test/types.test.mjs).
# Installs Debian's drivers: odbc-postgresql, unixodbc, python3-pyodbc,
# python3-psycopg2, libpostgresql-jdbc-java, default-jdk-headless.
#   bash test/drivers/bi_drivers.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source test/scripts/deps.sh
TTG_EXTRA_PACKAGES="odbc-postgresql unixodbc python3-pyodbc python3-psycopg2 libpostgresql-jdbc-java default-jdk-headless"
TTG_PACKAGES+=($TTG_EXTRA_PACKAGES)
ttg_install_deps
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
javac -d "$d" -cp /usr/share/java/postgresql.jar test/drivers/BiMeta.java
exec 9>/tmp/ttg-check.lock
flock 9
ttg_build_install
pg_virtualenv bash -c "set -e
  psql -X -q -c 'CREATE EXTENSION ttg' -c \"SELECT ttg.create_reporting_model('p')\" \
       -c \"SELECT count(*) FROM ttg.generate_demo_data('p', 1000, 1)\" >/dev/null
  /usr/bin/python3 test/drivers/bi_drivers.py
  java -cp /usr/share/java/postgresql.jar:$d BiMeta"
